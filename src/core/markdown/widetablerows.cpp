#include "markdown/widetablerows.h"

#include <cstring>

namespace Tilmech {

namespace {

qsizetype lineEnd(QByteArrayView text, qsizetype from)
{
    const void *nl = std::memchr(text.data() + from, '\n', size_t(text.size() - from));
    return nl ? static_cast<const char *>(nl) - text.data() : text.size();
}

bool isCellPipe(QByteArrayView text, qsizetype at)
{
    return text[at] == '|' && (at == 0 || text[at - 1] != '\\');
}

} // namespace

QVector<qsizetype> WideTableRows::find(QByteArrayView text)
{
    QVector<qsizetype> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = lineEnd(text, start);
        // Only a line that long can hold that many pipes: most are skipped unread.
        if (end - start > MaxCells) {
            int pipes = 0;
            for (qsizetype i = start; i < end && pipes <= MaxCells; ++i)
                pipes += isCellPipe(text, i);
            if (pipes > MaxCells)
                lines.append(start);
        }
        start = end + 1;
    }
    return lines;
}

QVector<qsizetype> WideTableRows::firstOfRuns(QByteArrayView text, const QVector<qsizetype> &lines)
{
    QVector<qsizetype> first;
    qsizetype previousEnd = -2;
    for (const qsizetype start : lines) {
        if (start != previousEnd + 1)
            first.append(start);
        previousEnd = lineEnd(text, start);
    }
    return first;
}

char WideTableRows::hide(QByteArray &text, const QVector<qsizetype> &lines)
{
    if (lines.isEmpty())
        return 0;
    // A control character the text does not hold: cmark-gfm passes it through as text.
    bool used[32] = {};
    for (const char c : std::as_const(text)) {
        if (uchar(c) < 32)
            used[uchar(c)] = true;
    }
    char standIn = 0;
    for (int c = 1; c < 32 && !standIn; ++c) {
        if (!used[c] && c != '\t' && c != '\n' && c != '\r')
            standIn = char(c);
    }
    // A text that holds every control character still stays bounded: its pipes become
    // spaces, and are not put back.
    const char replacement = standIn ? standIn : ' ';
    for (const qsizetype start : lines) {
        const qsizetype end = lineEnd(text, start);
        for (qsizetype i = start; i < end; ++i) {
            if (isCellPipe(text, i))
                text[i] = replacement;
        }
    }
    return standIn;
}

void WideTableRows::restore(QByteArray &html, char standIn)
{
    if (standIn)
        html.replace(standIn, '|');
}

QString WideTableRows::message()
{
    return tr("This table row has more than %1 cells, more than Tilmech renders as a table; "
              "the preview and the export show it as text. Split the table into narrower "
              "ones")
        .arg(MaxCells);
}

} // namespace Tilmech
