#include "layout/panelayout.h"

#include "settings/appsettings.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QSplitter>

namespace Tilmech {

namespace {

// The names hidden panes are kept under, in splitter order.
const char *const PaneNames[] = {"pages", "english", "translation", "preview"};
constexpr int PreviewBoth = 2; // PreviewView::Mode::Both

} // namespace

PaneLayout::PaneLayout(const Panes &panes, QMenu *viewMenu, QObject *parent)
    : QObject(parent), m_panes(panes)
{
    const struct
    {
        QString text;
        QKeySequence keys;
    } toggles[] = {{tr("Page &List"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1)},
                   {tr("&English Text"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2)},
                   {tr("&Translation Text"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3)},
                   {tr("&Preview"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_4)}};
    for (int i = 0; i < 4; ++i) {
        QAction *action = viewMenu->addAction(toggles[i].text);
        action->setCheckable(true);
        action->setChecked(true);
        action->setShortcut(toggles[i].keys);
        connect(action, &QAction::toggled, this, [this, i](bool on) { setPaneShown(i, on); });
        m_toggles.append(action);
    }
    QAction *issues = m_panes.issues->toggleViewAction();
    issues->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    viewMenu->addAction(issues);
    viewMenu->addSeparator();
    m_review = viewMenu->addAction(tr("&Review Mode: Both Previews"));
    m_review->setCheckable(true);
    m_review->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    connect(m_review, &QAction::toggled, this, &PaneLayout::setReviewing);
    QAction *resetAction = viewMenu->addAction(tr("Reset &Layout"));
    connect(resetAction, &QAction::triggered, this, &PaneLayout::reset);
}

QVector<QWidget *> PaneLayout::splitterPanes() const
{
    return {m_panes.pages, m_panes.english, m_panes.translation, m_panes.preview};
}

// Shows or hides a pane; the last pane shown stays (a window of nothing helps no one).
void PaneLayout::setPaneShown(int index, bool shown)
{
    const QVector<QWidget *> panes = splitterPanes();
    if (!shown) {
        int visible = 0;
        for (int i = 0; i < panes.size(); ++i)
            visible += i != index && !panes.at(i)->isHidden();
        if (visible == 0) {
            syncActions();
            return;
        }
    }
    panes.at(index)->setVisible(shown);
}

void PaneLayout::syncActions()
{
    const QVector<QWidget *> panes = splitterPanes();
    for (int i = 0; i < panes.size(); ++i) {
        const QSignalBlocker blocker(m_toggles.at(i));
        m_toggles.at(i)->setChecked(!panes.at(i)->isHidden());
    }
    const QSignalBlocker blocker(m_review);
    m_review->setChecked(isReviewing());
}

bool PaneLayout::isReviewing() const
{
    return !m_beforeReview.shown.isEmpty();
}

void PaneLayout::setReviewing(bool on)
{
    if (on == isReviewing()) {
        syncActions();
        return;
    }
    const QVector<QWidget *> panes = splitterPanes();
    if (on) {
        m_beforeReview.splitter = m_panes.splitter->saveState();
        m_beforeReview.previewMode = m_panes.previewMode->currentIndex();
        m_beforeReview.issues = !m_panes.issues->isHidden();
        m_beforeReview.shown.clear();
        for (QWidget *pane : panes)
            m_beforeReview.shown.append(!pane->isHidden());
        for (QWidget *pane : panes)
            pane->setVisible(pane == m_panes.preview);
        m_panes.previewMode->setCurrentIndex(PreviewBoth);
    } else {
        const Saved saved = m_beforeReview;
        m_beforeReview = Saved();
        for (int i = 0; i < panes.size(); ++i)
            panes.at(i)->setVisible(saved.shown.value(i, true));
        m_panes.splitter->restoreState(saved.splitter);
        m_panes.previewMode->setCurrentIndex(saved.previewMode);
        m_panes.issues->setVisible(saved.issues);
    }
    syncActions();
}

void PaneLayout::reset()
{
    m_beforeReview = Saved();
    for (QWidget *pane : splitterPanes())
        pane->show();
    m_panes.issues->show();
    m_panes.previewMode->setCurrentIndex(0);
    // The page list narrow, the three texts alike, whatever the window's width.
    const int width = std::max(m_panes.splitter->width(), 800);
    const int list = std::clamp(width / 5, 160, 320);
    const int each = (width - list) / 3;
    m_panes.splitter->setSizes({list, each, each, width - list - 2 * each});
    syncActions();
}

QStringList PaneLayout::hiddenNames() const
{
    QStringList hidden;
    const QVector<QWidget *> panes = splitterPanes();
    const QVector<bool> shown = m_beforeReview.shown;
    for (int i = 0; i < panes.size(); ++i) {
        // While reviewing, what is kept is the layout review mode gives back.
        const bool visible = isReviewing() ? shown.value(i, true) : !panes.at(i)->isHidden();
        if (!visible)
            hidden.append(QString::fromLatin1(PaneNames[i]));
    }
    return hidden;
}

void PaneLayout::restore(const AppSettings &settings)
{
    const QByteArray splitter = settings.splitterState();
    if (!splitter.isEmpty())
        m_panes.splitter->restoreState(splitter);
    m_panes.previewMode->setCurrentIndex(settings.previewMode());
    const QStringList hidden = settings.hiddenPanes();
    const QVector<QWidget *> panes = splitterPanes();
    for (int i = 0; i < panes.size(); ++i)
        panes.at(i)->setVisible(!hidden.contains(QString::fromLatin1(PaneNames[i])));
    if (hidden.size() >= panes.size())
        m_panes.preview->show();
    if (settings.reviewMode())
        setReviewing(true);
    syncActions();
}

void PaneLayout::save(AppSettings &settings) const
{
    settings.setSplitterState(isReviewing() ? m_beforeReview.splitter
                                            : m_panes.splitter->saveState());
    settings.setPreviewMode(isReviewing() ? m_beforeReview.previewMode
                                          : m_panes.previewMode->currentIndex());
    settings.setHiddenPanes(hiddenNames());
    settings.setReviewMode(isReviewing());
}

} // namespace Tilmech
