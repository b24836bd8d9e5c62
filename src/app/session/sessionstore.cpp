#include "session/sessionstore.h"

#include "editor/markdownhighlighter.h"
#include "session/pagesession.h"
#include "site/project.h"
#include "workspace/workspace.h"

#include <QMessageBox>

namespace Tilmech {

SessionStore::SessionStore(const Workspace &workspace, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_dialogParent(dialogParent)
{
}

SessionStore::~SessionStore()
{
    clear();
}

QString SessionStore::key(const QString &language, const QString &name)
{
    return language + QLatin1Char('\n') + name;
}

QString SessionStore::keyOf(const PageSession *session) const
{
    return session ? key(session->language(), session->name()) : QString();
}

PageSession *SessionStore::ensure(const QString &language, const QString &name)
{
    const Page *page = m_workspace.project() ? m_workspace.project()->page(name) : nullptr;
    if (!page)
        return nullptr;
    PageSession *session = m_sessions.value(key(language, name));
    if (session)
        return session;
    session =
        new PageSession(name, page->preferred(QStringLiteral("en")), page->preferred(language),
                        language, m_workspace.project()->root(), this);
    if (!session->loadError().isEmpty()) {
        // Never show (and later save) an empty text in place of a file that could not be read.
        QMessageBox::warning(m_dialogParent, tr("Cannot Open the Page"),
                             tr("%1\n\nThe page is not opened, so nothing in it can be lost. Fix "
                                "the file (for example its encoding) in another editor, then open "
                                "it again.")
                                 .arg(session->loadError()));
        delete session;
        return nullptr;
    }
    new MarkdownHighlighter(session->english());
    new MarkdownHighlighter(session->translation());
    for (QTextDocument *text : {session->translation(), session->english()}) {
        connect(text, &QTextDocument::contentsChanged, this,
                [this, session] { emit textChanged(session); });
        connect(text, &QTextDocument::modificationChanged, this,
                &SessionStore::modificationChanged);
    }
    m_sessions.insert(key(language, name), session);
    emit sessionAdded();
    return session;
}

bool SessionStore::anyModified() const
{
    for (const PageSession *s : m_sessions) {
        if (s->isModified())
            return true;
    }
    return false;
}

QStringList SessionStore::files() const
{
    QStringList files;
    for (const PageSession *s : m_sessions) {
        if (s->hasEnglish())
            files << s->englishFile().absolutePath;
        files << s->translationFile().absolutePath;
    }
    return files;
}

void SessionStore::clear()
{
    qDeleteAll(m_sessions);
    m_sessions.clear();
}

} // namespace Tilmech
