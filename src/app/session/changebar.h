#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Tilmech {

// The bar above the editors that says a file open in Tilmech changed or disappeared on disk
// while its text was being edited, and offers to reload it, keep the text, or compare.
class ChangeBar : public QFrame
{
    Q_OBJECT

public:
    explicit ChangeBar(QWidget *parent = nullptr);

    // Shows the bar for one file; `canReload` is false when the file is gone.
    void showChange(const QString &message, bool canReload);
    QString message() const;

    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *compareButton() const { return m_compare; }

signals:
    void reloadRequested();
    void keepRequested();
    void compareRequested();

private:
    QLabel *m_label;
    QPushButton *m_reload;
    QPushButton *m_keep;
    QPushButton *m_compare;
};

} // namespace Tilmech
