#include "settings/preferencesdialog.h"

#include "base/uilanguage.h"
#include "settings/appsettings.h"
#include "ui_preferencesdialog.h"

#include <QPushButton>

namespace Tilmech {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    const QLocale system = QLocale::system();
    const QString systemName = system.nativeLanguageName();
    m_ui->languageBox->addItem(systemName.isEmpty() ? tr("System language")
                                                    : tr("System language (%1)").arg(systemName),
                               QString());
    for (const QString &language : UiLanguage::available())
        m_ui->languageBox->addItem(UiLanguage::nativeName(language), language);
    const int current = m_ui->languageBox->findData(AppSettings().interfaceLanguage());
    m_ui->languageBox->setCurrentIndex(current < 0 ? 0 : current);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::chosenLanguage() const
{
    return m_ui->languageBox->currentData().toString();
}

bool PreferencesDialog::apply()
{
    const QString before = AppSettings().interfaceLanguage();
    AppSettings().setInterfaceLanguage(chosenLanguage());
    return before != chosenLanguage();
}

} // namespace Tilmech
