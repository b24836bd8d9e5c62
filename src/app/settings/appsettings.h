#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Tilmech {

// The one place that knows the keys and types of everything the desktop program keeps
// between runs (window layout, recent and last sites, the language and page last open, the
// preview mode, export destinations, the interface language). The rest of the program asks
// it through typed getters and setters, so a key is spelt once and never read as the wrong
// type. Values live in the platform's QSettings store of the application.
class AppSettings
{
public:
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    // The panes the user hid (PaneLayout's names), and whether review mode was on.
    QStringList hiddenPanes() const;
    void setHiddenPanes(const QStringList &panes);
    bool reviewMode() const;
    void setReviewMode(bool on);

    // The index of the preview mode (PreviewView::Mode); 0 when never chosen.
    int previewMode() const;
    void setPreviewMode(int mode);

    // Site folders opened before, the newest first.
    QStringList recentSites() const;
    void setRecentSites(const QStringList &sites);
    // The site open when Tilmech last closed, and its language and page.
    QString lastSite() const;
    void setLastSite(const QString &root);
    QString siteLanguage() const;
    void setSiteLanguage(const QString &language);
    QString sitePage() const;
    void setSitePage(const QString &page);

    // Where the site at `siteRoot` was last exported to, and its zip file (empty: none).
    QString exportDestination(const QString &siteRoot, const QString &fallback) const;
    void setExportDestination(const QString &siteRoot, const QString &destination);
    QString exportZip(const QString &siteRoot) const;
    void setExportZip(const QString &siteRoot, const QString &zipFile);

    // The interface language chosen in Preferences ("" for the system's); used from the next
    // start.
    QString interfaceLanguage() const;
    void setInterfaceLanguage(const QString &language);

private:
    static QString exportKey(const QString &siteRoot);
};

} // namespace Tilmech
