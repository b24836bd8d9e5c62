#include "preview/renderworker.h"

#include "analysis/pageanalysis.h"
#include "check/validator.h"
#include "render/renderer.h"

#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

namespace Tilmech {

RenderWorker::RenderWorker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Tilmech::RenderWorker::Result>();
    m_pool.setMaxThreadCount(1);
    m_validationPool.setMaxThreadCount(1);
    // Checks yield to renders (and to the preview's own processes) on a busy machine.
    m_validationPool.setThreadPriority(QThread::LowPriority);
    m_debounce.setSingleShot(true);
    m_debounce.setTimerType(Qt::PreciseTimer); // a few milliseconds must mean a few
    connect(&m_debounce, &QTimer::timeout, this, &RenderWorker::start);
    connect(&m_renderWatcher, &QFutureWatcher<Result>::finished, this,
            &RenderWorker::renderFinished);
    connect(&m_validationWatcher, &QFutureWatcher<Result>::finished, this, [this] {
        emit validated(m_validationWatcher.result());
        m_validating = false;
        startValidation();
    });
}

RenderWorker::~RenderWorker()
{
    m_renderWatcher.waitForFinished();
    m_validationWatcher.waitForFinished();
}

void RenderWorker::setValidator(std::shared_ptr<const Validator> validator)
{
    m_validator = std::move(validator);
}

int RenderWorker::debounceFor(qsizetype bytes)
{
    // A few milliseconds for a page, up to a tenth of a second or so for a huge one.
    return int(std::clamp<qsizetype>(4 + bytes / 20000, 4, 100));
}

void RenderWorker::request(Job job)
{
    const int interval = debounceFor(job.bytes.size());
    m_pending = std::move(job);
    if (!m_busy)
        m_debounce.start(interval);
}

void RenderWorker::requestNow(Job job)
{
    m_pending = std::move(job);
    m_debounce.stop();
    if (!m_busy)
        start();
}

// On the render thread: the English page's analysis, the cached one while its text is the
// same.
std::shared_ptr<const PageAnalysis>
RenderWorker::sourceFor(const Renderer &renderer, const Job &job, const SourceCache &cache)
{
    if (!job.hasSource)
        return nullptr;
    if (cache.analysis && cache.renderer.get() == &renderer &&
        cache.file == job.sourceFile.relativePath && cache.variant == job.sourceFile.variant &&
        cache.bytes == job.sourceBytes)
        return cache.analysis;
    return renderer.analyse(Document::fromBytes(job.sourceBytes, job.sourceFile.relativePath),
                            job.sourceFile.variant, true);
}

// On the render thread: the job's text (and the English page's) analysed and rendered.
RenderWorker::Result RenderWorker::render(const Renderer &renderer, const Job &job,
                                          const SourceCache &cache)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    result.serial = job.serial;
    result.source = sourceFor(renderer, job, cache);
    result.analysis = renderer.analyse(Document::fromBytes(job.bytes, job.file.relativePath),
                                       job.file.variant, false);
    RenderOptions options;
    options.language = job.file.language;
    options.country = job.country;
    options.bodyOnly = true;
    if (result.source && !job.file.isEnglish())
        options.sourceTags = Renderer::tagSet(*result.source);
    const RenderResult page = renderer.render(*result.analysis, options);
    result.body = page.html;
    result.title = page.title;
    const QString layout = result.analysis->document().frontMatterValue(QStringLiteral("layout"));
    result.layout = layout.isEmpty() ? QStringLiteral("default") : layout;
    if (job.renderSource && result.source) {
        result.sourceBody = renderer.render(*result.source, Renderer::sourceOptions(options)).html;
        if (result.sourceBody.isNull())
            result.sourceBody = QByteArray("");
    }
    result.renderMicroseconds = timer.nsecsElapsed() / 1000;
    return result;
}

void RenderWorker::start()
{
    if (m_busy || !m_pending || !m_validator)
        return;
    m_busy = true;
    ++m_started;
    m_running = std::move(*m_pending);
    m_pending.reset();
    const std::shared_ptr<const Renderer> renderer = m_validator->renderer();
    m_runningRenderer = renderer;
    const Job job = m_running;
    const SourceCache cache = m_sourceCache;
    m_renderWatcher.setFuture(QtConcurrent::run(
        &m_pool, [renderer, job, cache] { return render(*renderer, job, cache); }));
}

// On the GUI thread, when a render is done: show it, check it, and render the edits made
// meanwhile.
void RenderWorker::renderFinished()
{
    const Result result = m_renderWatcher.result();
    if (result.source && result.source != m_sourceCache.analysis) {
        ++m_sourceAnalyses;
        m_sourceCache = {m_running.sourceBytes, m_running.sourceFile.relativePath,
                         m_running.sourceFile.variant, m_runningRenderer, result.source};
    }
    emit rendered(result);
    m_busy = false;
    m_pendingValidation = qMakePair(m_running, result);
    startValidation();
    if (m_pending)
        start(); // the edits made meanwhile: one more render
}

void RenderWorker::startValidation()
{
    if (m_validating || !m_pendingValidation || !m_validator)
        return;
    m_validating = true;
    const QPair<Job, Result> work = std::move(*m_pendingValidation);
    m_pendingValidation.reset();
    const std::shared_ptr<const Validator> validator = m_validator;
    m_validationWatcher.setFuture(QtConcurrent::run(&m_validationPool, [validator, work] {
        const Job &job = work.first;
        Result result = work.second;
        auto alignment = std::make_shared<Alignment>();
        result.diagnostics =
            validator->validate(*result.analysis, job.file, result.source.get(),
                                result.source ? &job.sourceFile : nullptr, alignment.get());
        result.alignment = alignment;
        if (result.source)
            result.progress =
                TranslationProgress::measure(*result.source, *result.analysis, *alignment);
        return result;
    }));
}

} // namespace Tilmech
