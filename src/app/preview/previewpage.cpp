#include "preview/previewpage.h"

#include "preview/webenginesetup.h"

namespace Tilmech {

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type == NavigationTypeLinkClicked) {
        if (url.scheme() != QLatin1String("javascript"))
            emit linkActivated(url);
        return false;
    }
    // Only the shell itself, loaded by Tilmech.
    const bool shell = url.scheme() == QLatin1String(WebEngineSetup::scheme()) &&
                       (url.path().isEmpty() || url.path() == QLatin1String("/"));
    const bool accepted = isMainFrame && shell && type != NavigationTypeRedirect &&
                          type != NavigationTypeFormSubmitted;
    if (!accepted)
        m_refused.append(url.toString());
    return accepted;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type);
    return nullptr;
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                           const QString &message, int line, const QString &source)
{
    Q_UNUSED(level);
    Q_UNUSED(message);
    Q_UNUSED(line);
    Q_UNUSED(source);
}

} // namespace Tilmech
