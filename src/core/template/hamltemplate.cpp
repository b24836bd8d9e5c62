// About 600 lines: the parser of the Haml subset and its renderer share the node type.

#include "template/hamltemplate.h"

#include "base/html.h"
#include "template/expressionparser.h"
#include "template/templateevaluator.h"

#include <QCoreApplication>
#include <algorithm>

namespace Tilmech {

namespace {

constexpr int MaxNesting = 64;

using Node = HamlTemplate::Node;

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == ':';
}

bool isVoidElement(const QByteArray &tag)
{
    static const char *const voids[] = {"area",  "base", "br",   "col",   "embed",  "hr",    "img",
                                        "input", "link", "meta", "param", "source", "track", "wbr"};
    for (const char *v : voids) {
        if (tag == v)
            return true;
    }
    return false;
}

// Offset just past the brace that closes the one at `open`, skipping strings; -1 if none.
qsizetype matchingBrace(QByteArrayView text, qsizetype open, char opening, char closing)
{
    int level = 0;
    char quote = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const char c = text[i];
        if (quote) {
            if (c == '\\')
                ++i;
            else if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == opening) {
            ++level;
        } else if (c == closing) {
            if (--level == 0)
                return i + 1;
        }
    }
    return -1;
}

// Plain text, with #{} interpolation when present.
void setText(Node &node, QByteArrayView text)
{
    node.text = text.toByteArray();
    if (!text.contains("#{"))
        return;
    QByteArray quoted = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    quoted += '"';
    node.expr = ExpressionParser::parseExpression(quoted);
}

void parseContent(Node &node, QByteArrayView rest)
{
    if (rest.startsWith("!=")) {
        node.content = Node::Content::Output;
        node.expr = ExpressionParser::parseExpression(rest.sliced(2));
    } else if (rest.startsWith("&=")) {
        node.content = Node::Content::EscapedOutput;
        node.expr = ExpressionParser::parseExpression(rest.sliced(2));
    } else if (rest.startsWith('=') || rest.startsWith('~')) {
        node.content = Node::Content::Output;
        node.expr = ExpressionParser::parseExpression(rest.sliced(1));
    } else {
        const QByteArrayView text = rest.trimmed();
        if (!text.isEmpty()) {
            node.content = Node::Content::Text;
            setText(node, text);
        }
    }
}

