#pragma once

#include "base/diagnostic.h"

#include <QCoreApplication>
#include <QSet>

namespace Tilmech {

class Catalog;
class CheckContext;
struct Expr;

// Locale strings: the hoc_s keys a page uses (missing in its language, so the English shows,
// or missing everywhere), and the catalog of a language on its own (%{name} placeholders
// that differ from the English, empty values, and the catalog's own problems: YAML errors,
// duplicate keys, a wrong root key).
class StringChecks
{
    Q_DECLARE_TR_FUNCTIONS(StringChecks)

public:
    static void runPage(CheckContext &context);
    static Diagnostics runCatalog(const Catalog &catalog, const Catalog *english,
                                  const QString &language, const QString &shownPath);
    static QSet<QByteArray> placeholders(const QByteArray &value);
    // The locale keys an expression reads: hoc_s(:key) and campaign_date's strings.
    static QVector<QByteArray> keysRead(const Expr &expression);
};

} // namespace Tilmech
