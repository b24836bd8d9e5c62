#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Tilmech {

// A change that repairs a finding: the bytes [begin, end) of the file, which read `original`
// when the finding was made, become `text` (an insertion when begin == end). Appliers check
// `original` first, so a fix is never applied to text that changed since.
struct Fix
{
    qsizetype begin = -1;
    qsizetype end = -1;
    QString text;
    QByteArray original;
    bool isValid() const { return begin >= 0 && end >= begin; }
};

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
    Fix fix;          // the repair, when the finding knows it
    // For findings that compare a translation with its English source: where in the source.
    QString sourceFile;
    int sourceLine = 0;
    int sourceColumn = 0;
    // What the finding is about (a tag, a URL), so that a translation's finding can be
    // matched with the same finding in its English source.
    QString key;

    // The repair that writes `text` in place of the finding's own span.
    void setFix(const QString &text) { setFix(begin, end, text); }
    void setFix(qsizetype from, qsizetype to, const QString &text) { fix = {from, to, text, {}}; }

    QString toText() const;
    static QString severityName(Severity severity);
};

using Diagnostics = QVector<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace Tilmech
