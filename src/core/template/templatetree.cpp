#include "template/templatetree.h"

#include "template/expressioncache.h"
#include "template/expressionparser.h"

namespace Tilmech {

TemplateTree TemplateTree::parse(TemplateTokens tokens, QByteArrayView tagSource, qsizetype tagBase,
                                 ExpressionCache *cache)
{
    TemplateTree tree;
    tree.m_tokens = std::move(tokens);

    // The stack holds the open conditionals; nodes go into the innermost open branch.
    std::vector<TemplateNode> stack;
    auto target = [&]() -> std::vector<TemplateNode> & {
        return stack.empty() ? tree.m_nodes : stack.back().branches.back().children;
    };
    auto inner = [&](const TemplateToken &t) {
        return tagSource.sliced(t.innerBegin - tagBase, t.innerEnd - t.innerBegin);
    };

    for (int i = 0; i < tree.m_tokens.size(); ++i) {
        const TemplateToken &t = tree.m_tokens.at(i);
        TemplateNode node;
        node.token = i;
        switch (t.kind) {
        case TemplateToken::Kind::Text:
            node.kind = TemplateNode::Kind::Text;
            break;
        case TemplateToken::Kind::LiteralErbOpen:
            node.kind = TemplateNode::Kind::LiteralOpen;
            break;
        case TemplateToken::Kind::Unterminated:
            node.kind = TemplateNode::Kind::Unterminated;
            break;
        case TemplateToken::Kind::ErbComment:
            node.kind = TemplateNode::Kind::Comment;
            break;
        case TemplateToken::Kind::Include:
            node.kind = TemplateNode::Kind::Include;
            node.includeName = inner(t).trimmed().toByteArray();
            break;
        case TemplateToken::Kind::ErbOutput:
            node.kind = TemplateNode::Kind::Output;
            node.expr =
                cache ? cache->expression(inner(t))
                      : std::make_shared<const Expr>(ExpressionParser::parseExpression(inner(t)));
            break;
        case TemplateToken::Kind::ErbCode: {
            const std::shared_ptr<const Statement> statement =
                cache
                    ? cache->statement(inner(t))
                    : std::make_shared<const Statement>(ExpressionParser::parseStatement(inner(t)));
            const Statement &s = *statement;
            // Conditions and code share the cached statement's expression.
            const std::shared_ptr<const Expr> expr(statement, &statement->expr);
            switch (s.kind) {
            case Statement::Kind::If:
            case Statement::Kind::Unless: {
                TemplateNode cond;
                cond.kind = TemplateNode::Kind::Conditional;
                cond.token = i;
                TemplateNode::Branch b;
                b.token = i;
                b.kind = s.kind;
                b.condition = expr;
                cond.branches.push_back(std::move(b));
                stack.push_back(std::move(cond));
                continue;
            }
            case Statement::Kind::Elsif:
            case Statement::Kind::Else:
                if (stack.empty() || stack.back().branches.back().kind == Statement::Kind::Else ||
                    (s.kind == Statement::Kind::Elsif &&
                     stack.back().branches.front().kind == Statement::Kind::Unless)) {
                    node.kind = TemplateNode::Kind::StrayControl;
                    break;
                }
                {
                    TemplateNode::Branch b;
                    b.token = i;
                    b.kind = s.kind;
                    b.condition = expr;
                    stack.back().branches.push_back(std::move(b));
                }
                continue;
            case Statement::Kind::End:
                if (stack.empty()) {
                    node.kind = TemplateNode::Kind::StrayControl;
                    break;
                }
                {
                    TemplateNode done = std::move(stack.back());
                    stack.pop_back();
                    done.endToken = i;
                    target().push_back(std::move(done));
                }
                continue;
            case Statement::Kind::Expression:
            case Statement::Kind::Assign:
            case Statement::Kind::Each:
            case Statement::Kind::Sequence:
            case Statement::Kind::Other:
                node.kind = TemplateNode::Kind::Code;
                node.expr = expr;
                node.statement = statement;
                break;
            }
            break;
        }
        }
        target().push_back(std::move(node));
    }
    // Conditionals never closed: keep them, without an end.
    while (!stack.empty()) {
        TemplateNode open = std::move(stack.back());
        stack.pop_back();
        target().push_back(std::move(open));
    }
    return tree;
}

} // namespace Tilmech
