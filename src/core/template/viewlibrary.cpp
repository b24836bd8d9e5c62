#include "template/viewlibrary.h"

#include "base/filereader.h"
#include "markdown/markdown.h"
#include "site/project.h"
#include "strings/catalog.h"
#include "template/hamltemplate.h"
#include "template/templateevaluator.h"
#include "template/templatelexer.h"
#include "template/templatetree.h"

#include <QDir>
#include <algorithm>
#include <tuple>

namespace Tilmech {

struct ParsedView
{
    enum class Type
    {
        Haml,
        Erb,
        Markdown,
        Html
    };
    Type type = Type::Html;
    QByteArray bytes;
    std::optional<TemplateTree> erb;
    std::optional<HamlTemplate> haml;
};

ViewLibrary::ViewLibrary(const Project *project) : m_project(project) {}

ViewLibrary::~ViewLibrary() = default;

QString ViewLibrary::path(const QString &name, const QString &language) const
{
    const QString key = language + QLatin1Char('\n') + name;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_paths.constFind(key);
        if (it != m_paths.cend())
            return it.value();
    }
    const QString found = m_project ? m_project->findView(name, language) : QString();
    QMutexLocker lock(&m_mutex);
    m_paths.insert(key, found);
    return found;
}

std::shared_ptr<const ParsedView> ViewLibrary::load(const QString &path) const
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_views.constFind(path);
        if (it != m_views.cend())
            return it.value();
    }
    auto view = std::make_shared<ParsedView>();
    // A view that cannot be read (over the size limit, replaced by a pipe since it was
    // found) renders as empty, like one that cannot be opened.
    view->bytes = FileReader::read(path, nullptr).value_or(QByteArray());
    if (path.endsWith(QLatin1String(".haml"))) {
        view->type = ParsedView::Type::Haml;
        view->haml = HamlTemplate::parse(view->bytes);
    } else if (path.endsWith(QLatin1String(".erb")) || path.endsWith(QLatin1String(".md"))) {
        view->type = path.endsWith(QLatin1String(".md")) ? ParsedView::Type::Markdown
                                                         : ParsedView::Type::Erb;
        view->erb = TemplateTree::parse(TemplateLexer::tokenize(view->bytes), view->bytes, 0);
    }
    QMutexLocker lock(&m_mutex);
    m_views.insert(path, view);
    return view;
}

std::optional<QByteArray> ViewLibrary::render(const QString &name, const RenderEnvironment &env,
                                              Placeholders &placeholders, const Locals &locals,
                                              int depth) const
{
    // A partial without locals gives the same HTML for the same language, country and
    // strings: keep it, unless it held something that needed a placeholder.
    QByteArray key;
    if (locals.isEmpty()) {
        key.reserve(name.size() + 64);
        key += name.toUtf8();
        key += '\n';
        key += env.languageUtf8;
        key += '\n';
        key += env.country;
        key += env.explicitLanguage ? "\n1" : "\n0";
        key += env.preview ? "1\n" : "0\n";
        // The catalogs by their reading, not their address (Catalog::serial).
        key += QByteArray::number(env.strings ? env.strings->serial() : 0);
        key += '\n';
        key += QByteArray::number(env.english ? env.english->serial() : 0);
        QMutexLocker lock(&m_mutex);
        const auto it = m_outputs.constFind(key);
        if (it != m_outputs.cend())
            return it.value();
    }
    const QString file = path(name, env.language);
    if (file.isEmpty())
        return std::nullopt;
    const qsizetype placeholdersBefore = placeholders.items().size();

    const std::shared_ptr<const ParsedView> view = load(file);
    const TemplateEvaluator evaluator(env, placeholders, &locals, depth);
    QByteArray out;
    switch (view->type) {
    case ParsedView::Type::Html:
        out = view->bytes;
        break;
    case ParsedView::Type::Haml:
        view->haml->render(evaluator, out);
        break;
    case ParsedView::Type::Erb:
    case ParsedView::Type::Markdown: {
        Expansion expansion;
        evaluator.run(*view->erb, view->bytes, 0, view->bytes, 0,
                      TemplateEvaluator::Syntax::Evaluate, TemplateEvaluator::Syntax::Text,
                      expansion);
        out = view->type == ParsedView::Type::Erb ? expansion.text()
                                                  : Markdown::toHtml(expansion.text(), false);
        break;
    }
    }
    if (placeholders.items().size() > placeholdersBefore)
        record(file, *view, placeholders, placeholdersBefore);
    placeholders.claim(placeholdersBefore, file);
    if (!key.isEmpty() && placeholders.items().size() == placeholdersBefore) {
        QMutexLocker lock(&m_mutex);
        m_outputs.insert(key, out);
    }
    return out;
}

void ViewLibrary::record(const QString &file, const ParsedView &view,
                         const Placeholders &placeholders, qsizetype from) const
{
    const QString relative = m_project ? QDir(m_project->root()).relativeFilePath(file) : file;
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = from; i < placeholders.items().size(); ++i) {
        const Placeholders::Item &item = placeholders.items().at(i);
        if (!item.view.isEmpty())
            continue; // an inner view's
        // Haml gives no offsets: the line is where the text shown stands.
        const qsizetype at =
            item.sourceBegin >= 0 ? item.sourceBegin : view.bytes.indexOf(item.shown);
        const int line = at < 0 ? 0 : int(view.bytes.left(at).count('\n')) + 1;
        const QString key =
            relative + QLatin1Char('\n') + QString::number(line) + QLatin1Char('\n') + item.reason;
        if (m_problemKeys.contains(key))
            continue;
        m_problemKeys.insert(key);
        Diagnostic d;
        d.severity = Diagnostic::Severity::Info;
        d.code = QStringLiteral("template-unevaluated");
        d.message = tr("Tilmech cannot interpret %1 (%2); the preview shows a placeholder here "
                       "on every page that uses this view")
                        .arg(QString::fromUtf8(item.shown.simplified().left(120)), item.reason);
        d.file = relative;
        d.line = line;
        m_problems.append(d);
    }
}

Diagnostics ViewLibrary::problems() const
{
    QMutexLocker lock(&m_mutex);
    Diagnostics out = m_problems;
    lock.unlock();
    // Views are parsed in whatever order the pages on several threads first use them; the
    // report lists them by place.
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
    return out;
}

} // namespace Tilmech
