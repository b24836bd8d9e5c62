#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Tilmech {

// `tilmech-cli export`: the HTML bundle of one or more languages, with manifest and zip.
class CliExport
{
    Q_DECLARE_TR_FUNCTIONS(CliExport)

public:
    static int run(const QStringList &arguments);
};

} // namespace Tilmech
