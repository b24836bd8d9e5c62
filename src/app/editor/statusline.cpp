#include "editor/statusline.h"

#include "editor/codeeditor.h"
#include "preview/liverender.h"

#include <QLabel>
#include <QStatusBar>

namespace Tilmech {

StatusLine::StatusLine(QStatusBar *bar, CodeEditor *translation, const LiveRender *render,
                       QObject *parent)
    : QObject(parent), m_translation(translation), m_render(render), m_counts(new QLabel(bar)),
      m_position(new QLabel(bar))
{
    bar->addPermanentWidget(m_counts);
    bar->addPermanentWidget(m_position);
    connect(m_translation, &QPlainTextEdit::cursorPositionChanged, this, &StatusLine::showPosition);
}

void StatusLine::showPosition()
{
    const QTextCursor cursor = m_translation->textCursor();
    m_position->setText(
        tr("Ln %1, Col %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
}

void StatusLine::showCounts(const QString &language, bool pageOpen)
{
    const LiveRender::Counts counts = m_render->counts();
    m_counts->setText(pageOpen ? tr("%1 · %2 errors, %3 warnings · %4 words")
                                     .arg(language)
                                     .arg(counts.errors)
                                     .arg(counts.warnings)
                                     .arg(counts.words)
                               : QString());
}

} // namespace Tilmech
