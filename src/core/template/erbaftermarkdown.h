#pragma once

#include "template/templatelexer.h"

#include <QByteArrayView>
#include <QVector>
#include <utility>

namespace Tilmech {

// An .erb.md page as the live site runs it: markdown first, then ERB over the HTML. Only
// the tags that markdown passes through as raw HTML (inside an HTML block or an HTML tag's
// attribute) are still tags afterwards; the others come out escaped in text
// ("&lt;%= … %&gt;") or mangled in a link address ("%=%20…%20%").
class ErbAfterMarkdown
{
public:
    // The tokens to run over `html`: its text (offsets in `html`) and, for each tag left in
    // it, the source token it came from (offsets in the page file), matched in order by
    // their text. `origins`, when given, gets per returned token the index of its source
    // token (-1 for text); `spans`, when given, the offsets in `html` of each (a tag's where
    // it was found).
    static TemplateTokens match(const TemplateTokens &source, QByteArrayView sourceBytes,
                                QByteArrayView html, QVector<int> *origins = nullptr,
                                QVector<std::pair<qsizetype, qsizetype>> *spans = nullptr);
    // The markdown text of the page: its tokens as written.
    static QByteArrayView markdown(const TemplateTokens &source, QByteArrayView sourceBytes);
};

} // namespace Tilmech