Node parseElement(QByteArrayView line)
{
    Node node;
    node.kind = Node::Kind::Element;
    qsizetype p = 0;
    if (line.startsWith('%')) {
        p = 1;
        const qsizetype b = p;
        while (p < line.size() && isNameChar(line[p]))
            ++p;
        node.tag = line.sliced(b, p - b).toByteArray();
    } else {
        node.tag = "div";
    }
    while (p < line.size() && (line[p] == '.' || line[p] == '#')) {
        const char kind = line[p++];
        const qsizetype b = p;
        while (p < line.size() && isNameChar(line[p]))
            ++p;
        const QByteArray name = line.sliced(b, p - b).toByteArray();
        if (kind == '.')
            node.classes.push_back(name);
        else
            node.id = name;
    }
    if (node.tag.isEmpty()) {
        node.kind = Node::Kind::Error;
        node.text = QT_TRANSLATE_NOOP("HamlTemplate", "an element without a tag name");
        return node;
    }
    if (p < line.size() && line[p] == '{') {
        const qsizetype close = matchingBrace(line, p, '{', '}');
        if (close < 0) {
            node.kind = Node::Kind::Error;
            node.text = QT_TRANSLATE_NOOP("HamlTemplate", "the attribute hash is never closed");
            return node;
        }
        node.attributes = ExpressionParser::parseExpression(line.sliced(p, close - p));
        node.hasAttributes = true;
        p = close;
    }
    if (p < line.size() && line[p] == '(') {
        // HTML-style attributes (name="value" name=expr): read as a hash.
        const qsizetype close = matchingBrace(line, p, '(', ')');
        if (close < 0) {
            node.kind = Node::Kind::Error;
            node.text = QT_TRANSLATE_NOOP("HamlTemplate", "the attribute list is never closed");
            return node;
        }
        QByteArray hash = "{";
        const QByteArrayView inner = line.sliced(p + 1, close - p - 2);
        qsizetype i = 0;
        while (i < inner.size()) {
            while (i < inner.size() && inner[i] == ' ')
                ++i;
            const qsizetype nb = i;
            while (i < inner.size() && isNameChar(inner[i]))
                ++i;
            if (i == nb)
                break;
            hash += '\'' + inner.sliced(nb, i - nb).toByteArray() + "' => ";
            if (i < inner.size() && inner[i] == '=') {
                ++i;
                const qsizetype vb = i;
                if (i < inner.size() && (inner[i] == '"' || inner[i] == '\'')) {
                    const char q = inner[i++];
                    while (i < inner.size() && inner[i] != q)
                        i += inner[i] == '\\' ? 2 : 1;
                    ++i;
                } else {
                    while (i < inner.size() && inner[i] != ' ')
                        ++i;
                }
                hash += inner.sliced(vb, std::min(i, inner.size()) - vb).toByteArray();
            } else {
                hash += "true";
            }
            hash += ", ";
        }
        hash += '}';
        if (!node.hasAttributes) {
            node.attributes = ExpressionParser::parseExpression(hash);
            node.hasAttributes = true;
        }
        p = close;
    }
    while (p < line.size() && (line[p] == '<' || line[p] == '>' || line[p] == '/')) {
        if (line[p] == '<')
            node.removeInner = true;
        else if (line[p] == '>')
            node.removeOuter = true;
        else
            node.selfClose = true;
        ++p;
    }
    parseContent(node, line.sliced(p));
    return node;
}

Node parseLine(QByteArrayView line)
{
    Node node;
    node.raw = line.toByteArray();
    const char c = line[0];
    if (c == '%' || ((c == '.' || c == '#') && line.size() > 1 && isNameChar(line[1]))) {
        Node element = parseElement(line);
        element.raw = node.raw;
        return element;
    }
    if (line.startsWith("-#")) {
        node.kind = Node::Kind::HtmlComment;
        node.statement = -1; // a silent comment: nothing is written
        return node;
    }
    if (c == '-') {
        auto s =
            std::make_shared<const Statement>(ExpressionParser::parseStatement(line.sliced(1)));
        node.statement = int(s->kind);
        node.expr = s->expr;
        node.kind = (s->kind == Statement::Kind::If || s->kind == Statement::Kind::Unless ||
                     s->kind == Statement::Kind::Elsif || s->kind == Statement::Kind::Else)
                        ? Node::Kind::Control
                        : Node::Kind::Code;
        if (node.kind == Node::Kind::Code)
            node.code = std::move(s);
        return node;
    }
    if (c == '=' || c == '~' || line.startsWith("!=") || line.startsWith("&=")) {
        node.kind = Node::Kind::Output;
        parseContent(node, line);
        return node;
    }
    if (c == '/') {
        node.kind = Node::Kind::HtmlComment;
        node.text = line.sliced(1).trimmed().toByteArray();
        return node;
    }
    if (c == ':' && line.size() > 1 && isNameChar(line[1])) {
        node.kind = Node::Kind::Filter;
        node.tag = line.sliced(1).trimmed().toByteArray();
        return node;
    }
    if (line.startsWith("!!!")) {
        node.kind = Node::Kind::Doctype;
        return node;
    }
    node.kind = Node::Kind::Text;
    node.content = Node::Content::Text;
    setText(node, c == '\\' ? line.sliced(1) : line);
    return node;
}

struct Line
{
    int indent = 0;
    int number = 0;
    QByteArrayView text; // without indentation and trailing '\r'
    QByteArrayView full; // with indentation, for filter bodies
};

