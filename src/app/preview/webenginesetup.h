#pragma once

#include <QByteArray>

namespace Tilmech {

// Process-wide preparation of Qt WebEngine, before the QApplication exists: the custom
// scheme the preview is served from, and the Chromium sandbox switch needed when running as
// root.
class WebEngineSetup
{
public:
    static void prepare();
    static const QByteArray &scheme();
};

} // namespace Tilmech
