#include "templateevaluator.h"

#include "expressionparser.h"

#include "catalog.h"
#include "expansionbudget.h"
#include "project.h"
#include "viewlibrary.h"

#include <QScopeGuard>

#include <cctype>

namespace Tilmech {

namespace {

constexpr int MaxViewDepth = 12;

QString notRun(const Expr &e)
{
    return TemplateEvaluator::tr("“%1” is Ruby that Tilmech does not run")
        .arg(QString::fromUtf8(e.canonical()));
}

bool equalValues(const Value &a, const Value &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case Value::Kind::Nil:
        return true;
    case Value::Kind::Bool:
        return a.flag == b.flag;
    case Value::Kind::String:
        return a.text == b.text;
    case Value::Kind::Array:
        if (a.items.size() != b.items.size())
            return false;
        for (size_t i = 0; i < a.items.size(); ++i) {
            if (!equalValues(a.items[i], b.items[i]))
                return false;
        }
        return true;
    case Value::Kind::Unknown:
        return false;
    }
    return false;
}

QByteArray textOf(const Value &v)
{
    switch (v.kind) {
    case Value::Kind::String:
        return v.text;
    case Value::Kind::Bool:
        return v.flag ? "true" : "false";
    default:
        return QByteArray();
    }
}

} // namespace

struct TemplateEvaluator::RunContext
{
    const TemplateTree &tree;
    QByteArrayView text;
    qsizetype textBase;
    QByteArrayView tagSource;
    qsizetype tagBase;
    Syntax erb;
    Syntax includes;
    Expansion &out;

    QByteArrayView tagText(const TemplateToken &t) const
    {
        return tagSource.sliced(t.begin - tagBase, t.end - t.begin);
    }
};

TemplateEvaluator::TemplateEvaluator(const RenderEnvironment &env, Placeholders &placeholders,
                                     const Locals *locals, int depth,
                                     const QVector<RefusedTags::Verdict> *refusals,
                                     bool afterMarkdown)
    : m_env(env), m_placeholders(placeholders), m_locals(locals), m_depth(depth),
      m_refusals(refusals), m_afterMarkdown(afterMarkdown)
{
}

const RefusedTags::Verdict *TemplateEvaluator::refusal(int token) const
{
    if (!m_refusals || token < 0 || token >= m_refusals->size())
        return nullptr;
    const RefusedTags::Verdict &v = m_refusals->at(token);
    return v.refused() ? &v : nullptr;
}

// Puts the refusal markers around a refused tag's output so that markdown reads the same
// blocks as without them: a marker at the start of a line would turn "# Title" into a
// paragraph, so there the first marker goes inside the output's first HTML tag (where it
// reads as an attribute name) or after the line's block syntax ("# ", "- ", "> ", "1. ").
QByteArray TemplateEvaluator::markRefused(QByteArray output, int refusal,
                                          const Expansion &out) const
{
    qsizetype core = output.size();
    while (core > 0 && (output[core - 1] == '\n' || output[core - 1] == '\r'
                        || output[core - 1] == ' ' || output[core - 1] == '\t'))
        --core;
    if (core == 0)
        return output; // nothing to outline
    const QByteArray begin = m_placeholders.refusalMarker(refusal, true);
    output.insert(core, m_placeholders.refusalMarker(refusal, false));
    const bool lineStart = out.size() == 0 || out.text().back() == '\n';
    if (m_afterMarkdown || !lineStart)
        return begin + output;
    if (output.size() > 1 && output[0] == '<' && std::isalpha(uchar(output[1]))) {
        qsizetype nameEnd = 1;
        while (nameEnd < core && (std::isalnum(uchar(output[nameEnd])) || output[nameEnd] == '-'))
            ++nameEnd;
        return output.insert(nameEnd, ' ' + begin);
    }
    return output.insert(blockSyntaxEnd(QByteArrayView(output).first(core)), begin);
}

