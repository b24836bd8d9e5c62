// tilmech: the desktop program.

#include "base/uilanguage.h"
#include "mainwindow.h"
#include "preview/previewview.h"
#include "preview/webenginesetup.h"
#include "settings/appsettings.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>
#include <QTimer>

int main(int argc, char *argv[])
{
    Tilmech::WebEngineSetup::prepare();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tilmech"));
    QApplication::setOrganizationName(QStringLiteral("Tilmech"));
    QApplication::setApplicationVersion(QStringLiteral(TILMECH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.tilmech.Tilmech"));

    // The interface language comes first, so that --help is translated too: --language,
    // else Preferences, else the system's.
    QString language;
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--language") && i + 1 < arguments.size())
            language = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--language=")))
            language = arguments[i].mid(11);
    }
    Tilmech::UiLanguage::install(&app, Tilmech::UiLanguage::localeFor(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Translate and review localized markdown web pages."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption readyOption(
        QStringLiteral("ready-file"),
        QApplication::translate("main", "Write FILE once the first preview is shown."),
        QApplication::translate("main", "FILE"));
    parser.addOption(readyOption);
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QApplication::translate("main", "Start in the pages or the strings view."),
        QStringLiteral("pages|strings"), QStringLiteral("pages"));
    parser.addOption(viewOption);
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "The language of the interface for this run (en, ky, ru)."),
        QApplication::translate("main", "LANG"));
    parser.addOption(languageOption);
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("main", "Open this page of the site (for example how-to/index)."),
        QApplication::translate("main", "PAGE"));
    parser.addOption(pageOption);
    parser.addPositionalArgument(QApplication::translate("main", "SITE"),
                                 QApplication::translate("main", "The site folder to open."),
                                 QApplication::translate("main", "[SITE]"));
    parser.process(app);

    Tilmech::MainWindow window;
    const QString readyFile = parser.value(readyOption);
    if (!readyFile.isEmpty()) {
        QObject::connect(&window, &Tilmech::MainWindow::previewUpdated, &window, [readyFile] {
            QFile file(readyFile);
            if (!file.exists() && file.open(QIODevice::WriteOnly))
                file.write("ready\n");
        });
    }
    window.show();
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty()) {
        window.openSite(args.first());
    } else {
        const QString last = Tilmech::AppSettings().lastSite();
        if (!last.isEmpty() && QFileInfo(last).isDir())
            window.openSite(last);
    }
    if (parser.isSet(pageOption) && !window.openPage(parser.value(pageOption)))
        window.statusBar()->showMessage(QApplication::translate("main", "The site has no page “%1”")
                                            .arg(parser.value(pageOption)));
    if (parser.value(viewOption) == QLatin1String("strings"))
        window.showStrings();
    return app.exec();
}
