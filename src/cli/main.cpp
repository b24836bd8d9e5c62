// tilmech-cli: the command-line face of Tilmech, for scripts and CI.

#include "base/buildinfo.h"
#include "base/uilanguage.h"
#include "cliexport.h"
#include "clirender.h"
#include "clistrings.h"
#include "cliutil.h"
#include "clivalidate.h"

#include <QCoreApplication>

using namespace Tilmech;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "main", "Usage: tilmech-cli COMMAND [OPTIONS]\n"
                "\n"
                "Commands:\n"
                "  render    Render pages of a site to HTML\n"
                "  validate  Check pages and locale strings of a site\n"
                "  strings   List or set the locale strings of a language\n"
                "  export    Export pages as an HTML bundle (folder, manifest, zip)\n"
                "\n"
                "Run \"tilmech-cli COMMAND --help\" for the options of a command.\n"
                "Options:\n"
                "  -h, --help     Show this help\n"
                "  -v, --version  Show the version\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tilmech-cli"));
    QCoreApplication::setApplicationVersion(BuildInfo::tilmechVersion());
    // Messages follow the system's language, as other command-line programs do
    // (LC_ALL=C keeps them English); reports in JSON, SARIF and JUnit keep their English keys.
    UiLanguage::install(&app, QLocale::system());

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        CliUtil::error(QCoreApplication::translate("main", "no command given"));
        CliUtil::err(usage().toUtf8());
        return CliUtil::CannotRun;
    }
    const QString command = arguments.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        CliUtil::out(usage().toUtf8());
        return CliUtil::Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        CliUtil::out(QStringLiteral("tilmech-cli %1\n").arg(BuildInfo::tilmechVersion()).toUtf8());
        CliUtil::out(
            QCoreApplication::translate("main", "Qt %1, cmark-gfm %2, yaml-cpp %3, libzip %4\n")
                .arg(BuildInfo::qtVersion(), BuildInfo::cmarkGfmVersion(),
                     BuildInfo::yamlCppVersion(), BuildInfo::libzipVersion())
                .toUtf8());
        return CliUtil::Success;
    }
    // The subcommand sees itself as the program name.
    arguments.removeAt(1);
    arguments[0] = QStringLiteral("tilmech-cli ") + command;
    if (command == QLatin1String("render"))
        return CliRender::run(arguments);
    if (command == QLatin1String("validate"))
        return CliValidate::run(arguments);
    if (command == QLatin1String("strings")) {
        // The bytes as given too: a value that is not UTF-8 is refused, not stored as U+FFFD.
        QByteArrayList raw;
        for (int i = 2; i < argc; ++i)
            raw.append(QByteArray(argv[i]));
        return CliStrings::run(arguments, raw);
    }
    if (command == QLatin1String("export"))
        return CliExport::run(arguments);

    CliUtil::error(QCoreApplication::translate("main", "unknown command \"%1\"").arg(command));
    CliUtil::err(usage().toUtf8());
    return CliUtil::CannotRun;
}
