#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

namespace Tilmech {

// The one reader of attribute values in HTML text, for the anchor index (id=, name=), the
// outline (href=, src= of HTML written in a page) and the exporter (links to rewrite).
// Finds the given attribute names where a space, tab or line break comes before them and '='
// right after, in text order, and reads each value: quoted (to its closing quote) or bare (to
// the next space or '>'). The readers differ only in where they look: anywhere in the text,
// or only inside tags ('<' and a letter, to the '>' outside quotes) with names matched in any
// case, as a browser does.
class HtmlAttributes
{
public:
    enum class Scope
    {
        Anywhere, // fragments that may be cut mid-tag; names as written
        InTags    // whole documents: only real tags, names in any case
    };
    struct Found
    {
        int name = -1;           // index into the names asked for
        qsizetype begin = 0;     // first byte of the value (after an opening quote)
        qsizetype end = 0;       // one past the value; -1 when its quote never closes
        char quote = 0;          // '"', '\'' or 0 for a bare value
        qsizetype tagStart = -1; // In tags: the '<' of the tag that holds it
    };

    HtmlAttributes(QByteArrayView html, QVector<QByteArray> names, Scope scope);

    // The next attribute at or after the position the last one ended (or where skipTo()
    // put the reader); false when there are no more.
    bool next(Found &found);
    // The first '<' in [from, to) that starts a tag: a letter after it, or with `closing`
    // also '/'; -1 when there is none.
    static qsizetype nextTag(QByteArrayView html, qsizetype from, qsizetype to, bool closing);

    // Reading goes on at `position`.
    void skipTo(qsizetype position)
    {
        m_pos = position;
        m_tagStart = -1;
    }

private:
    bool nextAnywhere(Found &found);
    bool nextInTags(Found &found);
    int nameAt(qsizetype at) const;
    void readValue(qsizetype at, Found &found) const;

    QByteArrayView m_html;
    QVector<QByteArray> m_names;
    Scope m_scope;
    qsizetype m_pos = 0;
    qsizetype m_tagStart = -1;
};

} // namespace Tilmech