// The text of an interpolated filter body: what cannot be evaluated is left out, as a
// placeholder inside a script would break it.
QByteArray interpolated(const Expr &e, const TemplateEvaluator &evaluator)
{
    QByteArray text;
    for (const Expr &part : e.args) {
        const Value v = evaluator.evaluate(part);
        if (v.kind == Value::Kind::String)
            text += v.text;
        else if (v.kind == Value::Kind::Bool)
            text += v.flag ? "true" : "false";
    }
    return text;
}

// The inline content of an element, or the content of a Text or Output node, evaluated.
QByteArray contentOf(const Node &n, const TemplateEvaluator &evaluator)
{
    switch (n.content) {
    case Node::Content::None:
        return QByteArray();
    case Node::Content::Text:
        if (n.expr.kind == Expr::Kind::Invalid)
            return n.text;
        return evaluator.output(n.expr, n.text, -1, -1);
    case Node::Content::Output:
        return evaluator.output(n.expr, n.raw, -1, -1);
    case Node::Content::EscapedOutput:
        return Html::escaped(evaluator.output(n.expr, n.raw, -1, -1));
    }
    return QByteArray();
}

// A filter (:javascript, :css, :plain, :escaped) with its body interpolated; another filter
// becomes a placeholder.
void renderFilter(const Node &node, const TemplateEvaluator &evaluator, QByteArray &out)
{
    QByteArray body = node.text;
    while (body.endsWith("\n\n"))
        body.chop(1);
    if (body.contains("#{")) {
        Node text;
        setText(text, body);
        if (text.expr.kind == Expr::Kind::Interpolated)
            body = interpolated(text.expr, evaluator);
    }
    if (node.tag == "javascript") {
        // Haml indents the script by two spaces, blank lines included.
        QByteArray indented;
        for (qsizetype from = 0; from < body.size();) {
            qsizetype end = body.indexOf('\n', from);
            if (end < 0)
                end = body.size();
            indented += "  " + body.mid(from, end - from) + '\n';
            from = end + 1;
        }
        out += "<script>\n" + indented + "</script>\n";
    } else if (node.tag == "css") {
        out += "<style>\n" + body + "</style>\n";
    } else if (node.tag == "plain") {
        out += body;
    } else if (node.tag == "escaped") {
        out += Html::escaped(body);
    } else {
        out += evaluator.placeholder(node.raw,
                                     HamlTemplate::tr("the Haml filter “:%1” is not supported")
                                         .arg(QString::fromUtf8(node.tag)));
        out += '\n';
    }
}

// The attributes of an element, " name='value'" each, in the order Haml writes them (that of
// their text): the .class/#id shorthands merged with the evaluated attribute hash.
QVector<QByteArray> elementAttributes(const Node &node, const TemplateEvaluator &evaluator)
{
    QByteArray classes;
    for (const QByteArray &c : node.classes)
        classes += (classes.isEmpty() ? "" : " ") + c;
    QByteArray id = node.id;
    QVector<QByteArray> rest; // " name='value'" each
    if (node.hasAttributes) {
        if (node.attributes.kind != Expr::Kind::Hash) {
            rest += ' ' + evaluator.placeholder(node.raw,
                                                HamlTemplate::tr("the attributes cannot be read"));
        } else {
            for (const auto &pair : node.attributes.pairs) {
                const Value keyValue = evaluator.evaluate(pair.first);
                const QByteArray key = keyValue.text;
                if (keyValue.kind != Value::Kind::String || key.isEmpty())
                    continue;
                const Value v = evaluator.evaluate(pair.second);
                if (v.kind == Value::Kind::Nil || (v.kind == Value::Kind::Bool && !v.flag))
                    continue;
                QByteArray text;
                if (v.isUnknown()) {
                    text = evaluator.placeholder(pair.second.canonical(), v.reason);
                } else if (v.kind == Value::Kind::Array) {
                    for (const Value &item : v.items)
                        text += (text.isEmpty() ? "" : " ") + item.text;
                } else if (v.kind == Value::Kind::Bool) {
                    rest += ' ' + key;
                    continue;
                } else {
                    text = v.text;
                }
                if (key == "class") {
                    classes += (classes.isEmpty() ? "" : " ") + text;
                } else if (key == "id") {
                    id = id.isEmpty() ? text : id + '_' + text;
                } else {
                    rest += ' ' + key + "='" + Html::escaped(text) + '\'';
                }
            }
        }
    }
    if (!id.isEmpty())
        rest += " id='" + Html::escaped(id) + '\'';
    if (!classes.isEmpty())
        rest += " class='" + Html::escaped(classes) + '\'';
    // Haml writes the attributes in the order of their text (name first).
    std::sort(rest.begin(), rest.end());
    return rest;
}

} // namespace

