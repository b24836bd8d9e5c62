// tilmech-bench-export: exporting every page of the corpus in every language (checking,
// rendering with the layout, rewriting links, copying files, hashing, manifest, moving the
// bundle into place) against rendering the same page files alone, in the same run. Rendering
// alone is measured twice: each page rendered and written to a file of a folder (written the
// way the export writes its files), and in memory only. The export runs with a thread per
// core (its default) and with one thread.
//
// Usage: tilmech-bench-export [--rounds N] [CORPUS_DIR]

#include "check/validator.h"
#include "export/exporter.h"
#include "render/renderer.h"
#include "site/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Tilmech;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int rounds = 20;
    const qsizetype roundsAt = args.indexOf(QStringLiteral("--rounds"));
    if (roundsAt >= 0 && roundsAt + 1 < args.size()) {
        rounds = std::max(1, args.at(roundsAt + 1).toInt());
        args.remove(roundsAt, 2);
    }
    QString corpus = args.value(0, qEnvironmentVariable("TILMECH_CORPUS"));
    if (corpus.isEmpty())
        corpus = QStringLiteral(TILMECH_DEFAULT_CORPUS);
    QString error;
    const auto project = Project::open(corpus + QStringLiteral("/hourofcode.com"), &error);
    if (!project) {
        std::fprintf(stderr, "tilmech-bench-export: %s\n", qPrintable(error));
        return 2;
    }
    auto renderer = std::make_shared<const Renderer>(project);
    auto validator = std::make_shared<const Validator>(project, renderer);
    const Exporter exporter(project, renderer, validator);
    QStringList languages = project->languages();
    languages.prepend(QStringLiteral("en"));

    QTemporaryDir scratch;
    Exporter::Options options;
    options.languages = languages;
    options.destination = scratch.filePath(QStringLiteral("bundle"));
    options.allowErrors = true; // the corpus translations have errors; the work is the same
    QElapsedTimer timer;
    timer.start();
    Exporter::Result first = exporter.run(options); // also loads the catalogs
    const double warmMs = timer.nsecsElapsed() / 1e6;
    if (!first.ok) {
        std::fprintf(stderr, "tilmech-bench-export: %s\n", qPrintable(first.error));
        return 2;
    }

    // The same page files, rendered alone: what `tilmech-cli render` does for each.
    struct Job
    {
        PageFile file;
        QString language;
    };
    QVector<Job> jobs;
    QFile manifestFile(first.manifest);
    manifestFile.open(QIODevice::ReadOnly);
    const QJsonArray pages =
        QJsonDocument::fromJson(manifestFile.readAll())[QStringLiteral("pages")].toArray();
    for (const QJsonValue &page : pages) {
        const PageFile file = project->fileForPath(
            QDir(project->root()).filePath(page[QStringLiteral("sources")][0].toString()));
        jobs.append({file, page[QStringLiteral("language")].toString()});
    }

    qint64 renderNs = 0, renderOutNs = 0, exportNs = 0, exportOneNs = 0, zipNs = 0;
    // Each round's own ratio, export against the render to files just before it: the two
    // run moments apart, so a slow spell of the machine weighs on both alike.
    std::vector<double> roundRatios, roundOneRatios;
    size_t sink = 0;
    const QString renderOut = scratch.filePath(QStringLiteral("render"));
    auto run = [&](int threads, const QString &zip) {
        options.threads = threads;
        options.zipFile = zip;
        const Exporter::Result exported = exporter.run(options);
        if (!exported.ok)
            std::fprintf(stderr, "tilmech-bench-export: %s\n", qPrintable(exported.error));
        return size_t(exported.pages);
    };
    for (int round = 0; round < rounds; ++round) {
        timer.restart();
        for (const Job &job : qAsConst(jobs)) {
            RenderOptions render;
            render.language = job.language;
            render.sourcePositions = false;
            RenderResult result;
            if (renderer->renderFile(job.file, render, &result, &error))
                sink += size_t(result.html.size());
        }
        renderNs += timer.nsecsElapsed();

        timer.restart();
        for (const Job &job : qAsConst(jobs)) {
            RenderOptions render;
            render.language = job.language;
            render.sourcePositions = false;
            RenderResult result;
            if (!renderer->renderFile(job.file, render, &result, &error))
                continue;
            const QString target = QDir(renderOut).filePath(
                job.language + QLatin1Char('/') + job.file.name + QStringLiteral(".html"));
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile out(target);
            if (out.open(QIODevice::WriteOnly) && out.write(result.html) == result.html.size())
                sink += size_t(result.html.size());
        }

        const qint64 renderOutRound = timer.nsecsElapsed();
        renderOutNs += renderOutRound;

        timer.restart();
        sink += run(0, QString());
        const qint64 exportRound = timer.nsecsElapsed();
        exportNs += exportRound;
        roundRatios.push_back(double(exportRound) / double(renderOutRound));

        timer.restart();
        sink += run(1, QString());
        const qint64 exportOneRound = timer.nsecsElapsed();
        exportOneNs += exportOneRound;
        roundOneRatios.push_back(double(exportOneRound) / double(renderOutRound));

        timer.restart();
        sink += run(0, scratch.filePath(QStringLiteral("bundle.zip")));
        zipNs += timer.nsecsElapsed();
    }

    auto perSite = [&](qint64 ns) { return ns / 1e6 / rounds; };
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    };
    std::printf("corpus: %lld pages exported in %s (%d errors, %d warnings), %d rounds, %d cores; "
                "first export with catalog loading %.1f ms\n",
                static_cast<long long>(jobs.size()), qPrintable(languages.join(QLatin1Char(','))),
                first.errors, first.warnings, rounds, QThread::idealThreadCount(), warmMs);
    std::printf("render alone, written to files                 : %8.2f ms per site\n",
                perSite(renderOutNs));
    std::printf("render alone, in memory                        : %8.2f ms per site\n",
                perSite(renderNs));
    std::printf("export, a thread per core                      : %8.2f ms per site\n",
                perSite(exportNs));
    std::printf("export, one thread                             : %8.2f ms per site\n",
                perSite(exportOneNs));
    std::printf("export with zip, a thread per core             : %8.2f ms per site\n",
                perSite(zipNs));
    std::printf("ratio export / render to files                 : %.2fx (goal: at most 2.00x)\n",
                double(exportNs) / renderOutNs);
    std::printf(
        "  median of the rounds' own ratios              : %.2fx (lowest %.2fx, highest %.2fx)\n",
        median(roundRatios), *std::min_element(roundRatios.cbegin(), roundRatios.cend()),
        *std::max_element(roundRatios.cbegin(), roundRatios.cend()));
    std::printf("ratio export (one thread) / render to files    : %.2fx\n",
                double(exportOneNs) / renderOutNs);
    std::printf("  median of the rounds' own ratios              : %.2fx\n",
                median(roundOneRatios));
    std::printf("ratio export / render in memory                : %.2fx\n",
                double(exportNs) / renderNs);
    std::printf("ratio export with zip / render to files        : %.2fx\n",
                double(zipNs) / renderOutNs);
    std::fprintf(stderr, "(checksum %zu)\n", sink);
    return 0;
}
