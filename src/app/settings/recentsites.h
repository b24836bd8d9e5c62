#pragma once

#include <QObject>

class QMenu;

namespace Tilmech {

// File → Recent: the site folders opened before, newest first, kept in AppSettings. Choosing
// one asks for it to be opened; the window opens it and reports it back with add().
class RecentSites : public QObject
{
    Q_OBJECT

public:
    explicit RecentSites(QMenu *menu, QObject *parent = nullptr);

    // Puts `root` first in the list (and makes it the last site opened).
    void add(const QString &root);
    // Fills the menu from the settings.
    void refresh();

signals:
    void openRequested(const QString &root);

private:
    QMenu *m_menu;
};

} // namespace Tilmech
