#pragma once

#include "template/expression.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <memory>

namespace Tilmech {

// Parsed tags by their text. A page is re-rendered on every edit, and almost all of its tags
// are the same as last time: parsing each distinct tag once keeps template expansion cheap.
// Shared by the renders of one renderer, on any thread; bounded in size.
class ExpressionCache
{
public:
    std::shared_ptr<const Expr> expression(QByteArrayView text);
    std::shared_ptr<const Statement> statement(QByteArrayView text);

private:
    static constexpr qsizetype MaxEntries = 8192;
    QMutex m_mutex;
    QHash<QByteArray, std::shared_ptr<const Expr>> m_expressions;
    QHash<QByteArray, std::shared_ptr<const Statement>> m_statements;
};

} // namespace Tilmech
