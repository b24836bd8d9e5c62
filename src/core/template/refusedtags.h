#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVector>

namespace Tilmech {

struct Expr;
struct PageTag;
class PageAnalysis;

// What a translated tag that its English page does not hold becomes when the page is
// rendered. Reporting it is the validator's job (TagPolicy's allow-list, ParityChecks);
// this class makes the other decision, how to show it: a refused tag that Tilmech can
// interpret without risk (a known helper with literal arguments, an include, an @country
// conditional) is shown as the live site would show it, and its output is outlined in the
// preview; any other refused tag is left out (a placeholder in the preview, nothing in an
// export, which lists it).
class RefusedTags
{
    Q_DECLARE_TR_FUNCTIONS(RefusedTags)

public:
    struct Verdict
    {
        QString reason;         // empty: the tag is not refused
        bool interpret = false; // refused, but shown as the live site shows it
        bool refused() const { return !reason.isEmpty(); }
    };

    // Per token of `page`: the verdict on its tag. Empty when nothing is refused.
    static QVector<Verdict> judge(const PageAnalysis &page, const QSet<QByteArray> &sourceTags);
    // Whether a refused tag can be interpreted without risk.
    static bool interpretable(const PageTag &tag);
    // The text shown for a refused tag in the preview.
    static QString reason(bool interpreted);

private:
    static bool literalCall(const Expr &e);
    static bool countryCondition(const Expr &e);
};

} // namespace Tilmech
