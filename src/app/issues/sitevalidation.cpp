#include "issues/sitevalidation.h"

#include "check/validator.h"
#include "issues/issuespanel.h"

#include <QSet>
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
        if (!cancelled) {
            m_validated = m_watcher.result();
            m_hasRun = true;
        }
        m_panel->setSiteChecked(m_hasRun);
        merge();
        if (m_reveal)
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
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_validated.clear();
    m_live.clear();
    m_hasRun = false;
    m_panel->setSiteChecked(false);
    merge();
}

void SiteValidation::start(std::shared_ptr<const Validator> validator, const QString &language,
                           bool reveal)
{
    m_reveal = m_reveal || reveal;
    if (!validator || m_watcher.isRunning())
        return;
    m_reveal = reveal;
    m_panel->setValidationRunning(true);
    const QStringList languages{language};
    m_watcher.setFuture(QtConcurrent::run([validator, languages](QPromise<Diagnostics> &promise) {
        validator->validateSite(promise, languages);
    }));
}

void SiteValidation::setLive(const QString &file, const Diagnostics &live)
{
    m_live.insert(file, live);
    merge();
}

void SiteValidation::forgetLive(const QString &file)
{
    if (m_live.remove(file) > 0)
        merge();
}

// The run's findings in their order, each open file's in place of the run's for it.
void SiteValidation::merge()
{
    Diagnostics merged;
    merged.reserve(m_validated.size());
    QSet<QString> placed;
    for (const Diagnostic &d : qAsConst(m_validated)) {
        const auto live = m_live.constFind(d.file);
        if (live == m_live.cend()) {
            merged.append(d);
        } else if (!placed.contains(d.file)) {
            placed.insert(d.file);
            merged += *live;
        }
    }
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if (!placed.contains(it.key()))
            merged += it.value();
    }
    m_merged = merged;
    m_panel->setSiteDiagnostics(m_merged);
    emit changed();
}

} // namespace Tilmech
