#pragma once

#include <QByteArrayView>
#include <QCoreApplication>

namespace Tilmech {

class CheckContext;

// Paragraphs the live site turns into divs: after markdown, pegasus makes every one-line
// paragraph "[…]" a <div class='…'> (and "[/…]" a </div>), whatever lies between the
// brackets. A column or id marker is meant so; a bracketed phrase such as
// "[Your Name], [Title]" silently vanishes from the page.
class DivBracketChecks
{
    Q_DECLARE_TR_FUNCTIONS(DivBracketChecks)

public:
    static void run(CheckContext &context);
    // Whether a paragraph's text (trimmed) is one line in brackets whose content is not a
    // class or id name, i.e. text the live site would hide.
    static bool vanishes(QByteArrayView paragraph);
};

} // namespace Tilmech
