#include "base/html.h"

#include <QString>

namespace Tilmech::Html {

void appendEscaped(QByteArray &out, QByteArrayView text)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char *replacement = nullptr;
        switch (text[i]) {
        case '&':
            replacement = "&amp;";
            break;
        case '<':
            replacement = "&lt;";
            break;
        case '>':
            replacement = "&gt;";
            break;
        case '"':
            replacement = "&quot;";
            break;
        case '\'':
            replacement = "&#39;";
            break;
        case '{':
            replacement = "&#123;";
            break;
        case '}':
            replacement = "&#125;";
            break;
        default:
            continue;
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

QByteArray unescaped(QByteArrayView text)
{
    static const struct
    {
        const char *name;
        const char *value;
    } named[] = {{"amp", "&"},   {"lt", "<"},   {"gt", ">"},
                 {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xc2\xa0"}};
    QByteArray out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype amp = text.indexOf('&', i);
        if (amp < 0)
            break;
        out.append(text.sliced(i, amp - i));
        const qsizetype semicolon = text.indexOf(';', amp);
        const QByteArrayView name = semicolon > amp && semicolon - amp <= 10
                                        ? text.sliced(amp + 1, semicolon - amp - 1)
                                        : QByteArrayView();
        bool decoded = false;
        if (name.size() > 1 && name[0] == '#') {
            const bool hex = name[1] == 'x' || name[1] == 'X';
            bool ok = false;
            const uint code = name.sliced(hex ? 2 : 1).toByteArray().toUInt(&ok, hex ? 16 : 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t c = char32_t(code);
                out.append(QString::fromUcs4(&c, 1).toUtf8());
                decoded = true;
            }
        } else if (!name.isEmpty()) {
            for (const auto &entity : named) {
                if (name == entity.name) {
                    out.append(entity.value);
                    decoded = true;
                    break;
                }
            }
        }
        if (decoded) {
            i = semicolon + 1;
        } else {
            out.append('&');
            i = amp + 1;
        }
    }
    out.append(text.sliced(i));
    return out;
}

} // namespace Tilmech::Html
