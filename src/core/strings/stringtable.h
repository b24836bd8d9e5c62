#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Tilmech {

class Catalog;
class Project;

// The locale strings of a language beside English: one row per key of either file, with
// what state the translation is in. Shared by the strings view and `tilmech-cli strings`.
class StringTable
{
    Q_DECLARE_TR_FUNCTIONS(StringTable)

public:
    enum class Status
    {
        Translated,
        Missing,             // in English, not in the language
        Empty,               // present but empty: English is shown
        SameAsEnglish,       // identical to English
        PlaceholderMismatch, // %{name} placeholders differ from English
        MarkupMismatch,      // HTML tags differ from English
        NotInEnglish,        // left over: English no longer has the key
    };

    struct Row
    {
        QByteArray key;
        QByteArray english;
        QByteArray translation;
        bool hasTranslation = false;
        Status status = Status::Missing;
        int line = 0; // in the language's file
        int englishLine = 0;
    };

    static QVector<Row> build(const Catalog &english, const Catalog *translation);
    static Status status(const QByteArray &english, const QByteArray *translation);
    static bool needsWork(Status status);
    static QString statusName(Status status);  // stable, for machines: "missing", …
    static QString statusLabel(Status status); // for people, translated
    // What is wrong with a translation of `english`, for checking as the user types; empty
    // when nothing is.
    static QString problems(const QByteArray &english, const QByteArray &translation);
    static QStringList markup(const QByteArray &value);

    // The pages that use each key through hoc_s (and campaign_date), by logical name.
    static QHash<QByteArray, QStringList> usage(const Project &project);
};

} // namespace Tilmech
