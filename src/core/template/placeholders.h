#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVector>

namespace Tilmech {

// What the renderer could not evaluate, and the markers that stand for it while the page
// goes through markdown. A marker is plain ASCII letters and digits, so markdown leaves it
// alone wherever it lands (text, link destinations, raw HTML attributes); after markdown
// each marker becomes a visible, escaped placeholder — a <span> in text, plain escaped text
// inside an HTML tag. The marker prefix is chosen so that it does not occur in the input.
class Placeholders
{
public:
    struct Item
    {
        QByteArray shown; // the text shown in the placeholder (the tag as written)
        QString reason;   // why it could not be evaluated
        qsizetype sourceBegin = -1;
        qsizetype sourceEnd = -1;
        QString view; // the view it stands in (its path), empty for the page's own text
    };

    explicit Placeholders(QByteArrayView input);

    QByteArray add(QByteArrayView shown, const QString &reason, qsizetype sourceBegin = -1,
                   qsizetype sourceEnd = -1);
    // A marker for tag number `index` of an `.erb.md` page, evaluated after markdown.
    QByteArray tagMarker(int index) const;
    // A refused tag that is shown as the live site shows it (RefusedTags): its number, and
    // the markers around its output ('R' before, 'E' after), which the preview outlines.
    int addRefusal(const QString &reason, qsizetype sourceBegin, qsizetype sourceEnd);
    QByteArray refusalMarker(int refusal, bool begin) const;
    const QVector<Item> &refusals() const { return m_refusals; }

    const QByteArray &prefix() const { return m_prefix; }
    const QVector<Item> &items() const { return m_items; }
    // Marks the items from `from` on that no inner view claimed as standing in `view`.
    void claim(qsizetype from, const QString &view);
    bool isEmpty() const { return m_items.isEmpty(); }

    // Parses a marker at `text[pos]` (which starts with prefix()): its kind ('P', 'T', 'R', 'E'),
    // its number and its length; false when the bytes there are not a whole marker.
    bool parseMarker(QByteArrayView text, qsizetype pos, char *kind, int *index,
                     qsizetype *length) const;

private:
    QByteArray m_prefix;
    QVector<Item> m_items;
    QVector<Item> m_refusals;
};

} // namespace Tilmech
