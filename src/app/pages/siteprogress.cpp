#include "pages/siteprogress.h"

#include "render/progressscan.h"
#include "workspace/workspace.h"

#include <QtConcurrent>

namespace Tilmech {

SiteProgress::SiteProgress(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        if (!m_watcher.isCanceled() && m_watcher.future().resultCount() > 0)
            emit measured(m_watcher.result());
    });
}

SiteProgress::~SiteProgress()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void SiteProgress::start(const Workspace &workspace, const QString &language)
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
    if (!workspace.isOpen())
        return;
    const auto project = workspace.project();
    const auto renderer = workspace.renderer();
    m_watcher.setFuture(QtConcurrent::run([project, renderer, language](QPromise<Result> &promise) {
        TaskRun::Hooks hooks;
        hooks.stop = [&promise] { return promise.isCanceled(); };
        Result found = ProgressScan::run(*project, *renderer, language, hooks);
        if (!promise.isCanceled())
            promise.addResult(std::move(found));
    }));
}

} // namespace Tilmech
