#pragma once

#include <QByteArrayView>

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
    static void apply(cmark_node *document);
    // Whether the markdown has a "*" or "_" run that Redcarpet could open or close emphasis
    // at and CommonMark could not: without one, cmark-gfm's emphasis is already Redcarpet's
    // and apply() has nothing to do. A linear scan, much cheaper than the pass.
    static bool mayDiffer(QByteArrayView markdown);
};

} // namespace Tilmech