// Where the text of a markdown line begins after its block syntax: indentation, "#"s, ">",
// a bullet or an ordered list number, each followed by a space.
qsizetype TemplateEvaluator::blockSyntaxEnd(QByteArrayView line)
{
    qsizetype p = 0;
    for (;;) {
        const qsizetype start = p;
        while (p < line.size() && line[p] == ' ')
            ++p;
        qsizetype q = p;
        if (q < line.size() && (line[q] == '>'))
            ++q;
        else if (q < line.size() && line[q] == '#')
            while (q < line.size() && line[q] == '#')
                ++q;
        else if (q < line.size() && (line[q] == '-' || line[q] == '*' || line[q] == '+'))
            ++q;
        else {
            while (q < line.size() && std::isdigit(uchar(line[q])))
                ++q;
            if (q > p && q < line.size() && (line[q] == '.' || line[q] == ')'))
                ++q;
            else
                q = p;
        }
        if (q > p && (q == line.size() || line[q] == ' '))
            p = q + (q < line.size() ? 1 : 0);
        if (p == start || p >= line.size())
            return std::min(p, line.size());
    }
}

// A refusal marker where a tag prints nothing (an @country conditional): on a line of its
// own it is an HTML comment, which markdown reads as a block as harmless as the blank line
// it replaces.
QByteArray TemplateEvaluator::refusalPoint(int refusal, bool begin, bool aloneOnLine) const
{
    const QByteArray marker = m_placeholders.refusalMarker(refusal, begin);
    return aloneOnLine && !m_afterMarkdown ? "<!--" + marker + "-->" : marker;
}

QByteArray TemplateEvaluator::placeholder(QByteArrayView shown, const QString &reason,
                                          qsizetype begin, qsizetype end) const
{
    return m_placeholders.add(shown, reason, begin, end);
}

// ---------------------------------------------------------------------------------------
// Expressions

Value TemplateEvaluator::evaluate(const Expr &e) const
{
    switch (e.kind) {
    case Expr::Kind::Invalid:
        return Value::unknown(tr("the tag cannot be read: %1").arg(ExpressionParser::errorText(e.error)));
    case Expr::Kind::Nil:
        return Value::nil();
    case Expr::Kind::True:
        return Value::boolean(true);
    case Expr::Kind::False:
        return Value::boolean(false);
    case Expr::Kind::Number:
        return Value::string(e.name);
    case Expr::Kind::String:
        return Value::string(e.value);
    case Expr::Kind::Symbol:
        return Value::string(e.name);
    case Expr::Kind::Interpolated: {
        QByteArray text;
        for (const Expr &part : e.args) {
            const Value v = evaluate(part);
            if (v.isUnknown())
                return v;
            text += textOf(v);
        }
        return Value::string(text);
    }
    case Expr::Kind::InstanceVar:
        if (e.name == "country")
            return Value::string(m_env.country);
        if (e.name == "language")
            return Value::string(m_env.languageUtf8);
        if (e.name == "company")
            return Value::nil();
        return Value::unknown(notRun(e));
    case Expr::Kind::Array: {
        Value v;
        v.kind = Value::Kind::Array;
        for (const Expr &item : e.args) {
            Value iv = evaluate(item);
            if (iv.isUnknown())
                return iv;
            v.items.push_back(std::move(iv));
        }
        return v;
    }
    case Expr::Kind::Hash:
    case Expr::Kind::Index:
        return Value::unknown(notRun(e));
    case Expr::Kind::Not: {
        const std::optional<bool> t = truth(e.args[0]);
        if (!t)
            return Value::unknown(notRun(e));
        return Value::boolean(!*t);
    }
    case Expr::Kind::Binary: {
        if (e.name == "&&" || e.name == "||") {
            const std::optional<bool> lhs = truth(e.args[0]);
            const bool isAnd = e.name == "&&";
            if (lhs && *lhs != isAnd)
                return Value::boolean(!isAnd);
            const std::optional<bool> rhs = truth(e.args[1]);
            if (!lhs || !rhs)
                return Value::unknown(notRun(e));
            return Value::boolean(*rhs);
        }
        const Value lhs = evaluate(e.args[0]);
        if (lhs.isUnknown())
            return lhs;
        const Value rhs = evaluate(e.args[1]);
        if (rhs.isUnknown())
            return rhs;
        if (e.name == "==")
            return Value::boolean(equalValues(lhs, rhs));
        if (e.name == "!=")
            return Value::boolean(!equalValues(lhs, rhs));
        if (e.name == "+" && lhs.kind == Value::Kind::String && rhs.kind == Value::Kind::String)
            return Value::string(lhs.text + rhs.text);
        return Value::unknown(notRun(e));
    }
    case Expr::Kind::Call:
        return call(e);
    }
    return Value::unknown(notRun(e));
}

std::optional<bool> TemplateEvaluator::truth(const Expr &e) const
{
    const Value v = evaluate(e);
    switch (v.kind) {
    case Value::Kind::Unknown:
        return std::nullopt;
    case Value::Kind::Nil:
        return false;
    case Value::Kind::Bool:
        return v.flag;
    default:
        return true;
    }
}

