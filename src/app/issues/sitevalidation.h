#pragma once

#include "base/diagnostic.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace Tilmech {

class IssuesPanel;
class Validator;

// Validate Site: checks every page and the strings of one language on a thread of the
// global pool, showing its progress in the issues panel, until done or cancelled there. The
// findings stay until the next run or another site.
class SiteValidation : public QObject
{
    Q_OBJECT

public:
    explicit SiteValidation(IssuesPanel *panel, QObject *parent = nullptr);
    ~SiteValidation() override; // cancels a run and waits for it

    // Starts a run, unless one is under way.
    void start(std::shared_ptr<const Validator> validator, const QString &language);
    bool isRunning() const { return m_watcher.isRunning(); }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    void clear();

signals:
    // The run ended; its findings are in diagnostics().
    void finished(bool cancelled);

private:
    IssuesPanel *m_panel;
    QFutureWatcher<Diagnostics> m_watcher;
    Diagnostics m_diagnostics;
};

} // namespace Tilmech
