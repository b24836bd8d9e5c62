#pragma once

#include "analysis/translationprogress.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

namespace Tilmech {

class Workspace;

// Measures how far each page of a language is translated (ProgressScan) on the pool's
// threads when a site or language opens; a newer start cancels an older one.
class SiteProgress : public QObject
{
    Q_OBJECT

public:
    using Result = QHash<QString, TranslationProgress>;

    explicit SiteProgress(QObject *parent = nullptr);
    ~SiteProgress() override; // cancels a run and waits for it

    void start(const Workspace &workspace, const QString &language);

signals:
    void measured(const Tilmech::SiteProgress::Result &progress);

private:
    QFutureWatcher<Result> m_watcher;
};

} // namespace Tilmech