QByteArray TemplateEvaluator::output(const Expr &e, QByteArrayView shown, qsizetype begin,
                                     qsizetype end) const
{
    const Value v = evaluate(e);
    if (v.isUnknown())
        return placeholder(shown, v.reason, begin, end);
    if (v.kind == Value::Kind::Array) {
        return placeholder(shown, tr("the tag prints a list, which Tilmech does not format"),
                           begin, end);
    }
    return textOf(v);
}

Value TemplateEvaluator::call(const Expr &e) const
{
    if (e.receiver) {
        // request.host is the only method of an object that pages use.
        if (e.receiver->isCall("request") && e.name == "host" && e.args.empty())
            return Value::string(m_env.host);
        const Value receiver = evaluate(*e.receiver);
        if (receiver.isUnknown())
            return receiver;
        return method(receiver, e);
    }
    if (e.args.empty() && e.pairs.empty() && !e.parens && m_locals) {
        const auto it = m_locals->constFind(e.name);
        if (it != m_locals->cend())
            return it.value();
    }
    return helper(e);
}

Value TemplateEvaluator::method(const Value &receiver, const Expr &e) const
{
    const QByteArray &name = e.name;
    if (e.args.empty() && e.pairs.empty()) {
        if (name == "nil?")
            return Value::boolean(receiver.kind == Value::Kind::Nil);
        if (name == "to_s" || name == "html_safe" || name == "to_str")
            return Value::string(textOf(receiver));
        if (receiver.kind == Value::Kind::Nil && name == "nil_or_empty?")
            return Value::boolean(true);
        if (receiver.kind == Value::Kind::String) {
            if (name == "inspect")
                return Value::string(inspect(receiver.text));
            if (name == "strip")
                return Value::string(receiver.text.trimmed());
            if (name == "upcase")
                return Value::string(receiver.text.toUpper());
            if (name == "downcase")
                return Value::string(receiver.text.toLower());
            if (name == "capitalize") {
                QByteArray s = receiver.text.toLower();
                if (!s.isEmpty() && s[0] >= 'a' && s[0] <= 'z')
                    s[0] = char(s[0] - 'a' + 'A');
                return Value::string(s);
            }
            if (name == "empty?" || name == "nil_or_empty?")
                return Value::boolean(receiver.text.isEmpty());
        }
        if (receiver.kind == Value::Kind::Array && (name == "empty?" || name == "nil_or_empty?"))
            return Value::boolean(receiver.items.empty());
    }
    if (name == "include?" && e.args.size() == 1 && e.pairs.empty()) {
        const Value arg = evaluate(e.args[0]);
        if (arg.isUnknown())
            return arg;
        if (receiver.kind == Value::Kind::String && arg.kind == Value::Kind::String)
            return Value::boolean(receiver.text.contains(arg.text));
        if (receiver.kind == Value::Kind::Array) {
            for (const Value &item : receiver.items) {
                if (equalValues(item, arg))
                    return Value::boolean(true);
            }
            return Value::boolean(false);
        }
    }
    return Value::unknown(notRun(e));
}

QByteArray TemplateEvaluator::stringArgument(const Expr &e, bool *ok) const
{
    const Value v = evaluate(e);
    *ok = v.kind == Value::Kind::String;
    return v.text;
}

QByteArray TemplateEvaluator::localeString(const QByteArray &key) const
{
    if (m_env.strings) {
        const Catalog::Entry *entry = m_env.strings->entry(key);
        if (entry && !entry->value.isEmpty())
            return entry->value;
    }
    if (m_env.english) {
        const Catalog::Entry *entry = m_env.english->entry(key);
        if (entry)
            return entry->value;
    }
    return QByteArray();
}

QByteArray TemplateEvaluator::joinPath(std::initializer_list<QByteArrayView> parts)
{
    QByteArray out;
    bool first = true;
    for (const QByteArrayView part : parts) {
        if (part.isEmpty())
            continue;
        if (first) {
            out = part.toByteArray();
            first = false;
            continue;
        }
        const bool leftSlash = out.endsWith('/');
        const bool rightSlash = part.startsWith('/');
        if (leftSlash && rightSlash)
            out.append(part.sliced(1));
        else if (leftSlash || rightSlash)
            out.append(part);
        else
            out.append('/').append(part);
    }
    return out;
}

