#pragma once

#include <QObject>
#include <QPair>
#include <QtGlobal>

namespace Tilmech {

class CodeEditor;
class LiveRender;
class PageAnalysis;
class PreviewView;

// Keeps the three panes of the open page on the same block: the translation editor, the
// English editor and the preview. Moving the cursor or scrolling in one pane highlights (and
// scrolls to) the matching block in the others, through the block alignment and the
// preview's source lines of the latest checked version (LiveRender::last()). A guard stops
// the scrolling it causes from echoing back. It follows the panes' own signals; the window
// calls fromTranslation() when new results come.
class PaneSync : public QObject
{
    Q_OBJECT

public:
    PaneSync(CodeEditor *translation, CodeEditor *source, PreviewView *preview,
             const LiveRender *render, QObject *parent = nullptr);

    // Another page was opened: the next result moves the panes.
    void reset() { m_syncedBlock = -1; }
    // The translation's cursor moved (or new results came): `scrollOthers` when the user
    // scrolled the translation rather than moving its cursor. The other two: the user
    // scrolled the English editor or the preview.
    void fromTranslation(bool scrollOthers);
    void fromSource();
    void fromPreview();

    // Lines [first, last] of a block of an analysed page.
    static QPair<int, int> blockLines(const PageAnalysis &page, int block);
    // The block at a byte offset, or the last block starting before it (-1: none).
    static int blockNear(const PageAnalysis &page, qsizetype offset);
    static int blockAtLine(const PageAnalysis &page, int line);

private:
    void followInSource(int block, bool moved, bool scrollOthers);

    CodeEditor *m_translation;
    CodeEditor *m_source;
    PreviewView *m_preview;
    const LiveRender *m_render;
    bool m_syncing = false;
    int m_syncedBlock = -1; // the translation block the panes last followed
};

} // namespace Tilmech
