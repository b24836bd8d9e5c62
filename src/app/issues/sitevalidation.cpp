#include "issues/sitevalidation.h"

#include "check/validator.h"
#include "issues/issuespanel.h"

#include <QPointer>
#include <QtConcurrent>

namespace Tilmech {

SiteValidation::SiteValidation(IssuesPanel *panel, QObject *parent)
    : QObject(parent), m_panel(panel)
{
    connect(m_panel, &IssuesPanel::cancelRequested, this, [this] { m_cancel = true; });
    connect(&m_watcher, &QFutureWatcher<Diagnostics>::finished, this, [this] {
        m_panel->setValidationRunning(false);
        m_diagnostics = m_watcher.result();
        m_panel->setSiteDiagnostics(m_diagnostics);
        m_panel->setScope(IssuesPanel::Scope::Site);
        emit finished(m_cancel);
    });
}

SiteValidation::~SiteValidation()
{
    m_cancel = true;
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
    m_cancel = false;
    m_panel->setValidationRunning(true);
    const QStringList languages{language};
    QPointer<IssuesPanel> panel = m_panel;
    std::atomic_bool *cancel = &m_cancel;
    m_watcher.setFuture(QtConcurrent::run([validator, languages, panel, cancel] {
        return validator->validateSite(
            languages,
            [panel](int done, int total) {
                QMetaObject::invokeMethod(
                    panel,
                    [panel, done, total] {
                        if (panel)
                            panel->setProgress(done, total);
                    },
                    Qt::QueuedConnection);
            },
            cancel);
    }));
}

} // namespace Tilmech
