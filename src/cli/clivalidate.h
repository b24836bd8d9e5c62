#pragma once

#include "base/diagnostic.h"
#include "check/reportwriter.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>
#include <optional>

namespace Tilmech {

class Project;
class Workspace;
struct PageFile;

// `tilmech-cli validate`: checks pages and locale strings, reports as text, JSON, SARIF or
// JUnit; with --fix, applies the fixes first (--dry-run: shows them). Exit 0 without errors,
// 1 with errors, 2 when it could not run.
class CliValidate
{
    Q_DECLARE_TR_FUNCTIONS(CliValidate)

public:
    static int run(const QStringList &arguments);

private:
    static void listCodes();
    static std::optional<Diagnostic::Severity> minimumSeverity(const QString &name);
    static std::optional<QVector<const PageFile *>>
    filesToCheck(const Project &project, const QStringList &languages, const QStringList &pages);
    static ReportWriter::Report collect(const Workspace &workspace, const QStringList &languages,
                                        const QStringList &catalogs,
                                        const QVector<const PageFile *> &files);
    static int print(ReportWriter::Report report, ReportWriter::Format format,
                     Diagnostic::Severity minimum);
    static bool fix(const Project &project, const Diagnostics &found, bool dryRun,
                    ReportWriter::Format format, int *filesChanged);
};

} // namespace Tilmech
