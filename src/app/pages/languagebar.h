#pragma once

#include <QObject>
#include <QStringList>

class QComboBox;
class QToolBar;

namespace Tilmech {

class Project;

// The toolbar's choosers of the language being translated into and of the country the
// preview is rendered for (@country conditionals and site URLs). Choosing a language asks the
// window to switch to it; the window sets what is shown without that echoing back.
class LanguageBar : public QObject
{
    Q_OBJECT

public:
    // Adds "Language: [box] | Country: [box]" at the end of `toolBar`.
    explicit LanguageBar(QToolBar *toolBar, QObject *parent = nullptr);

    // The language to start with on a site: the one last used when the site has it, else
    // Kyrgyz, else the site's first.
    static QString startLanguage(const Project &project, const QString &lastUsed);
    // The site's languages, `current` shown (without languageChosen).
    void setLanguages(const QStringList &languages, const QString &current);
    // Shows `language` (without languageChosen).
    void showLanguage(const QString &language);
    // Chooses `language` as the user would (languageChosen follows).
    void choose(const QString &language);
    // Shows the default country of `language` (without countryChanged).
    void showDefaultCountry(const QString &language);
    QString country() const;

signals:
    void languageChosen(const QString &language);
    void countryChanged();

private:
    QComboBox *m_languageBox;
    QComboBox *m_countryBox;
};

} // namespace Tilmech
