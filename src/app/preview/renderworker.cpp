#include "preview/renderworker.h"

#include "analysis/pageanalysis.h"
#include "check/validator.h"
#include "render/renderer.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

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
}

RenderWorker::~RenderWorker()
{
    m_pool.waitForDone();
    m_validationPool.waitForDone();
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
    Job job = std::move(*m_pending);
    m_pending.reset();
    const std::shared_ptr<const Validator> validator = m_validator;
    const SourceCache cache = m_sourceCache;
    QPointer<RenderWorker> self(this);
    m_pool.start([self, validator, job, cache] {
        const std::shared_ptr<const Renderer> renderer = validator->renderer();
        const Result result = render(*renderer, job, cache);
        const bool analysed = result.source && result.source != cache.analysis;
        QMetaObject::invokeMethod(
            self,
            [self, job, result, analysed, renderer] {
                if (!self)
                    return;
                if (analysed) {
                    ++self->m_sourceAnalyses;
                    self->m_sourceCache = {job.sourceBytes, job.sourceFile.relativePath,
                                           job.sourceFile.variant, renderer, result.source};
                }
                emit self->rendered(result);
                self->m_busy = false;
                self->m_pendingValidation = qMakePair(job, result);
                self->startValidation();
                if (self->m_pending)
                    self->start(); // the edits made meanwhile: one more render
            },
            Qt::QueuedConnection);
    });
}

void RenderWorker::startValidation()
{
    if (m_validating || !m_pendingValidation || !m_validator)
        return;
    m_validating = true;
    const QPair<Job, Result> work = std::move(*m_pendingValidation);
    m_pendingValidation.reset();
    const std::shared_ptr<const Validator> validator = m_validator;
    QPointer<RenderWorker> self(this);
    m_validationPool.start([self, validator, work] {
        const Job &job = work.first;
        Result result = work.second;
        auto alignment = std::make_shared<Alignment>();
        result.diagnostics =
            validator->validate(*result.analysis, job.file, result.source.get(),
                                result.source ? &job.sourceFile : nullptr, alignment.get());
        result.alignment = alignment;
        QMetaObject::invokeMethod(
            self,
            [self, result] {
                if (!self)
                    return;
                emit self->validated(result);
                self->m_validating = false;
                self->startValidation();
            },
            Qt::QueuedConnection);
    });
}

} // namespace Tilmech
