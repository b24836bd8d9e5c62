#include "clifix.h"

#include "base/filereader.h"
#include "base/filewriter.h"
#include "base/linediff.h"
#include "check/fixapplier.h"
#include "cliutil.h"
#include "site/project.h"

#include <QMap>

namespace Tilmech {

namespace {

void say(bool toStdout, const QString &text)
{
    if (toStdout)
        CliUtil::out(text.toUtf8());
    else
        CliUtil::err(text.toUtf8());
}

QString place(const Diagnostic &d)
{
    return QStringLiteral("%1:%2:%3").arg(d.file).arg(d.line).arg(d.column);
}

} // namespace

CliFix::Outcome CliFix::apply(const Project &project, const Diagnostics &diagnostics, bool dryRun,
                              bool toStdout)
{
    QMap<QString, Diagnostics> byFile; // in path order, for a stable report
    for (const Diagnostic &d : diagnostics) {
        if (d.fix.isValid())
            byFile[d.file].append(d);
    }
    Outcome outcome;
    for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
        const PageFile file = project.fileForPath(project.root() + QLatin1Char('/') + it.key());
        QString error;
        const std::optional<QByteArray> bytes =
            file.isValid() ? FileReader::read(file.absolutePath, &error) : std::nullopt;
        if (!bytes) {
            CliUtil::error(tr("cannot fix %1: %2").arg(it.key(), error));
            ++outcome.failures;
            continue;
        }
        const FixApplier::Plan plan = FixApplier::plan(*bytes, it.value());
        for (const FixApplier::Refusal &r : plan.refused)
            say(toStdout, tr("%1: not fixed [%2]: %3\n")
                              .arg(place(r.diagnostic), r.diagnostic.code, r.reason));
        if (plan.edits.isEmpty())
            continue;
        const QByteArray fixed = FixApplier::apply(*bytes, plan.edits);
        if (dryRun) {
            say(toStdout,
                LineDiff::patch(it.key(), QString::fromUtf8(*bytes), QString::fromUtf8(fixed)));
        } else if (!FileWriter::save(file.absolutePath, fixed, &error)) {
            CliUtil::error(tr("cannot write %1: %2").arg(it.key(), error));
            ++outcome.failures;
            continue;
        }
        for (const Diagnostic &d : plan.applied)
            say(toStdout, (dryRun ? tr("%1: would fix [%2]: %3\n") : tr("%1: fixed [%2]: %3\n"))
                              .arg(place(d), d.code, FixApplier::describe(d)));
        ++outcome.filesChanged;
        outcome.fixesApplied += int(plan.applied.size());
    }
    return outcome;
}

} // namespace Tilmech
