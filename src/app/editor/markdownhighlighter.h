#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Tilmech {

// Colours for page sources: front matter, markdown headings, emphasis, links and lists, HTML
// tags, and template tags (ERB, also across lines, and {{ }} includes) in their own colour
// so a translator sees at a glance what must be kept as it is.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State
    {
        Normal = 0,
        InFrontMatter = 1,
        InErb = 2,
        BeforeFrontMatter = -1
    };
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QVector<Rule> m_rules;
    QTextCharFormat m_tag;
    QTextCharFormat m_frontMatter;
};

} // namespace Tilmech
