#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

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
    static std::shared_ptr<const Project> openSite(const QString &path);
};

} // namespace Tilmech
