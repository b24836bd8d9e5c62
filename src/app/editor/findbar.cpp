#include "editor/findbar.h"

#include "ui_findbar.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextDocument>

namespace Tilmech {

FindBar::FindBar(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::FindBar>())
{
    m_ui->setupUi(this);
    connect(m_ui->nextButton, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_ui->previousButton, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_ui->replaceButton, &QToolButton::clicked, this, &FindBar::replaceOne);
    connect(m_ui->replaceAllButton, &QToolButton::clicked, this, &FindBar::replaceAll);
    connect(m_ui->closeButton, &QToolButton::clicked, this, &FindBar::dismiss);
    hide();
}

FindBar::~FindBar() = default;

void FindBar::setEditor(QPlainTextEdit *editor)
{
    m_editor = editor;
}

void FindBar::showFind(bool withReplace)
{
    m_ui->replaceEdit->setVisible(withReplace);
    m_ui->replaceButton->setVisible(withReplace);
    m_ui->replaceAllButton->setVisible(withReplace);
    if (m_editor && m_editor->textCursor().hasSelection())
        m_ui->findEdit->setText(m_editor->textCursor().selectedText());
    show();
    m_ui->findEdit->setFocus();
    m_ui->findEdit->selectAll();
    m_ui->statusLabel->clear();
}

bool FindBar::findNext(bool backward)
{
    const QString text = m_ui->findEdit->text();
    if (!m_editor || text.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_ui->caseBox->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    if (m_editor->find(text, flags)) {
        m_ui->statusLabel->clear();
        return true;
    }
    // Wrap around once.
    QTextCursor cursor = m_editor->textCursor();
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_editor->setTextCursor(cursor);
    const bool found = m_editor->find(text, flags);
    m_ui->statusLabel->setText(found ? tr("Wrapped around") : tr("Not found"));
    return found;
}

void FindBar::replaceOne()
{
    if (!m_editor)
        return;
    QTextCursor cursor = m_editor->textCursor();
    const Qt::CaseSensitivity cs =
        m_ui->caseBox->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (cursor.hasSelection() && cursor.selectedText().compare(m_ui->findEdit->text(), cs) == 0)
        cursor.insertText(m_ui->replaceEdit->text());
    findNext(false);
}

int FindBar::replaceAll()
{
    const QString text = m_ui->findEdit->text();
    if (!m_editor || text.isEmpty())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_ui->caseBox->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *document = m_editor->document();
    QTextCursor edit(document);
    edit.beginEditBlock();
    int count = 0;
    QTextCursor found = document->find(text, 0, flags);
    while (!found.isNull()) {
        found.insertText(m_ui->replaceEdit->text());
        ++count;
        found = document->find(text, found.position(), flags);
    }
    edit.endEditBlock();
    m_ui->statusLabel->setText(tr("%n replaced", nullptr, count));
    return count;
}

// Hides the bar and gives the editor back its keyboard.
void FindBar::dismiss()
{
    hide();
    if (m_editor)
        m_editor->setFocus();
}

// Escape in the bar's fields (which leave it to their parent) closes it.
void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        dismiss();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Tilmech
