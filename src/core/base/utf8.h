#pragma once

#include <QByteArrayView>

namespace Tilmech::Utf8 {

// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
// forms, surrogates and code points above U+10FFFF are ill-formed), or -1 when the whole
// text is valid.
qsizetype firstInvalid(QByteArrayView text);

inline bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

} // namespace Tilmech::Utf8
