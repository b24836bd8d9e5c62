#pragma once

#include <QByteArrayView>
#include <QVector>

namespace Tilmech {

// Converts byte offsets of a file's UTF-8 bytes into positions in the text an editor shows
// for it (UTF-16 code units, without the byte order mark, with "\r\n" shown as "\n"), and
// back. Built in one pass; lookups start from a checkpoint every 256 bytes.
class TextOffsets
{
public:
    TextOffsets() = default;
    explicit TextOffsets(QByteArrayView bytes);

    int toText(qsizetype byteOffset) const;
    qsizetype toBytes(int textPosition) const;

private:
    QByteArrayView m_bytes;
    qsizetype m_start = 0;      // after the byte order mark
    QVector<int> m_checkpoints; // text position at byte m_start + 256 * i
};

} // namespace Tilmech
