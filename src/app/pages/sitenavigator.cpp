#include "pages/sitenavigator.h"

#include "editor/pageeditors.h"
#include "session/pagesession.h"
#include "site/project.h"
#include "workspace/workspace.h"

#include <QDesktopServices>

namespace Tilmech {

SiteNavigator::SiteNavigator(const Workspace &workspace, const QString &language,
                             PageEditors *editors, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_language(language), m_editors(editors)
{
}

void SiteNavigator::setExternalLinkHandler(std::function<void(const QUrl &)> handler)
{
    m_externalLinks = std::move(handler);
}

void SiteNavigator::showFinding(const Diagnostic &d, const PageSession *open)
{
    if (!m_workspace.project())
        return;
    QString page; // the page the file belongs to
    QString language;
    for (const Page &p : m_workspace.project()->pages()) {
        for (const PageFile &f : p.files) {
            if (f.relativePath == d.file) {
                page = p.name;
                language = f.language;
            }
        }
    }
    if (open && open->translationFile().relativePath == d.file) {
        page = open->name();
        language = m_language;
    }
    if (page.isEmpty()) {
        // A finding about locale strings: show the string.
        if (d.file == Project::catalogFile(m_language) && !d.key.isEmpty())
            emit stringWanted(d.key.toUtf8());
        else
            emit statusMessage(tr("%1 is not a page of this language").arg(d.file), 5000);
        return;
    }
    if (language != QLatin1String("en") && language != m_language)
        emit languageWanted(language);
    emit pageWanted(page);
    if (d.begin >= 0)
        m_editors->selectBytes(language == QLatin1String("en"), d.begin, d.end);
}

void SiteNavigator::followLink(const QUrl &url, const QString &country, const QString &openPage)
{
    if (url.scheme() == QLatin1String("tilmech") && m_workspace.project()) {
        // "#anchor" alone: this page.
        if (url.path().isEmpty() || url.path() == QLatin1String("/")) {
            if (url.hasFragment())
                emit anchorWanted(url.fragment());
            return;
        }
        const QStringList parts = Project::siteUrlPath(url.path(), country, {m_language}).parts;
        const QString page = m_workspace.project()->pageForUrlPath(parts.join(QLatin1Char('/')));
        if (!m_workspace.project()->hasPage(page)) {
            emit statusMessage(tr("The site has no page at %1").arg(url.path()), 5000);
            return;
        }
        if (page != openPage)
            emit pageWanted(page);
        if (url.hasFragment())
            emit anchorWanted(url.fragment());
        return;
    }
    if (m_externalLinks)
        m_externalLinks(url);
    else
        QDesktopServices::openUrl(url);
}

} // namespace Tilmech
