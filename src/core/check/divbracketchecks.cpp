#include "check/divbracketchecks.h"

#include "analysis/pageanalysis.h"
#include "check/checkcontext.h"

#include <QSet>

namespace Tilmech {

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

} // namespace

bool DivBracketChecks::vanishes(QByteArrayView paragraph)
{
    const QByteArrayView text = paragraph.trimmed();
    // Pegasus' pattern does not cross lines: a paragraph of several lines stays text.
    if (text.size() < 2 || text.front() != '[' || text.back() != ']' || text.contains('\n'))
        return false;
    QByteArrayView name = text.sliced(1, text.size() - 2);
    if (name.startsWith('/') || name.startsWith('#'))
        name = name.sliced(1);
    for (const char c : name) {
        if (!isNameChar(c))
            return true;
    }
    return false;
}

void DivBracketChecks::run(CheckContext &c)
{
    if (!c.isTranslation())
        return; // the English page is the authors' to write
    // A bracket paragraph copied as it stands in the English page hides the same on both.
    QSet<QByteArray> english;
    const QByteArray &sourceBytes = c.source->document().bytes();
    for (const OutlineBlock &block : c.source->outline().blocks()) {
        const QByteArray text = sourceBytes.mid(block.begin, block.end - block.begin).trimmed();
        if (block.kind == OutlineBlock::Kind::Paragraph && vanishes(text))
            english.insert(text);
    }
    for (const OutlineBlock &block : c.page->outline().blocks()) {
        if (block.kind != OutlineBlock::Kind::Paragraph)
            continue;
        const QByteArray text = c.text(block.begin, block.end);
        if (!vanishes(text) || english.contains(text.trimmed()))
            continue;
        c.add(QStringLiteral("structure-div-bracket-text"), Diagnostic::Severity::Warning,
              tr("The live site turns a paragraph that is only “[…]” into an empty div, so “%1” "
                 "vanishes from the page; write the text without the enclosing brackets, or put "
                 "other text before them on the same line")
                  .arg(QString::fromUtf8(text.trimmed())),
              block.begin, block.end);
    }
}

} // namespace Tilmech
