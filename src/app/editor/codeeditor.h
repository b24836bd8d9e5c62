#pragma once

#include <QPair>
#include <QPlainTextEdit>
#include <QVector>

namespace Tilmech {

class LineNumberArea;

// A plain-text editor for page sources: line numbers, the current block of the page shown
// with a background, diagnostics underlined (with their message as tooltip), and a monospace
// font. Positions are in the editor's text (UTF-16, "\n" line ends).
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    struct Mark
    {
        int begin = 0;
        int end = 0;
        int severity = 0; // 0 info, 1 warning, 2 error
        QString message;
        bool fixable = false; // a light bulb in the gutter offers its fix
        bool operator==(const Mark &o) const
        {
            return begin == o.begin && end == o.end && severity == o.severity &&
                   message == o.message && fixable == o.fixable;
        }
    };

    explicit CodeEditor(QWidget *parent = nullptr);

    void setMarks(const QVector<Mark> &marks);
    const QVector<Mark> &marks() const { return m_marks; }
    // Lines [first, last] (1-based) as the current block of the page.
    void setCurrentBlockLines(int first, int last);
    int firstVisibleLineNumber() const;
    void scrollToLine(int line);
    void selectRange(int begin, int end);

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);
    // A click in the gutter at `y` (its coordinates): a light bulb's line asks for its fix.
    void gutterClicked(int y);
    // Whether the line holding text position `position` has a fixable mark.
    bool hasFixOnLine(int position) const;

signals:
    // The light bulb of the line holding `position` was clicked.
    void fixRequested(int position);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    static constexpr int MaxUnderlines = 2000;
    int bulbWidth() const;
    void paintBulb(QPainter &painter, int top) const;
    void updateSelections();
    void coverVisibleText();
    QPair<int, int> visibleRange() const; // text positions of the first and last visible characters
    void updateLineNumberArea(const QRect &rect, int dy);

    LineNumberArea *m_lineNumbers;
    QVector<Mark> m_marks;
    QVector<int> m_order;       // indices of m_marks by start
    QVector<int> m_errorBegins; // starts of the error marks, sorted
    QVector<int> m_fixBegins;   // starts of the fixable marks, sorted
    int m_longestMark = 0;
    QPair<int, int> m_covered{1, 0}; // text range whose marks are underlined now
    int m_blockFirst = 0;
    int m_blockLast = 0;
};

} // namespace Tilmech
