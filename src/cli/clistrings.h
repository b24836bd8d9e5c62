#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Tilmech {

// `tilmech-cli strings`: lists the locale strings of a language with their state, or sets
// values with the minimal-diff writer.
class CliStrings
{
    Q_DECLARE_TR_FUNCTIONS(CliStrings)

public:
    static int run(const QStringList &arguments);
};

} // namespace Tilmech
