#include "editor/codeeditor.h"

#include "editor/linenumberarea.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <algorithm>
#include <numeric>

namespace Tilmech {

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent), m_lineNumbers(new LineNumberArea(this))
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, m_lineNumbers,
            qOverload<>(&QWidget::update));
    // Underlines exist for the text around the visible part only (a page may have tens of
    // thousands of findings): scrolling past them makes the next ones.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &CodeEditor::coverVisibleText);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return bulbWidth() + 12 +
           fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, digits);
}

int CodeEditor::bulbWidth() const
{
    return fontMetrics().height();
}

bool CodeEditor::hasFixOnLine(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    const auto fix = std::lower_bound(m_fixBegins.cbegin(), m_fixBegins.cend(), block.position());
    return fix != m_fixBegins.cend() && *fix < block.position() + block.length();
}

// A small light bulb: a yellow glass over a grey base, drawn so it needs no image file.
void CodeEditor::paintBulb(QPainter &painter, int top) const
{
    const int size = bulbWidth();
    const QRectF glass(3, top + 1, size - 6, size - 7);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xa0, 0x7a, 0x00), 1));
    painter.setBrush(QColor(0xf6, 0xc9, 0x1e));
    painter.drawEllipse(glass);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x70, 0x70, 0x70));
    painter.drawRect(QRectF(glass.center().x() - 2, glass.bottom(), 4, 4));
    painter.restore();
}

void CodeEditor::gutterClicked(int y)
{
    const QTextCursor cursor = cursorForPosition(QPoint(0, y));
    if (hasFixOnLine(cursor.position()))
        emit fixRequested(cursor.block().position());
}

void CodeEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumbers->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
    coverVisibleText();
}

QPair<int, int> CodeEditor::visibleRange() const
{
    const int first = firstVisibleBlock().isValid() ? firstVisibleBlock().position() : 0;
    const int last =
        cursorForPosition(QPoint(viewport()->width() - 1, viewport()->height() - 1)).position();
    return {first, std::max(first, last)};
}

void CodeEditor::coverVisibleText()
{
    if (m_marks.isEmpty())
        return;
    const auto [first, last] = visibleRange();
    if (first < m_covered.first || last > m_covered.second)
        updateSelections();
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber() + 1;
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber() + 1; // drawn in the text colour
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            QColor color = pal.color(QPalette::PlaceholderText);
            // An error starts on this line: the first error start at or after the line's.
            const auto error =
                std::lower_bound(m_errorBegins.cbegin(), m_errorBegins.cend(), block.position());
            if (error != m_errorBegins.cend() && *error < block.position() + block.length())
                color = QColor(0xc0, 0x1c, 0x28);
            if (hasFixOnLine(block.position()))
                paintBulb(painter, top);
            painter.setPen(number == current ? pal.color(QPalette::Text) : color);
            painter.drawText(0, top, m_lineNumbers->width() - 6, fontMetrics().height(),
                             Qt::AlignRight, QString::number(number));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void CodeEditor::setMarks(const QVector<Mark> &marks)
{
    if (marks == m_marks)
        return;
    m_marks = marks;
    m_order.resize(m_marks.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(),
                     [this](int a, int b) { return m_marks[a].begin < m_marks[b].begin; });
    m_longestMark = 0;
    m_errorBegins.clear();
    m_fixBegins.clear();
    for (const Mark &m : qAsConst(m_marks)) {
        m_longestMark = std::max(m_longestMark, m.end - m.begin);
        if (m.severity == 2)
            m_errorBegins.append(m.begin);
        if (m.fixable)
            m_fixBegins.append(m.begin);
    }
    std::sort(m_errorBegins.begin(), m_errorBegins.end());
    std::sort(m_fixBegins.begin(), m_fixBegins.end());
    updateSelections();
    m_lineNumbers->update();
}

void CodeEditor::setCurrentBlockLines(int first, int last)
{
    if (first == m_blockFirst && last == m_blockLast)
        return;
    m_blockFirst = first;
    m_blockLast = last;
    updateSelections();
}

void CodeEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    if (m_blockFirst > 0) {
        QTextEdit::ExtraSelection block;
        block.format.setBackground(dark ? QColor(0x3a, 0x35, 0x20) : QColor(0xff, 0xf6, 0xe0));
        block.format.setProperty(QTextFormat::FullWidthSelection, true);
        for (int line = m_blockFirst; line <= m_blockLast; ++line) {
            const QTextBlock b = document()->findBlockByNumber(line - 1);
            if (!b.isValid())
                break;
            block.cursor = QTextCursor(b);
            selections.append(block);
        }
    }
    // The marks that touch the visible text and a screen's worth around it.
    const auto [first, last] = visibleRange();
    const int around = std::max(4000, last - first);
    m_covered = {std::max(0, first - around), last + around};
    auto it = std::lower_bound(m_order.cbegin(), m_order.cend(), m_covered.first - m_longestMark,
                               [this](int i, int at) { return m_marks[i].begin < at; });
    int made = 0;
    for (; it != m_order.cend() && m_marks[*it].begin <= m_covered.second && made < MaxUnderlines;
         ++it) {
        const Mark &m = m_marks[*it];
        if (std::max(m.end, m.begin + 1) < m_covered.first)
            continue;
        ++made;
        QTextEdit::ExtraSelection underline;
        QColor color = m.severity == 2   ? QColor(0xe0, 0x1b, 0x24)
                       : m.severity == 1 ? QColor(0xe5, 0xa5, 0x0a)
                                         : QColor(0x35, 0x84, 0xe4);
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(color);
        QTextCursor cursor(document());
        const int end = std::max(m.end, m.begin + 1);
        cursor.setPosition(std::min(m.begin, document()->characterCount() - 1));
        cursor.setPosition(std::min(end, document()->characterCount() - 1),
                           QTextCursor::KeepAnchor);
        underline.cursor = cursor;
        selections.append(underline);
    }
    setExtraSelections(selections);
}

bool CodeEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position =
            cursorForPosition(help->pos() - QPoint(viewportMargins().left(), 0)).position();
        QStringList messages;
        for (const Mark &m : qAsConst(m_marks)) {
            if (position >= m.begin && position <= std::max(m.end, m.begin + 1))
                messages << m.message;
        }
        if (!messages.isEmpty())
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::event(event);
}

int CodeEditor::firstVisibleLineNumber() const
{
    return firstVisibleBlock().blockNumber() + 1;
}

void CodeEditor::scrollToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    // Put the line at the top: scroll to the end of the view first, then back.
    verticalScrollBar()->setValue(block.firstLineNumber());
}

void CodeEditor::selectRange(int begin, int end)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(begin, 0, document()->characterCount() - 1));
    cursor.setPosition(std::clamp(end, 0, document()->characterCount() - 1),
                       QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
}

} // namespace Tilmech
