#pragma once

#include "analysis/outline.h"
#include "site/document.h"
#include "site/pagefile.h"
#include "template/expression.h"
#include "template/templatelexer.h"
#include "template/templatetree.h"

#include <QByteArray>
#include <QVector>
#include <memory>
#include <mutex>

namespace Tilmech {

class ExpressionCache;

// One template tag of a page, with the normalised form that parity checks compare.
struct PageTag
{
    int token = -1;
    QByteArray written;   // the tag as written
    QByteArray canonical; // "=hoc_s(:x)", "%if @country == 'us'", "#comment", "{{urls/learn}}"
    std::shared_ptr<const Expr> expr; // output tags, code statements and conditions
    bool valid = true; // parsed as Ruby Tilmech understands (or a valid include name)
    // For a code tag (<% … %>): what kind of statement it is; the evaluator runs all but
    // Other and Each (a loop in an ERB tag).
    Statement::Kind statement = Statement::Kind::Other;
};

// Everything Tilmech derives from the text of a page, computed once per text and shared by
// the preview, the checks and the alignment: the document (front matter split), the
// template tokens and their block structure, the tags in normalised form, and (on request)
// the outline of markdown blocks.
class PageAnalysis
{
public:
    static std::shared_ptr<const PageAnalysis>
    build(Document document, PageVariant variant, std::shared_ptr<ExpressionCache> cache = nullptr,
          bool withOutline = true);

    const Document &document() const { return m_document; }
    PageVariant variant() const { return m_variant; }
    const TemplateTokens &tokens() const { return m_tree.tokens(); }
    const TemplateTree &tree() const { return m_tree; }
    // Computed on first use (the preview of an English page never needs them); thread-safe.
    const QVector<PageTag> &tags() const;
    // The tag of token `token`, or null for text.
    const PageTag *tagForToken(int token) const;
    // The markdown blocks, built on first use (the preview does not need them); thread-safe.
    const Outline &outline() const;

private:
    void computeTags() const;

    Document m_document;
    std::shared_ptr<ExpressionCache> m_cache;
    mutable std::once_flag m_tagsOnce;
    PageVariant m_variant = PageVariant::Md;
    TemplateTree m_tree;
    mutable QVector<PageTag> m_tags;
    mutable QVector<int> m_tagOfToken;
    mutable Outline m_outline;
    mutable std::once_flag m_outlineOnce;
};

} // namespace Tilmech
