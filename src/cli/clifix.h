#pragma once

#include "base/diagnostic.h"

#include <QCoreApplication>

namespace Tilmech {

class Project;

// `tilmech-cli validate --fix` and `--fix --dry-run`: the fixes the findings carry, applied
// to the page files of the site (each written whole and atomically), or shown as a patch.
class CliFix
{
    Q_DECLARE_TR_FUNCTIONS(CliFix)

public:
    struct Outcome
    {
        int filesChanged = 0;
        int fixesApplied = 0;
        int failures = 0; // files that could not be read or written
    };

    // Lines saying what changed (or the patch, with `dryRun`) go to stdout when
    // `toStdout`, else to stderr (where a JSON or SARIF report keeps stdout to itself).
    static Outcome apply(const Project &project, const Diagnostics &diagnostics, bool dryRun,
                         bool toStdout);
};

} // namespace Tilmech
