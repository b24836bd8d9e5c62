// tilmech: the desktop program.

#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QtGlobal>

#include <unistd.h>

int main(int argc, char *argv[])
{
    // Chromium refuses to start as root with its sandbox on; the preview never runs page
    // scripts, so running it without the sandbox is the documented way here.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tilmech"));
    QApplication::setOrganizationName(QStringLiteral("Tilmech"));
    QApplication::setApplicationVersion(QStringLiteral(TILMECH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Translate and review localized markdown web pages."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("SITE"),
                                 QApplication::translate("main", "The site folder to open."));
    parser.process(app);

    Tilmech::MainWindow window;
    window.show();
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty())
        window.openSite(args.first());
    return app.exec();
}
