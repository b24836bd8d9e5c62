#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Tilmech {

class CheckContext;

// Content of a translation against its English source, block by aligned block: blocks left
// untranslated (the 'same as source' kind), numbers that differ, words that mix Latin and
// Cyrillic letters (homoglyphs), and doubled or trailing spaces the translator added.
class ContentChecks
{
    Q_DECLARE_TR_FUNCTIONS(ContentChecks)

public:
    static void run(CheckContext &context);
    // Words mixing Latin and Cyrillic letters.
    static QStringList mixedScriptWords(const QString &text);
    // The numbers (digit runs) of a text, sorted.
    static QStringList numbers(const QString &text);
    // The word with its look-alike letters retyped in its main alphabet (the one most of its
    // letters are in, Cyrillic on a tie); empty when a letter has no look-alike.
    static QString inOneScript(const QString &word);

private:
    static void reportHomoglyphs(CheckContext &c, const QString &text, const QString &sourceText,
                                 qsizetype begin, qsizetype end, qsizetype sourceBegin);
};

} // namespace Tilmech
