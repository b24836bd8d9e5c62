#include "template/tagpolicy.h"

#include "analysis/pageanalysis.h"

namespace Tilmech {

namespace {

bool literalArgs(const Expr &call, size_t count)
{
    if (call.args.size() != count)
        return false;
    for (const Expr &arg : call.args) {
        if (!arg.isLiteral())
            return false;
    }
    return true;
}

} // namespace

const QVector<QByteArray> &TagPolicy::helperNames()
{
    static const QVector<QByteArray> names = {"hoc_s",           "resolve_url",   "codeorg_url",
                                              "hoc_uri",         "campaign_date", "localized_file",
                                              "localized_image", "view"};
    return names;
}

bool TagPolicy::isKnownHelper(const QByteArray &name)
{
    return helperNames().contains(name);
}

bool TagPolicy::isKnownCampaignFormat(const QByteArray &format)
{
    static const char *const formats[] = {"start-short", "start-long", "short",
                                          "full",        "year",       "full-year"};
    for (const char *f : formats) {
        if (format == f)
            return true;
    }
    return false;
}

QString TagPolicy::argumentProblem(const Expr &call)
{
    if (call.kind != Expr::Kind::Call || call.receiver)
        return QString();
    const QByteArray &name = call.name;
    const auto kinds = [&]() {
        QStringList list;
        for (const Expr &a : call.args)
            list << QString::fromUtf8(a.canonical());
        return list.join(QLatin1String(", "));
    };
    if (name == "hoc_s") {
        if (call.args.size() != 1 || !call.args[0].isLiteral())
            return tr("hoc_s takes one string id as a symbol or a string, e.g. hoc_s(:title), "
                      "not (%1)")
                .arg(kinds());
        for (const auto &pair : call.pairs) {
            if (pair.first.literalText() != "locals" || pair.second.kind != Expr::Kind::Hash)
                return tr("hoc_s takes only \"locals: {name: value}\" after the id");
        }
        return QString();
    }
    if (name == "resolve_url" || name == "codeorg_url" || name == "hoc_uri" ||
        name == "localized_file" || name == "localized_image") {
        if (!literalArgs(call, 1) || call.args[0].kind != Expr::Kind::String || !call.pairs.empty())
            return tr("%1 takes one quoted path, e.g. %1('/learn')").arg(QString::fromUtf8(name));
        return QString();
    }
    if (name == "campaign_date") {
        if (call.args.size() > 1 || !call.pairs.empty() ||
            (call.args.size() == 1 && call.args[0].kind != Expr::Kind::String))
            return tr("campaign_date takes one quoted format, e.g. campaign_date('full')");
        if (call.args.size() == 1 && !isKnownCampaignFormat(call.args[0].value))
            return tr("campaign_date has no format '%1' and shows the 'full' date; use one of "
                      "start-short, start-long, short, full, year, full-year")
                .arg(QString::fromUtf8(call.args[0].value));
        return QString();
    }
    if (name == "view") {
        if (call.args.size() != 1 || !call.args[0].isLiteral())
            return tr(
                "view takes the partial's name as a symbol or string, e.g. view :signup_button");
        return QString();
    }
    return QString();
}

bool TagPolicy::isAllowListed(const PageTag &tag)
{
    if (tag.canonical == "%else" || tag.canonical == "%end" || tag.canonical.startsWith('#'))
        return true; // nothing is evaluated
    if (!tag.expr || !tag.valid || !tag.canonical.startsWith('='))
        return false;
    const Expr &e = *tag.expr;
    if (e.kind != Expr::Kind::Call || e.receiver || !e.pairs.empty())
        return false;
    if (e.name == "campaign_date")
        return e.args.size() == 1 && e.args[0].kind == Expr::Kind::String &&
               isKnownCampaignFormat(e.args[0].value);
    if (e.name == "hoc_s" || e.name == "codeorg_url")
        return literalArgs(e, 1);
    return false;
}

} // namespace Tilmech
