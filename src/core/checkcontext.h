#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QString>

namespace Tilmech {

class Alignment;
class AnchorIndex;
class Catalog;
class PageAnalysis;
class Project;
class Renderer;

// What one check of one page needs: the page, its English source and their alignment (for
// a translation), the site, the strings, and where findings go. Findings are made with
// add(), which fills in file, line, column and language.
class CheckContext
{
public:
    const Project *project = nullptr;
    const Renderer *renderer = nullptr;
    AnchorIndex *anchors = nullptr;
    QString language;
    QString country;
    const Catalog *strings = nullptr;
    const Catalog *english = nullptr;

    const PageAnalysis *page = nullptr;
    QString file;                         // as shown in reports (relative to the site)
    const PageAnalysis *source = nullptr; // the English page, for a translation
    QString sourceFile;
    const Alignment *alignment = nullptr;

    Diagnostics diagnostics;

    bool isTranslation() const { return source != nullptr; }

    Diagnostic &add(const QString &code, Diagnostic::Severity severity, const QString &message,
                    qsizetype begin, qsizetype end, const QString &key = QString());
    // For parity findings: also the place in the English page.
    Diagnostic &addParity(const QString &code, Diagnostic::Severity severity,
                          const QString &message, qsizetype begin, qsizetype end,
                          qsizetype sourceBegin, const QString &key = QString());
    // The text of the page between two offsets.
    QByteArray text(qsizetype begin, qsizetype end) const;
};

} // namespace Tilmech
