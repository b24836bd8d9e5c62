#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Tilmech::Html {

// Escapes &, <, >, " and ' for text and attribute values.
void appendEscaped(QByteArray &out, QByteArrayView text);
QByteArray escaped(QByteArrayView text);

} // namespace Tilmech::Html
