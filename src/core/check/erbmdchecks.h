#pragma once

#include <QCoreApplication>

namespace Tilmech {

class CheckContext;

// Tags of an .erb.md page that the live site never runs: markdown comes first there, so a
// tag in markdown text is printed as text and a tag in a link address becomes part of the
// address ("%=%20resolve_url(...)%20%"). Only tags inside raw HTML survive to be run
// (ErbAfterMarkdown decides which).
class ErbMdChecks
{
    Q_DECLARE_TR_FUNCTIONS(ErbMdChecks)

public:
    static void run(CheckContext &context);
};

} // namespace Tilmech
