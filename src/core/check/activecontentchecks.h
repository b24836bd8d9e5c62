#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

namespace Tilmech {

class CheckContext;
class PageAnalysis;

// Active content in a translation that its English page does not hold: <script>, inline
// event handlers (on…=), javascript:, vbscript: and data: URLs (in HTML attributes and in
// markdown links and images), <iframe>/<object>/<embed>, <meta http-equiv>, <base> and
// <form>. A browser opening an exported page would run or load them, so each is an error
// that stops the export. Occurrences are counted per kind and element, attribute or
// scheme: a translation may keep what its English page has. English pages are the
// reference and are not checked on their own. Locale strings a translation prints with
// hoc_s are checked against their English text, and reported at the tag.
class ActiveContentChecks
{
    Q_DECLARE_TR_FUNCTIONS(ActiveContentChecks)

public:
    struct Finding
    {
        QByteArray code;   // "active-script", …
        QByteArray detail; // element, attribute or URL scheme, lower case
        QByteArray shown;  // as written, for the message
        qsizetype begin = 0;
        qsizetype end = 0;
    };

    static void run(CheckContext &context);
    // Every piece of active content of a page, in file order, from its one analysis: the
    // HTML of the masked body outside code, and the outline's markdown links and images.
    static QVector<Finding> find(const PageAnalysis &page);
    // The same for a piece of text outside a page (a locale string); offsets are the text's.
    static QVector<Finding> findInText(QByteArrayView text);
    // The scheme a browser sees in an attribute value or link destination: character
    // references decoded, leading blanks and control characters dropped, tabs and line
    // breaks removed, lower case; empty when there is none.
    static QByteArray urlScheme(QByteArrayView value);

private:
    // The findings of `found` beyond what `english` holds of the same kind and detail.
    static QVector<Finding> added(const QVector<Finding> &found, const QVector<Finding> &english);
    // What the translated string `key` adds to its English text.
    static QVector<Finding> addedToString(const CheckContext &context, const QByteArray &key);
    static QString message(const Finding &finding);
};

} // namespace Tilmech
