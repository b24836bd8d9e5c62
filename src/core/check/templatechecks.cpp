#include "check/templatechecks.h"

#include "analysis/pageanalysis.h"
#include "base/bytesearch.h"
#include "check/checkcontext.h"
#include "render/renderer.h"
#include "site/project.h"
#include "template/expressionparser.h"
#include "template/tagpolicy.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace Tilmech {

namespace {

using S = Diagnostic::Severity;

const QByteArray FullWidthPercent = "\xEF\xBC\x85"; // ％

// Typographic quotes and full-width signs replaced by their ASCII forms.
QByteArray asciiQuotes(QByteArray text)
{
    static const struct
    {
        const char *from;
        const char *to;
    } replacements[] = {
        {"\xE2\x80\x98", "'"},  {"\xE2\x80\x99", "'"},  {"\xE2\x80\x9A", "'"},
        {"\xE2\x80\xB2", "'"},  {"\xE2\x80\x9C", "\""}, {"\xE2\x80\x9D", "\""},
        {"\xE2\x80\x9E", "\""}, {"\xC2\xAB", "\""},     {"\xC2\xBB", "\""},
        {"\xEF\xBC\x85", "%"},  {"\xEF\xBC\x9C", "<"},  {"\xEF\xBC\x9E", ">"},
        {"\xEF\xBC\x88", "("},  {"\xEF\xBC\x89", ")"},  {"\xEF\xBC\x9A", ":"},
    };
    for (const auto &r : replacements)
        text.replace(r.from, r.to);
    return text;
}

// Spaces that split a helper name ("hoc _s", "resolve_ url") removed; empty if none did.
QByteArray joinedHelperName(QByteArrayView inner)
{
    const QByteArray trimmed = inner.trimmed().toByteArray();
    qsizetype stop = 0;
    while (stop < trimmed.size() && trimmed[stop] != '(' && trimmed[stop] != ':' &&
           trimmed[stop] != '\'' && trimmed[stop] != '"')
        ++stop;
    const QByteArray head = trimmed.left(stop);
    if (!head.contains(' '))
        return QByteArray();
    // "view :x" is fine: a space before a symbol argument is Ruby.
    QByteArray compact = head;
    compact.replace(' ', "");
    if (!TagPolicy::isKnownHelper(compact) || head.trimmed() == compact)
        return QByteArray();
    return compact + trimmed.mid(stop);
}

class Checker
{
public:
    explicit Checker(CheckContext &c) : m_c(c), m_page(*c.page) {}

    void run()
    {
        const QByteArray &bytes = m_page.document().bytes();
        collectLocals();
        for (const PageTag &tag : m_page.tags())
            checkTag(tag);
        checkStructure(m_page.tree().nodes());
        for (int i = 0; i < m_page.tokens().size(); ++i) {
            const TemplateToken &t = m_page.tokens().at(i);
            if (t.kind == TemplateToken::Kind::Text)
                checkText(QByteArrayView(bytes).sliced(t.begin, t.end - t.begin), t.begin);
        }
    }

private:
    // The locals the page's code tags assign (`facebook = {…}`): a later tag may name them.
    void collectLocals()
    {
        const QByteArray &bytes = m_page.document().bytes();
        for (const PageTag &tag : m_page.tags()) {
            if (tag.statement != Statement::Kind::Assign &&
                tag.statement != Statement::Kind::Sequence)
                continue;
            const TemplateToken &t = m_page.tokens().at(tag.token);
            addLocals(ExpressionParser::parseStatement(
                QByteArrayView(bytes).sliced(t.innerBegin, t.innerEnd - t.innerBegin)));
        }
    }

    void addLocals(const Statement &s)
    {
        if (s.kind == Statement::Kind::Assign && s.target.kind == Expr::Kind::Call &&
            !s.target.receiver)
            m_locals.insert(s.target.name);
        for (const Statement &inner : s.statements)
            addLocals(inner);
    }

    // The exact tag to suggest: the English tag with this canonical form when there is one,
    // else the repaired text.
    QString suggestion(const QByteArray &repaired)
    {
        if (!repaired.startsWith("<%=") || !repaired.endsWith("%>"))
            return QString::fromUtf8(repaired);
        const QByteArrayView inner = QByteArrayView(repaired).sliced(3, repaired.size() - 5);
        const Expr e = ExpressionParser::parseExpression(inner);
        if (m_c.source && e.isValid()) {
            // The English tags by canonical form (the first of each), gathered once.
            if (m_sourceTags.isEmpty()) {
                for (const PageTag &tag : m_c.source->tags()) {
                    if (!m_sourceTags.contains(tag.canonical))
                        m_sourceTags.insert(tag.canonical, tag.written);
                }
            }
            const auto found = m_sourceTags.constFind('=' + e.canonical());
            if (found != m_sourceTags.cend())
                return QString::fromUtf8(*found);
        }
        return QString::fromUtf8(repaired);
    }

