#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Tilmech::Html {

// Escapes &, <, >, " and ' for text and attribute values.
void appendEscaped(QByteArray &out, QByteArrayView text);
QByteArray escaped(QByteArrayView text);
// Decodes character references in an attribute value or text: the named ones escaped()
// and cmark-gfm write (&amp; &lt; &gt; &quot; &apos; &nbsp;) and every numeric one.
// Anything else is kept as written.
QByteArray unescaped(QByteArrayView text);

} // namespace Tilmech::Html
