#include "pages/languagebar.h"

#include "render/renderer.h"
#include "site/project.h"

#include <QComboBox>
#include <QLabel>
#include <QToolBar>

namespace Tilmech {

LanguageBar::LanguageBar(QToolBar *toolBar, QObject *parent)
    : QObject(parent), m_languageBox(new QComboBox(toolBar)), m_countryBox(new QComboBox(toolBar))
{
    m_languageBox->setToolTip(tr("The language being translated into"));
    m_countryBox->setEditable(true);
    m_countryBox->setToolTip(tr("The country for @country conditionals and site URLs"));
    m_countryBox->addItems({QStringLiteral("kg"), QStringLiteral("kz"), QStringLiteral("ru"),
                            QStringLiteral("us"), QStringLiteral("uk"), QStringLiteral("ca"),
                            QStringLiteral("au"), QStringLiteral("in")});
    toolBar->addWidget(new QLabel(tr("Language: "), toolBar));
    toolBar->addWidget(m_languageBox);
    toolBar->addSeparator();
    toolBar->addWidget(new QLabel(tr("Country: "), toolBar));
    toolBar->addWidget(m_countryBox);
    connect(m_languageBox, &QComboBox::currentTextChanged, this, &LanguageBar::languageChosen);
    connect(m_countryBox, &QComboBox::currentTextChanged, this, &LanguageBar::countryChanged);
}

QString LanguageBar::startLanguage(const Project &project, const QString &lastUsed)
{
    if (project.languages().contains(lastUsed))
        return lastUsed;
    return project.languages().contains(QStringLiteral("ky"))
               ? QStringLiteral("ky")
               : project.languages().value(0, QStringLiteral("en"));
}

void LanguageBar::setLanguages(const QStringList &languages, const QString &current)
{
    const QSignalBlocker blocker(m_languageBox);
    m_languageBox->clear();
    m_languageBox->addItems(languages);
    m_languageBox->setCurrentText(current);
}

void LanguageBar::showLanguage(const QString &language)
{
    const QSignalBlocker blocker(m_languageBox);
    m_languageBox->setCurrentText(language);
}

void LanguageBar::choose(const QString &language)
{
    m_languageBox->setCurrentText(language);
}

void LanguageBar::showDefaultCountry(const QString &language)
{
    const QSignalBlocker blocker(m_countryBox);
    m_countryBox->setCurrentText(QString::fromUtf8(Renderer::defaultCountry(language)));
}

QString LanguageBar::country() const
{
    return m_countryBox->currentText();
}

} // namespace Tilmech
