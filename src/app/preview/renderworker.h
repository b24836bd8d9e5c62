#pragma once

#include "analysis/alignment.h"
#include "analysis/translationprogress.h"
#include "base/diagnostic.h"
#include "site/pagefile.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <memory>
#include <optional>

namespace Tilmech {

class PageAnalysis;
class Renderer;
class Validator;

// Renders and checks the page being edited off the GUI thread. Requests are debounced by
// an interval that grows with the size of the text; a request made while a render runs
// replaces any other waiting one, so edits made during a render cause exactly one more
// render, never a queue. Each job analyses the text once (and the English page when its text
// changed); the analysis feeds the preview,
// then the checks and the alignment, which run on a second thread (latest text wins there
// too) so that checking a huge page never delays the next preview.
class RenderWorker : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        QByteArray bytes; // the text as it would be saved
        PageFile file;    // the file the text is (or will be) saved to
        QString country;
        // The English page of a translation, analysed by the job (on the render thread; the
        // previous analysis is reused while the English bytes stay the same).
        bool hasSource = false;
        QByteArray sourceBytes;
        PageFile sourceFile;
        bool renderSource = false; // also render the English page for the preview
        int serial = 0;
    };

    struct Result
    {
        int serial = 0;
        QByteArray body;
        QByteArray sourceBody; // null when not rendered
        QString title;
        QString layout;
        std::shared_ptr<const PageAnalysis> analysis;
        std::shared_ptr<const PageAnalysis> source;
        std::shared_ptr<const Alignment> alignment;
        TranslationProgress progress; // measured with the alignment, when there is an English page
        Diagnostics diagnostics;
        qint64 renderMicroseconds = 0;
    };

    explicit RenderWorker(QObject *parent = nullptr);
    ~RenderWorker() override;

    void setValidator(std::shared_ptr<const Validator> validator);
    void request(Job job);
    void requestNow(Job job);
    bool isBusy() const { return m_busy; }
    int jobsStarted() const { return m_started; }
    // How many times the jobs analysed an English page (on the render thread); a job whose
    // English text is unchanged reuses the previous analysis and does not count.
    int sourceAnalyses() const { return m_sourceAnalyses; }
    static int debounceFor(qsizetype bytes);

signals:
    void rendered(const Tilmech::RenderWorker::Result &result);
    void validated(const Tilmech::RenderWorker::Result &result);

private:
    void start();
    void renderFinished();
    void startValidation();

    std::shared_ptr<const Validator> m_validator;
    QThreadPool m_pool;           // renders, one at a time
    QThreadPool m_validationPool; // checks, one at a time
    QFutureWatcher<Result> m_renderWatcher;
    QFutureWatcher<Result> m_validationWatcher;
    QTimer m_debounce;
    std::optional<Job> m_pending;
    Job m_running; // the job being rendered
    std::shared_ptr<const Renderer> m_runningRenderer;
    std::optional<QPair<Job, Result>> m_pendingValidation;
    // The last English analysis, reused while its text, file and renderer stay the same.
    struct SourceCache
    {
        QByteArray bytes;
        QString file;
        PageVariant variant = PageVariant::Md;
        std::shared_ptr<const Renderer> renderer; // kept alive: compared by address
        std::shared_ptr<const PageAnalysis> analysis;
    };
    SourceCache m_sourceCache;
    static std::shared_ptr<const PageAnalysis> sourceFor(const Renderer &renderer, const Job &job,
                                                         const SourceCache &cache);
    static Result render(const Renderer &renderer, const Job &job, const SourceCache &cache);
    bool m_busy = false;
    bool m_validating = false;
    int m_started = 0;
    int m_sourceAnalyses = 0;
};

} // namespace Tilmech

Q_DECLARE_METATYPE(Tilmech::RenderWorker::Result)
