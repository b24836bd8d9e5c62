#pragma once

#include <QString>
#include <QVector>

namespace Tilmech {

// One finding about a file: what is wrong, where, and how bad. Shared by the document
// loader, the catalog, the renderer and the validator, and printed by the CLI as
// `file:line:col: severity: message [CODE]`.
struct Diagnostic
{
    enum class Severity
    {
        Info,
        Warning,
        Error
    };

    Severity severity = Severity::Error;
    QString code;         // stable identifier, e.g. "file-invalid-utf8"
    QString message;      // what is wrong and what to do
    QString file;         // path as the user named it
    int line = 0;         // 1-based, 0 when the whole file is meant
    int column = 0;       // 1-based, in characters (code points), as editors count
    qsizetype begin = -1; // byte span in the file, -1 when unknown
    qsizetype end = -1;
    QString language; // language of the checked page, empty for site-wide findings
    QString fix;      // suggested replacement text for [begin, end), if any
    // For findings that compare a translation with its English source: where in the source.
    QString sourceFile;
    int sourceLine = 0;
    int sourceColumn = 0;
    // What the finding is about (a tag, a URL), so that a translation's finding can be
    // matched with the same finding in its English source.
    QString key;

    QString toText() const;
    static QString severityName(Severity severity);
};

using Diagnostics = QVector<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace Tilmech
