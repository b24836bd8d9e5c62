#pragma once

#include "base/diagnostic.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <memory>

namespace Tilmech {

class IssuesPanel;
class Validator;

// The whole site's findings for one language: a run checks every page and the strings on a
// thread of the global pool (when the site opens, and on Validate Site), showing its progress
// in the issues panel until done or cancelled there; the latest check of each open page
// (unsaved edits included) takes the place of what the run found in its file. The findings
// stay until the next run, another language or another site.
class SiteValidation : public QObject
{
    Q_OBJECT

public:
    explicit SiteValidation(IssuesPanel *panel, QObject *parent = nullptr);
    ~SiteValidation() override; // cancels a run and waits for it

    // Starts a run, unless one is under way; `reveal`: the panel shows the site's list once
    // it ends (the user asked for it).
    void start(std::shared_ptr<const Validator> validator, const QString &language,
               bool reveal = true);
    bool isRunning() const { return m_watcher.isRunning(); }
    // Whether a run has ended (not cancelled) since the last clear().
    bool hasRun() const { return m_hasRun; }
    // The findings of the last run, with each open page's latest check in place of its file's.
    const Diagnostics &diagnostics() const { return m_merged; }
    // The latest check of the open file `file` (a path relative to the site).
    void setLive(const QString &file, const Diagnostics &live);
    void forgetLive(const QString &file);
    // Cancels a run and forgets every finding.
    void clear();

signals:
    // The run ended; its findings are in diagnostics().
    void finished(bool cancelled);
    // diagnostics() changed (a run ended, or an open page was checked).
    void changed();

private:
    void merge();

    IssuesPanel *m_panel;
    QFutureWatcher<Diagnostics> m_watcher;
    Diagnostics m_validated;
    QHash<QString, Diagnostics> m_live;
    Diagnostics m_merged;
    bool m_hasRun = false;
    bool m_reveal = false;
};

} // namespace Tilmech
