#pragma once

#include <QStringList>
#include <QUrl>
#include <QWebEnginePage>

namespace Tilmech {

// The web page of the preview: loads nothing but the preview shell, opens no windows and
// follows no link itself. A clicked link is handed to Tilmech (linkActivated), which opens
// pages of the site itself and other links in the system browser; javascript: links and
// navigations the page starts on its own (refreshes, form posts) are dropped.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT

public:
    PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // Navigations the page tried on its own and was refused (frames, refreshes, form posts),
    // for tests and tools.
    QStringList refusedNavigations() const { return m_refused; }

signals:
    void linkActivated(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int line, const QString &source) override;

private:
    QStringList m_refused;
};

} // namespace Tilmech
