#include "render/htmlchunks.h"

#include "base/bytesearch.h"

#include <cstring>

namespace Tilmech {

namespace {

bool isVoid(QByteArrayView name)
{
    static const char *const voids[] = {"area",  "base", "br",   "col",   "embed",  "hr",    "img",
                                        "input", "link", "meta", "param", "source", "track", "wbr"};
    for (const char *v : voids) {
        if (name.compare(v, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

quint64 fnv1a(QByteArrayView text)
{
    quint64 h = 1469598103934665603ull;
    for (const char c : text) {
        h ^= uchar(c);
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace

QVector<HtmlChunks::Chunk> HtmlChunks::split(QByteArrayView html)
{
    QVector<Chunk> chunks;
    const qsizetype n = html.size();
    int depth = 0;
    qsizetype chunkStart = 0;
    qsizetype i = 0;
    while (i < n) {
        const char c = html[i];
        if (c == '\n') {
            ++i;
            if (depth == 0 && i < n) {
                chunks.append({chunkStart, i, fnv1a(html.sliced(chunkStart, i - chunkStart))});
                chunkStart = i;
            }
            continue;
        }
        if (c != '<') {
            ++i;
            continue;
        }
        if (html.sliced(i).startsWith("<!--")) {
            const qsizetype close = ByteSearch::find(html, "-->", i + 4);
            i = close < 0 ? n : close + 3;
            continue;
        }
        const bool closing = i + 1 < n && html[i + 1] == '/';
        qsizetype p = i + (closing ? 2 : 1);
        const qsizetype nameStart = p;
        while (p < n && ((html[p] >= 'a' && html[p] <= 'z') || (html[p] >= 'A' && html[p] <= 'Z') ||
                         (html[p] >= '0' && html[p] <= '9')))
            ++p;
        if (p == nameStart) {
            ++i;
            continue;
        }
        const QByteArrayView name = html.sliced(nameStart, p - nameStart);
        // The end of the tag, quotes honoured.
        char quote = 0;
        while (p < n) {
            if (quote) {
                if (html[p] == quote)
                    quote = 0;
            } else if (html[p] == '"' || html[p] == '\'') {
                quote = html[p];
            } else if (html[p] == '>') {
                break;
            }
            ++p;
        }
        const bool selfClosing = p > 0 && p < n && html[p - 1] == '/';
        if (closing) {
            depth = std::max(0, depth - 1);
        } else if (!selfClosing && !isVoid(name)) {
            ++depth;
            // Raw text elements: their content is not markup.
            for (const char *raw : {"script", "style", "textarea"}) {
                if (name.compare(raw, Qt::CaseInsensitive) == 0) {
                    const QByteArray end = "</" + QByteArray(raw);
                    const qsizetype close = ByteSearch::find(html, end, p);
                    p = close < 0 ? n - 1 : close - 1;
                }
            }
        }
        i = p + 1;
    }
    if (chunkStart < n)
        chunks.append({chunkStart, n, fnv1a(html.sliced(chunkStart))});
    return chunks;
}

} // namespace Tilmech
