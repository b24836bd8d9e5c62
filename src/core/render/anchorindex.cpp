#include "render/anchorindex.h"

#include "base/htmlattributes.h"
#include "render/renderer.h"
#include "site/project.h"

#include <QDateTime>
#include <QFileInfo>

namespace Tilmech {

AnchorIndex::AnchorIndex(const Project *project, const Renderer *renderer)
    : m_project(project), m_renderer(renderer)
{
}

QSet<QString> AnchorIndex::anchorsIn(QByteArrayView html)
{
    QSet<QString> result;
    HtmlAttributes attributes(html, {QByteArrayLiteral("id"), QByteArrayLiteral("name")},
                              HtmlAttributes::Scope::Anywhere);
    HtmlAttributes::Found found;
    while (attributes.next(found)) {
        if (found.end >= 0)
            result.insert(QString::fromUtf8(html.sliced(found.begin, found.end - found.begin)));
    }
    return result;
}

QSet<QString> AnchorIndex::anchors(const QString &page, const QString &language,
                                   const QString &country)
{
    const QString key = page + QLatin1Char('\n') + language + QLatin1Char('\n') + country;
    const PageFile *file = nullptr;
    if (const Page *p = m_project ? m_project->page(page) : nullptr) {
        file = p->preferred(language);
        if (!file)
            file = p->preferred(QStringLiteral("en"));
    }
    Entry entry;
    if (file) {
        const QFileInfo info(file->absolutePath);
        entry.file = file->absolutePath;
        entry.size = info.size();
        entry.modified = info.lastModified().toMSecsSinceEpoch();
    }
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_cache.constFind(key);
        if (it != m_cache.cend() && it->file == entry.file && it->size == entry.size &&
            it->modified == entry.modified)
            return it->anchors;
    }
    if (file && m_renderer) {
        RenderOptions options;
        options.language = language;
        options.country = country;
        options.bodyOnly = true;
        RenderResult rendered;
        QString error;
        if (m_renderer->renderFile(*file, options, &rendered, &error))
            entry.anchors = anchorsIn(rendered.html);
    }
    QMutexLocker lock(&m_mutex);
    m_cache.insert(key, entry);
    return entry.anchors;
}

} // namespace Tilmech