    void mangled(qsizetype begin, qsizetype end, const QString &what, const QByteArray &repaired)
    {
        const QString fix = suggestion(repaired);
        Diagnostic &d =
            m_c.add(QStringLiteral("template-mangled"), S::Error,
                    TemplateChecks::tr("%1; write %2 instead").arg(what, fix), begin, end, fix);
        d.setFix(fix);
        m_c.repairedTags.append({begin, fix});
    }

    void checkTag(const PageTag &tag)
    {
        const TemplateToken &t = m_page.tokens().at(tag.token);
        const qsizetype b = t.begin;
        const qsizetype e = t.end;
        const QString written = QString::fromUtf8(tag.written);
        const bool active = Outline::isActiveTag(t, m_page.variant());
        const QByteArray inner =
            m_page.document().bytes().mid(t.innerBegin, t.innerEnd - t.innerBegin);

        if (t.kind == TemplateToken::Kind::Unterminated) {
            // A tag whose closing sign is full-width is mangled, not unterminated.
            const QByteArray rest = m_page.document().bytes().mid(t.begin, 400);
            const qsizetype close = ByteSearch::find(rest, FullWidthPercent + '>');
            if (!t.unterminatedInclude && close > 0) {
                const qsizetype innerStart = rest.startsWith("<%=") ? 3 : 2;
                const QByteArray repairedInner =
                    asciiQuotes(rest.mid(innerStart, close - innerStart)).trimmed();
                mangled(b, b + close + 4,
                        TemplateChecks::tr("This tag ends with a full-width “％>”"),
                        (innerStart == 3 ? "<%= " : "<% ") + repairedInner + " %>");
                return;
            }
            m_c.add(QStringLiteral("template-unterminated"), S::Error,
                    t.unterminatedInclude
                        ? TemplateChecks::tr("“{{” is never closed; end the include with “}}”")
                        : TemplateChecks::tr("“<%” is never closed; end the tag with “%>”"),
                    b, e, written);
            return;
        }
        if (!active && t.kind != TemplateToken::Kind::ErbComment &&
            t.kind != TemplateToken::Kind::LiteralErbOpen) {
            m_c.add(QStringLiteral("template-inactive"), S::Warning,
                    t.kind == TemplateToken::Kind::Include
                        ? TemplateChecks::tr("{{ }} includes are expanded only in .md.partial "
                                             "pages; the live site shows “%1” as text")
                              .arg(written)
                        : TemplateChecks::tr("ERB tags are not run in .md.partial pages; the live "
                                             "site shows “%1” as text")
                              .arg(written),
                    b, e, written);
        }

        if (t.kind == TemplateToken::Kind::Include) {
            const QByteArray name = inner.trimmed();
            if (!tag.valid) {
                m_c.add(QStringLiteral("include-invalid"), S::Error,
                        TemplateChecks::tr("“%1” is not a partial name; write a path such as "
                                           "{{ urls/learn }}")
                            .arg(QString::fromUtf8(name)),
                        b, e, written);
            } else if (active && m_c.project &&
                       m_c.project->findView(QString::fromUtf8(name), m_c.language).isEmpty()) {
                m_c.add(QStringLiteral("include-missing"), S::Error,
                        TemplateChecks::tr("There is no partial “%1” in views/; the live site "
                                           "prints nothing here")
                            .arg(QString::fromUtf8(name)),
                        b, e, written);
            }
            return;
        }
        if (!t.isErb())
            return;

        // Damaged tags first: their repair is the useful message.
        const QByteArray ascii = asciiQuotes(inner);
        if (ascii != inner) {
            const QByteArray marker = t.kind == TemplateToken::Kind::ErbOutput ? "<%=" : "<%";
            mangled(b, e,
                    TemplateChecks::tr("This tag has typographic quotes or full-width signs, "
                                       "which Ruby does not read"),
                    marker + (t.trimLeft ? "-" : "") + ascii + (t.trimRight ? "-%>" : "%>"));
            return;
        }
        const QByteArray joined = joinedHelperName(inner);
        if (!joined.isEmpty() && t.kind == TemplateToken::Kind::ErbOutput) {
            mangled(b, e, TemplateChecks::tr("The helper name has a space inside it"),
                    "<%= " + joined + " %>");
            return;
        }
        if (t.kind == TemplateToken::Kind::ErbComment)
            return;

        if (t.kind == TemplateToken::Kind::ErbCode &&
            (tag.statement == Statement::Kind::Other || tag.statement == Statement::Kind::Each)) {
            m_c.add(QStringLiteral("template-unevaluated"), S::Info,
                    TemplateChecks::tr("Ruby code that Tilmech does not evaluate; the preview "
                                       "shows a placeholder here"),
                    b, e, QString::fromUtf8(tag.canonical));
            return;
        }
        if (!tag.expr || tag.canonical == "%else" || tag.canonical == "%end" ||
            tag.statement == Statement::Kind::Sequence)
            return; // a sequence's statements have no one expression to check
        if (!tag.expr->isValid()) {
            m_c.add(QStringLiteral("template-syntax"), S::Error,
                    TemplateChecks::tr("This tag is not valid Ruby (%1); the live site cannot "
                                       "render the page. Copy the tag from the English page")
                        .arg(ExpressionParser::errorText(tag.expr->error)),
                    b, e, written);
            return;
        }
        checkCalls(*tag.expr, b, e, written);
    }

