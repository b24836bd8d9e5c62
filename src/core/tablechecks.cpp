#include "tablechecks.h"

#include "checkcontext.h"
#include "pageanalysis.h"
#include "widetablerows.h"

namespace Tilmech {

void TableChecks::run(CheckContext &context)
{
    for (const qsizetype row : context.page->outline().wideTableRows()) {
        context.add(QStringLiteral("table-too-wide"), Diagnostic::Severity::Warning,
                    WideTableRows::message(), row, row);
    }
}

} // namespace Tilmech
