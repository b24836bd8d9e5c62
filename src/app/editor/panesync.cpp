#include "editor/panesync.h"

#include "analysis/pageanalysis.h"
#include "base/textoffsets.h"
#include "editor/codeeditor.h"
#include "preview/liverender.h"
#include "preview/previewview.h"

#include <QPointer>
#include <QScrollBar>

namespace Tilmech {

PaneSync::PaneSync(CodeEditor *translation, CodeEditor *source, PreviewView *preview,
                   const LiveRender *render, QObject *parent)
    : QObject(parent), m_translation(translation), m_source(source), m_preview(preview),
      m_render(render)
{
    connect(m_translation, &QPlainTextEdit::cursorPositionChanged, this,
            [this] { fromTranslation(false); });
    connect(m_translation->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { fromTranslation(true); });
    connect(m_source->verticalScrollBar(), &QScrollBar::valueChanged, this, &PaneSync::fromSource);
    connect(m_preview, &PreviewView::scrolledByUser, this, &PaneSync::fromPreview);
}

QPair<int, int> PaneSync::blockLines(const PageAnalysis &page, int block)
{
    const OutlineBlock &b = page.outline().blocks().at(block);
    const LineIndex &lines = page.document().lines();
    return {lines.position(b.begin).line, lines.position(std::max(b.begin, b.end - 1)).line};
}

int PaneSync::blockNear(const PageAnalysis &page, qsizetype offset)
{
    const auto &blocks = page.outline().blocks();
    int found = -1;
    for (int i = 0; i < blocks.size(); ++i) {
        if (blocks.at(i).begin <= offset)
            found = i;
        else
            break;
    }
    return found;
}

int PaneSync::blockAtLine(const PageAnalysis &page, int line)
{
    return blockNear(page, page.document().lines().lineStart(line));
}

void PaneSync::fromTranslation(bool scrollOthers)
{
    const auto last = m_render->last();
    if (m_syncing || !last || !m_render->offsets())
        return;
    m_syncing = true;
    const PageAnalysis &page = *last->analysis;
    int block;
    if (scrollOthers) {
        block = blockAtLine(page, m_translation->firstVisibleLineNumber());
    } else {
        const int position = m_translation->textCursor().position();
        block = blockNear(page, m_render->offsets()->toBytes(position));
    }
    // New results for the same block only refresh the highlight: the panes scroll when the
    // user moves to another block, not on every keystroke.
    const bool moved = block != m_syncedBlock || scrollOthers;
    m_syncedBlock = block;
    if (block >= 0) {
        const auto lines = blockLines(page, block);
        if (!scrollOthers)
            m_translation->setCurrentBlockLines(lines.first, lines.second);
        m_preview->highlightLines(false, lines.first, lines.second, moved);
        followInSource(block, moved, scrollOthers);
    }
    m_syncing = false;
}

// The English block aligned with translation block `block`, highlighted in the English editor
// (and the preview when it shows the English page), and scrolled to when the user moved.
void PaneSync::followInSource(int block, bool moved, bool scrollOthers)
{
    const auto last = m_render->last();
    const AlignedPair *pair = last->alignment ? last->alignment->forTranslation(block) : nullptr;
    if (!pair || pair->source.isEmpty() || !last->source) {
        m_source->setCurrentBlockLines(0, 0);
        return;
    }
    const auto first = blockLines(*last->source, pair->source.first());
    const auto end = blockLines(*last->source, pair->source.last());
    m_source->setCurrentBlockLines(first.first, end.second);
    if (scrollOthers)
        m_source->scrollToLine(first.first);
    else if (moved && (first.first < m_source->firstVisibleLineNumber() ||
                       first.first > m_source->firstVisibleLineNumber() + 25))
        m_source->scrollToLine(std::max(1, first.first - 3));
    if (m_preview->mode() != PreviewView::Mode::Translation)
        m_preview->highlightLines(true, first.first, end.second,
                                  moved && m_preview->mode() == PreviewView::Mode::Source);
}

void PaneSync::fromSource()
{
    const auto last = m_render->last();
    if (m_syncing || !last || !last->source || !last->alignment)
        return;
    m_syncing = true;
    const int block = blockAtLine(*last->source, m_source->firstVisibleLineNumber());
    const AlignedPair *pair = last->alignment->forSource(block);
    if (pair && !pair->translation.isEmpty()) {
        const auto lines = blockLines(*last->analysis, pair->translation.first());
        m_translation->scrollToLine(lines.first);
        m_preview->highlightLines(false, lines.first, lines.second, true);
    }
    m_syncing = false;
}

void PaneSync::fromPreview()
{
    if (!m_render->last())
        return;
    const bool source = m_preview->mode() == PreviewView::Mode::Source;
    QPointer<PaneSync> self(this);
    m_preview->topVisibleLine(source, [self, source](int line) {
        if (!self || line <= 0 || !self->m_render->last() || self->m_syncing)
            return;
        const auto last = self->m_render->last();
        self->m_syncing = true;
        if (source) {
            self->m_source->scrollToLine(line);
        } else {
            self->m_translation->scrollToLine(line);
            const int block = blockAtLine(*last->analysis, line);
            const AlignedPair *pair =
                last->alignment ? last->alignment->forTranslation(block) : nullptr;
            if (pair && !pair->source.isEmpty() && last->source)
                self->m_source->scrollToLine(blockLines(*last->source, pair->source.first()).first);
        }
        self->m_syncing = false;
    });
}

} // namespace Tilmech
