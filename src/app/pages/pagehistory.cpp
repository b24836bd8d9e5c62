#include "pages/pagehistory.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMouseEvent>

namespace Tilmech {

namespace {

constexpr int MaxPages = 100; // a long day's worth of pages

} // namespace

PageHistory::PageHistory(QWidget *window, QObject *parent) : QObject(parent), m_window(window)
{
    qApp->installEventFilter(this);
}

void PageHistory::addActions(QMenu *menu)
{
    m_back = menu->addAction(tr("&Back"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setShortcutContext(Qt::WindowShortcut);
    connect(m_back, &QAction::triggered, this, &PageHistory::back);
    m_forward = menu->addAction(tr("&Forward"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setShortcutContext(Qt::WindowShortcut);
    connect(m_forward, &QAction::triggered, this, &PageHistory::forward);
    updateActions();
}

void PageHistory::visited(const QString &page)
{
    if (m_going || (m_current >= 0 && m_pages.at(m_current) == page))
        return;
    m_pages = m_pages.mid(0, m_current + 1);
    m_pages.append(page);
    if (m_pages.size() > MaxPages)
        m_pages.removeFirst();
    m_current = int(m_pages.size()) - 1;
    updateActions();
}

bool PageHistory::back()
{
    return canGoBack() && go(m_current - 1);
}

bool PageHistory::forward()
{
    return canGoForward() && go(m_current + 1);
}

bool PageHistory::go(int to)
{
    m_current = to;
    m_going = true;
    emit pageWanted(m_pages.at(to));
    m_going = false;
    updateActions();
    return true;
}

void PageHistory::updateActions()
{
    if (m_back)
        m_back->setEnabled(canGoBack());
    if (m_forward)
        m_forward->setEnabled(canGoForward());
}

// The mouse's back and forward buttons, wherever they are pressed in the window (the preview
// included, whose own history Tilmech does not use).
bool PageHistory::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (widget && widget->window() == m_window) {
            if (mouse->button() == Qt::BackButton) {
                back();
                return true;
            }
            if (mouse->button() == Qt::ForwardButton) {
                forward();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Tilmech
