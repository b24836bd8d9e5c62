#pragma once

#include <QLocale>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

class QCoreApplication;

namespace Tilmech {

// The language of Tilmech's own interface: the system's (the locale of the environment,
// LANGUAGE / LC_ALL / LC_MESSAGES / LANG) unless Preferences names one. install() loads
// Tilmech's translation for it, built into the program, and Qt's own translations of the
// same language where the system has them (Debian: qt6-translations-l10n).
class UiLanguage
{
public:
    // The languages Tilmech's interface is written in: "en" and one per built-in
    // translation ("ky", "ru").
    static QStringList available();
    // The language chosen in Preferences, or empty for the system's.
    static QString configured();
    static void setConfigured(const QString &language);
    // The locale the interface follows for `language` ("" for the configured one, and then
    // the system's).
    static QLocale localeFor(const QString &language = QString());
    // Loads Tilmech's translation for `locale` into the application, and Qt's own where the
    // system has them; returns the language whose translation was loaded, or "en" when the
    // interface stays English. The desktop program passes localeFor(its --language option),
    // tilmech-cli the system's locale (LC_ALL=C keeps it English).
    static QString install(QCoreApplication *app, const QLocale &locale);
    // The name of a language in itself, for the language chooser ("Кыргызча").
    static QString nativeName(const QString &language);
    // Qt's own words that Tilmech's translations carry too (context, text), for languages
    // Debian has no Qt translation of: standard dialog buttons, text fields' context menus.
    static QVector<QPair<const char *, const char *>> qtWords();
};

} // namespace Tilmech
