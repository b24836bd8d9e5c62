#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Tilmech {

// Your text against the file on disk, line by line: removed lines (yours only) in red,
// added lines (on disk only) in green, a few unchanged lines around each change.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const QString &fileName, const QString &mine, const QString &onDisk,
                  QWidget *parent = nullptr);

    QString diffText() const;

signals:
    void reloadRequested();
    void keepRequested();

private:
    QPlainTextEdit *m_view;
};

} // namespace Tilmech
