#pragma once

#include <QCoreApplication>
#include <QString>

namespace Tilmech {

// Where an export may write: the one rule the exporter, the command line and the export
// dialog share. The bundle folder may not be the site folder, hold it or lie inside it, and
// the zip may not land in the site, on the bundle folder or inside it, nor replace anything
// but a regular file. Paths are judged as the system will resolve them when writing:
// symbolic links and ".." are resolved part by part, also below the part that exists yet, so
// no spelling of a path leads an export into the site. Checking writes nothing.
class ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(ExportTarget)

public:
    // What is at the destination now.
    enum class State
    {
        Missing, // nothing: the bundle folder will be made
        Empty,   // an empty folder
        Bundle,  // a bundle made by Tilmech (its manifest says so): replaced
        Foreign, // a non-empty folder Tilmech did not make: replaced only when allowed
    };

    struct Check
    {
        bool ok = false;
        QString error; // why not: the path, the reason and what to do
        State state = State::Missing;
        QString destination; // the bundle folder to write, its parent folders resolved
        QString zipFile;     // likewise the zip; empty: no zip
    };

    // Judges `destination` and `zipFile` (empty: no zip) for an export of the site whose
    // folder is `siteRoot`.
    static Check check(const QString &siteRoot, const QString &destination, const QString &zipFile);

    // `path` made absolute, with "." and ".." and every symbolic link on the way resolved as
    // the system resolves them, also where the path does not exist yet. With `followLast`
    // false, a symbolic link as the last part is kept as it is. Empty when links loop.
    static QString resolve(const QString &path, bool followLast);

    // Whether `folder` holds a bundle made by Tilmech: its manifest.json, a regular file of
    // sane size, names Tilmech as its generator.
    static bool isBundle(const QString &folder);
};

} // namespace Tilmech
