#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QWidget;

namespace Tilmech {

class PageSession;
class Workspace;

// The pages open in the editor, one PageSession per language and page, kept while the user
// moves between pages so that unsaved texts and undo histories stay. It creates a session
// the first time a page is opened (refusing files that cannot be read) and reports edits to
// any of them, so that the window, the recovery copies and the disk watcher can follow.
class SessionStore : public QObject
{
    Q_OBJECT

public:
    // `workspace` is the window's, which outlives the store; `dialogParent` parents the
    // message shown when a file cannot be read.
    SessionStore(const Workspace &workspace, QWidget *dialogParent, QObject *parent = nullptr);
    ~SessionStore() override;

    // The session of `name` in `language`, created on first use; null when the site has no
    // such page or its files cannot be read (the user is told why).
    PageSession *ensure(const QString &language, const QString &name);
    // The session with `key` (see keyOf), or null.
    PageSession *find(const QString &key) const { return m_sessions.value(key); }
    QString keyOf(const PageSession *session) const;
    QList<PageSession *> sessions() const { return m_sessions.values(); }
    bool anyModified() const;
    // The files of the open texts (absolute paths).
    QStringList files() const;
    // Closes every session, unsaved texts included (a new site was opened).
    void clear();

signals:
    // A text of `session` changed (typed, reloaded or restored).
    void textChanged(Tilmech::PageSession *session);
    // A text became modified or unmodified.
    void modificationChanged();
    // A session was created: there are more files to watch.
    void sessionAdded();

private:
    static QString key(const QString &language, const QString &name);

    const Workspace &m_workspace;
    QWidget *m_dialogParent;
    QHash<QString, PageSession *> m_sessions; // by language + page
};

} // namespace Tilmech
