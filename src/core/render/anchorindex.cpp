#include "render/anchorindex.h"

#include "base/bytesearch.h"
#include "render/renderer.h"
#include "site/project.h"

#include <QDateTime>
#include <QFileInfo>
#include <cstring>

namespace Tilmech {

AnchorIndex::AnchorIndex(const Project *project, const Renderer *renderer)
    : m_project(project), m_renderer(renderer)
{
}

QSet<QString> AnchorIndex::anchorsIn(QByteArrayView html)
{
    QSet<QString> result;
    for (const char *attribute : {"id=", "name="}) {
        const qsizetype length = qsizetype(std::strlen(attribute));
        qsizetype pos = 0;
        while ((pos = ByteSearch::find(html, attribute, pos)) >= 0) {
            const bool standalone =
                pos > 0 && (html[pos - 1] == ' ' || html[pos - 1] == '\t' || html[pos - 1] == '\n');
            pos += length;
            if (!standalone || pos >= html.size())
                continue;
            const char quote = html[pos];
            qsizetype end;
            if (quote == '"' || quote == '\'') {
                ++pos;
                end = html.indexOf(quote, pos);
            } else {
                end = pos;
                while (end < html.size() && html[end] != ' ' && html[end] != '>')
                    ++end;
            }
            if (end < 0)
                break;
            result.insert(QString::fromUtf8(html.sliced(pos, end - pos)));
            pos = end;
        }
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
