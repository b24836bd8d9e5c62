#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Tilmech {

// Edit → Preferences: the language of the interface (the system's, or one Tilmech is
// translated into), kept in the settings and used from the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The language chosen in the dialog: "" for the system's, else "en", "ky", "ru"…
    QString chosenLanguage() const;
    // Stores the choice; true when it differs from what was stored before.
    bool apply();

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace Tilmech
