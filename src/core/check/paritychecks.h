#pragma once

#include <QCoreApplication>

namespace Tilmech {

class CheckContext;

// Parity of a translation with its English source, token by token: every tag of the
// translation must equal a tag of the source (helper and arguments) or be on the
// allow-list; source tags missing from the translation, altered copies, and links and
// images of aligned blocks that point elsewhere.
class ParityChecks
{
    Q_DECLARE_TR_FUNCTIONS(ParityChecks)

public:
    static void run(CheckContext &context);
};

} // namespace Tilmech
