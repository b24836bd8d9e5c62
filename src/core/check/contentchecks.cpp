#include "check/contentchecks.h"

#include "analysis/alignment.h"
#include "analysis/pageanalysis.h"
#include "base/charclass.h"
#include "check/checkcontext.h"

#include <QSet>
#include <algorithm>
#include <numeric>

namespace Tilmech {

namespace {

using S = Diagnostic::Severity;
using K = OutlineBlock::Kind;

int letters(const QString &text)
{
    int n = 0;
    for (const QChar c : text)
        n += CharClass::letter(c).letter ? 1 : 0;
    return n;
}

// The text of blocks taken together, as one simplified string. Block texts are already
// simplified, so most pairs (one block a side) need no work.
QString joinedText(const QVector<OutlineBlock> &blocks, const QVector<int> &indices)
{
    if (indices.size() == 1)
        return blocks.at(indices.first()).text;
    QString text;
    for (int i : indices)
        text += blocks.at(i).text + QLatin1Char(' ');
    return text.simplified();
}

// Lines of a block with doubled spaces between words or blanks at the end (two spaces at the
// end make a line break in markdown and are left alone).
QVector<QPair<qsizetype, qsizetype>> spacing(QByteArrayView text, qsizetype base)
{
    QVector<QPair<qsizetype, qsizetype>> found;
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        QByteArrayView line = text.sliced(lineStart, lineEnd - lineStart);
        if (line.endsWith('\r'))
            line.chop(1);
        qsizetype first = 0;
        while (first < line.size() && (line[first] == ' ' || line[first] == '\t'))
            ++first;
        qsizetype last = line.size();
        while (last > first && (line[last - 1] == ' ' || line[last - 1] == '\t'))
            --last;
        const qsizetype trailing = line.size() - last;
        if (last > first && trailing > 0 && !(trailing == 2 && line.endsWith("  ")))
            found.append({base + lineStart + last, base + lineStart + line.size()});
        for (qsizetype i = first; i + 1 < last; ++i) {
            if (line[i] == ' ' && line[i + 1] == ' ' && i > first && line[i - 1] != '|' &&
                line[i - 1] != ' ') {
                qsizetype j = i;
                while (j < last && line[j] == ' ')
                    ++j;
                if (j < last && line[j] != '|')
                    found.append({base + lineStart + i, base + lineStart + j});
                i = j;
            }
        }
        lineStart = lineEnd + 1;
    }
    return found;
}

// The spacing findings of the blocks of one page. Blocks nest (a list item holds the items
// below it), so the page is scanned once and each block takes the findings of its lines;
// a finding inside nested blocks is reported once, for the first of them.
class PageSpacing
{
public:
    explicit PageSpacing(const PageAnalysis &page)
        : m_text(page.outline().maskedBody()), m_base(page.document().bodyOffset()),
          m_found(spacing(m_text, m_base))
    {
        std::sort(m_found.begin(), m_found.end());
        m_next.resize(m_found.size() + 1);
        std::iota(m_next.begin(), m_next.end(), 0);
    }

    int count(const OutlineBlock &b) const
    {
        const Range r = range(b);
        return int(r.hi - r.lo + r.extra.size());
    }

    // The block's findings not yet taken by a block around it or inside it.
    QVector<QPair<qsizetype, qsizetype>> take(const OutlineBlock &b)
    {
        const Range r = range(b);
        QVector<QPair<qsizetype, qsizetype>> out;
        for (qsizetype i = next(r.lo); i < r.hi; i = next(i + 1)) {
            out.append(m_found.at(i));
            m_next[i] = i + 1;
        }
        for (const auto &span : r.extra) {
            if (!m_takenExtra.contains(span.first)) {
                m_takenExtra.insert(span.first);
                out.append(span);
            }
        }
        return out;
    }

private:
    struct Range
    {
        qsizetype lo = 0;
        qsizetype hi = 0;
        QVector<QPair<qsizetype, qsizetype>> extra; // a last line the block ends inside of
    };

