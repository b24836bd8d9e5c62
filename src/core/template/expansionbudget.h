#pragma once

#include <QCoreApplication>
#include <QString>

namespace Tilmech {

// What the views and includes of one page may add to it. A view that includes itself, or a
// chain of views that each include the next several times, multiplies its output at every
// level; the depth limit alone still allows billions of expansions. The budget counts every
// expansion and every byte a view or include hands back (cached ones too), and once either
// limit is passed every further expansion is refused at once, so a render stays bounded.
// One budget per render, used by one thread.
class ExpansionBudget
{
    Q_DECLARE_TR_FUNCTIONS(ExpansionBudget)

public:
    // Far above any real page (the corpus's biggest needs 21 expansions and 5 KB), far below
    // what takes seconds or hundreds of MiB.
    static constexpr int MaxExpansions = 20000;
    static constexpr qsizetype MaxBytes = 16 * 1024 * 1024;

    // Takes one expansion; false when the budget is spent (the expansion must not run).
    bool take();
    // Counts the output of an expansion; false when that passes the limit.
    bool spend(qsizetype bytes);
    bool exceeded() const { return m_exceeded; }

    // The page tag that was running when the budget ran out, in page offsets (-1: none).
    void blame(qsizetype begin, qsizetype end);
    qsizetype tagBegin() const { return m_tagBegin; }
    qsizetype tagEnd() const { return m_tagEnd; }

    // Why an expansion was refused: for the placeholder and the diagnostic.
    static QString reason();

private:
    int m_expansions = 0;
    qsizetype m_bytes = 0;
    bool m_exceeded = false;
    qsizetype m_tagBegin = -1;
    qsizetype m_tagEnd = -1;
};

} // namespace Tilmech
