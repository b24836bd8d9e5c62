#include "settings/recentsites.h"

#include "settings/appsettings.h"

#include <QDir>
#include <QMenu>

namespace Tilmech {

namespace {

constexpr int MaxRecentSites = 8;

} // namespace

RecentSites::RecentSites(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu) {}

void RecentSites::refresh()
{
    m_menu->clear();
    const QStringList recent = AppSettings().recentSites();
    for (const QString &path : recent) {
        QAction *action = m_menu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    m_menu->setEnabled(!recent.isEmpty());
}

void RecentSites::add(const QString &root)
{
    AppSettings settings;
    QStringList recent = settings.recentSites();
    recent.removeAll(root);
    recent.prepend(root);
    while (recent.size() > MaxRecentSites)
        recent.removeLast();
    settings.setRecentSites(recent);
    settings.setLastSite(root);
    refresh();
}

} // namespace Tilmech
