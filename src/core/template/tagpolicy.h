#pragma once

#include "template/expression.h"

#include <QCoreApplication>
#include <QString>

namespace Tilmech {

struct PageTag;

// What Tilmech knows about the helpers of the site's templates: which exist, which
// arguments they take, and which tags a translation may carry although its English source
// does not (the allow-list: side-effect-free helpers with literal arguments). FORMAT's
// security rule is enforced with it: a translated tag is evaluated only when it equals a tag
// of the English source or is allow-listed.
class TagPolicy
{
    Q_DECLARE_TR_FUNCTIONS(TagPolicy)

public:
    static bool isKnownHelper(const QByteArray &name);
    static const QVector<QByteArray> &helperNames();
    // Empty when the call's arguments suit the helper; else what is wrong and how to fix it.
    static QString argumentProblem(const Expr &call);
    static bool isAllowListed(const PageTag &tag);
    static bool isKnownCampaignFormat(const QByteArray &format);
};

} // namespace Tilmech
