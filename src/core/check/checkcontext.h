#pragma once

#include "base/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QVector>
#include <memory>

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
    std::shared_ptr<const Catalog> keepStrings; // keep the two above alive while checks run
    std::shared_ptr<const Catalog> keepEnglish;

    const PageAnalysis *page = nullptr;
    QString file;                         // as shown in reports (relative to the site)
    const PageAnalysis *source = nullptr; // the English page, for a translation
    QString sourceFile;
    const Alignment *alignment = nullptr;

    Diagnostics diagnostics;

    // A tag the template checks found mangled, and the tag it stands for (the fix): filled
    // by TemplateChecks, read by ParityChecks, which the validator runs after it, so that
    // the tag counts as that English tag and not as a foreign one.
    struct RepairedTag
    {
        qsizetype begin;
        QString fix;
    };
    QVector<RepairedTag> repairedTags;

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
