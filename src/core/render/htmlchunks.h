#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

namespace Tilmech {

// Cuts rendered HTML into self-contained chunks at the top level (between elements, where
// no element is open), each with a hash of its text. The preview compares the chunks of
// two renders and replaces only those that changed, so an edit in one paragraph of a huge
// page touches one paragraph of the DOM.
class HtmlChunks
{
public:
    struct Chunk
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        quint64 hash = 0;
    };

    static QVector<Chunk> split(QByteArrayView html);
};

} // namespace Tilmech
