#pragma once

#include "base/diagnostic.h"

#include <QCoreApplication>
#include <QVector>

namespace Tilmech {

// Applies the fixes findings carry (Diagnostic::fix) to the text they were found in: the
// window's "Fix" and "Fix all of this kind", and `tilmech-cli validate --fix`. A fix is
// applied only where the text still reads what the finding saw; fixes that overlap one
// taken before them wait for the next round (validate again, and they are found anew).
class FixApplier
{
    Q_DECLARE_TR_FUNCTIONS(FixApplier)

public:
    struct Edit
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        QByteArray text;
    };
    struct Refusal
    {
        Diagnostic diagnostic;
        QString reason;
    };
    struct Plan
    {
        QVector<Edit> edits; // in text order, none overlapping
        Diagnostics applied; // the findings the edits repair
        QVector<Refusal> refused;
    };

    // The edits that repair `diagnostics` (those without a fix are left out) in `text`.
    static Plan plan(const QByteArray &text, const Diagnostics &diagnostics);
    static QByteArray apply(const QByteArray &text, const QVector<Edit> &edits);
    // "Write X" / "Remove X": what a fix does, for menus and reports.
    static QString describe(const Diagnostic &diagnostic);
};

} // namespace Tilmech
