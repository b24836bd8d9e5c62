#pragma once

#include <QCoreApplication>

namespace Tilmech {

class CheckContext;

// Markdown that the live site's renderer (Redcarpet 3.5) turns into something other than
// what the author most likely meant (docs/page-format.md, "Markdown"): a link address with a space
// (M-e), underscores inside words paired into emphasis (M-g), a malformed inline tag passed through
// raw so that the text after it vanishes (M-h, the shapes html-unclosed-tag does not report) and a
// table cut short by a row line without "|" (M-i). The page is read with its template tags masked,
// so offsets are those of the page file. Each block is scanned once, with a work budget per block,
// so hostile text stays linear.
class RedcarpetChecks
{
    Q_DECLARE_TR_FUNCTIONS(RedcarpetChecks)

public:
    // Runs after MarkupChecks: a tag that html-unclosed-tag reports is not reported again.
    static void run(CheckContext &context);
};

} // namespace Tilmech
