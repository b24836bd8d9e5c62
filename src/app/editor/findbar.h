#pragma once

#include <QPointer>
#include <QWidget>
#include <memory>

class QPlainTextEdit;

namespace Ui {
class FindBar;
}

namespace Tilmech {

// Find and replace in the editor that has the focus: next, previous, replace, replace all
// (one undo step), with a count of what was replaced.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    void setEditor(QPlainTextEdit *editor);
    void showFind(bool withReplace);
    // Hides the bar (the Close button, Escape) and gives the editor back its keyboard.
    void dismiss();
    bool findNext(bool backward = false);
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void replaceOne();

    std::unique_ptr<Ui::FindBar> m_ui;
    QPointer<QPlainTextEdit> m_editor;
};

} // namespace Tilmech