HamlTemplate HamlTemplate::parse(QByteArrayView source)
{
    std::vector<Line> lines;
    qsizetype pos = 0;
    int number = 0;
    while (pos <= source.size()) {
        qsizetype end = source.indexOf('\n', pos);
        if (end < 0)
            end = source.size();
        ++number;
        QByteArrayView full = source.sliced(pos, end - pos);
        if (full.endsWith('\r'))
            full.chop(1);
        qsizetype indent = 0;
        while (indent < full.size() && (full[indent] == ' ' || full[indent] == '\t'))
            ++indent;
        lines.push_back({int(indent), number, full.sliced(indent), full});
        pos = end + 1;
        if (end == source.size())
            break;
    }

    HamlTemplate tmpl;
    struct Open
    {
        int indent;
        Node *node;
    };
    std::vector<Open> stack;
    for (size_t i = 0; i < lines.size(); ++i) {
        const Line &line = lines[i];
        if (line.text.isEmpty())
            continue;
        while (!stack.empty() && stack.back().indent >= line.indent)
            stack.pop_back();
        std::vector<Node> &siblings = stack.empty() ? tmpl.m_nodes : stack.back().node->children;
        Node node = parseLine(line.text);
        node.line = line.number;
        const bool silentComment = node.kind == Node::Kind::HtmlComment && node.statement == -1;
        if (node.kind == Node::Kind::Filter || silentComment) {
            // The indented block below belongs to the filter (or the comment) as raw text.
            QByteArray body;
            size_t j = i + 1;
            int bodyIndent = -1;
            for (; j < lines.size(); ++j) {
                if (!lines[j].text.isEmpty() && lines[j].indent <= line.indent)
                    break;
                if (!lines[j].text.isEmpty() && bodyIndent < 0)
                    bodyIndent = lines[j].indent;
                const QByteArrayView full = lines[j].full;
                body += full.sliced(std::min<qsizetype>(full.size(), std::max(bodyIndent, 0)));
                body += '\n';
            }
            i = j - 1;
            if (silentComment)
                continue;
            node.text = body;
        }
        siblings.push_back(std::move(node));
        if (int(stack.size()) <= MaxNesting)
            stack.push_back({line.indent, &siblings.back()});
    }
    return tmpl;
}

void HamlTemplate::render(const TemplateEvaluator &evaluator, QByteArray &out) const
{
    renderNodes(m_nodes, evaluator, out);
}

void HamlTemplate::renderNodes(const std::vector<Node> &nodes, const TemplateEvaluator &evaluator,
                               QByteArray &out) const
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        const Node &node = nodes[i];
        if (node.kind != Node::Kind::Control) {
            renderNode(node, evaluator, out);
            continue;
        }
        // if/unless followed by elsif/else siblings.
        const auto kind = Statement::Kind(node.statement);
        if (kind != Statement::Kind::If && kind != Statement::Kind::Unless) {
            out += evaluator.placeholder(
                node.raw, tr("“%1” without an “if” before it").arg(QString::fromUtf8(node.raw)));
            out += '\n';
            continue;
        }
        size_t last = i;
        while (last + 1 < nodes.size() && nodes[last + 1].kind == Node::Kind::Control &&
               (Statement::Kind(nodes[last + 1].statement) == Statement::Kind::Elsif ||
                Statement::Kind(nodes[last + 1].statement) == Statement::Kind::Else))
            ++last;
        for (size_t b = i; b <= last; ++b) {
            const Node &branch = nodes[b];
            const auto bk = Statement::Kind(branch.statement);
            std::optional<bool> holds = true;
            if (bk != Statement::Kind::Else) {
                holds = evaluator.truth(branch.expr);
                if (holds && bk == Statement::Kind::Unless)
                    holds = !*holds;
            }
            if (!holds) {
                out += evaluator.placeholder(branch.raw, evaluator.evaluate(branch.expr).reason);
                out += '\n';
                break;
            }
            if (*holds) {
                renderNodes(branch.children, evaluator, out);
                break;
            }
        }
        i = last;
    }
}

