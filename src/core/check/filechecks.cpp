#include "check/filechecks.h"

#include "analysis/pageanalysis.h"
#include "check/checkcontext.h"
#include "site/project.h"

namespace Tilmech {

namespace {

using S = Diagnostic::Severity;

// The English front matter line `line` as written (so its quoting carries over), with its
// line break when `withBreak` (a line to insert) or without (a line to replace); empty when
// the value goes on over more lines, which a one-line fix would cut.
QString lineOf(const Document &source, int line, bool withBreak)
{
    const QByteArray &bytes = source.bytes();
    const qsizetype start = source.lines().lineStart(line);
    qsizetype end = source.lines().lineStart(line + 1);
    if (end <= start)
        end = bytes.size();
    if (end < bytes.size() && (bytes[end] == ' ' || bytes[end] == '\t'))
        return QString();
    QByteArray text = bytes.mid(start, end - start);
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    if (withBreak)
        text += '\n';
    return QString::fromUtf8(text);
}

QString lineEndName(Document::LineEnding ending)
{
    switch (ending) {
    case Document::LineEnding::CRLF:
        return QStringLiteral("CRLF");
    case Document::LineEnding::Mixed:
        return FileChecks::tr("mixed CRLF and LF");
    default:
        return QStringLiteral("LF");
    }
}

// Keys a translation keeps as they are in English.
bool isTranslatable(const QString &key)
{
    return key == QLatin1String("title");
}

} // namespace

void FileChecks::run(CheckContext &c, const Page *page, const PageFile &file)
{
    const Document &doc = c.page->document();
    for (Diagnostic d : doc.problems()) {
        d.file = c.file;
        d.language = c.language;
        c.diagnostics.append(d);
    }
    if (file.isEnglish())
        return;

    if (page && !page->has(QStringLiteral("en"))) {
        c.add(QStringLiteral("file-orphan"), S::Warning,
              tr("There is no English page %1 any more; this translation is not shown on the "
                 "site. Delete it, or restore the English page")
                  .arg(file.name),
              -1, -1, file.name);
    } else if (page) {
        bool sameVariant = false;
        QStringList englishFiles;
        for (const PageFile &f : page->filesFor(QStringLiteral("en"))) {
            sameVariant = sameVariant || f.variant == file.variant;
            englishFiles.append(f.relativePath);
        }
        if (!sameVariant) {
            c.add(QStringLiteral("file-variant"), S::Warning,
                  tr("The English page is %1, not a %2 file; this translation may be an old "
                     "version")
                      .arg(englishFiles.join(QLatin1String(", ")), PageFile::suffix(file.variant)),
                  -1, -1, file.relativePath);
        }
    }
    if (!c.source)
        return;
    const Document &source = c.source->document();
    const auto lf = [](Document::LineEnding e) {
        return e == Document::LineEnding::None ? Document::LineEnding::LF : e;
    };
    if (lf(doc.lineEnding()) != lf(source.lineEnding())) {
        c.add(QStringLiteral("file-line-ends"), S::Warning,
              tr("This file has %1 line ends, the English file %2; save it with %2 line ends "
                 "to keep diffs clean")
                  .arg(lineEndName(doc.lineEnding()), lineEndName(source.lineEnding())),
              -1, -1);
    }

    // Front matter: the same keys, and the same values except the title.
    if (!doc.problems().isEmpty() || !source.problems().isEmpty())
        return;
    const qsizetype top = doc.hasFrontMatter() ? doc.yamlBegin() : doc.bodyOffset();
    for (const FrontMatterEntry &english : source.frontMatter()) {
        if (!doc.hasFrontMatterKey(english.key)) {
            Diagnostic &d = c.addParity(
                QStringLiteral("front-matter-keys"), S::Warning,
                tr("The front matter has no “%1”, which the English page has; add “%1: %2”")
                    .arg(english.key, english.value),
                top, top, source.lines().lineStart(english.line), english.key);
            const QString line = lineOf(source, english.line, true);
            if (!line.isEmpty())
                d.setFix(line);
        }
    }
    for (const FrontMatterEntry &entry : doc.frontMatter()) {
        const qsizetype at = doc.lines().lineStart(entry.line);
        const qsizetype lineEnd = doc.lines().lineStart(entry.line + 1);
        if (!source.hasFrontMatterKey(entry.key)) {
            c.add(QStringLiteral("front-matter-keys"), S::Warning,
                  tr("The English page has no front matter key “%1”; remove it").arg(entry.key), at,
                  at, entry.key);
            continue;
        }
        if (isTranslatable(entry.key) || !entry.isScalar)
            continue;
        const QString english = source.frontMatterValue(entry.key);
        if (entry.value != english) {
            int sourceLine = 0;
            for (const FrontMatterEntry &e : source.frontMatter()) {
                if (e.key == entry.key)
                    sourceLine = e.line;
            }
            Diagnostic &d = c.addParity(
                QStringLiteral("front-matter-value"), S::Error,
                tr("“%1” is “%2” here but “%3” in the English page; only the title is "
                   "translated, so copy the English value")
                    .arg(entry.key, entry.value, english),
                at, std::max(at, lineEnd - 1), source.lines().lineStart(sourceLine), entry.key);
            // The whole line is replaced, without its line break (and a value going on over
            // more lines is left to the translator).
            qsizetype lineTextEnd = std::max(at, lineEnd - 1);
            if (lineTextEnd > at && doc.bytes().at(lineTextEnd - 1) == '\r')
                --lineTextEnd;
            const QString line = lineOf(source, sourceLine, false);
            const bool oneLine = lineEnd >= doc.bytes().size() || (doc.bytes().at(lineEnd) != ' ' &&
                                                                   doc.bytes().at(lineEnd) != '\t');
            if (!line.isEmpty() && oneLine)
                d.setFix(at, lineTextEnd, line);
        }
    }
}

} // namespace Tilmech
