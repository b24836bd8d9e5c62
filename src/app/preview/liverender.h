#pragma once

#include "base/diagnostic.h"
#include "editor/codeeditor.h"
#include "preview/previewview.h"
#include "preview/renderworker.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace Tilmech {

class PageSession;
class TextOffsets;
class Workspace;

// The live render of the page open in the editor: each edit of its English or translated text
// becomes a RenderWorker job (debounced there); the rendered body goes to the preview, and
// the findings and block alignment of the latest checked version are kept here for the
// editor marks, the issues panel and the pane synchronisation. Results of a page that is no
// longer open are dropped.
class LiveRender : public QObject
{
    Q_OBJECT

public:
    // `workspace` is the window's, which outlives this object.
    LiveRender(const Workspace &workspace, PreviewView *preview, QObject *parent = nullptr);
    ~LiveRender() override;

    // The page whose texts are rendered; forgets what was shown of the previous one.
    void setSession(PageSession *session);
    // The workspace was opened or indexed again: checks use its validator.
    void workspaceChanged();
    // The country for @country conditionals and site URLs.
    void setCountry(const QString &country) { m_country = country; }
    // Whether the preview shows the English page too (it is then rendered as well).
    void setRenderSource(bool on) { m_renderSource = on; }
    // Renders the open page's current texts, now or after the worker's debounce.
    void schedule(bool now = false);

    // The latest checked version of the page: its analysis, English analysis and alignment.
    std::shared_ptr<const RenderWorker::Result> last() const { return m_last; }
    // Offsets between the bytes of last()'s text and the editor's text positions.
    const TextOffsets *offsets() const { return m_offsets.get(); }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    // The findings as editor marks and as the preview's refused-tag messages.
    QVector<CodeEditor::Mark> marks() const;
    QVector<PreviewView::Finding> refusals() const;
    // The message of the most serious finding on bytes [begin, end) of a refused tag; empty
    // when none.
    QString refusalAt(qsizetype begin, qsizetype end) const;
    // What the status bar shows of the checked text: its findings and words (runs of letters
    // and digits).
    struct Counts
    {
        int errors = 0;
        int warnings = 0;
        int words = 0;
    };
    Counts counts() const;
    const RenderWorker &worker() const { return m_worker; }

signals:
    // A new checked version of the open page: last(), offsets() and diagnostics() changed.
    void validated();

private:
    bool isOpen(const RenderWorker::Result &result) const;
    void showRendered(const RenderWorker::Result &result);
    void showValidated(const RenderWorker::Result &result);

    const Workspace &m_workspace;
    PreviewView *m_preview;
    RenderWorker m_worker;
    QPointer<PageSession> m_session;
    QString m_country;
    bool m_renderSource = false;
    int m_serial = 0;
    Diagnostics m_diagnostics;
    std::shared_ptr<const RenderWorker::Result> m_last;
    std::unique_ptr<TextOffsets> m_offsets; // of m_last's bytes
};

} // namespace Tilmech