    // The findings of the page that the block's own text holds: on its first line only those
    // after its first non-blank character (the block may start after a list or quote marker).
    Range range(const OutlineBlock &b) const
    {
        const qsizetype begin = b.begin - m_base, end = b.end - m_base;
        const qsizetype n = m_text.size();
        qsizetype first = begin;
        while (first < end && (m_text[first] == ' ' || m_text[first] == '\t'))
            ++first;
        const bool endsLine = end >= n || m_text[end] == '\n' ||
                              (m_text[end] == '\r' && (end + 1 >= n || m_text[end + 1] == '\n'));
        qsizetype upTo = end;
        Range r;
        if (!endsLine) {
            // cmark-gfm ends blocks at the end of a line; should one end inside a line, that
            // line is scanned on its own.
            upTo = begin;
            for (qsizetype i = end - 1; i >= begin; --i) {
                if (m_text[i] == '\n') {
                    upTo = i + 1;
                    break;
                }
            }
            const qsizetype from = std::max(upTo, begin);
            r.extra = spacing(QByteArrayView(m_text).sliced(from, end - from), m_base + from);
        }
        auto at = [this](qsizetype offset) {
            return std::partition_point(m_found.cbegin(), m_found.cend(),
                                        [offset](const QPair<qsizetype, qsizetype> &f) {
                                            return f.first < offset;
                                        }) -
                   m_found.cbegin();
        };
        r.lo = at(m_base + first + 1);
        r.hi = std::max(r.lo, at(m_base + upTo));
        return r;
    }

    qsizetype next(qsizetype i)
    {
        while (m_next[i] != i) {
            m_next[i] = m_next[m_next[i]];
            i = m_next[i];
        }
        return i;
    }

    const QByteArray &m_text;
    qsizetype m_base;
    QVector<QPair<qsizetype, qsizetype>> m_found;
    QVector<qsizetype> m_next; // the first finding not yet taken at or after each index
    QSet<qsizetype> m_takenExtra;
};

} // namespace

QStringList ContentChecks::mixedScriptWords(const QString &text)
{
    QStringList words;
    qsizetype start = 0;
    bool latin = false, cyrillic = false;
    auto flush = [&](qsizetype end) {
        if (latin && cyrillic)
            words.append(text.mid(start, end - start));
        latin = cyrillic = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const CharClass::Letter kind = CharClass::letter(text.at(i));
        if (kind.letter) {
            latin = latin || kind.latin;
            cyrillic = cyrillic || kind.cyrillic;
        } else {
            flush(i);
            start = i + 1;
        }
    }
    flush(text.size());
    return words;
}

