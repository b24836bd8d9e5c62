// libFuzzer target: splitting a page into front matter and body, with its encoding, line
// ends and problems. The parts must lie inside the bytes, and text() / encode() must give
// the bytes back for valid UTF-8.

#include "site/document.h"

#include <QByteArray>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Tilmech;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Document doc = Document::fromBytes(bytes, QStringLiteral("fuzz.md"));
    if (doc.bodyOffset() < 0 || doc.bodyOffset() > bytes.size() ||
        (doc.hasFrontMatter() && (doc.yamlBegin() < 0 || doc.yamlEnd() > bytes.size() ||
                                  doc.yamlBegin() > doc.yamlEnd()))) {
        std::fprintf(stderr, "front matter or body outside the bytes\n");
        std::abort();
    }
    (void)doc.body();
    (void)doc.yamlText();
    (void)doc.frontMatterValue(QStringLiteral("title"));
    for (const Diagnostic &d : doc.problems())
        (void)d.toText();
    if (doc.isValidUtf8() && !bytes.contains('\r') && doc.encode(doc.text()) != bytes) {
        std::fprintf(stderr, "text() and encode() do not give the bytes back\n");
        std::abort();
    }
    return 0;
}
