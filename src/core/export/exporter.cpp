#include "export/exporter.h"

#include "base/taskrun.h"
#include "export/exportrun.h"

namespace Tilmech {

Exporter::Exporter(std::shared_ptr<const Project> project, std::shared_ptr<const Renderer> renderer,
                   std::shared_ptr<const Validator> validator)
    : m_parts{std::move(project), std::move(renderer), std::move(validator)}
{
}

void Exporter::run(QPromise<Result> &promise, const Options &options) const
{
    const Result result = ExportRun(m_parts, options, promise).run();
    // A cancelled future takes no result; whoever cancelled reads cancelledResult().
    promise.addResult(result);
}

Exporter::Result Exporter::run(const Options &options) const
{
    return TaskRun::waitFor<Result>([&](QPromise<Result> &promise) { run(promise, options); })
        .value_or(cancelledResult());
}

Exporter::Result Exporter::cancelledResult()
{
    Result result;
    result.cancelled = true;
    result.error = tr("The export was cancelled; the destination was left as it was.");
    return result;
}

QString Exporter::outputPath(const QString &language, const QString &page)
{
    return language + QLatin1Char('/') + page + QStringLiteral(".html");
}

QString Exporter::relativePath(const QString &from, const QString &target)
{
    QStringList fromDir = from.split(QLatin1Char('/'));
    fromDir.removeLast();
    const QStringList to = target.split(QLatin1Char('/'));
    int common = 0;
    while (common < fromDir.size() && common < to.size() - 1 && fromDir[common] == to[common])
        ++common;
    QStringList parts;
    for (int i = common; i < fromDir.size(); ++i)
        parts << QStringLiteral("..");
    for (int i = common; i < to.size(); ++i)
        parts << to[i];
    return parts.join(QLatin1Char('/'));
}

} // namespace Tilmech
