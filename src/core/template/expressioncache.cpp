#include "template/expressioncache.h"

#include "template/expressionparser.h"

namespace Tilmech {

namespace {

template <typename T, typename Parse>
std::shared_ptr<const T> lookup(QMutex &mutex, QHash<QByteArray, std::shared_ptr<const T>> &map,
                                QByteArrayView text, qsizetype maxEntries, Parse parse)
{
    {
        QMutexLocker lock(&mutex);
        // A raw view as the key: no copy of the text just to look it up.
        const auto it = map.constFind(QByteArray::fromRawData(text.data(), text.size()));
        if (it != map.cend())
            return it.value();
    }
    auto parsed = std::make_shared<const T>(parse(text));
    QMutexLocker lock(&mutex);
    if (map.size() >= maxEntries)
        map.clear();
    map.insert(text.toByteArray(), parsed);
    return parsed;
}

} // namespace

std::shared_ptr<const Expr> ExpressionCache::expression(QByteArrayView text)
{
    return lookup<Expr>(m_mutex, m_expressions, text, MaxEntries,
                        [](QByteArrayView t) { return ExpressionParser::parseExpression(t); });
}

std::shared_ptr<const Statement> ExpressionCache::statement(QByteArrayView text)
{
    return lookup<Statement>(m_mutex, m_statements, text, MaxEntries,
                             [](QByteArrayView t) { return ExpressionParser::parseStatement(t); });
}

} // namespace Tilmech
