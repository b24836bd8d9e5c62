#include "check/checkcontext.h"

#include "analysis/pageanalysis.h"

namespace Tilmech {

Diagnostic &CheckContext::add(const QString &code, Diagnostic::Severity severity,
                              const QString &message, qsizetype begin, qsizetype end,
                              const QString &key)
{
    Diagnostic d;
    d.code = code;
    d.severity = severity;
    d.message = message;
    d.file = file;
    d.language = language;
    d.key = key;
    if (begin >= 0) {
        const Document &doc = page->document();
        d.line = doc.lines().position(begin).line;
        d.column = doc.lines().characterColumn(doc.bytes(), begin);
        d.begin = begin;
        d.end = std::max(begin, end);
    }
    diagnostics.append(d);
    return diagnostics.last();
}

Diagnostic &CheckContext::addParity(const QString &code, Diagnostic::Severity severity,
                                    const QString &message, qsizetype begin, qsizetype end,
                                    qsizetype sourceBegin, const QString &key)
{
    Diagnostic &d = add(code, severity, message, begin, end, key);
    if (source && sourceBegin >= 0) {
        const Document &doc = source->document();
        d.sourceFile = sourceFile;
        d.sourceLine = doc.lines().position(sourceBegin).line;
        d.sourceColumn = doc.lines().characterColumn(doc.bytes(), sourceBegin);
    }
    return d;
}

QByteArray CheckContext::text(qsizetype begin, qsizetype end) const
{
    return page->document().bytes().mid(begin, end - begin);
}

} // namespace Tilmech
