// Longer than most files, on purpose: one function per helper that docs/page-format.md lists
// (hoc_s, resolve_url, campaign_date, view, ...), all on the evaluator's state; the table of
// helpers stays readable in one place.

#include "template/templateevaluator.h"

#include "base/html.h"
#include "site/project.h"
#include "strings/catalog.h"
#include "template/expansionbudget.h"
#include "template/expressionparser.h"
#include "template/viewlibrary.h"

#include <QScopeGuard>
#include <cctype>

namespace Tilmech {

namespace {

constexpr int MaxViewDepth = 12;
// Loop iterations one template may run: views loop over short literal lists, and a database
// query has no rows; more is hostile input.
constexpr int MaxIterations = 10000;

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
    case Value::Kind::Hash:
        if (a.keys != b.keys)
            return false;
        Q_FALLTHROUGH();
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

// URI.encode_www_form_component: letters, digits and *-._ kept, space as +, the rest %XX.
QByteArray formEncoded(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    static const char hex[] = "0123456789ABCDEF";
    for (const char c : text) {
        const uchar u = uchar(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
            u == '*' || u == '-' || u == '.' || u == '_') {
            out += c;
        } else if (u == ' ') {
            out += '+';
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
    return out;
}

bool isPlainCall(const Expr &e)
{
    return e.kind == Expr::Kind::Call && !e.receiver && e.args.empty() && e.pairs.empty() &&
           !e.parens;
}

bool isDatabase(const Expr &e)
{
    return isPlainCall(e) && e.name == "DB";
}

// An integer index as Ruby reads it (negative from the end); -1 when out of range.
qsizetype arrayIndex(const Value &index, size_t size)
{
    bool ok = false;
    qlonglong i = index.text.toLongLong(&ok);
    if (!ok || index.kind != Value::Kind::String)
        return -1;
    if (i < 0)
        i += qlonglong(size);
    return i >= 0 && i < qlonglong(size) ? qsizetype(i) : -1;
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
    while (core > 0 && (output[core - 1] == '\n' || output[core - 1] == '\r' ||
                        output[core - 1] == ' ' || output[core - 1] == '\t'))
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
        return Value::unknown(
            tr("the tag cannot be read: %1").arg(ExpressionParser::errorText(e.error)));
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
        return hashLiteral(e);
    case Expr::Kind::Index:
        return index(e);
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
    if (v.kind == Value::Kind::Array || v.kind == Value::Kind::Hash) {
        return placeholder(shown, tr("the tag prints a list, which Tilmech does not format"), begin,
                           end);
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
        if (receiver.rows)
            return rowsMethod(receiver, e);
        return method(receiver, e);
    }
    if (isPlainCall(e)) {
        if (const Value *v = local(e.name))
            return *v;
    }
    if (isDatabase(e)) {
        // The database: every query through it has no rows (docs/page-format.md, "Helpers").
        Value rows = Value::array();
        rows.rows = true;
        return rows;
    }
    return helper(e);
}

const Value *TemplateEvaluator::local(const QByteArray &name) const
{
    const auto assigned = m_assigned.constFind(name);
    if (assigned != m_assigned.cend())
        return &assigned.value();
    if (m_locals) {
        const auto it = m_locals->constFind(name);
        if (it != m_locals->cend())
            return &it.value();
    }
    return nullptr;
}

Value TemplateEvaluator::hashLiteral(const Expr &e) const
{
    Value hash = Value::hash();
    for (const auto &pair : e.pairs) {
        const Value key = evaluate(pair.first);
        if (key.isUnknown())
            return key;
        if (key.kind != Value::Kind::String)
            return Value::unknown(notRun(e));
        Value value = evaluate(pair.second);
        if (value.isUnknown())
            return value;
        hash.insert(key.text, std::move(value));
    }
    return hash;
}

Value TemplateEvaluator::index(const Expr &e) const
{
    const Value receiver = evaluate(*e.receiver);
    if (receiver.isUnknown())
        return receiver;
    if (receiver.rows)
        return receiver; // DB[:table]: a query with no rows
    if (e.args.size() != 1)
        return Value::unknown(notRun(e));
    const Value key = evaluate(e.args[0]);
    if (key.isUnknown())
        return key;
    if (receiver.kind == Value::Kind::Hash) {
        const Value *v = key.kind == Value::Kind::String ? receiver.find(key.text) : nullptr;
        return v ? *v : Value::nil();
    }
    if (receiver.kind == Value::Kind::Array) {
        const qsizetype i = arrayIndex(key, receiver.items.size());
        return i < 0 ? Value::nil() : receiver.items[size_t(i)];
    }
    return Value::unknown(notRun(e));
}

Value TemplateEvaluator::rowsMethod(const Value &rows, const Expr &e) const
{
    const QByteArray &name = e.name;
    if (name == "empty?" || name == "nil_or_empty?")
        return Value::boolean(true);
    if (name == "count" || name == "size" || name == "length")
        return Value::string("0");
    if (name == "first" || name == "last")
        return e.args.empty() ? Value::nil() : Value::array();
    if (name == "nil?")
        return Value::boolean(false);
    // Sequel's query methods (where, and, order, all, to_a…) give more of the same: no rows.
    return rows;
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
    if (receiver.kind == Value::Kind::Array || receiver.kind == Value::Kind::Hash)
        return collectionMethod(receiver, e);
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

Value TemplateEvaluator::collectionMethod(const Value &receiver, const Expr &e) const
{
    const QByteArray &name = e.name;
    const bool isHash = receiver.kind == Value::Kind::Hash;
    if (e.args.empty() && e.pairs.empty()) {
        if (name == "empty?" || name == "nil_or_empty?")
            return Value::boolean(receiver.items.empty());
        if (name == "size" || name == "length" || name == "count")
            return Value::string(QByteArray::number(qulonglong(receiver.items.size())));
        if (name == "to_query" && isHash)
            return Value::string(toQuery(receiver));
        if (name == "to_a" && !isHash)
            return receiver;
        if ((name == "first" || name == "last") && !isHash) {
            if (receiver.items.empty())
                return Value::nil();
            return name == "first" ? receiver.items.front() : receiver.items.back();
        }
        if (name == "keys" && isHash) {
            Value keys = Value::array();
            for (const QByteArray &k : receiver.keys)
                keys.items.push_back(Value::string(k));
            return keys;
        }
    }
    if (e.args.size() == 1 && e.pairs.empty() &&
        (name == "include?" || name == "key?" || name == "has_key?")) {
        const Value arg = evaluate(e.args[0]);
        if (arg.isUnknown())
            return arg;
        if (isHash)
            return Value::boolean(arg.kind == Value::Kind::String && receiver.find(arg.text));
        if (name == "include?") {
            return Value::boolean(std::any_of(receiver.items.begin(), receiver.items.end(),
                                              [&](const Value &v) { return equalValues(v, arg); }));
        }
    }
    return Value::unknown(notRun(e));
}

QByteArray TemplateEvaluator::toQuery(const Value &hash, const QByteArray &prefix)
{
    // Hash#to_query(namespace) and Array#to_query(key) of ActiveSupport: empty hashes and
    // arrays are left out, the pieces of a hash are sorted, an array's are kept in order.
    QList<QByteArray> pieces;
    auto piece = [&](const QByteArray &key, const Value &v) {
        if (v.kind == Value::Kind::Hash || v.kind == Value::Kind::Array) {
            if (!v.items.empty())
                pieces.append(toQuery(v, key));
            return;
        }
        pieces.append(formEncoded(key) + '=' + formEncoded(textOf(v)));
    };
    if (hash.kind == Value::Kind::Array) {
        for (const Value &item : hash.items)
            piece(prefix + "[]", item);
        return pieces.join('&');
    }
    for (size_t i = 0; i < hash.keys.size(); ++i)
        piece(prefix.isEmpty() ? hash.keys[i] : prefix + '[' + hash.keys[i] + ']', hash.items[i]);
    if (!prefix.contains("[]"))
        std::sort(pieces.begin(), pieces.end());
    return pieces.join('&');
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
                     m_env.explicitLanguage ? QByteArrayView(m_env.languageUtf8) : QByteArrayView(),
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
    if ((name == "resolve_url" || name == "hoc_uri" || name == "codeorg_url") && argc == 1 &&
        e.pairs.empty()) {
        const QByteArray url = stringArgument(e.args[0], &ok);
        if (!ok)
            return Value::unknown(notRun(e));
        if (name == "resolve_url")
            return Value::string(resolveUrl(url));
        if (name == "codeorg_url")
            return Value::string(joinPath({"https://code.org", url}));
        return Value::string(joinPath(
            {"/", m_env.country,
             m_env.explicitLanguage ? QByteArrayView(m_env.languageUtf8) : QByteArrayView(), url}));
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
    if ((name == "localized_file" || name == "localized_image") && argc == 1 && e.pairs.empty()) {
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
    if ((name == "get_random_donor_twitter" || name == "get_random_donor_name_and_twitter") &&
        argc == 0 && e.pairs.empty()) {
        // A random row of the donors table; with no rows, as Tilmech reads the database,
        // pegasus answers its fixed default.
        if (name == "get_random_donor_twitter")
            return Value::string("@microsoft");
        Value donor = Value::hash();
        donor.insert("name", Value::string("Microsoft"));
        donor.insert("twitter", Value::string("@microsoft"));
        return donor;
    }
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

// ---------------------------------------------------------------------------------------
// Statements

std::optional<bool> TemplateEvaluator::guardHolds(const Statement &s) const
{
    if (!s.guard)
        return true;
    const std::optional<bool> holds = truth(*s.guard);
    if (!holds)
        return std::nullopt;
    return *holds != s.guardUnless;
}

QString TemplateEvaluator::execute(const Statement &s) const
{
    switch (s.kind) {
    case Statement::Kind::Sequence: {
        QString first;
        for (const Statement &one : s.statements) {
            const QString why = execute(one);
            if (first.isEmpty())
                first = why;
        }
        return first;
    }
    case Statement::Kind::Assign:
    case Statement::Kind::Expression: {
        const std::optional<bool> holds = guardHolds(s);
        if (!holds)
            return evaluate(*s.guard).reason;
        if (!*holds)
            return QString();
        if (s.kind == Statement::Kind::Assign)
            return assign(s);
        const Value v = evaluate(s.expr);
        return v.isUnknown() ? v.reason : QString();
    }
    case Statement::Kind::Each:
        return tr("a loop inside an ERB tag is Ruby code that Tilmech does not run");
    default:
        return s.expr.kind == Expr::Kind::Invalid
                   ? tr("Ruby code that Tilmech does not run (the live site runs it)")
                   : notRun(s.expr);
    }
}

QString TemplateEvaluator::assign(const Statement &s) const
{
    if (s.target.kind == Expr::Kind::Call) {
        const Value *current = local(s.target.name);
        if (s.orAssign && current && !current->isUnknown() && current->kind != Value::Kind::Nil &&
            !(current->kind == Value::Kind::Bool && !current->flag))
            return QString();
        // An unknown value is kept: where it is used, the placeholder says why.
        m_assigned.insert(s.target.name, evaluate(s.expr));
        return QString();
    }
    // local[key] = value, on a hash or an array held by a local.
    const Expr &holder = *s.target.receiver;
    const Value *current = isPlainCall(holder) ? local(holder.name) : nullptr;
    if (!current || (current->kind != Value::Kind::Hash && current->kind != Value::Kind::Array))
        return notRun(s.target);
    const Value key = evaluate(s.target.args[0]);
    Value value = evaluate(s.expr);
    if (key.isUnknown() || value.isUnknown())
        return key.isUnknown() ? key.reason : value.reason;
    Value updated = *current;
    if (updated.kind == Value::Kind::Hash) {
        if (key.kind != Value::Kind::String)
            return notRun(s.target);
        updated.insert(key.text, std::move(value));
    } else {
        const qsizetype i = arrayIndex(key, updated.items.size());
        if (i < 0)
            return notRun(s.target);
        updated.items[size_t(i)] = std::move(value);
    }
    m_assigned.insert(holder.name, std::move(updated));
    return QString();
}

std::optional<std::vector<Value>> TemplateEvaluator::passes(const Value &collection,
                                                            const Expr &call) const
{
    // What one pass of the block receives: elements, slices, or key and value.
    const bool isHash = collection.kind == Value::Kind::Hash;
    const QByteArray &name = call.name;
    std::vector<Value> out;
    if (name == "each_slice" && call.args.size() == 1 && call.pairs.empty() && !isHash) {
        const qlonglong n = evaluate(call.args[0]).text.toLongLong();
        if (n <= 0)
            return std::nullopt;
        const auto &items = collection.items;
        for (size_t i = 0; i < items.size(); i += size_t(n)) {
            const size_t end = std::min(items.size(), i + size_t(n));
            out.push_back(
                Value::array({items.begin() + qsizetype(i), items.begin() + qsizetype(end)}));
        }
        return out;
    }
    if ((name != "each" && name != "each_pair" && name != "each_with_index") ||
        !call.args.empty() || !call.pairs.empty())
        return std::nullopt;
    for (size_t i = 0; i < collection.items.size(); ++i) {
        Value item = isHash ? Value::array({Value::string(collection.keys[i]), collection.items[i]})
                            : collection.items[i];
        if (name == "each_with_index")
            item =
                Value::array({std::move(item), Value::string(QByteArray::number(qulonglong(i)))});
        out.push_back(std::move(item));
    }
    return out;
}

QString TemplateEvaluator::loop(const Statement &s, const std::function<qsizetype()> &body,
                                bool *rows) const
{
    *rows = false;
    const Value collection = evaluate(*s.expr.receiver);
    if (collection.isUnknown())
        return collection.reason;
    if (collection.kind != Value::Kind::Array && collection.kind != Value::Kind::Hash)
        return notRun(s.expr);
    *rows = collection.rows;
    const std::optional<std::vector<Value>> all = passes(collection, s.expr);
    if (!all)
        return notRun(s.expr);
    if (m_iterations + qsizetype(all->size()) > MaxIterations)
        return tr("the loop runs more than %1 times").arg(MaxIterations);
    m_iterations += int(all->size());

    const Locals before = m_assigned;
    QString stopped;
    for (const Value &pass : *all) {
        if (s.params.size() > 1 && pass.kind == Value::Kind::Array) {
            for (size_t p = 0; p < s.params.size(); ++p)
                m_assigned.insert(s.params[p],
                                  p < pass.items.size() ? pass.items[p] : Value::nil());
        } else if (!s.params.empty()) {
            m_assigned.insert(s.params[0], pass);
        }
        // A short loop over a long body multiplies it too: its output counts like a view's.
        const qsizetype written = body();
        m_loopBytes += written;
        if (m_env.budget ? !m_env.budget->spend(written)
                         : m_loopBytes > ExpansionBudget::MaxBytes) {
            stopped = ExpansionBudget::reason();
            break;
        }
    }
    endBlock(before, s.params);
    return stopped;
}

void TemplateEvaluator::endBlock(const Locals &before, const std::vector<QByteArray> &params) const
{
    // Block parameters and the locals the block created are the block's own: the outer
    // values come back, the new names go.
    for (auto it = m_assigned.begin(); it != m_assigned.end();) {
        const auto outer = before.constFind(it.key());
        const bool param = std::find(params.begin(), params.end(), it.key()) != params.end();
        if (outer == before.cend()) {
            it = m_assigned.erase(it);
            continue;
        }
        if (param)
            it.value() = outer.value();
        ++it;
    }
}

QByteArray TemplateEvaluator::noRowsMarker() const
{
    if (!m_env.preview)
        return QByteArray();
    const QString title = tr("The live site shows rows of its database here; Tilmech has no "
                             "database");
    return "<span class='tilmech-no-rows' title='" + Html::escaped(title.toUtf8()) + "'></span>";
}

QByteArray TemplateEvaluator::include(QByteArrayView name, qsizetype begin, qsizetype end) const
{
    if (!m_env.views || m_depth >= MaxViewDepth)
        return QByteArray();
    const QByteArray shown = "{{ " + name.toByteArray() + " }}";
    if (m_env.budget && !m_env.budget->take())
        return placeholder(shown, ExpansionBudget::reason(), begin, end);
    const std::optional<QByteArray> html =
        m_env.views->render(QString::fromUtf8(name), m_env, m_placeholders, Locals(), m_depth + 1);
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
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\v':
            out += "\\v";
            break;
        case '\a':
            out += "\\a";
            break;
        case '\b':
            out += "\\b";
            break;
        case 0x1b:
            out += "\\e";
            break;
        case '#':
            if (i + 1 < text.size() &&
                (text[i + 1] == '{' || text[i + 1] == '$' || text[i + 1] == '@'))
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
    for (const TemplateNode &node : nodes) {
        const TemplateToken &t = ctx.tree.tokens().at(node.token);
        // The page's own tag that spends the last of the budget is the one reported.
        const bool blames = m_depth == 0 && m_env.budget && !m_env.budget->exceeded();
        const auto blame = qScopeGuard([&] {
            if (blames && m_env.budget->exceeded())
                m_env.budget->blame(t.begin, t.end);
        });
        const bool isInclude =
            node.kind == TemplateNode::Kind::Include ||
            (node.kind == TemplateNode::Kind::Unterminated && t.unterminatedInclude);
        const Syntax mode = isInclude ? ctx.includes : ctx.erb;
        if (node.kind != TemplateNode::Kind::Text && mode != Syntax::Evaluate)
            runInactive(node, ctx, mode, isInclude);
        else
            runNode(node, ctx);
    }
}

// A tag of a syntax this text does not run: shown as written, or as a placeholder.
void TemplateEvaluator::runInactive(const TemplateNode &node, const RunContext &ctx, Syntax mode,
                                    bool isInclude) const
{
    const TemplateTokens &tokens = ctx.tree.tokens();
    const auto shown = [&](const TemplateToken &tag, const QString &reason) {
        ctx.out.appendGenerated(mode == Syntax::Text
                                    ? ctx.tagText(tag).toByteArray()
                                    : placeholder(ctx.tagText(tag), reason, tag.begin, tag.end),
                                tag.begin, tag.end);
    };
    shown(tokens.at(node.token), isInclude
                                     ? tr("{{ }} includes are expanded only in .md.partial pages")
                                     : tr("ERB tags are not evaluated in .md.partial pages"));
    if (node.kind != TemplateNode::Kind::Conditional)
        return;
    // Shown as written: the branches' text and tags, then the "end".
    for (const TemplateNode::Branch &b : node.branches) {
        if (b.token != node.token)
            shown(tokens.at(b.token), tr("not evaluated here"));
        runNodes(b.children, ctx);
    }
    if (node.endToken >= 0)
        shown(tokens.at(node.endToken), tr("not evaluated here"));
}

// The verdict on a node's tag, for a conditional on any of its branches' tags.
const RefusedTags::Verdict *TemplateEvaluator::refusalOf(const TemplateNode &node) const
{
    if (node.kind == TemplateNode::Kind::Text)
        return nullptr;
    const RefusedTags::Verdict *refused = refusal(node.token);
    if (node.kind == TemplateNode::Kind::Conditional) {
        for (const TemplateNode::Branch &b : node.branches) {
            if (!refused)
                refused = refusal(b.token);
        }
    }
    return refused;
}

void TemplateEvaluator::runNode(const TemplateNode &node, const RunContext &ctx) const
{
    const TemplateToken &t = ctx.tree.tokens().at(node.token);
    auto asPlaceholder = [&](const QString &reason) {
        ctx.out.appendGenerated(placeholder(ctx.tagText(t), reason, t.begin, t.end), t.begin,
                                t.end);
    };
    // A refused tag: left out, or run and marked (RefusedTags).
    const RefusedTags::Verdict *refused = refusalOf(node);
    if (refused && !refused->interpret) {
        asPlaceholder(refused->reason);
        return;
    }
    const int marked =
        refused && m_env.preview ? m_placeholders.addRefusal(refused->reason, t.begin, t.end) : -1;
    auto put = [&](QByteArray output) {
        ctx.out.appendGenerated(
            marked >= 0 ? markRefused(std::move(output), marked, ctx.out) : output, t.begin, t.end);
    };

    switch (node.kind) {
    case TemplateNode::Kind::Text:
        ctx.out.appendVerbatim(ctx.text.sliced(t.begin - ctx.textBase, t.end - t.begin), t.begin);
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
        const QString why = execute(*node.statement);
        if (!why.isEmpty())
            asPlaceholder(why);
        break;
    }
    case TemplateNode::Kind::Include:
        put(include(node.includeName, t.begin, t.end));
        break;
    case TemplateNode::Kind::Conditional:
        runConditional(node, ctx, marked);
        break;
    }
}

// The branch whose condition holds, or nothing (with a placeholder) when a condition before
// it cannot be evaluated.
const TemplateNode::Branch *TemplateEvaluator::takenBranch(const TemplateNode &node,
                                                           const RunContext &ctx) const
{
    for (const TemplateNode::Branch &b : node.branches) {
        if (b.kind == Statement::Kind::Else)
            return &b;
        std::optional<bool> holds = truth(*b.condition);
        if (!holds) {
            const TemplateToken &bt = ctx.tree.tokens().at(b.token);
            const QString reason = evaluate(*b.condition).reason;
            ctx.out.appendGenerated(placeholder(ctx.tagText(bt),
                                                reason.isEmpty() ? notRun(*b.condition) : reason,
                                                bt.begin, bt.end),
                                    bt.begin, bt.end);
            return nullptr;
        }
        if (b.kind == Statement::Kind::Unless)
            holds = !*holds;
        if (*holds)
            return &b;
    }
    return nullptr;
}

void TemplateEvaluator::runConditional(const TemplateNode &node, const RunContext &ctx,
                                       int marked) const
{
    const TemplateTokens &tokens = ctx.tree.tokens();
    const TemplateToken &t = tokens.at(node.token);
    const TemplateNode::Branch *taken = takenBranch(node, ctx);
    const auto aloneOnLine = [&](const TemplateToken &tag) {
        const qsizetype after = tag.end - ctx.textBase;
        return (ctx.out.size() == 0 || ctx.out.text().back() == '\n') &&
               (after >= ctx.text.size() || ctx.text[after] == '\n' || ctx.text[after] == '\r');
    };
    if (marked >= 0)
        ctx.out.appendGenerated(refusalPoint(marked, true, aloneOnLine(t)), t.begin, t.end);
    if (taken)
        runNodes(taken->children, ctx);
    if (marked >= 0 && node.endToken >= 0) {
        const TemplateToken &et = tokens.at(node.endToken);
        ctx.out.appendGenerated(refusalPoint(marked, false, aloneOnLine(et)), et.begin, et.end);
    }
    if (node.endToken < 0) {
        ctx.out.appendGenerated(placeholder(ctx.tagText(t),
                                            tr("this “if” has no matching “<% end %>”"), t.begin,
                                            t.end),
                                t.begin, t.end);
    }
}

} // namespace Tilmech
