#pragma once

#include "analysis/translationprogress.h"
#include "base/taskrun.h"

#include <QHash>
#include <QString>

namespace Tilmech {

class Project;
class Renderer;

// How far each page of a language is translated (TranslationProgress), measured from the
// files on disk on every core: the file the site shows for the page against its English page.
// A page with no translation has all its English words left; a page with no English page is
// left out.
class ProgressScan
{
public:
    static QHash<QString, TranslationProgress> run(const Project &project, const Renderer &renderer,
                                                   const QString &language,
                                                   const TaskRun::Hooks &hooks = {});
};

} // namespace Tilmech
