#include "template/expression.h"

namespace Tilmech {

namespace {

void quoteString(QByteArray &out, const QByteArray &value)
{
    out += '\'';
    for (const char c : value) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '\'';
}

void appendCanonical(QByteArray &out, const Expr &e);

void appendKey(QByteArray &out, const Expr &key)
{
    if (key.kind == Expr::Kind::Symbol) {
        out += key.name;
        out += ": ";
    } else {
        appendCanonical(out, key);
        out += " => ";
    }
}

// "[a, b]": the elements of an array or the arguments of an index.
void appendElements(QByteArray &out, const std::vector<Expr> &elements)
{
    out += '[';
    for (size_t i = 0; i < elements.size(); ++i) {
        if (i)
            out += ", ";
        appendCanonical(out, elements[i]);
    }
    out += ']';
}

void appendCanonical(QByteArray &out, const Expr &e)
{
    switch (e.kind) {
    case Expr::Kind::Invalid:
        out += "<invalid>";
        break;
    case Expr::Kind::Nil:
        out += "nil";
        break;
    case Expr::Kind::True:
        out += "true";
        break;
    case Expr::Kind::False:
        out += "false";
        break;
    case Expr::Kind::Number:
        out += e.name;
        break;
    case Expr::Kind::String:
        quoteString(out, e.value);
        break;
    case Expr::Kind::Interpolated:
        out += '"';
        for (const Expr &part : e.args) {
            if (part.kind == Expr::Kind::String) {
                for (const char c : part.value) {
                    if (c == '"' || c == '\\')
                        out += '\\';
                    out += c;
                }
            } else {
                out += "#{";
                appendCanonical(out, part);
                out += '}';
            }
        }
        out += '"';
        break;
    case Expr::Kind::Symbol:
        out += ':';
        out += e.name;
        break;
    case Expr::Kind::InstanceVar:
        out += '@';
        out += e.name;
        break;
    case Expr::Kind::Call: {
        if (e.receiver) {
            appendCanonical(out, *e.receiver);
            out += '.';
        }
        out += e.name;
        if (!e.args.empty() || !e.pairs.empty() || e.parens) {
            out += '(';
            bool first = true;
            for (const Expr &arg : e.args) {
                if (!first)
                    out += ", ";
                first = false;
                appendCanonical(out, arg);
            }
            for (const auto &pair : e.pairs) {
                if (!first)
                    out += ", ";
                first = false;
                appendKey(out, pair.first);
                appendCanonical(out, pair.second);
            }
            out += ')';
        }
        break;
    }
    case Expr::Kind::Index:
        if (e.receiver)
            appendCanonical(out, *e.receiver);
        appendElements(out, e.args);
        break;
    case Expr::Kind::Array:
        appendElements(out, e.args);
        break;
    case Expr::Kind::Hash:
        out += '{';
        for (size_t i = 0; i < e.pairs.size(); ++i) {
            if (i)
                out += ", ";
            appendKey(out, e.pairs[i].first);
            appendCanonical(out, e.pairs[i].second);
        }
        out += '}';
        break;
    case Expr::Kind::Binary:
        appendCanonical(out, e.args[0]);
        out += ' ';
        out += e.name;
        out += ' ';
        appendCanonical(out, e.args[1]);
        break;
    case Expr::Kind::Not:
        out += '!';
        appendCanonical(out, e.args[0]);
        break;
    }
}

} // namespace

bool Expr::isValid() const
{
    if (kind == Kind::Invalid)
        return false;
    if (receiver && !receiver->isValid())
        return false;
    for (const Expr &arg : args) {
        if (!arg.isValid())
            return false;
    }
    for (const auto &pair : pairs) {
        if (!pair.first.isValid() || !pair.second.isValid())
            return false;
    }
    return true;
}

QByteArray Expr::canonical() const
{
    QByteArray out;
    appendCanonical(out, *this);
    return out;
}

QByteArray Expr::literalText() const
{
    if (kind == Kind::String)
        return value;
    if (kind == Kind::Symbol)
        return name;
    return QByteArray();
}

} // namespace Tilmech
