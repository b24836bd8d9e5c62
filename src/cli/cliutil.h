#pragma once

#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace Tilmech {

class Project;

// What the subcommands of tilmech-cli share: exit codes, messages on stderr, and opening the
// site named by --site.
class CliUtil
{
    Q_DECLARE_TR_FUNCTIONS(CliUtil)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        CannotRun = 2
    };

    static void error(const QString &message);
    static void warning(const QString &message);
    static void out(const QByteArray &bytes);
    static void err(const QByteArray &bytes);
    // Reads the command line; an exit code when the command stops here (a wrong option,
    // said on stderr; --help, printed).
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);
    static Workspace openSite(const QString &path, const QString &country = {});
    // The languages of a --lang value: one code, or with `several` a list (ky,ru) or "all"
    // (the site's translations). Each must be en or one of the site's; otherwise the error
    // is printed and nothing returned.
    static std::optional<QStringList> languages(const Project &project, const QString &value,
                                                bool several);
};

} // namespace Tilmech
