#include "settings/helpcommands.h"

#include "base/buildinfo.h"
#include "settings/preferencesdialog.h"
#include "settings/shortcutsdialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace Tilmech {

HelpCommands::HelpCommands(QAction *preferences, QAction *shortcuts, QAction *about,
                           QMainWindow *window)
    : QObject(window), m_window(window)
{
    // The platform's Preferences key where it has one (X11 has none): else Ctrl+,.
    preferences->setShortcut(
        QKeySequence::keyBindings(QKeySequence::Preferences).value(0, QKeySequence(tr("Ctrl+,"))));
    connect(preferences, &QAction::triggered, this, &HelpCommands::showPreferences);
    connect(shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(m_window, m_window);
        dialog.exec();
    });
    connect(about, &QAction::triggered, this,
            [this] { QMessageBox::about(m_window, tr("About Tilmech"), aboutText()); });
}

QString HelpCommands::aboutText()
{
    return tr("<h3>Tilmech %1</h3>"
              "<p>Translate and review localized markdown web pages, with the English page "
              "beside the translation and a live preview.</p>"
              "<p>Built with Qt %2, cmark-gfm %3, yaml-cpp %4 and libzip %5.</p>")
        .arg(BuildInfo::tilmechVersion(), BuildInfo::qtVersion(), BuildInfo::cmarkGfmVersion(),
             BuildInfo::yamlCppVersion(), BuildInfo::libzipVersion());
}

void HelpCommands::showPreferences()
{
    PreferencesDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.apply()) {
        m_window->statusBar()->showMessage(
            tr("The new interface language takes effect the next time Tilmech starts."), 10000);
    }
}

} // namespace Tilmech
