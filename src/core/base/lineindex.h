#pragma once

#include <QByteArrayView>
#include <QVector>

namespace Tilmech {

// A position in a text: 1-based line and 1-based column counted in bytes of UTF-8,
// the way cmark-gfm and compilers report positions.
struct TextPosition
{
    int line = 0;
    int column = 0;
    bool isValid() const { return line > 0; }
    friend bool operator==(const TextPosition &a, const TextPosition &b)
    {
        return a.line == b.line && a.column == b.column;
    }
};

// Offsets of line starts in a UTF-8 text, for turning byte offsets into line and column
// and back. A line ends at '\n'; a '\r' before it belongs to the line.
class LineIndex
{
public:
    LineIndex() = default;
    // `characters`: whether characterColumn() will be asked on lines longer than a chunk
    // (it counts characters ahead for them); a caller that only maps lines and byte
    // columns saves that pass.
    explicit LineIndex(QByteArrayView text, bool characters = true);

    int lineCount() const { return int(m_starts.size()); }
    TextPosition position(qsizetype offset) const;
    // The same, looking first at the line in *hint and the one after it, and leaving the
    // answer's line in *hint: linear in total for offsets that mostly grow.
    TextPosition position(qsizetype offset, int *hint) const;
    qsizetype offset(int line, int column) const;
    qsizetype lineStart(int line) const;
    // The 1-based column of `offset` counted in characters (code points) of UTF-8 `text`,
    // the text this index was built from: what editors show as the column.
    int characterColumn(QByteArrayView text, qsizetype offset) const;

private:
    static constexpr qsizetype Chunk = 4096;
    static qsizetype countCharacters(QByteArrayView text, qsizetype from, qsizetype to);
    qsizetype charactersBefore(QByteArrayView text, qsizetype offset) const;

    QVector<qsizetype> m_starts;
    QVector<qsizetype> m_chunkChars; // characters before each chunk, only with long lines
    qsizetype m_size = 0;
};

} // namespace Tilmech
