#include "issues/sitevalidation.h"

#include "check/validator.h"
#include "issues/issuespanel.h"

#include <QtConcurrent>

namespace Tilmech {

SiteValidation::SiteValidation(IssuesPanel *panel, QObject *parent)
    : QObject(parent), m_panel(panel)
{
    connect(m_panel, &IssuesPanel::cancelRequested, this, [this] { m_watcher.cancel(); });
    connect(&m_watcher, &QFutureWatcher<Diagnostics>::progressValueChanged, this,
            [this](int done) { m_panel->setProgress(done, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<Diagnostics>::finished, this, [this] {
        m_panel->setValidationRunning(false);
        // A cancelled run has no result; the findings of the last full run stay.
        const bool cancelled = m_watcher.isCanceled() || m_watcher.future().resultCount() == 0;
        if (!cancelled)
            m_diagnostics = m_watcher.result();
        m_panel->setSiteDiagnostics(m_diagnostics);
        m_panel->setScope(IssuesPanel::Scope::Site);
        emit finished(cancelled);
    });
}

SiteValidation::~SiteValidation()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void SiteValidation::clear()
{
    m_diagnostics.clear();
    m_panel->setSiteDiagnostics({});
}

void SiteValidation::start(std::shared_ptr<const Validator> validator, const QString &language)
{
    if (!validator || m_watcher.isRunning())
        return;
    m_panel->setValidationRunning(true);
    const QStringList languages{language};
    m_watcher.setFuture(QtConcurrent::run([validator, languages](QPromise<Diagnostics> &promise) {
        validator->validateSite(promise, languages);
    }));
}

} // namespace Tilmech
