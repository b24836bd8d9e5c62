#include "session/conflictresolver.h"

#include "session/changebar.h"
#include "session/comparedialog.h"
#include "session/pagesession.h"
#include "session/sessionstore.h"
#include "site/project.h"
#include "strings/stringsview.h"
#include "workspace/workspace.h"

#include <QMessageBox>
#include <QPushButton>

namespace Tilmech {

ConflictResolver::ConflictResolver(const Workspace &workspace, const QString &language,
                                   SessionStore *sessions, StringsView *strings, ChangeBar *bar,
                                   QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_language(language), m_sessions(sessions),
      m_strings(strings), m_bar(bar), m_dialogParent(dialogParent)
{
    connect(m_bar, &ChangeBar::reloadRequested, this, [this] { resolve(Resolution::Reload); });
    connect(m_bar, &ChangeBar::keepRequested, this, [this] { resolve(Resolution::Keep); });
    connect(m_bar, &ChangeBar::compareRequested, this, &ConflictResolver::compare);
}

void ConflictResolver::clear()
{
    m_conflicts.clear();
    m_bar->hide();
}

void ConflictResolver::add(const Conflict &conflict)
{
    if (!m_conflicts.contains(conflict))
        m_conflicts.append(conflict);
}

void ConflictResolver::check(const QSet<QString> &paths)
{
    if (!m_workspace.project())
        return;
    for (PageSession *s : m_sessions->sessions())
        checkSession(s, paths);
    checkStrings(paths);
    // Also when nothing was added: the file shown may have come back or changed again.
    showNext();
}

void ConflictResolver::checkSession(PageSession *s, const QSet<QString> &paths)
{
    for (const bool english : {false, true}) {
        if (english && !s->hasEnglish())
            continue;
        const QString path =
            english ? s->englishFile().absolutePath : s->translationFile().absolutePath;
        if (!paths.contains(path))
            continue;
        const PageSession::DiskState state = s->diskState(english);
        if (state == PageSession::DiskState::Same)
            continue;
        QTextDocument *text = english ? s->english() : s->translation();
        if (!text->isModified() && state == PageSession::DiskState::Changed) {
            QString error;
            if (s->reload(english, &error)) {
                emit statusMessage(tr("Reloaded %1: it changed on disk")
                                       .arg(english ? s->englishFile().relativePath
                                                    : s->translationFile().relativePath),
                                   5000);
                continue;
            }
        }
        add(Conflict{m_sessions->keyOf(s), english});
    }
}

void ConflictResolver::checkStrings(const QSet<QString> &paths)
{
    const QString catalog = m_workspace.project()->catalogPath(m_language);
    if (!paths.contains(catalog) || !m_strings->diskChanged())
        return;
    if (!m_strings->isModified()) {
        m_strings->rebase();
        emit statusMessage(
            tr("Reloaded %1: it changed on disk").arg(Project::catalogFile(m_language)), 5000);
        emit renderNeeded();
    } else {
        add(Conflict{QString(), false});
    }
}

// The strings conflict first in the queue, shown; false when it no longer stands.
bool ConflictResolver::showStringsConflict()
{
    if (!m_strings->isModified() || !m_strings->diskChanged())
        return false;
    m_bar->showChange(tr("%1 changed on disk while you were editing strings. Reload drops your "
                         "string edits; Keep puts them on top of the file as it is now.")
                          .arg(Project::catalogFile(m_language)),
                      true);
    m_bar->compareButton()->hide();
    return true;
}

void ConflictResolver::showNext()
{
    while (!m_conflicts.isEmpty()) {
        const Conflict c = m_conflicts.first();
        if (c.session.isEmpty()) {
            if (showStringsConflict())
                return;
            m_conflicts.removeFirst();
            continue;
        }
        PageSession *s = m_sessions->find(c.session);
        const PageSession::DiskState state =
            s ? s->diskState(c.english) : PageSession::DiskState::Same;
        if (!s || state == PageSession::DiskState::Same) {
            m_conflicts.removeFirst();
            continue;
        }
        const QString file =
            c.english ? s->englishFile().relativePath : s->translationFile().relativePath;
        if (state == PageSession::DiskState::Missing)
            m_bar->showChange(tr("%1 was deleted or moved on disk. Your text is still here; "
                                 "saving writes the file again.")
                                  .arg(file),
                              false);
        else
            m_bar->showChange(tr("%1 changed on disk while you were editing it (another program, "
                                 "or a git pull). Reload it, keep your text, or compare the two.")
                                  .arg(file),
                              true);
        return;
    }
    m_bar->hide();
}

void ConflictResolver::resolve(Resolution resolution)
{
    if (m_conflicts.isEmpty())
        return;
    const Conflict c = m_conflicts.takeFirst();
    if (c.session.isEmpty()) {
        if (resolution == Resolution::Reload) {
            m_strings->discard();
            m_workspace.project()->forgetCatalog(m_language);
        }
        m_strings->rebase();
        emit renderNeeded();
        emit resolved(false);
    } else if (PageSession *s = m_sessions->find(c.session)) {
        if (resolution == Resolution::Reload) {
            QString error;
            if (!s->reload(c.english, &error))
                QMessageBox::warning(m_dialogParent, tr("Cannot Reload"), error);
        } else {
            s->acceptDiskVersion(c.english);
        }
        emit resolved(true);
    } else {
        emit resolved(false);
    }
    showNext();
}

void ConflictResolver::compare()
{
    if (m_conflicts.isEmpty() || m_conflicts.first().session.isEmpty())
        return;
    const Conflict c = m_conflicts.first();
    PageSession *s = m_sessions->find(c.session);
    if (!s)
        return;
    auto *dialog = new CompareDialog(c.english ? s->englishFile().relativePath
                                               : s->translationFile().relativePath,
                                     (c.english ? s->english() : s->translation())->toPlainText(),
                                     s->diskText(c.english), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompareDialog::reloadRequested, this, [this] { resolve(Resolution::Reload); });
    connect(dialog, &CompareDialog::keepRequested, this, [this] { resolve(Resolution::Keep); });
    dialog->open();
}

bool ConflictResolver::confirmOverwrite(PageSession *session)
{
    QStringList changed;
    if (session->english()->isModified() &&
        session->diskState(true) == PageSession::DiskState::Changed)
        changed << session->englishFile().relativePath;
    if (session->translation()->isModified() &&
        session->diskState(false) == PageSession::DiskState::Changed)
        changed << session->translationFile().relativePath;
    if (changed.isEmpty())
        return true;
    QMessageBox box(
        QMessageBox::Warning, tr("File Changed on Disk"),
        tr("%1 changed on disk since Tilmech read it (another program, or a git pull).\n\n"
           "Save your text over it? What is on disk now would be lost.")
            .arg(changed.join(QStringLiteral(", "))),
        QMessageBox::Cancel, m_dialogParent);
    box.setObjectName(QStringLiteral("overwriteBox"));
    QPushButton *overwrite = box.addButton(tr("&Save Over It"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != overwrite)
        return false;
    // The save writes only over the version the text is based on: the one just accepted.
    if (session->english()->isModified() &&
        session->diskState(true) == PageSession::DiskState::Changed)
        session->acceptDiskVersion(true);
    if (session->translation()->isModified() &&
        session->diskState(false) == PageSession::DiskState::Changed)
        session->acceptDiskVersion(false);
    return true;
}

} // namespace Tilmech
