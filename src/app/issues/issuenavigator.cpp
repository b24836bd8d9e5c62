#include "issues/issuenavigator.h"

#include "base/textoffsets.h"
#include "editor/codeeditor.h"
#include "editor/pageeditors.h"
#include "preview/liverender.h"
#include "session/pagesession.h"
#include "site/project.h"

#include <QAction>
#include <QHash>
#include <QMenu>
#include <QSet>
#include <algorithm>

namespace Tilmech {

IssueNavigator::IssueNavigator(LiveRender *render, PageEditors *editors, CodeEditor *translation,
                               QObject *parent)
    : QObject(parent), m_render(render), m_editors(editors), m_editor(translation)
{
    connect(m_render, &LiveRender::validated, this, &IssueNavigator::arrive);
}

void IssueNavigator::setSession(PageSession *session)
{
    m_session = session;
    if (m_pending && (!session || session->name() != m_pending->page))
        m_pending.reset();
}

void IssueNavigator::addActions(QMenu *menu)
{
    const struct
    {
        QString text;
        QKeySequence keys;
        Target target;
        bool forward;
    } commands[] = {
        {tr("&Next Issue"), QKeySequence(Qt::Key_F8), Target::Issue, true},
        {tr("&Previous Issue"), QKeySequence(Qt::SHIFT | Qt::Key_F8), Target::Issue, false},
        {tr("Next &Error"), QKeySequence(Qt::ALT | Qt::Key_F8), Target::Error, true},
        {tr("Previous E&rror"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_F8), Target::Error,
         false},
        {tr("Next &Untranslated Block"), QKeySequence(Qt::CTRL | Qt::Key_F8), Target::Untranslated,
         true},
        {tr("Previous Un&translated Block"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F8),
         Target::Untranslated, false},
    };
    for (const auto &c : commands) {
        QAction *action = menu->addAction(c.text);
        action->setShortcut(c.keys);
        action->setShortcutContext(Qt::WindowShortcut);
        const Target target = c.target;
        const bool forward = c.forward;
        connect(action, &QAction::triggered, this,
                [this, target, forward] { go(target, forward); });
    }
}

bool IssueNavigator::matches(Target target, const Diagnostic &d)
{
    switch (target) {
    case Target::Issue:
        return d.severity != Diagnostic::Severity::Info;
    case Target::Error:
        return d.severity == Diagnostic::Severity::Error;
    case Target::Untranslated:
        return d.code == QLatin1String("content-untranslated");
    }
    return false;
}

// The open page's findings of `target` with a place in its text, in text order.
Diagnostics IssueNavigator::pageFindings(Target target) const
{
    Diagnostics found;
    if (!m_session)
        return found;
    for (const Diagnostic &d : m_render->diagnostics()) {
        if (d.begin >= 0 && matches(target, d) &&
            d.file == m_session->translationFile().relativePath)
            found.append(d);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.begin < b.begin; });
    return found;
}

// Selects the first finding after text position `from` (or the last before it).
bool IssueNavigator::selectIn(const Diagnostics &found, bool forward, int from)
{
    const TextOffsets *offsets = m_render->offsets();
    if (!offsets)
        return false;
    const Diagnostic *chosen = nullptr;
    for (const Diagnostic &d : found) {
        const int at = offsets->toText(d.begin);
        if (forward && at > from) {
            chosen = &d;
            break;
        }
        if (!forward && at < from)
            chosen = &d;
    }
    if (!chosen)
        return false;
    m_editors->selectChecked(*offsets, chosen->begin, std::max(chosen->begin, chosen->end));
    m_editor->setFocus();
    emit statusMessage(QStringLiteral("%1 [%2]").arg(chosen->message, chosen->code), 8000);
    return true;
}

bool IssueNavigator::go(Target target, bool forward)
{
    const int from = m_editor->textCursor().selectionStart();
    if (selectIn(pageFindings(target), forward, from))
        return true;
    const QString page = otherPage(target, forward);
    if (!page.isEmpty()) {
        m_pending = Pending{page, target, forward};
        emit pageWanted(page);
        return true;
    }
    const bool validated = m_site.siteDiagnostics && !m_site.siteDiagnostics().isEmpty();
    emit statusMessage(validated ? tr("No more in this page or in the other pages")
                                 : tr("No more in this page; validate the site (F7) to go on to "
                                      "the other pages"),
                       8000);
    return false;
}

// The next page (or the previous one) of the page list, going round, that the site
// validation found a finding of `target` in.
QString IssueNavigator::otherPage(Target target, bool forward) const
{
    if (!m_site.project || !m_site.pageOrder || !m_site.siteDiagnostics || !m_session)
        return QString();
    // The pages of the files the findings name, from the site's index (not the disk).
    QHash<QString, QString> pageOfFile;
    for (const Page &page : m_site.project->pages()) {
        for (const PageFile &file : page.files)
            pageOfFile.insert(file.relativePath, page.name);
    }
    QSet<QString> having;
    for (const Diagnostic &d : m_site.siteDiagnostics()) {
        if (d.language == m_site.language && d.begin >= 0 && matches(target, d) &&
            pageOfFile.contains(d.file))
            having.insert(pageOfFile.value(d.file));
    }
    const QStringList order = m_site.pageOrder();
    const qsizetype here = order.indexOf(m_session->name());
    for (qsizetype step = 1; step < order.size(); ++step) {
        const qsizetype i = (here + (forward ? step : -step) + order.size()) % order.size();
        if (having.contains(order.at(i)))
            return order.at(i);
    }
    return QString();
}

// The page asked for is checked: its first (or last) finding is selected.
void IssueNavigator::arrive()
{
    if (!m_pending || !m_session || m_session->name() != m_pending->page)
        return;
    const Pending pending = *m_pending;
    m_pending.reset();
    const Diagnostics found = pageFindings(pending.target);
    const int from = pending.forward ? -1 : int(m_editor->document()->characterCount()) + 1;
    if (!selectIn(found, pending.forward, from))
        emit statusMessage(tr("The page has changed since the site was validated: nothing to go "
                              "to here"),
                           8000);
}

} // namespace Tilmech
