#pragma once

#include "base/diagnostic.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QMenu;

namespace Tilmech {

class CodeEditor;
class LiveRender;
class PageEditors;
class PageSession;
class Project;

// Going from finding to finding by keyboard, as in Qt Creator (F8, Shift+F8): the next or
// previous issue, error or untranslated block after the cursor in the open page, then in the
// next page of the page list that has one (known from the site validation), whose check is
// awaited before its first (or last) one is selected.
class IssueNavigator : public QObject
{
    Q_OBJECT

public:
    enum class Target
    {
        Issue, // an error or a warning
        Error,
        Untranslated // a block still the same as the English one
    };

    struct Site
    {
        std::shared_ptr<const Project> project;
        QString language;
        std::function<QStringList()> pageOrder;       // as the page list shows them
        std::function<Diagnostics()> siteDiagnostics; // of the latest site validation
    };

    IssueNavigator(LiveRender *render, PageEditors *editors, CodeEditor *translation,
                   QObject *parent = nullptr);

    void setSite(const Site &site) { m_site = site; }
    void setSession(PageSession *session);
    // The six Go commands, with their shortcuts, added to `menu`.
    void addActions(QMenu *menu);
    // Moves to the next (or previous) finding of `target`; false when there is none.
    bool go(Target target, bool forward);

signals:
    void pageWanted(const QString &page);
    void statusMessage(const QString &message, int timeout);

private:
    static bool matches(Target target, const Diagnostic &d);
    Diagnostics pageFindings(Target target) const;
    bool selectIn(const Diagnostics &found, bool forward, int from);
    QString otherPage(Target target, bool forward) const;
    void arrive();

    LiveRender *m_render;
    PageEditors *m_editors;
    CodeEditor *m_editor;
    QPointer<PageSession> m_session;
    Site m_site;
    // A jump to another page, done once that page's check arrives.
    struct Pending
    {
        QString page;
        Target target = Target::Issue;
        bool forward = true;
    };
    std::optional<Pending> m_pending;
};

} // namespace Tilmech
