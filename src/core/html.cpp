#include "html.h"

namespace Tilmech::Html {

void appendEscaped(QByteArray &out, QByteArrayView text)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char *replacement = nullptr;
        switch (text[i]) {
        case '&': replacement = "&amp;"; break;
        case '<': replacement = "&lt;"; break;
        case '>': replacement = "&gt;"; break;
        case '"': replacement = "&quot;"; break;
        case '\'': replacement = "&#39;"; break;
        case '{': replacement = "&#123;"; break;
        case '}': replacement = "&#125;"; break;
        default: continue;
        }
        out.append(text.sliced(start, i - start));
        out.append(replacement);
        start = i + 1;
    }
    out.append(text.sliced(start));
}

QByteArray escaped(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + 16);
    appendEscaped(out, text);
    return out;
}

} // namespace Tilmech::Html
