#include "markdown/emphasisindex.h"

#include <algorithm>

namespace Tilmech {

EmphasisIndex::EmphasisIndex(QByteArrayView text)
{
    const qsizetype n = text.size();
    bool odd = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text[i];
        if (c == '`') {
            m_ticks.append(i);
            odd = !odd;
            continue;
        }
        if (c != '*' && c != '_')
            continue;
        qsizetype end = i;
        while (end < n && text[end] == c)
            ++end;
        m_runs.append({i, end, c == '*', odd});
        i = end - 1;
    }
    m_prefix.reserve(m_runs.size() + 1);
    quint8 bits = 0;
    m_prefix.append(bits);
    for (const Run &r : qAsConst(m_runs)) {
        const int bit = (r.star ? 0 : 2) + (r.afterOddTicks ? 1 : 0);
        bits ^= quint8(pairParity(r.begin, r.end) << bit);
        m_prefix.append(bits);
    }
}

bool EmphasisIndex::oddTicksBefore(qsizetype offset) const
{
    return (std::lower_bound(m_ticks.cbegin(), m_ticks.cend(), offset) - m_ticks.cbegin()) & 1;
}

bool EmphasisIndex::unbalanced(qsizetype begin, qsizetype end) const
{
    if (begin >= end)
        return false;
    // Runs that reach into [begin, end): from the first that ends after `begin` to the last
    // that starts before `end`.
    const auto first = std::partition_point(m_runs.cbegin(), m_runs.cend(),
                                            [begin](const Run &r) { return r.end <= begin; });
    const auto last =
        std::partition_point(first, m_runs.cend(), [end](const Run &r) { return r.begin < end; });
    if (first == last)
        return false;
    // A run counts when an even number of ` lies between the span's start and the run.
    const bool oddAtBegin = oddTicksBefore(begin);
    int stars = 0, underscores = 0;
    auto addClipped = [&](const Run &r) {
        const qsizetype b = std::max(r.begin, begin);
        const bool odd = oddAtBegin != (b == begin ? oddAtBegin : r.afterOddTicks);
        if (odd)
            return;
        (r.star ? stars : underscores) ^= pairParity(b, std::min(r.end, end));
    };
    addClipped(*first);
    if (last - first > 1) {
        addClipped(*(last - 1));
        // Runs wholly inside: their pair parities from the prefix.
        const int bits = prefix(last - 1 - m_runs.cbegin()) ^ prefix(first + 1 - m_runs.cbegin());
        const int same = oddAtBegin ? 1 : 0; // the bit of runs after as many ` as the start
        stars ^= (bits >> same) & 1;
        underscores ^= (bits >> (2 + same)) & 1;
    }
    return stars || underscores;
}

} // namespace Tilmech
