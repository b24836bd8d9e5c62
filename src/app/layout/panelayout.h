#pragma once

#include <QObject>
#include <QVector>

class QAction;
class QComboBox;
class QDockWidget;
class QMenu;
class QSplitter;
class QWidget;

namespace Tilmech {

class AppSettings;

// The window's panes as the user arranges them: the View menu shows and hides the page
// list, the English text, the translation, the preview and the issues (each with a
// shortcut); Review mode gives the whole width to the English and translated previews side
// by side and gives back the layout it replaced when it ends; Reset Layout brings every pane
// back in proportions of the window's width. What the user chose is kept between runs.
class PaneLayout : public QObject
{
    Q_OBJECT

public:
    struct Panes
    {
        QSplitter *splitter = nullptr; // holding the four panes below, in this order
        QWidget *pages = nullptr;
        QWidget *english = nullptr;
        QWidget *translation = nullptr;
        QWidget *preview = nullptr;
        QDockWidget *issues = nullptr;
        QComboBox *previewMode = nullptr; // PreviewView::Mode by index
    };

    PaneLayout(const Panes &panes, QMenu *viewMenu, QObject *parent = nullptr);

    void restore(const AppSettings &settings);
    void save(AppSettings &settings) const;

    bool isReviewing() const;
    void setReviewing(bool on);
    void reset();
    QAction *reviewAction() const { return m_review; }

private:
    QVector<QWidget *> splitterPanes() const;
    QStringList hiddenNames() const;
    void setPaneShown(int index, bool shown);
    void syncActions();

    Panes m_panes;
    QVector<QAction *> m_toggles; // one per splitter pane, in splitter order
    QAction *m_review = nullptr;
    struct Saved
    {
        QByteArray splitter;
        QVector<bool> shown;
        int previewMode = 0;
        bool issues = true;
    };
    Saved m_beforeReview;
};

} // namespace Tilmech