    // Unknown helpers, wrong arguments and missing views anywhere in an expression.
    void checkCalls(const Expr &expr, qsizetype b, qsizetype e, const QString &written)
    {
        if (expr.kind == Expr::Kind::Call) {
            const bool bare = expr.args.empty() && expr.pairs.empty() && !expr.parens;
            const bool builtin =
                expr.receiver || (bare && (expr.name == "request" || m_locals.contains(expr.name)));
            if (!expr.receiver && expr.name == "DB" && expr.args.empty()) {
                m_c.add(QStringLiteral("template-database"), S::Info,
                        TemplateChecks::tr("A database query: the live site shows rows from its "
                                           "database here; Tilmech has no database, so the "
                                           "preview shows no rows and marks the place"),
                        b, e, QString::fromUtf8(expr.canonical()));
                return;
            }
            if (!expr.receiver && !builtin) {
                if (!TagPolicy::isKnownHelper(expr.name)) {
                    m_c.add(QStringLiteral("template-unknown-helper"), S::Warning,
                            TemplateChecks::tr("“%1” is not a helper of the site (%2); Tilmech "
                                               "shows a placeholder")
                                .arg(QString::fromUtf8(expr.name),
                                     QString::fromUtf8(TagPolicy::helperNames().join(", "))),
                            b, e, QString::fromUtf8(expr.canonical()));
                } else {
                    const QString problem = TagPolicy::argumentProblem(expr);
                    if (!problem.isEmpty()) {
                        m_c.add(QStringLiteral("template-argument"), S::Error, problem, b, e,
                                written);
                    } else if (expr.name == "view" && m_c.project &&
                               m_c.project
                                   ->findView(QString::fromUtf8(expr.args[0].literalText()),
                                              m_c.language)
                                   .isEmpty()) {
                        m_c.add(QStringLiteral("include-missing"), S::Error,
                                TemplateChecks::tr("There is no partial “%1” in views/; the "
                                                   "live site fails to render this page")
                                    .arg(QString::fromUtf8(expr.args[0].literalText())),
                                b, e, written);
                    }
                }
            }
        }
        if (expr.receiver)
            checkCalls(*expr.receiver, b, e, written);
        for (const Expr &a : expr.args)
            checkCalls(a, b, e, written);
        for (const auto &p : expr.pairs)
            checkCalls(p.second, b, e, written);
    }

    void checkStructure(const std::vector<TemplateNode> &nodes)
    {
        for (const TemplateNode &node : nodes) {
            const TemplateToken &t = m_page.tokens().at(node.token);
            if (node.kind == TemplateNode::Kind::StrayControl) {
                m_c.add(QStringLiteral("template-unbalanced"), S::Error,
                        TemplateChecks::tr("“%1” has no “<% if … %>” before it; remove it or "
                                           "restore the if from the English page")
                            .arg(QString::fromUtf8(m_c.text(t.begin, t.end))),
                        t.begin, t.end, QString::fromUtf8(m_c.text(t.begin, t.end)));
            } else if (node.kind == TemplateNode::Kind::Conditional) {
                if (node.endToken < 0) {
                    m_c.add(QStringLiteral("template-unbalanced"), S::Error,
                            TemplateChecks::tr("This “if” is never closed; add “<% end %>” "
                                               "where the English page has it"),
                            t.begin, t.end, QString::fromUtf8(m_c.text(t.begin, t.end)));
                }
                for (const auto &branch : node.branches)
                    checkStructure(branch.children);
            }
        }
    }