QByteArray TemplateEvaluator::resolveUrl(const QByteArray &url) const
{
    if (url.toLower().contains("code.org"))
        return url;
    return joinPath({"/", m_env.country,
                     m_env.explicitLanguage ? QByteArrayView(m_env.languageUtf8)
                                            : QByteArrayView(),
                     url});
}

Value TemplateEvaluator::helper(const Expr &e) const
{
    const QByteArray &name = e.name;
    const size_t argc = e.args.size();
    bool ok = false;

    if (name == "hoc_s" && argc == 1) {
        const QByteArray key = stringArgument(e.args[0], &ok);
        if (!ok)
            return Value::unknown(notRun(e));
        QByteArray text = localeString(key);
        for (const auto &pair : e.pairs) {
            if (pair.first.literalText() != "locals" || pair.second.kind != Expr::Kind::Hash)
                return Value::unknown(notRun(e));
            for (const auto &local : pair.second.pairs) {
                const QByteArray localName = local.first.literalText();
                const Value localValue = evaluate(local.second);
                const QByteArray slot = "%{" + localName + '}';
                if (!text.contains(slot))
                    continue;
                const QByteArray replacement =
                    localValue.isUnknown()
                        ? placeholder(local.second.canonical(), localValue.reason)
                        : textOf(localValue);
                text.replace(slot, replacement);
            }
        }
        return Value::string(text);
    }
    if ((name == "resolve_url" || name == "hoc_uri" || name == "codeorg_url") && argc == 1
        && e.pairs.empty()) {
        const QByteArray url = stringArgument(e.args[0], &ok);
        if (!ok)
            return Value::unknown(notRun(e));
        if (name == "resolve_url")
            return Value::string(resolveUrl(url));
        if (name == "codeorg_url")
            return Value::string(joinPath({"https://code.org", url}));
        return Value::string(
            joinPath({"/", m_env.country,
                      m_env.explicitLanguage ? QByteArrayView(m_env.languageUtf8)
                                             : QByteArrayView(),
                      url}));
    }
    if (name == "campaign_date" && argc <= 1 && e.pairs.empty()) {
        QByteArray format = "full";
        if (argc == 1) {
            format = stringArgument(e.args[0], &ok);
            if (!ok)
                return Value::unknown(notRun(e));
        }
        static const char *const known[] = {"start-short", "start-long", "short",
                                            "full",        "year",       "full-year"};
        if (std::none_of(std::begin(known), std::end(known),
                         [&](const char *k) { return format == k; }))
            format = "full";
        format.replace('-', '_');
        return Value::string(localeString("campaign_date_" + format));
    }
    if ((name == "localized_file" || name == "localized_image") && argc == 1
        && e.pairs.empty()) {
        const QByteArray path = stringArgument(e.args[0], &ok);
        if (!ok)
            return Value::unknown(notRun(e));
        if (name == "localized_file")
            return Value::string(path);
        // File.join('/', @country, @language, path): the language is named even for English,
        // and an empty path still gets its separator.
        const QByteArray joined = joinPath({"/", m_env.country, m_env.languageUtf8, path});
        return Value::string(path.isEmpty() ? joined + '/' : joined);
    }
    if (name == "view")
        return view(e);
    if (argc == 0 && e.pairs.empty() && !e.parens) {
        return Value::unknown(tr("“%1” is a Ruby variable or method that Tilmech does not know")
                                  .arg(QString::fromUtf8(name)));
    }
    return Value::unknown(notRun(e));
}

Value TemplateEvaluator::view(const Expr &e) const
{
    if (e.args.size() != 1 || !e.args[0].isLiteral())
        return Value::unknown(notRun(e));
    const QString name = QString::fromUtf8(e.args[0].literalText());
    if (m_depth >= MaxViewDepth)
        return Value::unknown(tr("partials nested more than %1 deep").arg(MaxViewDepth));
    if (!m_env.views)
        return Value::unknown(tr("no partials are available here"));
    if (m_env.budget && !m_env.budget->take())
        return Value::unknown(ExpansionBudget::reason());
    Locals locals;
    for (const auto &pair : e.pairs)
        locals.insert(pair.first.literalText(), evaluate(pair.second));
    const std::optional<QByteArray> html =
        m_env.views->render(name, m_env, m_placeholders, locals, m_depth + 1);
    if (!html)
        return Value::unknown(tr("there is no partial “%1” in views/").arg(name));
    if (m_env.budget && !m_env.budget->spend(html->size()))
        return Value::unknown(ExpansionBudget::reason());
    return Value::string(*html);
}