void HamlTemplate::renderNode(const Node &node, const TemplateEvaluator &evaluator,
                              QByteArray &out) const
{
    switch (node.kind) {
    case Node::Kind::Text:
    case Node::Kind::Output:
        out += contentOf(node, evaluator);
        out += '\n';
        break;
    case Node::Kind::Doctype:
        out += "<!DOCTYPE html>\n";
        break;
    case Node::Kind::Code:
        renderCode(node, evaluator, out);
        break;
    case Node::Kind::Control:
        break; // handled by renderNodes
    case Node::Kind::Error:
        out += evaluator.placeholder(
            node.raw, QCoreApplication::translate("HamlTemplate", node.text.constData()));
        out += '\n';
        break;
    case Node::Kind::HtmlComment:
        out += "<!-- ";
        out += node.text;
        if (!node.children.empty()) {
            out += '\n';
            renderNodes(node.children, evaluator, out);
        }
        out += " -->\n";
        break;
    case Node::Kind::Filter:
        renderFilter(node, evaluator, out);
        break;
    case Node::Kind::Element:
        renderElement(node, evaluator, out);
        break;
    }
}

// A "-" code line: a loop renders its nested lines once per item; other code runs for its
// effect on the locals. What cannot run becomes a placeholder.
void HamlTemplate::renderCode(const Node &node, const TemplateEvaluator &evaluator,
                              QByteArray &out) const
{
    QString why;
    if (node.code->kind == Statement::Kind::Each) {
        bool rows = false;
        why = evaluator.loop(
            *node.code,
            [&] {
                const qsizetype before = out.size();
                renderNodes(node.children, evaluator, out);
                return out.size() - before;
            },
            &rows);
        const QByteArray marker = rows ? evaluator.noRowsMarker() : QByteArray();
        if (!marker.isEmpty())
            out += marker + '\n';
    } else {
        why = evaluator.execute(*node.code);
    }
    if (!why.isEmpty()) {
        out += evaluator.placeholder(node.raw, why);
        out += '\n';
    }
}

// An element: its opening tag with attributes, then its inline content or nested lines and
// its closing tag, minding the whitespace removers "<" and ">".
void HamlTemplate::renderElement(const Node &node, const TemplateEvaluator &evaluator,
                                 QByteArray &out) const
{
    if (node.removeOuter) {
        while (out.endsWith('\n') || out.endsWith(' '))
            out.chop(1);
    }
    out += '<';
    out += node.tag;
    const QVector<QByteArray> attributes = elementAttributes(node, evaluator);
    for (const QByteArray &attribute : attributes)
        out += attribute;
    out += '>';
    if (node.selfClose || isVoidElement(node.tag)) {
        if (!node.removeOuter)
            out += '\n';
        return;
    }
    const QByteArray inlineContent = contentOf(node, evaluator);
    if (!inlineContent.isEmpty() || node.children.empty()) {
        out += inlineContent;
    } else {
        if (!node.removeInner)
            out += '\n';
        const qsizetype before = out.size();
        renderNodes(node.children, evaluator, out);
        if (node.removeInner) {
            while (out.size() > before && (out.endsWith('\n') || out.endsWith(' ')))
                out.chop(1);
        }
    }
    out += "</" + node.tag + '>';
    if (!node.removeOuter)
        out += '\n';
}

} // namespace Tilmech
