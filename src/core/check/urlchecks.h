#pragma once

#include <QCoreApplication>

namespace Tilmech {

class CheckContext;

// URL checks: resolve_url/hoc_uri targets and {{ urls/… }} includes resolved against the
// site's pages and assets, #fragments against the anchors of the target page as rendered,
// absolute URLs given to resolve_url, malformed URLs and mailto addresses, "[text] (url)"
// links broken by a space, and site-relative links written without resolve_url. Nothing is
// fetched from the network.
class UrlChecks
{
    Q_DECLARE_TR_FUNCTIONS(UrlChecks)

public:
    static void run(CheckContext &context);
};

} // namespace Tilmech