QByteArray TemplateEvaluator::include(QByteArrayView name, qsizetype begin, qsizetype end) const
{
    if (!m_env.views || m_depth >= MaxViewDepth)
        return QByteArray();
    const QByteArray shown = "{{ " + name.toByteArray() + " }}";
    if (m_env.budget && !m_env.budget->take())
        return placeholder(shown, ExpansionBudget::reason(), begin, end);
    const std::optional<QByteArray> html = m_env.views->render(
        QString::fromUtf8(name), m_env, m_placeholders, Locals(), m_depth + 1);
    if (html && m_env.budget && !m_env.budget->spend(html->size()))
        return placeholder(shown, ExpansionBudget::reason(), begin, end);
    // Verbatim, as pegasus inserts it: a trailing newline can end a heading or paragraph.
    return html ? *html : QByteArray();
}

QByteArray TemplateEvaluator::inspect(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uchar c = uchar(text[i]);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        case '\f': out += "\\f"; break;
        case '\v': out += "\\v"; break;
        case '\a': out += "\\a"; break;
        case '\b': out += "\\b"; break;
        case 0x1b: out += "\\e"; break;
        case '#':
            if (i + 1 < text.size() && (text[i + 1] == '{' || text[i + 1] == '$'
                                        || text[i + 1] == '@'))
                out += "\\#";
            else
                out += '#';
            break;
        default:
            if (c < 0x20 || c == 0x7f)
                out += "\\x" + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            else
                out += char(c);
        }
    }
    out += '"';
    return out;
}

// ---------------------------------------------------------------------------------------
// Templates

void TemplateEvaluator::run(const TemplateTree &tree, QByteArrayView text, qsizetype textBase,
                            QByteArrayView tagSource, qsizetype tagBase, Syntax erb,
                            Syntax includes, Expansion &out) const
{
    const RunContext ctx{tree, text, textBase, tagSource, tagBase, erb, includes, out};
    runNodes(tree.nodes(), ctx);
}

