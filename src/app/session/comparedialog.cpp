#include "session/comparedialog.h"

#include "base/linediff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Tilmech {

CompareDialog::CompareDialog(const QString &fileName, const QString &mine, const QString &onDisk,
                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare with Disk — %1").arg(fileName));
    resize(900, 600);
    auto *legend = new QLabel(tr("Lines starting with “-” are only in your text; lines starting "
                                 "with “+” are only in the file on disk."),
                              this);
    legend->setWordWrap(true);
    m_view = new QPlainTextEdit(this);
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QVector<LineDiff::Line> lines = LineDiff::compare(mine, onDisk);
    bool differs = false;
    for (const LineDiff::Line &l : lines)
        differs |= l.kind != LineDiff::Line::Kind::Same;
    m_view->setPlainText(differs ? LineDiff::unified(lines, 3)
                                 : tr("Your text and the file on disk are the same."));

    QList<QTextEdit::ExtraSelection> marks;
    for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
        QColor colour;
        if (block.text().startsWith(QLatin1String("- ")))
            colour = QColor(0xfd, 0xe2, 0xe1);
        else if (block.text().startsWith(QLatin1String("+ ")))
            colour = QColor(0xdc, 0xf5, 0xdc);
        else if (block.text().startsWith(QLatin1String("@@")))
            colour = QColor(0xe8, 0xee, 0xf6);
        else
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.format.setBackground(colour);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(mark);
    }
    m_view->setExtraSelections(marks);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *reload = buttons->addButton(tr("&Reload from Disk"), QDialogButtonBox::ActionRole);
    QPushButton *keep = buttons->addButton(tr("&Keep My Text"), QDialogButtonBox::ActionRole);
    connect(reload, &QPushButton::clicked, this, [this] {
        emit reloadRequested();
        accept();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        emit keepRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(legend);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

QString CompareDialog::diffText() const
{
    return m_view->toPlainText();
}

} // namespace Tilmech
