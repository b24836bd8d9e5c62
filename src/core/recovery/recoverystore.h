#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

namespace Tilmech {

// Unsaved work kept safe against a crash: one small file per unsaved buffer in a recovery
// folder (by default QStandardPaths::AppDataLocation/recovery), each written atomically.
// A page buffer keeps the exact bytes it would be saved as; a strings buffer keeps its
// edited values. Entries are found again by site folder when the site is opened next.
class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)

public:
    struct Entry
    {
        enum class Kind
        {
            Page,
            Strings
        };
        Kind kind = Kind::Page;
        QString siteRoot;
        QString file; // relative to the site: the file the buffer would be saved to
        QString language;
        QString page;                          // logical page name (pages only)
        QByteArray bytes;                      // pages: the text as it would be saved
        QHash<QByteArray, QByteArray> strings; // strings: key → edited value
        QByteArray baseSha256; // of the file on disk when the buffer was loaded (empty: new)
        QDateTime saved;       // when this entry was written (UTC)
        QString path;          // the entry's own file (set by entries())

        // The same work of the same file (when and where it was written aside).
        bool sameWork(const Entry &other) const;
    };

    explicit RecoveryStore(const QString &folder = defaultFolder());

    static QString defaultFolder();
    const QString &folder() const { return m_folder; }

    // Writes or replaces the entry of (siteRoot, file); false with *error on failure.
    bool write(const Entry &entry, QString *error) const;
    // Drops the entry of (siteRoot, file), if any.
    void remove(const QString &siteRoot, const QString &file) const;
    // The entries of a site, oldest first. Unreadable entry files are skipped (and kept).
    QVector<Entry> entries(const QString &siteRoot) const;

private:
    QString pathFor(const QString &siteRoot, const QString &file) const;

    QString m_folder;
};

} // namespace Tilmech
