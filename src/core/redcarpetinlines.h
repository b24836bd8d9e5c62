#pragma once

#include <QByteArrayView>
#include <QVector>

struct cmark_node;

namespace Tilmech {

// Redcarpet's emphasis on top of cmark-gfm's (REDCARPET.md, kinds M-f and M-g). The live
// site's Redcarpet opens emphasis at any "*", "**", "_" or "__" that a non-space follows and
// closes it at the next same run that a non-space precedes, whatever stands around them:
// "**Орду:**Мектептин" and "**问题？**下载" are strong there, "a_b_c" is a<em>b</em>c.
// CommonMark's flanking rules leave those runs as literal text; this pass, run over the
// document after cmark-gfm has parsed it, turns the runs cmark left literal into the
// emphasis Redcarpet makes. Only inline nodes change, so the blocks and their source
// positions stay as they are.
class RedcarpetInlines
{
public:
    // The lines (1-based) with a "*" or "_" run that Redcarpet could open or close emphasis
    // at and CommonMark could not: elsewhere cmark-gfm's emphasis is already Redcarpet's. A
    // linear scan, much cheaper than the pass.
    static QVector<int> linesThatMayDiffer(QByteArrayView markdown);
    // The pass, over the blocks that hold one of `lines`, for markdown of `size` bytes.
    static void apply(cmark_node *document, const QVector<int> &lines, qsizetype size);
};

} // namespace Tilmech
