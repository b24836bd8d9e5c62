#include "template/templatetree.h"

#include "template/expressioncache.h"
#include "template/expressionparser.h"

namespace Tilmech {

namespace {

// Builds the nodes of a tree token by token. The stack holds the open conditionals; nodes
// go into the innermost open branch.
class TreeBuilder
{
public:
    TreeBuilder(std::vector<TemplateNode> &top, QByteArrayView tagSource, qsizetype tagBase,
                ExpressionCache *cache)
        : m_top(top), m_tagSource(tagSource), m_tagBase(tagBase), m_cache(cache)
    {
    }

    void add(int i, const TemplateToken &t);
    // Conditionals never closed: keep them, without an end.
    void finish();

private:
    std::vector<TemplateNode> &target()
    {
        return m_stack.empty() ? m_top : m_stack.back().branches.back().children;
    }
    QByteArrayView inner(const TemplateToken &t) const
    {
        return m_tagSource.sliced(t.innerBegin - m_tagBase, t.innerEnd - t.innerBegin);
    }
    bool addCode(int i, const TemplateToken &t, TemplateNode &node);

    std::vector<TemplateNode> &m_top;
    QByteArrayView m_tagSource;
    qsizetype m_tagBase;
    ExpressionCache *m_cache;
    std::vector<TemplateNode> m_stack;
};

// The node of token `i`, into the innermost open branch (a code tag may open, continue or
// close a conditional instead).
void TreeBuilder::add(int i, const TemplateToken &t)
{
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
        node.expr = m_cache
                        ? m_cache->expression(inner(t))
                        : std::make_shared<const Expr>(ExpressionParser::parseExpression(inner(t)));
        break;
    case TemplateToken::Kind::ErbCode:
        if (!addCode(i, t, node))
            return;
        break;
    }
    target().push_back(std::move(node));
}

// A code tag: if/unless opens a conditional, elsif/else adds a branch and end closes it
// (false: nothing more to add); a stray one, or any other code, fills `node` (true).
bool TreeBuilder::addCode(int i, const TemplateToken &t, TemplateNode &node)
{
    const std::shared_ptr<const Statement> statement =
        m_cache ? m_cache->statement(inner(t))
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
        m_stack.push_back(std::move(cond));
        return false;
    }
    case Statement::Kind::Elsif:
    case Statement::Kind::Else:
        if (m_stack.empty() || m_stack.back().branches.back().kind == Statement::Kind::Else ||
            (s.kind == Statement::Kind::Elsif &&
             m_stack.back().branches.front().kind == Statement::Kind::Unless)) {
            node.kind = TemplateNode::Kind::StrayControl;
            return true;
        }
        {
            TemplateNode::Branch b;
            b.token = i;
            b.kind = s.kind;
            b.condition = expr;
            m_stack.back().branches.push_back(std::move(b));
        }
        return false;
    case Statement::Kind::End:
        if (m_stack.empty()) {
            node.kind = TemplateNode::Kind::StrayControl;
            return true;
        }
        {
            TemplateNode done = std::move(m_stack.back());
            m_stack.pop_back();
            done.endToken = i;
            target().push_back(std::move(done));
        }
        return false;
    case Statement::Kind::Expression:
    case Statement::Kind::Assign:
    case Statement::Kind::Each:
    case Statement::Kind::Sequence:
    case Statement::Kind::Other:
        node.kind = TemplateNode::Kind::Code;
        node.expr = expr;
        node.statement = statement;
        return true;
    }
    return true;
}

void TreeBuilder::finish()
{
    while (!m_stack.empty()) {
        TemplateNode open = std::move(m_stack.back());
        m_stack.pop_back();
        target().push_back(std::move(open));
    }
}

} // namespace

TemplateTree TemplateTree::parse(TemplateTokens tokens, QByteArrayView tagSource, qsizetype tagBase,
                                 ExpressionCache *cache)
{
    TemplateTree tree;
    tree.m_tokens = std::move(tokens);
    TreeBuilder builder(tree.m_nodes, tagSource, tagBase, cache);
    for (int i = 0; i < tree.m_tokens.size(); ++i)
        builder.add(i, tree.m_tokens.at(i));
    builder.finish();
    return tree;
}

} // namespace Tilmech
