#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

namespace Tilmech {

class Project;
class Renderer;

// The anchors (id= and name= values) of each page as rendered, for checking #fragments.
// A page is rendered once per language and country and remembered until its file changes
// (size or modification time); thread-safe.
class AnchorIndex
{
public:
    AnchorIndex(const Project *project, const Renderer *renderer);

    // Anchors of `page` as the site shows it in `language` (its translation when there is
    // one, else the English page). Empty when the page does not exist.
    QSet<QString> anchors(const QString &page, const QString &language, const QString &country);

    static QSet<QString> anchorsIn(QByteArrayView html);

private:
    const Project *m_project;
    const Renderer *m_renderer;
    struct Entry
    {
        QString file;     // the file rendered, empty when none
        qint64 size = -1; // and its size and modification time then
        qint64 modified = -1;
        QSet<QString> anchors;
    };
    QMutex m_mutex;
    QHash<QString, Entry> m_cache;
};

} // namespace Tilmech
