#pragma once

#include <QObject>

class QWidget;

namespace Tilmech {

class ConflictResolver;
class PageSession;
class SessionStore;
class StringsView;

// Saving the open texts and asking about unsaved ones: one page (never silently over a file
// that changed on disk or is read-only), the strings, or everything modified; and, before the
// texts go (another site, closing, exporting, another language for the strings), whether to
// save them. Failures are told to the user; the texts then stay as they are.
class SaveCoordinator : public QObject
{
    Q_OBJECT

public:
    // `language` is the window's, which outlives the coordinator.
    SaveCoordinator(const QString &language, SessionStore *sessions, StringsView *strings,
                    ConflictResolver *conflicts, QWidget *dialogParent, QObject *parent = nullptr);

    bool savePage(PageSession *session);
    bool saveStrings();
    // Saves every modified text; emits written() before telling what failed.
    bool saveAll();
    // Unsaved texts are saved (true), knowingly dropped (true) or kept by cancelling (false).
    bool maybeSaveAll();
    // The strings view shows one language: before switching to `language` its edits are saved
    // or dropped (then `discarded` is set). False when the user cancels or saving fails.
    bool maybeSaveStrings(const QString &language, bool *discarded);

signals:
    // saveAll() wrote what it could.
    void written();

private:
    bool confirmReadOnly(const QStringList &files);

    const QString &m_language;
    SessionStore *m_sessions;
    StringsView *m_strings;
    ConflictResolver *m_conflicts;
    QWidget *m_dialogParent;
};

} // namespace Tilmech
