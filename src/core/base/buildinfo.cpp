#include "base/buildinfo.h"

#include "version.h"

#include <QtGlobal>
#include <cmark-gfm.h>
#include <zip.h>

namespace Tilmech::BuildInfo {

QString tilmechVersion()
{
    return QStringLiteral(TILMECH_VERSION);
}

QString qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString cmarkGfmVersion()
{
    return QString::fromLatin1(cmark_version_string());
}

QString yamlCppVersion()
{
    return QStringLiteral(TILMECH_YAML_CPP_VERSION);
}

QString libzipVersion()
{
    return QString::fromLatin1(zip_libzip_version());
}

} // namespace Tilmech::BuildInfo
