#pragma once

#include <QObject>
#include <QSet>
#include <QVector>

class QWidget;

namespace Tilmech {

class ChangeBar;
class PageSession;
class SessionStore;
class StringsView;
class Workspace;

// Decides what a change on disk means for the open texts. An unmodified text whose file
// changed is reloaded; a modified one (or a deleted file) becomes a conflict. Conflicts are
// queued and shown one at a time in the ChangeBar, where the user reloads the file, keeps
// the text (it is then based on the file as it is now) or compares the two. Saving over a
// file that changed since it was read is confirmed here too.
class ConflictResolver : public QObject
{
    Q_OBJECT

public:
    // `workspace` and `language` are the window's, which outlive the resolver.
    ConflictResolver(const Workspace &workspace, const QString &language, SessionStore *sessions,
                     StringsView *strings, ChangeBar *bar, QWidget *dialogParent,
                     QObject *parent = nullptr);

    // Looks at the files among `paths` (absolute) that belong to open texts.
    void check(const QSet<QString> &paths);
    // Forgets every conflict (another site was opened).
    void clear();
    // Before saving `session`: true when none of its modified texts' files changed on disk,
    // or the user chose to write over them (the save then replaces what is on disk).
    bool confirmOverwrite(PageSession *session);

    enum class Resolution
    {
        Reload,
        Keep
    };
    // Resolves the conflict shown in the bar.
    void resolve(Resolution resolution);
    void compare();

signals:
    void statusMessage(const QString &message, int timeout);
    // The strings file was reloaded or rebased: the preview shows its strings.
    void renderNeeded();
    // A conflict was resolved; `page` when it was a page's text (not the strings).
    void resolved(bool page);

private:
    struct Conflict
    {
        QString session; // SessionStore key; empty for the strings file
        bool english = false;
        bool operator==(const Conflict &o) const
        {
            return session == o.session && english == o.english;
        }
    };
    void checkSession(PageSession *session, const QSet<QString> &paths);
    void checkStrings(const QSet<QString> &paths);
    void add(const Conflict &conflict);
    void showNext();
    bool showStringsConflict();

    const Workspace &m_workspace;
    const QString &m_language;
    SessionStore *m_sessions;
    StringsView *m_strings;
    ChangeBar *m_bar;
    QWidget *m_dialogParent;
    QVector<Conflict> m_conflicts;
};

} // namespace Tilmech
