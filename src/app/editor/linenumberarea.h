#pragma once

#include <QWidget>

namespace Tilmech {

class CodeEditor;

// The gutter of a CodeEditor, painted by the editor.
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CodeEditor *m_editor;
};

} // namespace Tilmech
