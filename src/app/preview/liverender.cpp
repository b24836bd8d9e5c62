#include "preview/liverender.h"

#include "analysis/pageanalysis.h"
#include "base/textoffsets.h"
#include "check/fixapplier.h"
#include "session/pagesession.h"
#include "workspace/workspace.h"

namespace Tilmech {

LiveRender::LiveRender(const Workspace &workspace, PreviewView *preview, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_preview(preview)
{
    connect(&m_worker, &RenderWorker::rendered, this, &LiveRender::showRendered);
    connect(&m_worker, &RenderWorker::validated, this, &LiveRender::showValidated);
}

LiveRender::~LiveRender() = default;

void LiveRender::setSession(PageSession *session)
{
    m_session = session;
    m_last.reset();
    m_offsets.reset();
    m_diagnostics.clear();
}

void LiveRender::workspaceChanged()
{
    m_worker.setValidator(m_workspace.validator());
}

void LiveRender::schedule(bool now)
{
    if (!m_session || !m_workspace.renderer())
        return;
    RenderWorker::Job job;
    job.bytes = m_session->translationBytes();
    job.file = m_session->translationFile();
    job.country = m_country.trimmed();
    m_preview->setCountry(job.country); // the site URLs the render writes carry it
    if (m_session->hasEnglish()) {
        // Analysed by the worker, off the GUI thread (and only when the text changed).
        job.hasSource = true;
        job.sourceBytes = m_session->englishBytes();
        job.sourceFile = m_session->englishFile();
    }
    job.renderSource = m_renderSource;
    job.serial = ++m_serial;
    if (now)
        m_worker.requestNow(std::move(job));
    else
        m_worker.request(std::move(job));
}

bool LiveRender::isOpen(const RenderWorker::Result &result) const
{
    return m_session &&
           result.analysis->document().fileName() == m_session->translationFile().relativePath;
}

void LiveRender::showRendered(const RenderWorker::Result &result)
{
    if (!isOpen(result))
        return; // a page that is no longer open
    m_preview->setContent(result.body, result.sourceBody, result.title, result.layout,
                          result.serial);
}

void LiveRender::showValidated(const RenderWorker::Result &result)
{
    if (!isOpen(result))
        return;
    m_last = std::make_shared<const RenderWorker::Result>(result);
    m_offsets = std::make_unique<TextOffsets>(m_last->analysis->document().bytes());
    m_diagnostics = result.diagnostics;
    emit validated();
}

QVector<CodeEditor::Mark> LiveRender::marks() const
{
    QVector<CodeEditor::Mark> marks;
    if (!m_offsets)
        return marks;
    for (const Diagnostic &d : m_diagnostics) {
        if (d.begin < 0)
            continue;
        CodeEditor::Mark mark;
        mark.begin = m_offsets->toText(d.begin);
        mark.end = m_offsets->toText(d.end);
        mark.severity = int(d.severity);
        mark.message = QStringLiteral("%1 [%2]").arg(d.message, d.code);
        mark.fixable = d.fix.isValid();
        if (mark.fixable)
            mark.message += QLatin1Char('\n') +
                            tr("Fix (Ctrl+. or the light bulb): %1").arg(FixApplier::describe(d));
        marks.append(mark);
    }
    return marks;
}

LiveRender::Counts LiveRender::counts() const
{
    Counts counts;
    for (const Diagnostic &d : m_diagnostics) {
        counts.errors += d.severity == Diagnostic::Severity::Error;
        counts.warnings += d.severity == Diagnostic::Severity::Warning;
    }
    if (!m_last)
        return counts;
    bool inWord = false;
    for (const QChar c : QString::fromUtf8(m_last->analysis->document().body())) {
        const bool letter = c.isLetterOrNumber();
        counts.words += letter && !inWord;
        inWord = letter;
    }
    return counts;
}

// The findings the preview can show on a refused tag's outline, the most serious first: it
// shows the first one that overlaps the tag.
QVector<PreviewView::Finding> LiveRender::refusals() const
{
    QVector<PreviewView::Finding> findings;
    for (const Diagnostic &d : m_diagnostics) {
        if (d.begin >= 0)
            findings.append({d.begin, std::max(d.end, d.begin + 1),
                             QStringLiteral("%1 [%2]").arg(d.message, d.code), int(d.severity)});
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const auto &a, const auto &b) { return a.severity > b.severity; });
    return findings;
}

QString LiveRender::refusalAt(qsizetype begin, qsizetype end) const
{
    for (const PreviewView::Finding &f : refusals()) {
        if (f.begin < end && f.end > begin)
            return f.message;
    }
    return QString();
}

} // namespace Tilmech
