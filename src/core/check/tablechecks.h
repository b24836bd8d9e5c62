#pragma once

namespace Tilmech {

class CheckContext;

// Tables of one page too wide for Tilmech to render as tables (WideTableRows): reported on
// the first row of each, as the outline found them.
class TableChecks
{
public:
    static void run(CheckContext &context);
};

} // namespace Tilmech
