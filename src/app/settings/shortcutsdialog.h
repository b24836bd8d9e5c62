#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace Tilmech {

// Help → Keyboard Shortcuts: every command of the window that has a shortcut, grouped by
// its menu, read from the window's actions (so the list is always the real one), and the
// standard keys of the text editors; a filter box narrows the list.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window, QWidget *parent = nullptr);

    // (command, shortcut) of every row shown, for tests.
    QList<QPair<QString, QString>> rows() const;
    void setFilter(const QString &text);

private:
    void collect(QMainWindow *window);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace Tilmech