    // Tags damaged beyond recognition by the lexer: a lost '<', full-width '％', and stray %>.
    void checkText(QByteArrayView text, qsizetype base)
    {
        QVector<QPair<qsizetype, qsizetype>> reported;
        // "%= … %" or "%= … %>" without its '<' (inside an attribute, usually).
        qsizetype pos = 0;
        qsizetype lineEnd = -1; // of the line of `pos`, found again only on a later line
        while ((pos = ByteSearch::find(text, "%=", pos)) >= 0) {
            if (pos > 0 && text[pos - 1] == '<') {
                pos += 2;
                continue;
            }
            if (lineEnd < pos) {
                lineEnd = text.indexOf('\n', pos);
                if (lineEnd < 0)
                    lineEnd = text.size();
            }
            const qsizetype close = ByteSearch::find(text.first(lineEnd), "%", pos + 2);
            if (close < 0) {
                pos += 2;
                continue;
            }
            const QByteArray inner = text.sliced(pos + 2, close - pos - 2).trimmed().toByteArray();
            qsizetype end = close + 1;
            if (end < text.size() && text[end] == '>')
                ++end;
            const Expr parsed = ExpressionParser::parseExpression(asciiQuotes(inner));
            if (!inner.isEmpty() && parsed.isValid()) {
                mangled(base + pos, base + end,
                        TemplateChecks::tr("This tag lost its “<” and is shown as text"),
                        "<%= " + asciiQuotes(inner) + " %>");
                reported.append({pos, end});
            }
            pos = end;
        }
        // "<％= … ％>" with full-width percent signs.
        pos = 0;
        while ((pos = ByteSearch::find(text, "<" + FullWidthPercent, pos)) >= 0) {
            const qsizetype close = ByteSearch::find(text, FullWidthPercent + '>', pos + 4);
            const qsizetype end = close < 0 ? pos + 4 : close + 4;
            QByteArray inner =
                text.sliced(pos + 4, (close < 0 ? pos + 4 : close) - pos - 4).toByteArray();
            if (inner.startsWith('='))
                inner.remove(0, 1);
            mangled(base + pos, base + end,
                    TemplateChecks::tr("This tag is written with full-width “％” signs"),
                    "<%= " + asciiQuotes(inner).trimmed() + " %>");
            reported.append({pos, end});
            pos = end;
        }
        // A "%>" with no tag before it. The reported spans by start, walked along with the
        // "%>" found: one is covered when a span started at or before it reaches past it.
        std::sort(reported.begin(), reported.end());
        qsizetype span = 0, reach = -1;
        pos = 0;
        while ((pos = ByteSearch::find(text, "%>", pos)) >= 0) {
            while (span < reported.size() && reported.at(span).first <= pos)
                reach = std::max(reach, reported.at(span++).second);
            if (reach <= pos) {
                m_c.add(QStringLiteral("template-stray-close"), S::Error,
                        TemplateChecks::tr("“%>” without “<%” before it; restore the tag's "
                                           "opening “<%=” or remove this"),
                        base + pos, base + pos + 2, QStringLiteral("%>"));
            }
            pos += 2;
        }
    }

    QSet<QByteArray> m_locals; // assigned by the page's code tags
    CheckContext &m_c;
    const PageAnalysis &m_page;
    QHash<QByteArray, QByteArray> m_sourceTags; // canonical form → tag as written
};

} // namespace

void TemplateChecks::run(CheckContext &context)
{
    Checker(context).run();
    expansionLimit(context);
}

void TemplateChecks::expansionLimit(CheckContext &context)
{
    if (!context.renderer)
        return;
    // The tags run as the preview runs them: a translation's tags only where its English
    // page has them.
    RenderOptions options;
    options.language = context.language;
    options.country = context.country;
    if (context.source)
        options.sourceTags = Renderer::tagSet(*context.source);
    else if (context.language != QLatin1String("en"))
        options.sourceTags = std::make_shared<const QSet<QByteArray>>();
    for (const Diagnostic &d : context.renderer->expansionProblems(*context.page, options)) {
        context.add(d.code, d.severity, d.message, d.begin, d.end,
                    QString::fromUtf8(context.text(d.begin, d.end)));
    }
}

} // namespace Tilmech
