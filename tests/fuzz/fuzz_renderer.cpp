// libFuzzer target: a page of any bytes rendered as the preview and the export render it:
// analysis with outline, template expansion (helpers, partials, includes, conditionals),
// cmark-gfm, div brackets, layout. The first byte picks the variant and options.

#include "analysis/pageanalysis.h"
#include "fuzzsite.h"
#include "render/renderer.h"
#include "site/document.h"

#include <QByteArray>
#include <cstdint>

using namespace Tilmech;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const Renderer renderer(FuzzSite::project());
    const unsigned char flags = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto analysis =
        renderer.analyse(Document::fromBytes(bytes, QStringLiteral("i18n/public/ky/fuzz.md")),
                         FuzzSite::variant(flags), true);
    (void)analysis->tags();
    RenderOptions options;
    options.language = (flags & 4) ? QStringLiteral("ky") : QStringLiteral("en");
    options.country = (flags & 8) ? QStringLiteral("us") : QString();
    options.bodyOnly = flags & 16;
    options.sourcePositions = !(flags & 32);
    if (flags & 64)
        options.sourceTags = Renderer::tagSet(*analysis);
    else if (flags & 128)
        options.sourceTags = std::make_shared<const QSet<QByteArray>>();
    const RenderResult result = renderer.render(*analysis, options);
    (void)result;
    return 0;
}
