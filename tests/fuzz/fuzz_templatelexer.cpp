// libFuzzer target: the ERB / {{ }} lexer and the template tree (tags, expressions,
// conditionals) on any bytes. Tokens must cover the input in order, without overlap; the
// only bytes left out are the newline a "-%>" tag removes and the indentation a "<%-" tag
// removes (both, when a "<%-" tag starts the line after a "-%>").

#include "template/expressioncache.h"
#include "template/templatelexer.h"
#include "template/templatetree.h"

#include <QByteArray>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Tilmech;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    TemplateTokens tokens = TemplateLexer::tokenize(text, 0);
    qsizetype at = 0;
    bool trimmed = false; // the token before ends with "-%>"
    for (const TemplateToken &t : tokens) {
        if (trimmed && t.begin != at) {
            // The newline a "-%>" removes; what follows it may be the indentation of a "<%-"
            // tag, which ERB removes as well, since that tag still starts its line.
            const QByteArrayView gap =
                QByteArrayView(text).sliced(at, std::max<qsizetype>(0, t.begin - at));
            const qsizetype newline = gap.startsWith("\r\n") ? 2 : gap.startsWith("\n") ? 1 : 0;
            if (newline > 0 && (gap.size() == newline || t.trimLeft))
                at += newline;
        }
        if (t.trimLeft && t.begin > at) {
            const QByteArrayView gap = QByteArrayView(text).sliced(at, t.begin - at);
            const bool lineStart = at == 0 || text[at - 1] == '\n';
            bool blank = true;
            for (const char c : gap)
                blank &= c == ' ' || c == '\t';
            if (lineStart && blank)
                at = t.begin;
        }
        trimmed = t.trimRight;
        if (t.begin != at || t.end < t.begin || t.end > text.size()) {
            std::fprintf(stderr, "token [%lld, %lld) does not follow %lld\n",
                         static_cast<long long>(t.begin), static_cast<long long>(t.end),
                         static_cast<long long>(at));
            std::abort();
        }
        at = t.end;
    }
    if (trimmed && at < text.size()) {
        const QByteArrayView rest = QByteArrayView(text).sliced(at);
        if (rest == "\n" || rest == "\r\n")
            at = text.size();
    }
    if (at != text.size()) {
        std::fprintf(stderr, "tokens end at %lld of %lld bytes\n", static_cast<long long>(at),
                     static_cast<long long>(text.size()));
        std::abort();
    }
    ExpressionCache cache;
    const TemplateTree tree = TemplateTree::parse(std::move(tokens), text, 0, &cache);
    (void)tree;
    return 0;
}
