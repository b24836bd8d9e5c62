#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace Tilmech {

// The commands about the program itself: Edit → Preferences (the interface language, used
// from the next start), Help → Keyboard Shortcuts (every command of the window with its keys)
// and Help → About (Tilmech's version and those of the libraries it is built with).
class HelpCommands : public QObject
{
    Q_OBJECT

public:
    HelpCommands(QAction *preferences, QAction *shortcuts, QAction *about, QMainWindow *window);

    // Help → About's text: Tilmech's version and those of Qt, cmark-gfm, yaml-cpp, libzip.
    static QString aboutText();

private:
    void showPreferences();

    QMainWindow *m_window;
};

} // namespace Tilmech
