#pragma once

#include <QString>

namespace Tilmech {

// The versions of Tilmech and of the libraries it runs with, for Help → About and
// `tilmech-cli --version`. Qt, cmark-gfm and libzip report their own version at run time;
// yaml-cpp has no such call, so its version is the one Tilmech was built against.
namespace BuildInfo {

QString tilmechVersion();
QString qtVersion();
QString cmarkGfmVersion();
QString yamlCppVersion();
QString libzipVersion();

} // namespace BuildInfo
} // namespace Tilmech
