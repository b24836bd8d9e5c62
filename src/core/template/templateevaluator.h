#pragma once

#include "render/renderenvironment.h"
#include "template/expansion.h"
#include "template/expression.h"
#include "template/placeholders.h"
#include "template/refusedtags.h"
#include "template/templatetree.h"
#include "template/value.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace Tilmech {

// Interprets templates without Ruby: the helpers docs/page-format.md lists (hoc_s, resolve_url,
// codeorg_url, hoc_uri, campaign_date, localized_file, localized_image, view), @country and
// @language, request.host, string methods such as .inspect, and if/elsif/else/end on what
// it can evaluate. Anything else becomes a placeholder that says why.
class TemplateEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(TemplateEvaluator)

public:
    // How a template syntax is treated in the text being run.
    enum class Syntax
    {
        Evaluate,
        Placeholder,
        Text
    };

    // `refusals`, when given, holds per token the verdict on a refused tag (RefusedTags): one
    // that cannot be interpreted becomes a placeholder; one that can is run, and with
    // RenderEnvironment::preview its output is put between refusal markers.
    // `afterMarkdown`: the text run is HTML (an .erb.md page), not markdown.
    TemplateEvaluator(const RenderEnvironment &env, Placeholders &placeholders,
                      const Locals *locals = nullptr, int depth = 0,
                      const QVector<RefusedTags::Verdict> *refusals = nullptr,
                      bool afterMarkdown = false);

    Value evaluate(const Expr &e) const;
    // Runs a statement that is not control flow: an expression, an assignment to a local or
    // to an element of one, a sequence of those, each with its if/unless modifier. Returns
    // why it could not, or an empty string. The locals it sets are seen by later code of the
    // same template.
    QString execute(const Statement &s) const;
    // Runs `body` once per element of an Each statement's collection, with the block's
    // parameters bound; `body` returns how many bytes it wrote, which count against the
    // expansion budget. Returns why it could not loop (or stopped), or an empty string;
    // *rows tells whether the collection stands for database rows.
    QString loop(const Statement &s, const std::function<qsizetype()> &body, bool *rows) const;
    // An empty element that marks, in the preview only, where the live site shows database
    // rows; empty for export and the command line.
    QByteArray noRowsMarker() const;
    // Ruby's Hash#to_query as Rails has it: form-encoded key=value pairs, sorted, joined by &.
    static QByteArray toQuery(const Value &hash, const QByteArray &prefix = QByteArray());
    // The text a tag prints: the value, or a placeholder marker showing `shown`.
    QByteArray output(const Expr &e, QByteArrayView shown, qsizetype begin, qsizetype end) const;
    // Whether a condition holds; empty when it cannot be evaluated.
    std::optional<bool> truth(const Expr &e) const;

    // Runs a template: text tokens are read from `text` (offsets minus `textBase`), tags from
    // `tagSource` (minus `tagBase`); the result goes to `out` with its source map.
    void run(const TemplateTree &tree, QByteArrayView text, qsizetype textBase,
             QByteArrayView tagSource, qsizetype tagBase, Syntax erb, Syntax includes,
             Expansion &out) const;

    QByteArray placeholder(QByteArrayView shown, const QString &reason, qsizetype begin = -1,
                           qsizetype end = -1) const;
    // The output of `{{ name }}`: the partial, trimmed of surrounding whitespace; empty when
    // no partial has that name (as on the live site).
    QByteArray include(QByteArrayView name, qsizetype begin, qsizetype end) const;

    const RenderEnvironment &environment() const { return m_env; }
    int depth() const { return m_depth; }

    // Ruby's String#inspect.
    static QByteArray inspect(QByteArrayView text);
    // Ruby's File.join over the non-empty parts.
    static QByteArray joinPath(std::initializer_list<QByteArrayView> parts);

private:
    struct RunContext;
    void runNodes(const std::vector<TemplateNode> &nodes, const RunContext &ctx) const;
    void runNode(const TemplateNode &node, const RunContext &ctx) const;
    void runInactive(const TemplateNode &node, const RunContext &ctx, Syntax mode,
                     bool isInclude) const;
    void runConditional(const TemplateNode &node, const RunContext &ctx, int marked) const;
    const TemplateNode::Branch *takenBranch(const TemplateNode &node, const RunContext &ctx) const;
    const RefusedTags::Verdict *refusalOf(const TemplateNode &node) const;
    Value call(const Expr &e) const;
    Value index(const Expr &e) const;
    Value hashLiteral(const Expr &e) const;
    Value rowsMethod(const Value &rows, const Expr &e) const;
    Value collectionMethod(const Value &receiver, const Expr &e) const;
    const Value *local(const QByteArray &name) const;
    QString assign(const Statement &s) const;
    std::optional<bool> guardHolds(const Statement &s) const;
    std::optional<std::vector<Value>> passes(const Value &collection, const Expr &call) const;
    void endBlock(const Locals &before, const std::vector<QByteArray> &params) const;
    Value method(const Value &receiver, const Expr &e) const;
    Value helper(const Expr &e) const;
    QByteArray localeString(const QByteArray &key) const;
    QByteArray resolveUrl(const QByteArray &url) const;
    Value view(const Expr &e) const;
    QByteArray stringArgument(const Expr &e, bool *ok) const;
    const RefusedTags::Verdict *refusal(int token) const;
    QByteArray markRefused(QByteArray output, int refusal, const Expansion &out) const;
    static qsizetype blockSyntaxEnd(QByteArrayView line);
    QByteArray refusalPoint(int refusal, bool begin, bool aloneOnLine) const;

    const RenderEnvironment &m_env;
    Placeholders &m_placeholders;
    const Locals *m_locals;
    int m_depth;
    const QVector<RefusedTags::Verdict> *m_refusals;
    bool m_afterMarkdown;
    // What the template's code assigns as it runs (the evaluator lives for one run).
    mutable Locals m_assigned;
    mutable int m_iterations = 0;      // loop iterations so far, against MaxIterations
    mutable qsizetype m_loopBytes = 0; // what loops wrote, when there is no budget
};

} // namespace Tilmech
