#pragma once

#include <QCoreApplication>

namespace Tilmech {

class CheckContext;

// Structure of a translation against its English source: numbers of headings, list items,
// table rows and code blocks; English headings that became bold paragraphs; and ** or __
// left unpaired in a block whose English counterpart pairs them.
class StructureChecks
{
    Q_DECLARE_TR_FUNCTIONS(StructureChecks)

public:
    static void run(CheckContext &context);
    // Unpaired ** or __ in a piece of markdown (tags masked). The checks ask EmphasisIndex,
    // which gives the same answer for many spans of one text; this is its reference.
    static bool unbalancedEmphasis(QByteArrayView text);
};

} // namespace Tilmech