void TemplateEvaluator::runNodes(const std::vector<TemplateNode> &nodes,
                                 const RunContext &ctx) const
{
    const TemplateTokens &tokens = ctx.tree.tokens();
    for (const TemplateNode &node : nodes) {
        const TemplateToken &t = tokens.at(node.token);
        // The page's own tag that spends the last of the budget is the one reported.
        const bool blames = m_depth == 0 && m_env.budget && !m_env.budget->exceeded();
        const auto blame = qScopeGuard([&] {
            if (blames && m_env.budget->exceeded())
                m_env.budget->blame(t.begin, t.end);
        });
        auto asText = [&] { ctx.out.appendVerbatim(ctx.tagText(t), t.begin); };
        auto asPlaceholder = [&](const QString &reason) {
            ctx.out.appendGenerated(placeholder(ctx.tagText(t), reason, t.begin, t.end), t.begin,
                                    t.end);
        };
        const bool isInclude = node.kind == TemplateNode::Kind::Include
                               || (node.kind == TemplateNode::Kind::Unterminated
                                   && t.unterminatedInclude);
        const Syntax mode = isInclude ? ctx.includes : ctx.erb;
        if (node.kind != TemplateNode::Kind::Text && mode != Syntax::Evaluate) {
            if (mode == Syntax::Text) {
                asText();
            } else {
                asPlaceholder(isInclude
                                  ? tr("{{ }} includes are expanded only in .md.partial pages")
                                  : tr("ERB tags are not evaluated in .md.partial pages"));
            }
            if (node.kind == TemplateNode::Kind::Conditional) {
                // Shown as written: the branches' text and tags, then the "end".
                for (const TemplateNode::Branch &b : node.branches) {
                    if (b.token != node.token) {
                        const TemplateToken &bt = tokens.at(b.token);
                        ctx.out.appendGenerated(
                            mode == Syntax::Text
                                ? ctx.tagText(bt).toByteArray()
                                : placeholder(ctx.tagText(bt), tr("not evaluated here"),
                                              bt.begin, bt.end),
                            bt.begin, bt.end);
                    }
                    runNodes(b.children, ctx);
                }
                if (node.endToken >= 0) {
                    const TemplateToken &et = tokens.at(node.endToken);
                    ctx.out.appendGenerated(
                        mode == Syntax::Text ? ctx.tagText(et).toByteArray()
                                             : placeholder(ctx.tagText(et),
                                                           tr("not evaluated here"), et.begin,
                                                           et.end),
                        et.begin, et.end);
                }
            }
            continue;
        }

        // A refused tag: left out, or run and marked (RefusedTags).
        const RefusedTags::Verdict *refused =
            node.kind == TemplateNode::Kind::Text ? nullptr : refusal(node.token);
        if (node.kind == TemplateNode::Kind::Conditional) {
            for (const TemplateNode::Branch &b : node.branches) {
                if (!refused)
                    refused = refusal(b.token);
            }
        }
        if (refused && !refused->interpret) {
            asPlaceholder(refused->reason);
            continue;
        }
        const int marked = refused && m_env.markRefusals
                               ? m_placeholders.addRefusal(refused->reason, t.begin, t.end)
                               : -1;
        auto put = [&](QByteArray output) {
            ctx.out.appendGenerated(marked >= 0 ? markRefused(std::move(output), marked, ctx.out)
                                                : output,
                                    t.begin, t.end);
        };

        switch (node.kind) {
        case TemplateNode::Kind::Text:
            ctx.out.appendVerbatim(ctx.text.sliced(t.begin - ctx.textBase, t.end - t.begin),
                                   t.begin);
            break;
        case TemplateNode::Kind::LiteralOpen:
            ctx.out.appendGenerated("<%", t.begin, t.end);
            break;
        case TemplateNode::Kind::Comment:
            break;
        case TemplateNode::Kind::Unterminated:
            asPlaceholder(t.unterminatedInclude ? tr("“{{” is never closed with “}}”")
                                                : tr("“<%” is never closed with “%>”"));
            break;
        case TemplateNode::Kind::StrayControl:
            asPlaceholder(tr("this tag closes or continues an “if” that was never opened"));
            break;
        case TemplateNode::Kind::Output:
            put(output(*node.expr, ctx.tagText(t), t.begin, t.end));
            break;
        case TemplateNode::Kind::Code: {
            const Value v = evaluate(*node.expr);
            if (v.isUnknown()) {
                asPlaceholder(node.expr->kind == Expr::Kind::Invalid
                                  ? tr("Ruby code that Tilmech does not run (the live site "
                                       "runs it)")
                                  : v.reason);
            }
            break;
        }
        case TemplateNode::Kind::Include:
            put(include(node.includeName, t.begin, t.end));
            break;
        case TemplateNode::Kind::Conditional: {
            const TemplateNode::Branch *taken = nullptr;
            bool unknown = false;
            for (const TemplateNode::Branch &b : node.branches) {
                if (b.kind == Statement::Kind::Else) {
                    taken = &b;
                    break;
                }
                std::optional<bool> holds = truth(*b.condition);
                if (!holds) {
                    unknown = true;
                    const TemplateToken &bt = tokens.at(b.token);
                    const QString reason = evaluate(*b.condition).reason;
                    ctx.out.appendGenerated(
                        placeholder(ctx.tagText(bt),
                                    reason.isEmpty() ? notRun(*b.condition) : reason, bt.begin,
                                    bt.end),
                        bt.begin, bt.end);
                    break;
                }
                if (b.kind == Statement::Kind::Unless)
                    holds = !*holds;
                if (*holds) {
                    taken = &b;
                    break;
                }
            }
            const auto aloneOnLine = [&](const TemplateToken &tag) {
                const qsizetype after = tag.end - ctx.textBase;
                return (ctx.out.size() == 0 || ctx.out.text().back() == '\n')
                       && (after >= ctx.text.size() || ctx.text[after] == '\n'
                           || ctx.text[after] == '\r');
            };
            if (marked >= 0)
                ctx.out.appendGenerated(refusalPoint(marked, true, aloneOnLine(t)), t.begin, t.end);
            if (!unknown && taken)
                runNodes(taken->children, ctx);
            if (marked >= 0 && node.endToken >= 0) {
                const TemplateToken &et = tokens.at(node.endToken);
                ctx.out.appendGenerated(refusalPoint(marked, false, aloneOnLine(et)), et.begin,
                                        et.end);
            }
            if (node.endToken < 0) {
                ctx.out.appendGenerated(
                    placeholder(ctx.tagText(t), tr("this “if” has no matching “<% end %>”"),
                                t.begin, t.end),
                    t.begin, t.end);
            }
            break;
        }
        }
    }
}

} // namespace Tilmech
