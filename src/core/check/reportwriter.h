#pragma once

#include "base/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace Tilmech {

// Writes findings for people and machines: text (`file:line:col: severity: message [CODE]`,
// the form editors and CI logs read), JSON, SARIF 2.1.0 (code scanning) and JUnit XML (CI
// test views: one test case per checked file, failed when the file has errors).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Format
    {
        Text,
        Json,
        Sarif,
        Junit
    };

    struct CheckedFile
    {
        QString file; // as in Diagnostic::file
        QString language;
    };

    struct Report
    {
        QString siteRoot; // absolute path of the site folder
        QStringList languages;
        QVector<CheckedFile> files;
        Diagnostics diagnostics;
    };

    static std::optional<Format> parseFormat(const QString &name);
    static QByteArray write(Format format, const Report &report);
    static QString summary(const Report &report);

private:
    static QByteArray text(const Report &report);
    static QByteArray json(const Report &report);
    static QByteArray sarif(const Report &report);
    static QByteArray junit(const Report &report);
};

} // namespace Tilmech
