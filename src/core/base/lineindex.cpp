#include "base/lineindex.h"

#include <algorithm>
#include <cstring>

namespace Tilmech {

LineIndex::LineIndex(QByteArrayView text, bool characters) : m_size(text.size())
{
    m_starts.reserve(text.size() / 40 + 1);
    m_starts.append(0);
    const char *begin = text.data();
    const char *end = begin + text.size();
    for (const char *p = begin; p < end;) {
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        if (!nl)
            break;
        p = static_cast<const char *>(nl) + 1;
        m_starts.append(p - begin);
    }
    // Character counts at every chunk boundary, when some line is longer than a chunk, so
    // that characterColumn stays short on a line of megabytes.
    if (!characters)
        return;
    qsizetype longest = 0;
    for (qsizetype i = 0; i < m_starts.size(); ++i)
        longest =
            std::max(longest, (i + 1 < m_starts.size() ? m_starts[i + 1] : m_size) - m_starts[i]);
    if (longest > Chunk) {
        m_chunkChars.reserve(m_size / Chunk + 1);
        qsizetype chars = 0;
        for (qsizetype chunk = 0; chunk * Chunk <= m_size; ++chunk) {
            m_chunkChars.append(chars);
            chars += countCharacters(text, chunk * Chunk, std::min(m_size, (chunk + 1) * Chunk));
        }
    }
}

qsizetype LineIndex::countCharacters(QByteArrayView text, qsizetype from, qsizetype to)
{
    qsizetype n = 0;
    const char *data = text.data();
    for (qsizetype i = from; i < to; ++i)
        n += (uchar(data[i]) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

qsizetype LineIndex::charactersBefore(QByteArrayView text, qsizetype offset) const
{
    const qsizetype chunk = offset / Chunk;
    return m_chunkChars.at(chunk) + countCharacters(text, chunk * Chunk, offset);
}

TextPosition LineIndex::position(qsizetype offset) const
{
    if (m_starts.isEmpty())
        return {1, 1};
    offset = std::clamp<qsizetype>(offset, 0, m_size);
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
    const int line = int(it - m_starts.cbegin());
    return {line, int(offset - m_starts.at(line - 1)) + 1};
}

TextPosition LineIndex::position(qsizetype offset, int *hint) const
{
    const int count = int(m_starts.size());
    for (int line = *hint; line >= 1 && line <= count && line <= *hint + 1; ++line) {
        const qsizetype start = m_starts[line - 1];
        const qsizetype next = line < count ? m_starts[line] : m_size + 1;
        if (offset >= start && offset < next) {
            *hint = line;
            return {line, int(offset - start) + 1};
        }
    }
    const TextPosition p = position(offset);
    *hint = p.line;
    return p;
}

qsizetype LineIndex::lineStart(int line) const
{
    if (m_starts.isEmpty())
        return 0;
    line = std::clamp(line, 1, int(m_starts.size()));
    return m_starts.at(line - 1);
}

int LineIndex::characterColumn(QByteArrayView text, qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, std::min(m_size, text.size()));
    const qsizetype start = lineStart(position(offset).line);
    if (offset - start > Chunk && !m_chunkChars.isEmpty() && text.size() == m_size)
        return int(charactersBefore(text, offset) - charactersBefore(text, start)) + 1;
    return int(countCharacters(text, start, offset)) + 1;
}

qsizetype LineIndex::offset(int line, int column) const
{
    return std::min(lineStart(line) + std::max(column, 1) - 1, m_size);
}

} // namespace Tilmech
