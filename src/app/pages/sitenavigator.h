#pragma once

#include "base/diagnostic.h"

#include <QObject>
#include <QUrl>
#include <functional>

namespace Tilmech {

class PageEditors;
class PageSession;
class Workspace;

// Takes the user where a finding or a link points. A finding opens its page (in the language
// of its file, switching to it when needed) with its span selected, or shows its string in
// the strings view; a link of the preview opens the site's page it names, and any other link
// goes to the browser (or to the handler set for tests).
class SiteNavigator : public QObject
{
    Q_OBJECT

public:
    // `workspace` and `language` are the window's, which outlive the navigator.
    SiteNavigator(const Workspace &workspace, const QString &language, PageEditors *editors,
                  QObject *parent = nullptr);

    // `open` is the page open now.
    void showFinding(const Diagnostic &diagnostic, const PageSession *open);
    // A link of the preview: its page opened (`openPage` is the one open now), then its
    // #anchor scrolled to.
    void followLink(const QUrl &url, const QString &country, const QString &openPage);
    void setExternalLinkHandler(std::function<void(const QUrl &)> handler);

signals:
    // The window switches language or opens a page before these return.
    void languageWanted(const QString &language);
    void pageWanted(const QString &page);
    void anchorWanted(const QString &anchor);
    void stringWanted(const QByteArray &key);
    void statusMessage(const QString &message, int timeout);

private:
    const Workspace &m_workspace;
    const QString &m_language;
    PageEditors *m_editors;
    std::function<void(const QUrl &)> m_externalLinks;
};

} // namespace Tilmech
