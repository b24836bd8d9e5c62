// tilmech-bench-validate: validation of every corpus page file and both catalogs, against bare
// cmark-gfm parsing of the same files, in the same run. Each round uses a fresh validator
// (nothing remembered from the round before: anchors, partials and parsed tags are found
// again) that checks on every core, as tilmech-cli does; bare parsing runs on one. The
// catalogs are loaded once, before timing, and their load is reported apart.
// Then the whole program on many languages: tilmech-cli validate --lang all on a site of 21
// languages (the corpus with its Kyrgyz pages and strings copied under 20 more codes), wall
// time of the best of three runs, against bare cmark-gfm over the same page files.
//
// Usage: tilmech-bench-validate [--rounds N] [CORPUS_DIR]

#include "check/validator.h"
#include "site/project.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstdio>

using namespace Tilmech;

namespace {

size_t bareParse(const QByteArray &text)
{
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE);
    for (const char *name : {"table", "autolink"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, text.constData(), size_t(text.size()));
    cmark_node *doc = cmark_parser_finish(parser);
    size_t nodes = 0;
    for (cmark_node *n = cmark_node_first_child(doc); n; n = cmark_node_next(n))
        ++nodes;
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return nodes;
}

// The corpus site with its Kyrgyz pages and strings copied under 20 more language codes.
bool makeManyLanguages(const QString &corpusSite, const QString &site)
{
    if (!TestSupport::copyTree(corpusSite, site))
        return false;
    QFile ky(site + QStringLiteral("/i18n/ky.yml"));
    if (!ky.open(QIODevice::ReadOnly))
        return false;
    const QByteArray strings = ky.readAll();
    const QStringList codes = QStringLiteral("ar zh ru fr de es it pt tr uk kk uz tg az hy ka fa "
                                             "he ja ko")
                                  .split(QLatin1Char(' '));
    for (const QString &code : codes) {
        if (!TestSupport::copyTree(site + QStringLiteral("/i18n/public/ky"),
                                   site + QStringLiteral("/i18n/public/") + code))
            return false;
        QByteArray renamed = strings;
        renamed.replace("\nky:", "\n" + code.toUtf8() + ':');
        if (renamed.startsWith("ky:"))
            renamed.replace(0, 2, code.toUtf8());
        QFile out(site + QStringLiteral("/i18n/") + code + QStringLiteral(".yml"));
        if (!out.open(QIODevice::WriteOnly) || out.write(renamed) != renamed.size())
            return false;
    }
    return true;
}

// Best wall time of three runs of tilmech-cli validate on `site`, in ms; -1 when it fails.
double cliValidate(const QString &cli, const QString &site, const QString &format)
{
    double best = -1;
    for (int run = 0; run < 3; ++run) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(cli, {QStringLiteral("validate"), QStringLiteral("--site"), site,
                            QStringLiteral("--lang"), QStringLiteral("all"),
                            QStringLiteral("--format"), format});
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return -1;
        const double ms = timer.nsecsElapsed() / 1e6;
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}

void benchManyLanguages(const QString &corpusSite)
{
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/tilmech-cli");
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site"));
    if (!QFile::exists(cli) || !makeManyLanguages(corpusSite, site)) {
        std::printf("21 languages     : skipped (no tilmech-cli beside the benchmark, or the "
                    "copy failed)\n");
        return;
    }
    QVector<QByteArray> pages;
    QDirIterator it(site, {QStringLiteral("*.md"), QStringLiteral("*.md.*")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile in(it.next());
        if (in.open(QIODevice::ReadOnly))
            pages.append(in.readAll());
    }
    size_t sink = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &page : qAsConst(pages))
        sink += bareParse(page);
    const double bareMs = timer.nsecsElapsed() / 1e6;
    const double json = cliValidate(cli, site, QStringLiteral("json"));
    const double text = cliValidate(cli, site, QStringLiteral("text"));
    std::printf("21 languages     : %lld page files; bare cmark-gfm %.1f ms (one core)\n",
                static_cast<long long>(pages.size()), bareMs);
    std::printf("tilmech-cli validate --lang all, wall, best of 3, %d cores: json %.0f ms, "
                "text %.0f ms (goal: at most 1500 ms)\n",
                QThread::idealThreadCount(), json, text);
    std::fprintf(stderr, "(checksum %zu)\n", sink);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int rounds = 10;
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
        std::fprintf(stderr, "tilmech-bench-validate: %s\n", qPrintable(error));
        return 2;
    }
    cmark_gfm_core_extensions_ensure_registered();

    QElapsedTimer timer;
    timer.start();
    project->catalog(QStringLiteral("en"));
    project->catalog(QStringLiteral("ky"));
    const double catalogMs = timer.nsecsElapsed() / 1e6;

    QVector<const PageFile *> files;
    QVector<QByteArray> contents;
    qsizetype bytes = 0;
    for (const Page &page : project->pages()) {
        for (const PageFile &f : page.files) {
            QFile in(f.absolutePath);
            if (!in.open(QIODevice::ReadOnly))
                continue;
            files.append(&f);
            contents.append(in.readAll());
            bytes += contents.last().size();
        }
    }
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ky")}) {
        QFile in(project->catalogPath(lang));
        if (in.open(QIODevice::ReadOnly)) {
            contents.append(in.readAll());
            bytes += contents.last().size();
        }
    }

    qint64 validateNs = 0, bareNs = 0, barePagesNs = 0, validatePagesNs = 0;
    size_t findings = 0, sink = 0;
    for (int round = 0; round < rounds; ++round) {
        timer.restart();
        const Validator validator(project);
        findings = 0;
        for (const Diagnostics &found : validator.validateAll({}, files))
            findings += size_t(found.size());
        validatePagesNs += timer.nsecsElapsed();
        findings += size_t(validator.validateCatalog(QStringLiteral("en")).size());
        findings += size_t(validator.validateCatalog(QStringLiteral("ky")).size());
        validateNs += timer.nsecsElapsed();
        timer.restart();
        for (qsizetype i = 0; i < contents.size(); ++i) {
            sink += bareParse(contents.at(i));
            if (i + 1 == files.size())
                barePagesNs += timer.nsecsElapsed();
        }
        bareNs += timer.nsecsElapsed();
    }
    std::printf("corpus: %lld page files + 2 catalogs, %.1f KiB, %d rounds\n",
                static_cast<long long>(files.size()), bytes / 1024.0, rounds);
    std::printf("catalogs en+ky loaded once in %.1f ms (before timing)\n", catalogMs);
    std::printf("validation       : %8.2f ms per round (%zu findings)\n", validateNs / 1e6 / rounds,
                findings);
    std::printf("bare cmark-gfm   : %8.2f ms per round (parse of the same files)\n",
                bareNs / 1e6 / rounds);
    std::printf("ratio            : %.2fx\n", double(validateNs) / bareNs);
    // The same figures told apart: the page files alone, and the catalogs' load counted in.
    std::printf("pages only       : validation %.2f ms (%d cores), bare %.2f ms (one core) per "
                "round: %.2fx (goal: at most 3.00x)\n",
                validatePagesNs / 1e6 / rounds, QThread::idealThreadCount(),
                barePagesNs / 1e6 / rounds, double(validatePagesNs) / barePagesNs);
    std::printf("ratio, catalog load counted once per round: %.2fx\n",
                (validateNs / 1e6 / rounds + catalogMs) / (bareNs / 1e6 / rounds));
    std::fprintf(stderr, "(checksum %zu)\n", sink);
    benchManyLanguages(corpus + QStringLiteral("/hourofcode.com"));
    return 0;
}
