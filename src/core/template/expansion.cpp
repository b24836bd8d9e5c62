#include "template/expansion.h"

#include <algorithm>

namespace Tilmech {

void Expansion::appendVerbatim(QByteArrayView text, qsizetype sourceOffset)
{
    if (text.isEmpty())
        return;
    if (!m_segments.isEmpty()) {
        Segment &last = m_segments.last();
        if (last.verbatim && last.sourceEnd == sourceOffset &&
            last.out + (last.sourceEnd - last.source) == m_text.size()) {
            last.sourceEnd += text.size();
            m_text.append(text);
            return;
        }
    }
    m_segments.append({m_text.size(), sourceOffset, sourceOffset + text.size(), true});
    m_text.append(text);
}

void Expansion::appendGenerated(QByteArrayView text, qsizetype sourceBegin, qsizetype sourceEnd)
{
    // Empty output is recorded too: a block that starts right after a tag that printed
    // nothing starts at that tag.
    m_segments.append({m_text.size(), sourceBegin, sourceEnd, false});
    m_text.append(text);
}

const Expansion::Segment *Expansion::segmentAt(qsizetype offset, bool first) const
{
    if (m_segments.isEmpty())
        return nullptr;
    auto byOut = [](const Segment &s, qsizetype value) { return s.out < value; };
    auto it = std::lower_bound(m_segments.cbegin(), m_segments.cend(), offset, byOut);
    if (it != m_segments.cend() && it->out == offset) {
        if (!first) {
            while (it + 1 != m_segments.cend() && (it + 1)->out == offset)
                ++it;
        }
        return &*it;
    }
    if (it == m_segments.cbegin())
        return &m_segments.first();
    return &*(it - 1);
}

qsizetype Expansion::toSource(qsizetype offset) const
{
    const Segment *s = segmentAt(offset, true);
    if (!s)
        return offset;
    if (!s->verbatim || offset < s->out)
        return s->source;
    return std::min(s->source + (offset - s->out), s->sourceEnd);
}

qsizetype Expansion::toSourceEnd(qsizetype offset) const
{
    const Segment *s = segmentAt(offset, false);
    if (!s)
        return offset;
    if (!s->verbatim)
        return std::max(s->source, s->sourceEnd - 1);
    return std::min(s->source + (offset - s->out), s->sourceEnd);
}

} // namespace Tilmech
