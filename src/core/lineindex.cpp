#include "lineindex.h"

#include <algorithm>
#include <cstring>

namespace Tilmech {

LineIndex::LineIndex(QByteArrayView text) : m_size(text.size())
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
    int column = 1;
    for (qsizetype i = start; i < offset; ++i) {
        if ((uchar(text[i]) & 0xC0) != 0x80)
            ++column;
    }
    return column;
}

qsizetype LineIndex::offset(int line, int column) const
{
    return std::min(lineStart(line) + std::max(column, 1) - 1, m_size);
}

} // namespace Tilmech
