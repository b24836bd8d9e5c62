// libFuzzer target: every check of the validator on a translation of any bytes against the
// sample site's English home page, with block alignment; and the same bytes as an English
// page.

#include "analysis/pageanalysis.h"
#include "check/validator.h"
#include "fuzzsite.h"
#include "render/renderer.h"
#include "site/document.h"
#include "site/project.h"

#include <QByteArray>
#include <cstdint>

using namespace Tilmech;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const auto project = FuzzSite::project();
    static const auto renderer = std::make_shared<const Renderer>(project);
    static const Validator validator(project, renderer);
    static const PageFile *english =
        project->page(QStringLiteral("index"))->preferred(QStringLiteral("en"));
    static const std::shared_ptr<const PageAnalysis> source = [] {
        QString error;
        return renderer->analyse(*Document::load(english->absolutePath, &error), english->variant,
                                 true);
    }();
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    PageFile file = *project->page(QStringLiteral("index"))->preferred(QStringLiteral("ky"));
    file.variant = FuzzSite::variant(data[0]);
    const auto page =
        renderer->analyse(Document::fromBytes(bytes, file.relativePath), file.variant, true);
    (void)validator.validate(*page, file, source.get(), english);
    if (data[0] & 4)
        (void)validator.validate(*page, *english, nullptr, nullptr);
    return 0;
}
