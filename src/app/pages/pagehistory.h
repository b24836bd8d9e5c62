#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;

namespace Tilmech {

// Back and Forward through the pages opened in the window, as a browser does: Go → Back
// (Alt+Left), Forward (Alt+Right) and the mouse's back and forward buttons anywhere in the
// window. Opening a page any other way starts a new branch of the history.
class PageHistory : public QObject
{
    Q_OBJECT

public:
    explicit PageHistory(QWidget *window, QObject *parent = nullptr);

    void addActions(QMenu *menu);
    // A page was opened (by any means but this history).
    void visited(const QString &page);
    bool back();
    bool forward();
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_pages.size(); }

signals:
    void pageWanted(const QString &page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool go(int to);
    void updateActions();

    QWidget *m_window;
    QStringList m_pages;
    int m_current = -1;
    bool m_going = false; // a page asked for by the history is opening
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
};

} // namespace Tilmech
