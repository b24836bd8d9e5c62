#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace Tilmech {

// The result of evaluating an expression: what Tilmech can compute (strings, booleans, nil,
// arrays of those) or Unknown with the reason it cannot.
struct Value
{
    enum class Kind : quint8 { Nil, Bool, String, Array, Unknown };

    Kind kind = Kind::Nil;
    bool flag = false;
    QByteArray text;
    std::vector<Value> items;
    QString reason;

    static Value nil() { return Value(); }
    static Value boolean(bool b)
    {
        Value v;
        v.kind = Kind::Bool;
        v.flag = b;
        return v;
    }
    static Value string(QByteArray s)
    {
        Value v;
        v.kind = Kind::String;
        v.text = std::move(s);
        return v;
    }
    static Value unknown(QString why)
    {
        Value v;
        v.kind = Kind::Unknown;
        v.reason = std::move(why);
        return v;
    }
    bool isUnknown() const { return kind == Kind::Unknown; }
};

using Locals = QHash<QByteArray, Value>;

} // namespace Tilmech
