#include "session/savecoordinator.h"

#include "session/conflictresolver.h"
#include "session/pagesession.h"
#include "session/sessionstore.h"
#include "site/project.h"
#include "strings/stringsview.h"

#include <QMessageBox>

namespace Tilmech {

SaveCoordinator::SaveCoordinator(const QString &language, SessionStore *sessions,
                                 StringsView *strings, ConflictResolver *conflicts,
                                 QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_language(language), m_sessions(sessions), m_strings(strings),
      m_conflicts(conflicts), m_dialogParent(dialogParent)
{
}

bool SaveCoordinator::saveStrings()
{
    QString error;
    if (!m_strings->save(&error)) {
        QMessageBox::critical(m_dialogParent, tr("Cannot Save the Strings"),
                              tr("The strings were not saved: %1").arg(error));
        return false;
    }
    return true;
}

// A read-only file is not written over silently: the user says so (it stays read-only).
bool SaveCoordinator::confirmReadOnly(const QStringList &files)
{
    return files.isEmpty() ||
           QMessageBox::warning(m_dialogParent, tr("Read-Only File"),
                                tr("%1 is read-only on disk.\n\nSave your text over it anyway? "
                                   "It stays read-only afterwards.")
                                    .arg(files.join(QStringLiteral(", "))),
                                QMessageBox::Save | QMessageBox::Cancel,
                                QMessageBox::Cancel) == QMessageBox::Save;
}

bool SaveCoordinator::savePage(PageSession *session)
{
    if (!m_conflicts->confirmOverwrite(session))
        return false;
    const QStringList readOnly = session->readOnlyFiles();
    if (!confirmReadOnly(readOnly))
        return false;
    QString error;
    if (!session->save(&error, !readOnly.isEmpty())) {
        QMessageBox::critical(m_dialogParent, tr("Cannot Save"),
                              tr("The page was not saved: %1\n\nYour text is still here; fix the "
                                 "problem and save again, or save elsewhere.")
                                  .arg(error));
        return false;
    }
    return true;
}

bool SaveCoordinator::saveAll()
{
    QStringList failed;
    if (m_strings->isModified()) {
        QString error;
        if (!m_strings->save(&error))
            failed << Project::catalogFile(m_language) + QStringLiteral(": ") + error;
    }
    for (PageSession *s : m_sessions->sessions()) {
        QString error;
        if (!s->isModified())
            continue;
        if (!m_conflicts->confirmOverwrite(s))
            failed
                << tr("%1: not saved, it changed on disk").arg(s->translationFile().relativePath);
        else if (!s->save(&error))
            failed << QStringLiteral("%1: %2").arg(s->translationFile().relativePath, error);
    }
    emit written();
    if (!failed.isEmpty()) {
        QMessageBox::critical(m_dialogParent, tr("Cannot Save"),
                              tr("These pages were not saved; their text is still here:\n\n%1")
                                  .arg(failed.join(QLatin1Char('\n'))));
        return false;
    }
    return true;
}

bool SaveCoordinator::maybeSaveAll()
{
    QStringList modified;
    for (const PageSession *s : m_sessions->sessions()) {
        if (s->isModified())
            modified << s->translationFile().relativePath;
    }
    if (m_strings->isModified())
        modified << Project::catalogFile(m_language);
    if (modified.isEmpty())
        return true;
    const auto answer = QMessageBox::warning(
        m_dialogParent, tr("Unsaved Changes"),
        tr("These pages have unsaved changes:\n\n%1\n\nSave them?")
            .arg(modified.join(QLatin1Char('\n'))),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveAll();
    return true;
}

bool SaveCoordinator::maybeSaveStrings(const QString &language, bool *discarded)
{
    *discarded = false;
    if (!m_strings->isModified())
        return true;
    const auto answer = QMessageBox::question(
        m_dialogParent, tr("Unsaved Strings"),
        tr("The strings of %1 have unsaved changes. Save them before switching to %2?")
            .arg(m_language, language),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveStrings();
    *discarded = true;
    return true;
}

} // namespace Tilmech
