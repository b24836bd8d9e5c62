#pragma once

#include "template/expression.h"
#include "template/templatelexer.h"

#include <QString>
#include <memory>
#include <vector>

namespace Tilmech {

class ExpressionCache;

// The block structure of a template: text and tags, with if/elsif/else/end (and unless)
// gathered into conditionals. Built in one pass with a stack; unbalanced control tags
// become StrayControl nodes or conditionals without an end, never a failure.
struct TemplateNode
{
    enum class Kind : quint8
    {
        Text,
        Output,       // <%= expr %>
        Code,         // <% statement %> that is not control flow
        Comment,      // <%# %>
        Include,      // {{ name }}
        LiteralOpen,  // <%%
        Unterminated, // error token from the lexer
        Conditional,  // if/unless … elsif … else … end
        StrayControl, // elsif/else/end with no open if
    };

    struct Branch
    {
        int token = -1;
        Statement::Kind kind = Statement::Kind::If; // If, Unless, Elsif or Else
        std::shared_ptr<const Expr> condition;      // null for else
        std::vector<TemplateNode> children;
    };

    Kind kind = Kind::Text;
    int token = -1;                   // index into the token list (first tag for a Conditional)
    std::shared_ptr<const Expr> expr; // Output: the expression; Code: the statement's
    std::shared_ptr<const Statement> statement; // Code: the whole statement
    QByteArray includeName;
    std::vector<Branch> branches;
    int endToken = -1; // Conditional: the "end" tag, -1 when missing
};

class TemplateTree
{
public:
    // `tagSource` holds the text that the tokens' tag offsets point into, starting at
    // `tagBase`. Text tokens are not read.
    // `cache`, when given, supplies tags parsed before.
    static TemplateTree parse(TemplateTokens tokens, QByteArrayView tagSource, qsizetype tagBase,
                              ExpressionCache *cache = nullptr);

    const TemplateTokens &tokens() const { return m_tokens; }
    const std::vector<TemplateNode> &nodes() const { return m_nodes; }

private:
    TemplateTokens m_tokens;
    std::vector<TemplateNode> m_nodes;
};

} // namespace Tilmech
