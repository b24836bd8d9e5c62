#pragma once

#include <QWidget>

namespace Tilmech {

class CodeEditor;

// The gutter of a CodeEditor, painted by the editor; a click on a light bulb asks for its fix.
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    CodeEditor *m_editor;
};

} // namespace Tilmech
