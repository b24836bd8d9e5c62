#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Tilmech {

// `tilmech-cli validate`: checks pages and locale strings, reports as text, JSON, SARIF or
// JUnit; exit 0 without errors, 1 with errors, 2 when it could not run.
class CliValidate
{
    Q_DECLARE_TR_FUNCTIONS(CliValidate)

public:
    static int run(const QStringList &arguments);
};

} // namespace Tilmech
