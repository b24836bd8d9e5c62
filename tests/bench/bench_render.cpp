// tilmech-bench-render: pages per second for the full render path (page bytes → document →
// templates → cmark-gfm → div brackets → layout) against bare cmark-gfm on the same expanded
// markdown, in the same run, over every page of the corpus.
//
// Usage: tilmech-bench-render [--rounds N] [CORPUS_DIR]

#include "render/renderer.h"
#include "site/document.h"
#include "site/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstdio>
#include <cstdlib>

using namespace Tilmech;

namespace {

struct Sample
{
    PageFile file;
    QByteArray bytes;
    QByteArray expanded;
};

// cmark-gfm alone, with the options and extensions the renderer uses.
size_t bareCmark(const QByteArray &markdown)
{
    const int options =
        CMARK_OPT_UNSAFE | CMARK_OPT_SOURCEPOS | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;
    cmark_parser *parser = cmark_parser_new(options);
    for (const char *name : {"table", "autolink"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, markdown.constData(), size_t(markdown.size()));
    cmark_node *doc = cmark_parser_finish(parser);
    char *html = cmark_render_html(doc, options, cmark_parser_get_syntax_extensions(parser));
    const size_t length = std::strlen(html);
    std::free(html);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return length;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int rounds = 40;
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
        std::fprintf(stderr, "tilmech-bench-render: %s\n", qPrintable(error));
        return 2;
    }
    cmark_gfm_core_extensions_ensure_registered();

    QElapsedTimer timer;
    timer.start();
    project->catalog(QStringLiteral("en"));
    project->catalog(QStringLiteral("ky"));
    const double catalogMs = timer.nsecsElapsed() / 1e6;

    const Renderer renderer(project);
    QVector<Sample> samples;
    qsizetype totalBytes = 0;
    for (const Page &page : project->pages()) {
        for (const PageFile &file : page.files) {
            QFile f(file.absolutePath);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            Sample s{file, f.readAll(), QByteArray()};
            RenderOptions options;
            options.language = file.language;
            s.expanded =
                renderer.render(Document::fromBytes(s.bytes), file.variant, options).markdown;
            totalBytes += s.bytes.size();
            samples.append(s);
        }
    }

    // Alternate the two measurements round by round so both see the same machine state.
    qint64 fullNs = 0;
    qint64 bareNs = 0;
    size_t sink = 0;
    for (int round = 0; round < rounds; ++round) {
        timer.restart();
        for (const Sample &s : samples) {
            RenderOptions options;
            options.language = s.file.language;
            const Document doc = Document::fromBytes(s.bytes, s.file.absolutePath);
            sink += size_t(renderer.render(doc, s.file.variant, options).html.size());
        }
        fullNs += timer.nsecsElapsed();
        timer.restart();
        for (const Sample &s : samples)
            sink += bareCmark(s.expanded);
        bareNs += timer.nsecsElapsed();
    }

    const double renders = double(samples.size()) * rounds;
    const double fullRate = renders / (fullNs / 1e9);
    const double bareRate = renders / (bareNs / 1e9);
    std::printf("corpus: %lld page files, %.1f KiB, %d rounds (%.0f renders each way)\n",
                static_cast<long long>(samples.size()), totalBytes / 1024.0, rounds, renders);
    std::printf("catalogs en+ky loaded once in %.1f ms (not part of the per-page figures)\n",
                catalogMs);
    std::printf("full render path : %9.1f pages/s  (%.3f ms/page)\n", fullRate, 1e3 / fullRate);
    std::printf("bare cmark-gfm   : %9.1f pages/s  (%.3f ms/page)\n", bareRate, 1e3 / bareRate);
    std::printf("ratio full/bare  : %.2fx (goal: at most 1.50x)\n", double(fullNs) / bareNs);
    std::fprintf(stderr, "(checksum %zu)\n", sink);
    return 0;
}
