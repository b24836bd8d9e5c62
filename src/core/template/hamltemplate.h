#pragma once

#include "template/expression.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <memory>
#include <vector>

namespace Tilmech {

class TemplateEvaluator;

// The subset of Haml that the site's partials use: %tag with .class/#id shorthands,
// {…} attribute hashes, inline and nested content, "=" output, "-" control flow (if, elsif,
// else, unless), "-" code (assignments to locals, each/each_slice loops over the nested
// lines), "-#" comments, "/" HTML comments, plain text with #{} interpolation, the
// whitespace removers "<" and ">", and filters such as :javascript. Ruby it cannot
// interpret becomes a placeholder. Output is compact HTML with one
// element per line, as Haml's production mode writes it.
class HamlTemplate
{
    Q_DECLARE_TR_FUNCTIONS(HamlTemplate)

public:
    static HamlTemplate parse(QByteArrayView source);
    void render(const TemplateEvaluator &evaluator, QByteArray &out) const;

    struct Node
    {
        enum class Kind : quint8
        {
            Element,
            Text,
            Output,
            Control,
            Code,
            HtmlComment,
            Filter,
            Doctype,
            Error
        };
        Kind kind = Kind::Text;
        int line = 0;
        QByteArray raw; // the line as written (for placeholders)
        // Element
        QByteArray tag;
        QByteArray id;
        std::vector<QByteArray> classes;
        Expr attributes; // a Hash, or Invalid when there is none
        bool hasAttributes = false;
        bool removeInner = false;
        bool removeOuter = false;
        bool selfClose = false;
        // Inline content of an element, or the content of Text/Output nodes
        enum class Content : quint8
        {
            None,
            Text,
            Output,
            EscapedOutput
        } content = Content::None;
        Expr expr;         // Output/EscapedOutput, interpolated Text, Control condition
        QByteArray text;   // plain text, filter body, comment text, error message
        int statement = 0; // Statement::Kind for Control nodes
        std::shared_ptr<const Statement> code; // Code nodes: assignments, loops, expressions
        std::vector<Node> children;
    };

private:
    void renderNodes(const std::vector<Node> &nodes, const TemplateEvaluator &evaluator,
                     QByteArray &out) const;
    void renderNode(const Node &node, const TemplateEvaluator &evaluator, QByteArray &out) const;
    void renderCode(const Node &node, const TemplateEvaluator &evaluator, QByteArray &out) const;
    void renderElement(const Node &node, const TemplateEvaluator &evaluator, QByteArray &out) const;

    std::vector<Node> m_nodes;
};

} // namespace Tilmech
