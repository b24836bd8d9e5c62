#include "check/stringchecks.h"

#include "analysis/pageanalysis.h"
#include "check/checkcontext.h"
#include "strings/catalog.h"
#include "template/expressionparser.h"
#include "template/tagpolicy.h"
#include "template/templatelexer.h"

#include <QSet>

namespace Tilmech {

namespace {

using S = Diagnostic::Severity;

// The locale keys an expression reads: hoc_s(:key) and campaign_date's strings.
void keysOf(const Expr &e, QVector<QByteArray> &keys)
{
    if (e.kind == Expr::Kind::Call && !e.receiver) {
        if (e.name == "hoc_s" && e.args.size() == 1 && e.args[0].isLiteral())
            keys.append(e.args[0].literalText());
        if (e.name == "campaign_date" && e.args.size() <= 1) {
            QByteArray format = e.args.empty() ? QByteArray("full") : e.args[0].literalText();
            if (!TagPolicy::isKnownCampaignFormat(format))
                format = "full";
            keys.append("campaign_date_" + format.replace('-', '_'));
        }
    }
    if (e.receiver)
        keysOf(*e.receiver, keys);
    for (const Expr &a : e.args)
        keysOf(a, keys);
    for (const auto &p : e.pairs)
        keysOf(p.second, keys);
}

} // namespace

QVector<QByteArray> StringChecks::keysRead(const Expr &expression)
{
    QVector<QByteArray> keys;
    keysOf(expression, keys);
    return keys;
}

QSet<QByteArray> StringChecks::placeholders(const QByteArray &value)
{
    QSet<QByteArray> result;
    qsizetype pos = 0;
    while ((pos = value.indexOf("%{", pos)) >= 0) {
        const qsizetype close = value.indexOf('}', pos + 2);
        if (close < 0)
            break;
        result.insert(value.mid(pos + 2, close - pos - 2));
        pos = close + 1;
    }
    return result;
}

void StringChecks::runPage(CheckContext &c)
{
    const PageAnalysis &page = *c.page;
    auto check = [&](const QByteArray &key, qsizetype b, qsizetype e) {
        const Catalog::Entry *own = c.strings ? c.strings->entry(key) : nullptr;
        const Catalog::Entry *en = c.english ? c.english->entry(key) : nullptr;
        const bool english = c.language == QLatin1String("en");
        const QString k = QString::fromUtf8(key);
        if ((!own || own->value.isEmpty()) && (!en || en->value.isEmpty())) {
            c.add(QStringLiteral("string-missing"), S::Error,
                  tr("The string “%1” is in no locale file, so the live site prints nothing "
                     "here; add it to i18n/en.yml (and translate it)")
                      .arg(k),
                  b, e, k);
        } else if (!english && (!own || own->value.isEmpty())) {
            c.add(QStringLiteral("string-fallback"), S::Warning,
                  tr("The string “%1” is %2 in i18n/%3.yml, so the English text is shown; "
                     "translate it in the strings view")
                      .arg(k, own ? tr("empty") : tr("missing"), c.language),
                  b, e, k);
        }
    };
    for (const PageTag &tag : page.tags()) {
        if (!tag.expr || !Outline::isActiveTag(page.tokens().at(tag.token), page.variant()))
            continue;
        QVector<QByteArray> keys;
        keysOf(*tag.expr, keys);
        const TemplateToken &t = page.tokens().at(tag.token);
        for (const QByteArray &key : keys)
            check(key, t.begin, t.end);
    }
    // Tags in the front matter title.
    const Document &doc = page.document();
    for (const FrontMatterEntry &entry : doc.frontMatter()) {
        if (entry.key != QLatin1String("title") || !entry.value.contains(QLatin1String("<%")))
            continue;
        const QByteArray value = entry.value.toUtf8();
        for (const TemplateToken &t : TemplateLexer::tokenize(value)) {
            if (t.kind != TemplateToken::Kind::ErbOutput)
                continue;
            QVector<QByteArray> keys;
            keysOf(ExpressionParser::parseExpression(
                       QByteArrayView(value).sliced(t.innerBegin, t.innerEnd - t.innerBegin)),
                   keys);
            const qsizetype at = doc.lines().lineStart(entry.line);
            for (const QByteArray &key : keys)
                check(key, at, at);
        }
    }
}

Diagnostics StringChecks::runCatalog(const Catalog &catalog, const Catalog *english,
                                     const QString &language, const QString &shownPath)
{
    Diagnostics out;
    for (Diagnostic d : catalog.problems()) {
        d.file = shownPath;
        d.language = language;
        out.append(d);
    }
    if (language == QLatin1String("en") || !english)
        return out;
    for (const QByteArray &key : catalog.keys()) {
        const Catalog::Entry *entry = catalog.entry(key);
        const Catalog::Entry *en = english->entry(key);
        Diagnostic d;
        d.file = shownPath;
        d.language = language;
        d.line = entry->line;
        d.column = 1;
        d.key = QString::fromUtf8(key);
        if (entry->value.isEmpty()) {
            if (en && !en->value.isEmpty()) {
                d.code = QStringLiteral("string-empty");
                d.severity = S::Warning;
                d.message = tr("“%1” is empty, so the English text is shown; translate it")
                                .arg(QString::fromUtf8(key));
                out.append(d);
            }
            continue;
        }
        if (!en)
            continue;
        const QSet<QByteArray> ours = placeholders(entry->value);
        const QSet<QByteArray> theirs = placeholders(en->value);
        if (ours != theirs) {
            QStringList wanted, found;
            for (const QByteArray &p : theirs)
                wanted << QStringLiteral("%{") + QString::fromUtf8(p) + QLatin1Char('}');
            for (const QByteArray &p : ours)
                found << QStringLiteral("%{") + QString::fromUtf8(p) + QLatin1Char('}');
            wanted.sort();
            found.sort();
            d.code = QStringLiteral("string-placeholder-mismatch");
            d.severity = S::Error;
            d.message = tr("“%1” has the placeholders %2 where the English has %3; placeholders "
                           "must be copied exactly")
                            .arg(QString::fromUtf8(key),
                                 found.isEmpty() ? tr("none") : found.join(QLatin1String(", ")),
                                 wanted.isEmpty() ? tr("none") : wanted.join(QLatin1String(", ")));
            out.append(d);
        }
    }
    return out;
}

} // namespace Tilmech
