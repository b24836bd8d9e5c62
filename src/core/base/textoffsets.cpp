#include "base/textoffsets.h"

#include <algorithm>

namespace Tilmech {

namespace {

constexpr qsizetype Step = 256;

// Text units one byte contributes: lead bytes count (two for 4-byte sequences, which are
// surrogate pairs in UTF-16), continuation bytes and the '\r' of "\r\n" do not.
int unitsOf(QByteArrayView bytes, qsizetype i)
{
    const uchar c = uchar(bytes[i]);
    if ((c & 0xC0) == 0x80)
        return 0;
    if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
        return 0;
    return c >= 0xF0 ? 2 : 1;
}

} // namespace

TextOffsets::TextOffsets(QByteArrayView bytes) : m_bytes(bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        m_start = 3;
    int units = 0;
    m_checkpoints.reserve(bytes.size() / Step + 1);
    for (qsizetype i = m_start; i < bytes.size(); ++i) {
        if ((i - m_start) % Step == 0)
            m_checkpoints.append(units);
        units += unitsOf(bytes, i);
    }
    if (m_checkpoints.isEmpty())
        m_checkpoints.append(0);
}

int TextOffsets::toText(qsizetype byteOffset) const
{
    byteOffset = std::clamp<qsizetype>(byteOffset, m_start, m_bytes.size());
    const qsizetype index =
        std::min<qsizetype>((byteOffset - m_start) / Step, m_checkpoints.size() - 1);
    int units = m_checkpoints[index];
    for (qsizetype i = m_start + index * Step; i < byteOffset; ++i)
        units += unitsOf(m_bytes, i);
    return units;
}

qsizetype TextOffsets::toBytes(int textPosition) const
{
    // The last checkpoint not past the position, then byte by byte.
    const auto it = std::upper_bound(m_checkpoints.cbegin(), m_checkpoints.cend(), textPosition);
    qsizetype index = std::max<qsizetype>(0, (it - m_checkpoints.cbegin()) - 1);
    int units = m_checkpoints[index];
    qsizetype i = m_start + index * Step;
    while (i < m_bytes.size()) {
        const int u = unitsOf(m_bytes, i);
        if (units + u > textPosition && u > 0)
            break;
        units += u;
        ++i;
    }
    return i;
}

} // namespace Tilmech
