#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

namespace Tilmech {

// Text built from pieces of a source file and generated text (the output of tags), with a
// map back to the source: every byte of the result knows the source byte it came from, or
// the tag that produced it. The renderer uses it to give preview blocks source positions.
class Expansion
{
public:
    void reserve(qsizetype size) { m_text.reserve(size); }
    void appendVerbatim(QByteArrayView text, qsizetype sourceOffset);
    void appendGenerated(QByteArrayView text, qsizetype sourceBegin, qsizetype sourceEnd);

    const QByteArray &text() const { return m_text; }
    qsizetype size() const { return m_text.size(); }
    // The source offset of output byte `offset`.
    qsizetype toSource(qsizetype offset) const;
    // The same for the last byte of a range: a byte of generated text maps to the last byte
    // of the tag that produced it.
    qsizetype toSourceEnd(qsizetype offset) const;

private:
    struct Segment
    {
        qsizetype out = 0;
        qsizetype source = 0;
        qsizetype sourceEnd = 0;
        bool verbatim = true;
    };
    QByteArray m_text;
    const Segment *segmentAt(qsizetype offset, bool first) const;
    QVector<Segment> m_segments;
};

} // namespace Tilmech
