#include "editor/linenumberarea.h"

#include "editor/codeeditor.h"

#include <QMouseEvent>

namespace Tilmech {

LineNumberArea::LineNumberArea(CodeEditor *editor) : QWidget(editor), m_editor(editor) {}

QSize LineNumberArea::sizeHint() const
{
    return QSize(m_editor->lineNumberAreaWidth(), 0);
}

void LineNumberArea::paintEvent(QPaintEvent *event)
{
    m_editor->paintLineNumbers(event);
}

void LineNumberArea::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_editor->gutterClicked(int(event->position().y()));
    QWidget::mousePressEvent(event);
}

} // namespace Tilmech
