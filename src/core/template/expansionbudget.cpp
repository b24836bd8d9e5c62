#include "template/expansionbudget.h"

namespace Tilmech {

bool ExpansionBudget::take()
{
    if (m_exceeded)
        return false;
    if (++m_expansions > MaxExpansions)
        m_exceeded = true;
    return !m_exceeded;
}

bool ExpansionBudget::spend(qsizetype bytes)
{
    if (m_exceeded)
        return false;
    m_bytes += bytes;
    if (m_bytes > MaxBytes)
        m_exceeded = true;
    return !m_exceeded;
}

void ExpansionBudget::blame(qsizetype begin, qsizetype end)
{
    if (m_tagBegin >= 0)
        return; // the first tag that ran out is the one to fix
    m_tagBegin = begin;
    m_tagEnd = end;
}

QString ExpansionBudget::reason()
{
    return tr("the views and includes of this page expand to more than %1 views or %2 MiB, "
              "far more than any real page: a view probably includes itself, directly or "
              "through other views; remove the include that closes the loop")
        .arg(MaxExpansions)
        .arg(MaxBytes / (1024 * 1024));
}

} // namespace Tilmech
