#pragma once

#include <QByteArrayList>
#include <QCoreApplication>
#include <QStringList>

namespace Tilmech {

// `tilmech-cli strings`: lists the locale strings of a language with their state, or sets
// values with the minimal-diff writer.
class CliStrings
{
    Q_DECLARE_TR_FUNCTIONS(CliStrings)

public:
    // `raw` holds the arguments after the command as the bytes given, to refuse a value that
    // is not UTF-8 (the decoded `arguments` hold U+FFFD in its place).
    static int run(const QStringList &arguments, const QByteArrayList &raw);
};

} // namespace Tilmech
