#include "template/refusedtags.h"

#include "analysis/pageanalysis.h"
#include "template/tagpolicy.h"

namespace Tilmech {

QVector<RefusedTags::Verdict> RefusedTags::judge(const PageAnalysis &page,
                                                 const QSet<QByteArray> &sourceTags)
{
    QVector<Verdict> verdicts;
    for (const PageTag &tag : page.tags()) {
        if (sourceTags.contains(tag.canonical) || TagPolicy::isAllowListed(tag))
            continue;
        if (verdicts.isEmpty())
            verdicts.resize(page.tokens().size());
        const bool interpret = interpretable(tag);
        verdicts[tag.token] = {reason(interpret), interpret};
    }
    return verdicts;
}

QString RefusedTags::reason(bool interpreted)
{
    return interpreted
               ? tr("This tag is not in the English page, so the validator reports it as an "
                    "error; the outline shows what the live site would show for it. Copy "
                    "the tag the English page has here, or remove it")
               : tr("This tag is not in the English page and Tilmech cannot show what the "
                    "live site would do with it, so it is left out of the preview and of the "
                    "export. Copy the tag the English page has here, or remove it");
}

bool RefusedTags::interpretable(const PageTag &tag)
{
    const QByteArray &c = tag.canonical;
    if (c.startsWith("{{") || c == "%else" || c == "%end" || c.startsWith('#'))
        return true; // an include, or a tag that evaluates nothing
    if (!tag.expr || !tag.valid)
        return false;
    if (c.startsWith('='))
        return literalCall(*tag.expr);
    if (c.startsWith("%if ") || c.startsWith("%elsif ") || c.startsWith("%unless "))
        return countryCondition(*tag.expr);
    return false; // code that would run, such as an assignment
}

// A known helper called with literal arguments: its result depends on nothing the
// translation controls but those literals.
bool RefusedTags::literalCall(const Expr &e)
{
    if (e.kind != Expr::Kind::Call || e.receiver || !TagPolicy::isKnownHelper(e.name))
        return false;
    for (const Expr &arg : e.args) {
        if (!arg.isLiteral())
            return false;
    }
    for (const auto &pair : e.pairs) {
        if (!pair.first.isLiteral() ||
            !(pair.second.isLiteral() || pair.second.kind == Expr::Kind::Number))
            return false;
    }
    return TagPolicy::argumentProblem(e).isEmpty() || e.name == "campaign_date";
}

// @country or @language compared with literals, joined by &&, || and !.
bool RefusedTags::countryCondition(const Expr &e)
{
    switch (e.kind) {
    case Expr::Kind::Not:
        return e.args.size() == 1 && countryCondition(e.args[0]);
    case Expr::Kind::Binary:
        if (e.args.size() != 2)
            return false;
        if (e.name == "&&" || e.name == "||")
            return countryCondition(e.args[0]) && countryCondition(e.args[1]);
        if (e.name == "==" || e.name == "!=") {
            const auto variable = [](const Expr &x) {
                return x.kind == Expr::Kind::InstanceVar &&
                       (x.name == "country" || x.name == "language");
            };
            return (variable(e.args[0]) && e.args[1].isLiteral()) ||
                   (variable(e.args[1]) && e.args[0].isLiteral());
        }
        return false;
    default:
        return false;
    }
}

} // namespace Tilmech
