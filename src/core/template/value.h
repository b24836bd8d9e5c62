#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <vector>

namespace Tilmech {

// The result of evaluating an expression: what Tilmech can compute (strings, booleans, nil,
// arrays and hashes of those) or Unknown with the reason it cannot. Symbols are read as
// strings, so {:a=>1}[:a] and {'a'=>1}[:a] find the same entry.
struct Value
{
    enum class Kind : quint8
    {
        Nil,
        Bool,
        String,
        Array,
        Hash,
        Unknown
    };

    Kind kind = Kind::Nil;
    bool flag = false;
    // An Array that stands for a database query: empty, as Tilmech has no database, but the
    // live site shows rows where it is looped over.
    bool rows = false;
    QByteArray text;
    std::vector<Value> items;     // Array items; Hash values
    std::vector<QByteArray> keys; // Hash keys, in insertion order like Ruby's
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
    static Value array(std::vector<Value> items = {})
    {
        Value v;
        v.kind = Kind::Array;
        v.items = std::move(items);
        return v;
    }
    static Value hash()
    {
        Value v;
        v.kind = Kind::Hash;
        return v;
    }
    bool isUnknown() const { return kind == Kind::Unknown; }
    // Hash: the value of `key`, or null when there is none.
    const Value *find(const QByteArray &key) const
    {
        for (size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] == key)
                return &items[i];
        }
        return nullptr;
    }
    // Hash: sets `key`, keeping the position of an existing entry.
    void insert(const QByteArray &key, Value value)
    {
        for (size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] == key) {
                items[i] = std::move(value);
                return;
            }
        }
        keys.push_back(key);
        items.push_back(std::move(value));
    }
};

using Locals = QHash<QByteArray, Value>;

} // namespace Tilmech
