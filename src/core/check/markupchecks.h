#pragma once

#include <QCoreApplication>

namespace Tilmech {

class CheckContext;

// HTML written in a page: tags whose attribute quote or closing '>' was lost, tags split
// after their '<', and elements opened and never closed.
class MarkupChecks
{
    Q_DECLARE_TR_FUNCTIONS(MarkupChecks)

public:
    static void run(CheckContext &context);
};

} // namespace Tilmech
