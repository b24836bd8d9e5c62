#pragma once

#include "base/diagnostic.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace Tilmech {

class CodeEditor;
class LiveRender;
class PageSession;

// Applies the fixes of the open page's findings to its translation: the issues panel's Fix
// and "Fix all of this kind", the editor's light bulb and Ctrl+. . Fixes come from the latest
// check of the text as it is now (never from an older one: the page is checked again first),
// and each command is one undo step.
class FixCommands : public QObject
{
    Q_OBJECT

public:
    FixCommands(LiveRender *render, CodeEditor *translation, QObject *parent = nullptr);

    void setSession(PageSession *session) { m_session = session; }
    // The findings of the open translation with a fix on the line holding text position
    // `position`.
    Diagnostics fixesOnLine(int position) const;
    // Applies the fix at the cursor's line; of several, the one a menu lets the user pick.
    bool applyAtCursor();
    // The same with another way to pick one of several (an index, or -1 for none): tests.
    bool applyAtCursor(const std::function<int(const Diagnostics &)> &chooser);
    // The fix of the finding `d` (as the panel shows it), or every fix of its kind.
    bool apply(const Diagnostic &d);
    bool applyAllOfKind(const Diagnostic &d);

signals:
    void statusMessage(const QString &message, int timeout);

private:
    // Whether the latest check is of the text as it is now; asks for a check when not.
    bool checkedIsCurrent();
    int choose(const Diagnostics &fixes) const;
    Diagnostics liveFixes() const;
    bool applyFixes(const Diagnostics &fixes);

    LiveRender *m_render;
    CodeEditor *m_editor;
    QPointer<PageSession> m_session;
};

} // namespace Tilmech
