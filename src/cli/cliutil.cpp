#include "cliutil.h"

#include "site/project.h"

#include <cstdio>

namespace Tilmech {

void CliUtil::error(const QString &message)
{
    const QByteArray text = QStringLiteral("tilmech-cli: error: %1\n").arg(message).toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
}

void CliUtil::warning(const QString &message)
{
    const QByteArray text = QStringLiteral("tilmech-cli: warning: %1\n").arg(message).toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
}

void CliUtil::out(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliUtil::err(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

std::optional<int> CliUtil::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        error(parser.errorText());
        return CannotRun;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText().toUtf8());
        return Success;
    }
    return std::nullopt;
}

Workspace CliUtil::openSite(const QString &path, const QString &country)
{
    if (path.isEmpty()) {
        error(tr("no site folder given: add --site DIR"));
        return {};
    }
    QString message;
    Workspace workspace = Workspace::open(path, &message, country);
    if (!workspace.isOpen())
        error(message);
    return workspace;
}

std::optional<QStringList> CliUtil::languages(const Project &project, const QString &value,
                                              bool several)
{
    if (several && value == QLatin1String("all"))
        return project.languages();
    const QStringList languages =
        several ? value.split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList{value};
    for (const QString &language : languages) {
        if (language != QLatin1String("en") && !project.languages().contains(language)) {
            error(tr("the site has no language \"%1\"; it has: %2")
                      .arg(language, project.languages().join(QLatin1String(", "))));
            return std::nullopt;
        }
    }
    return languages;
}

} // namespace Tilmech
