#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Tilmech {

// `tilmech-cli render`: renders pages to HTML, one page to stdout or several to --out DIR.
class CliRender
{
    Q_DECLARE_TR_FUNCTIONS(CliRender)

public:
    static int run(const QStringList &arguments);
};

} // namespace Tilmech
