#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Tilmech {

namespace {

const char *const settingsKey = "ui/language";
const QString translationsPrefix = QStringLiteral(":/i18n");

} // namespace

QStringList UiLanguage::available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(translationsPrefix).entryList({QStringLiteral("tilmech_*.qm")}, QDir::Files,
                                                               QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(8, file.size() - 8 - 3));
    return languages;
}

QString UiLanguage::configured()
{
    return QSettings().value(QLatin1String(settingsKey)).toString();
}

void UiLanguage::setConfigured(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(settingsKey));
    else
        settings.setValue(QLatin1String(settingsKey), language);
}

QLocale UiLanguage::localeFor(const QString &language)
{
    const QString chosen = language.isEmpty() ? configured() : language;
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

QString UiLanguage::install(QCoreApplication *app, const QLocale &locale)
{
    auto *own = new QTranslator(app);
    // QTranslator::load tries each of the locale's UI languages in order (ky_KG, ky, …).
    if (!own->load(locale, QStringLiteral("tilmech"), QStringLiteral("_"), translationsPrefix)) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, shortcuts' key names, file dialogs).
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &catalog : {QStringLiteral("qtbase"), QStringLiteral("qtwebengine")}) {
        auto *qt = new QTranslator(app);
        if (qt->load(locale, catalog, QStringLiteral("_"), qtTranslations))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return own->language().isEmpty() ? locale.name().section(QLatin1Char('_'), 0, 0)
                                      : own->language().section(QLatin1Char('_'), 0, 0);
}

QString UiLanguage::nativeName(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    QString name = QLocale(language).nativeLanguageName();
    if (name.isEmpty())
        return language;
    name[0] = name[0].toUpper();
    return name;
}

} // namespace Tilmech
