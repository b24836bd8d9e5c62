#include "check/tablechecks.h"

#include "analysis/pageanalysis.h"
#include "check/checkcontext.h"
#include "markdown/widetablerows.h"

namespace Tilmech {

void TableChecks::run(CheckContext &context)
{
    for (const qsizetype row : context.page->outline().wideTableRows()) {
        context.add(QStringLiteral("table-too-wide"), Diagnostic::Severity::Warning,
                    WideTableRows::message(), row, row);
    }
}

} // namespace Tilmech
