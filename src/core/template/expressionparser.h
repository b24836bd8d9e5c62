#pragma once

#include "template/expression.h"

#include <QByteArrayView>
#include <QString>

namespace Tilmech {

// Parses the Ruby subset of Expr from the text between ERB delimiters. Bounded recursion and
// one token of look-ahead: malformed or hostile input gives an Invalid expression, never a
// crash, and the work is linear in the length of the text.
class ExpressionParser
{
public:
    static Expr parseExpression(QByteArrayView text);
    static Statement parseStatement(QByteArrayView text);
    // An Expr's error as the user reads it, in the interface's language.
    static QString errorText(const QByteArray &error);
};

} // namespace Tilmech
