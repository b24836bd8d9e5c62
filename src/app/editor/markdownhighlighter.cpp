#include "editor/markdownhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace Tilmech {

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    auto color = [dark](const char *light, const char *darkColor) {
        return QColor(QString::fromLatin1(dark ? darkColor : light));
    };
    QTextCharFormat heading;
    heading.setForeground(color("#0b6e79", "#5fd3de"));
    heading.setFontWeight(QFont::Bold);
    QTextCharFormat strong;
    strong.setFontWeight(QFont::Bold);
    QTextCharFormat emphasis;
    emphasis.setFontItalic(true);
    QTextCharFormat link;
    link.setForeground(color("#1a5fb4", "#8ab4f8"));
    QTextCharFormat html;
    html.setForeground(color("#7a7a7a", "#a0a0a0"));
    QTextCharFormat list;
    list.setForeground(color("#c64600", "#ffa348"));
    list.setFontWeight(QFont::Bold);

    m_rules = {
        {QRegularExpression(QStringLiteral("^#{1,6} .*$")), heading},
        {QRegularExpression(QStringLiteral("^\\s*([-*+]|\\d+[.)]) ")), list},
        {QRegularExpression(QStringLiteral("</?[A-Za-z][^>%]*>")), html},
        {QRegularExpression(QStringLiteral("\\*\\*[^*]+\\*\\*|__[^_]+__")), strong},
        {QRegularExpression(QStringLiteral("(?<![*\\w])\\*[^*\\s][^*]*\\*(?!\\*)")), emphasis},
        {QRegularExpression(QStringLiteral("\\[[^\\]]*\\]\\([^)]*\\)")), link},
        {QRegularExpression(QStringLiteral("^\\[/?#?[\\w-]+\\]$")), list},
    };
    m_tag.setForeground(color("#813d9c", "#dc8add"));
    m_tag.setBackground(color("#f3ecf6", "#3a2a40"));
    m_frontMatter.setForeground(color("#5e5c64", "#9a9996"));
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    const int previous = previousBlockState();
    const bool firstBlock = currentBlock().blockNumber() == 0;

    // Front matter: from a first line "---" to the next "---" or "...".
    if ((firstBlock && text.trimmed() == QLatin1String("---")) || previous == InFrontMatter) {
        setFormat(0, int(text.size()), m_frontMatter);
        const bool closing = !firstBlock && (text.trimmed() == QLatin1String("---") ||
                                             text.trimmed() == QLatin1String("..."));
        setCurrentBlockState(closing ? Normal : InFrontMatter);
        // Tags in front matter values still stand out.
        const QRegularExpression tag(QStringLiteral("<%.*?%>"));
        for (auto it = tag.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), m_tag);
        }
        return;
    }

    for (const Rule &rule : qAsConst(m_rules)) {
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), rule.format);
        }
    }

    // ERB tags, possibly spanning lines, and {{ }} includes, drawn last.
    int pos = 0;
    setCurrentBlockState(Normal);
    if (previous == InErb) {
        const int close = int(text.indexOf(QLatin1String("%>")));
        if (close < 0) {
            setFormat(0, int(text.size()), m_tag);
            setCurrentBlockState(InErb);
            return;
        }
        setFormat(0, close + 2, m_tag);
        pos = close + 2;
    }
    while (pos < text.size()) {
        const int open = int(text.indexOf(QLatin1String("<%"), pos));
        if (open < 0)
            break;
        const int close = int(text.indexOf(QLatin1String("%>"), open + 2));
        if (close < 0) {
            setFormat(open, int(text.size()) - open, m_tag);
            setCurrentBlockState(InErb);
            break;
        }
        setFormat(open, close + 2 - open, m_tag);
        pos = close + 2;
    }
    pos = 0;
    while (pos < text.size()) {
        const int open = int(text.indexOf(QLatin1String("{{"), pos));
        if (open < 0)
            break;
        const int close = int(text.indexOf(QLatin1String("}}"), open + 2));
        const int end = close < 0 ? int(text.size()) : close + 2;
        setFormat(open, end - open, m_tag);
        pos = end;
    }
}

} // namespace Tilmech
