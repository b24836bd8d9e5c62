#pragma once

#include "base/diagnostic.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Tilmech {

// Every diagnostic code Tilmech reports, with its area, default severity and a one-line
// description: the source of the SARIF rules and of docs/validator.md (a test keeps the two
// in step). Codes are stable once released.
class DiagnosticCatalog
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticCatalog)

public:
    struct Entry
    {
        QString code;
        QString area;
        Diagnostic::Severity severity;
        QString summary;
    };

    static const QVector<Entry> &entries();
    static const Entry *find(const QString &code);
};

} // namespace Tilmech
