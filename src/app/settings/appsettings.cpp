#include "settings/appsettings.h"

#include "base/uilanguage.h"

#include <QSettings>

namespace Tilmech {

namespace {

const QString WindowGeometry = QStringLiteral("window/geometry");
const QString WindowState = QStringLiteral("window/state");
const QString WindowSplitter = QStringLiteral("window/splitter");
const QString PreviewMode = QStringLiteral("preview/mode");
const QString HiddenPanes = QStringLiteral("window/hiddenPanes");
const QString ReviewMode = QStringLiteral("window/review");
const QString SiteRecent = QStringLiteral("site/recent");
const QString SiteLast = QStringLiteral("site/last");
const QString SiteLanguage = QStringLiteral("site/language");
const QString SitePage = QStringLiteral("site/page");

} // namespace

QByteArray AppSettings::windowGeometry() const
{
    return QSettings().value(WindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(WindowGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return QSettings().value(WindowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(WindowState, state);
}

QByteArray AppSettings::splitterState() const
{
    return QSettings().value(WindowSplitter).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    QSettings().setValue(WindowSplitter, state);
}

int AppSettings::previewMode() const
{
    return QSettings().value(PreviewMode, 0).toInt();
}

void AppSettings::setPreviewMode(int mode)
{
    QSettings().setValue(PreviewMode, mode);
}

QStringList AppSettings::recentSites() const
{
    return QSettings().value(SiteRecent).toStringList();
}

void AppSettings::setRecentSites(const QStringList &sites)
{
    QSettings().setValue(SiteRecent, sites);
}

QString AppSettings::lastSite() const
{
    return QSettings().value(SiteLast).toString();
}

void AppSettings::setLastSite(const QString &root)
{
    QSettings().setValue(SiteLast, root);
}

QString AppSettings::siteLanguage() const
{
    return QSettings().value(SiteLanguage).toString();
}

void AppSettings::setSiteLanguage(const QString &language)
{
    QSettings().setValue(SiteLanguage, language);
}

QString AppSettings::sitePage() const
{
    return QSettings().value(SitePage).toString();
}

void AppSettings::setSitePage(const QString &page)
{
    QSettings().setValue(SitePage, page);
}

QString AppSettings::exportKey(const QString &siteRoot)
{
    // One entry per site folder: '/' would make a settings group of every path part.
    QString key = siteRoot;
    key.replace(QLatin1Char('/'), QLatin1Char('|'));
    return QStringLiteral("export/") + key;
}

QString AppSettings::exportDestination(const QString &siteRoot, const QString &fallback) const
{
    return QSettings()
        .value(exportKey(siteRoot) + QStringLiteral("/destination"), fallback)
        .toString();
}

void AppSettings::setExportDestination(const QString &siteRoot, const QString &destination)
{
    QSettings().setValue(exportKey(siteRoot) + QStringLiteral("/destination"), destination);
}

QString AppSettings::exportZip(const QString &siteRoot) const
{
    return QSettings().value(exportKey(siteRoot) + QStringLiteral("/zip")).toString();
}

void AppSettings::setExportZip(const QString &siteRoot, const QString &zipFile)
{
    QSettings().setValue(exportKey(siteRoot) + QStringLiteral("/zip"), zipFile);
}

QString AppSettings::interfaceLanguage() const
{
    // The core reads it at start-up (UiLanguage::install), before any window exists.
    return UiLanguage::configured();
}

void AppSettings::setInterfaceLanguage(const QString &language)
{
    UiLanguage::setConfigured(language);
}

QStringList AppSettings::hiddenPanes() const
{
    return QSettings().value(HiddenPanes).toStringList();
}

void AppSettings::setHiddenPanes(const QStringList &panes)
{
    QSettings().setValue(HiddenPanes, panes);
}

bool AppSettings::reviewMode() const
{
    return QSettings().value(ReviewMode, false).toBool();
}

void AppSettings::setReviewMode(bool on)
{
    QSettings().setValue(ReviewMode, on);
}

} // namespace Tilmech
