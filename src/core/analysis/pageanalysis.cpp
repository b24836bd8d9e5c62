#include "analysis/pageanalysis.h"

#include "template/expressioncache.h"
#include "template/expressionparser.h"

namespace Tilmech {

namespace {

bool isIncludeName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '/' || c == '.';
        if (!ok)
            return false;
    }
    return !name.startsWith('/') && !name.contains("..");
}

} // namespace

std::shared_ptr<const PageAnalysis> PageAnalysis::build(Document document, PageVariant variant,
                                                        std::shared_ptr<ExpressionCache> cache,
                                                        bool withOutline)
{
    auto page = std::make_shared<PageAnalysis>();
    page->m_document = std::move(document);
    page->m_variant = variant;
    const QByteArray &bytes = page->m_document.bytes();
    TemplateTokens tokens =
        TemplateLexer::tokenize(page->m_document.body(), page->m_document.bodyOffset());
    page->m_tree = TemplateTree::parse(std::move(tokens), bytes, 0, cache.get());

    page->m_cache = std::move(cache);
    if (withOutline)
        page->outline();
    return page;
}

const Outline &PageAnalysis::outline() const
{
    std::call_once(m_outlineOnce,
                   [this] { m_outline = Outline::build(m_document, m_tree.tokens(), m_variant); });
    return m_outline;
}

const QVector<PageTag> &PageAnalysis::tags() const
{
    std::call_once(m_tagsOnce, [this] { computeTags(); });
    return m_tags;
}

void PageAnalysis::computeTags() const
{
    const QByteArray &bytes = m_document.bytes();
    const TemplateTokens &all = m_tree.tokens();
    ExpressionCache *cache = m_cache.get();
    m_tagOfToken.fill(-1, all.size());
    for (int i = 0; i < all.size(); ++i) {
        const TemplateToken &t = all.at(i);
        if (t.kind == TemplateToken::Kind::Text)
            continue;
        PageTag tag;
        tag.token = i;
        tag.written = bytes.mid(t.begin, t.end - t.begin);
        const QByteArrayView inner =
            QByteArrayView(bytes).sliced(t.innerBegin, t.innerEnd - t.innerBegin);
        switch (t.kind) {
        case TemplateToken::Kind::ErbOutput:
            tag.expr = cache
                           ? cache->expression(inner)
                           : std::make_shared<const Expr>(ExpressionParser::parseExpression(inner));
            tag.valid = tag.expr->isValid();
            tag.canonical =
                '=' + (tag.valid ? tag.expr->canonical() : inner.trimmed().toByteArray());
            break;
        case TemplateToken::Kind::ErbCode: {
            const std::shared_ptr<const Statement> s =
                cache ? cache->statement(inner)
                      : std::make_shared<const Statement>(ExpressionParser::parseStatement(inner));
            tag.expr = std::shared_ptr<const Expr>(s, &s->expr);
            tag.statement = s->kind;
            switch (s->kind) {
            case Statement::Kind::If:
                tag.canonical = "%if " + s->expr.canonical();
                break;
            case Statement::Kind::Unless:
                tag.canonical = "%unless " + s->expr.canonical();
                break;
            case Statement::Kind::Elsif:
                tag.canonical = "%elsif " + s->expr.canonical();
                break;
            case Statement::Kind::Else:
                tag.canonical = "%else";
                break;
            case Statement::Kind::End:
                tag.canonical = "%end";
                break;
            case Statement::Kind::Expression:
                tag.canonical = '%' + s->expr.canonical();
                break;
            case Statement::Kind::Assign:
            case Statement::Kind::Each:
            case Statement::Kind::Sequence:
            case Statement::Kind::Other:
                // Ruby code as written, with its whitespace normalised.
                tag.canonical = '%' + inner.toByteArray().simplified();
                tag.valid = false;
                break;
            }
            if (s->kind == Statement::Kind::If || s->kind == Statement::Kind::Unless ||
                s->kind == Statement::Kind::Elsif)
                tag.valid = s->expr.isValid();
            break;
        }
        case TemplateToken::Kind::ErbComment:
            tag.canonical = '#' + inner.toByteArray().simplified();
            break;
        case TemplateToken::Kind::Include:
            tag.canonical = "{{" + inner.trimmed().toByteArray() + "}}";
            tag.valid = isIncludeName(inner.trimmed());
            break;
        case TemplateToken::Kind::LiteralErbOpen:
            tag.canonical = "<%%";
            break;
        case TemplateToken::Kind::Unterminated:
            tag.canonical = tag.written.simplified();
            tag.valid = false;
            break;
        case TemplateToken::Kind::Text:
            break;
        }
        m_tagOfToken[i] = int(m_tags.size());
        m_tags.append(tag);
    }
}

const PageTag *PageAnalysis::tagForToken(int token) const
{
    tags();
    if (token < 0 || token >= m_tagOfToken.size() || m_tagOfToken[token] < 0)
        return nullptr;
    return &m_tags[m_tagOfToken[token]];
}

} // namespace Tilmech