QStringList ContentChecks::numbers(const QString &text)
{
    QStringList result;
    QString current;
    for (const QChar c : text) {
        if (CharClass::digit(c) >= 0) {
            current += c;
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    result.sort();
    return result;
}

QString ContentChecks::inOneScript(const QString &word)
{
    // Letters that look alike in both alphabets; the others have to be retyped.
    static const QString latin = QStringLiteral("aceopxyABCEHKMOPTX");
    static const QString cyrillic = QStringLiteral("асеорхуАВСЕНКМОРТХ");
    int latinCount = 0, cyrillicCount = 0;
    for (const QChar ch : word) {
        const CharClass::Letter kind = CharClass::letter(ch);
        latinCount += kind.latin;
        cyrillicCount += kind.cyrillic;
    }
    const bool toCyrillic = cyrillicCount >= latinCount;
    const QString &from = toCyrillic ? latin : cyrillic;
    const QString &to = toCyrillic ? cyrillic : latin;
    QString out = word;
    for (QChar &ch : out) {
        const CharClass::Letter kind = CharClass::letter(ch);
        if (toCyrillic ? !kind.latin : !kind.cyrillic)
            continue;
        const qsizetype at = from.indexOf(ch);
        if (at < 0)
            return QString();
        ch = to.at(at);
    }
    return out;
}

// Words that mix Latin and Cyrillic letters where the English block has no such word; the
// fix retypes the look-alike letters in the word's main alphabet, at the word's own place.
void ContentChecks::reportHomoglyphs(CheckContext &c, const QString &text,
                                     const QString &sourceText, qsizetype begin, qsizetype end,
                                     qsizetype sourceBegin)
{
    const QStringList sourceWords = mixedScriptWords(sourceText);
    const QSet<QString> sourceMixed(sourceWords.cbegin(), sourceWords.cend());
    const QByteArray &bytes = c.page->document().bytes();
    QHash<QString, qsizetype> searchFrom; // the next place to look for each word
    for (const QString &word : mixedScriptWords(text)) {
        if (sourceMixed.contains(word))
            continue;
        QString marked;
        for (const QChar ch : word)
            marked += CharClass::letter(ch).latin ? QStringLiteral("[%1]").arg(ch) : QString(ch);
        Diagnostic &d =
            c.addParity(QStringLiteral("content-homoglyph"), S::Warning,
                        tr("“%1” mixes Latin and Cyrillic letters (Latin in brackets: %2); retype "
                           "them in one alphabet")
                            .arg(word, marked),
                        begin, end, sourceBegin, word);
        const QByteArray written = word.toUtf8();
        const qsizetype from = searchFrom.value(word, begin);
        const qsizetype at = QByteArrayView(bytes).first(end).indexOf(written, from);
        const QString retyped = inOneScript(word);
        if (at < 0 || retyped.isEmpty())
            continue;
        searchFrom.insert(word, at + written.size());
        d.setFix(at, at + written.size(), retyped);
    }
}

void ContentChecks::run(CheckContext &c)
{
    if (!c.source || !c.alignment)
        return;
    const PageAnalysis &page = *c.page;
    const PageAnalysis &source = *c.source;
    const auto &tb = page.outline().blocks();
    const auto &sb = source.outline().blocks();
    const PageSpacing sourceSpaces(source);
    PageSpacing pageSpaces(page);

    for (const AlignedPair &pair : c.alignment->pairs()) {
        if (pair.source.isEmpty() || pair.translation.isEmpty())
            continue;
        const QString sourceText = joinedText(sb, pair.source);
        const QString text = joinedText(tb, pair.translation);
        const OutlineBlock &first = tb.at(pair.translation.first());
        const OutlineBlock &sourceFirst = sb.at(pair.source.first());
        const qsizetype end = tb.at(pair.translation.last()).end;
        if (first.kind == K::Code)
            continue;

        if (text == sourceText && letters(text) >= 4 && text.contains(QLatin1Char(' '))) {
            c.addParity(QStringLiteral("content-untranslated"), S::Info,
                        tr("Same as the English: this block is not translated yet"), first.begin,
                        end, sourceFirst.begin);
            continue;
        }
        const QStringList wanted = numbers(sourceText);
        const QStringList found = numbers(text);
        if (wanted != found && pair.score >= 0.5) {
            QStringList missing = wanted, extra = found;
            for (const QString &n : found)
                missing.removeOne(n);
            for (const QString &n : wanted)
                extra.removeOne(n);
            QString detail;
            if (!missing.isEmpty())
                detail += tr("the English has %1").arg(missing.join(QLatin1String(", ")));
            if (!extra.isEmpty())
                detail += (detail.isEmpty() ? QString() : QStringLiteral("; ")) +
                          tr("the translation has %1").arg(extra.join(QLatin1String(", ")));
            c.addParity(
                QStringLiteral("content-numbers"), S::Warning,
                tr("The numbers differ from the English block (%1); check the figures").arg(detail),
                first.begin, end, sourceFirst.begin, found.join(QLatin1Char(',')));
        }
        reportHomoglyphs(c, text, sourceText, first.begin, end, sourceFirst.begin);
        // Spacing the translator added.
        int sourceSpacing = 0;
        for (int i : pair.source)
            sourceSpacing += sourceSpaces.count(sb.at(i));
        if (sourceSpacing > 0)
            continue;
        for (int i : pair.translation) {
            const OutlineBlock &b = tb.at(i);
            if (b.kind == K::TableRow || b.kind == K::Html)
                continue;
            for (const auto &span : pageSpaces.take(b)) {
                Diagnostic &d =
                    c.add(QStringLiteral("content-whitespace"), S::Info,
                          tr("Doubled or trailing spaces; remove them"), span.first, span.second);
                const QByteArray &bytes = page.document().bytes();
                const bool trailing = span.second >= bytes.size() || bytes[span.second] == '\n' ||
                                      bytes[span.second] == '\r';
                d.setFix(trailing ? QString() : QStringLiteral(" "));
            }
        }
    }
}

} // namespace Tilmech
