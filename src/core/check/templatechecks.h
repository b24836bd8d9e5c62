#pragma once

#include <QCoreApplication>

namespace Tilmech {

class CheckContext;

// The template checks of one page: unterminated and stray delimiters, unbalanced control
// flow, unknown helpers and wrong arguments, includes and views naming no partial, tags
// inactive in this kind of file, and tags mangled in translation (typographic quotes, a
// lost '<', spaces inside a helper name, full-width percent signs), each with the exact tag
// to write instead; and views and includes that expand past the renderer's limit.
class TemplateChecks
{
    Q_DECLARE_TR_FUNCTIONS(TemplateChecks)

public:
    static void run(CheckContext &context);

private:
    static void expansionLimit(CheckContext &context);
};

} // namespace Tilmech
