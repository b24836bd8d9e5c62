#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

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
};

} // namespace Tilmech
