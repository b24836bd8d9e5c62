#pragma once

#include "base/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Tilmech {

// Files of the folders a bundle is made from whose names a bundle cannot hold: names that
// are not valid UTF-8 (Qt's folder listing leaves them out, so the site's index never sees
// them) and names with a backslash (which links and zips read as a folder separator). Each
// is reported once as a warning, a folder for everything under it, rather than going missing
// from the bundle without a word.
class UnexportableNames
{
    Q_DECLARE_TR_FUNCTIONS(UnexportableNames)

public:
    // The findings for public/ and i18n/public/<language>/ of each of `languages` under the
    // site folder `siteRoot`. Symbolic links are not followed, as the site's index does not.
    static Diagnostics find(const QString &siteRoot, const QStringList &languages);

    // A file name as people can read it: valid UTF-8 as text, other bytes as \xNN.
    static QString readable(const QByteArray &name);
};

} // namespace Tilmech
