// Longer than most files, on purpose: the lexer and the recursive-descent parser of the Ruby
// subset share the token type and nothing else uses either; one level of the grammar is one
// short function.

#include "template/expressionparser.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <optional>

namespace Tilmech {

namespace {

// A parse error with a word of the expression in it: the untranslated message, a unit
// separator, the word (see ExpressionParser::errorText).
QByteArray withArgument(const char *message, const QByteArray &argument)
{
    return QByteArray(message) + '\x1f' + argument;
}

} // namespace

QString ExpressionParser::errorText(const QByteArray &error)
{
    const qsizetype separator = error.indexOf('\x1f');
    if (separator < 0)
        return QCoreApplication::translate("ExpressionParser", error.constData());
    return QCoreApplication::translate("ExpressionParser", error.left(separator).constData())
        .arg(QString::fromUtf8(error.mid(separator + 1)));
}

namespace {

constexpr int MaxDepth = 48;

enum class Tok : quint8
{
    End,
    Error,
    Ident,
    Const,
    IVar,
    Number,
    String,
    Symbol,
    Label,
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Dot,
    ColonColon,
    Arrow,
    Eq,
    Ne,
    AndAnd,
    OrOr,
    Bang,
    Plus,
    Assign,
    OpAssign,
    Pipe,
    Other,
};

struct Token
{
    Tok kind = Tok::End;
    int begin = 0;
    int end = 0;
    bool spaceBefore = false;
    QByteArray text; // identifier, symbol or label name, number, or error message
    Expr string;     // for String tokens: a String or Interpolated expression
};

bool isIdentStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (uchar(c) >= 0x80);
}
bool isIdentChar(char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9');
}
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

class Lexer
{
public:
    Lexer(QByteArrayView text, int depth) : m_text(text), m_depth(depth) {}

    Token next()
    {
        Token t;
        const qsizetype start = m_pos;
        skipSpace();
        t.spaceBefore = m_pos > start || m_pos == 0;
        t.begin = int(m_pos);
        if (m_pos >= m_text.size()) {
            t.kind = Tok::End;
            t.end = t.begin;
            return t;
        }
        const char c = m_text[m_pos];
        if (isIdentStart(c)) {
            const qsizetype b = m_pos;
            while (m_pos < m_text.size() && isIdentChar(m_text[m_pos]))
                ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '?' || m_text[m_pos] == '!') &&
                !(m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '=')) {
                ++m_pos;
            }
            t.text = m_text.sliced(b, m_pos - b).toByteArray();
            if (m_pos < m_text.size() && m_text[m_pos] == ':' &&
                !(m_pos + 1 < m_text.size() && m_text[m_pos + 1] == ':')) {
                ++m_pos;
                t.kind = Tok::Label;
            } else {
                t.kind = (c >= 'A' && c <= 'Z') ? Tok::Const : Tok::Ident;
            }
        } else if (c >= '0' && c <= '9') {
            const qsizetype b = m_pos;
            while (m_pos < m_text.size() && ((m_text[m_pos] >= '0' && m_text[m_pos] <= '9') ||
                                             m_text[m_pos] == '_' || m_text[m_pos] == '.'))
                ++m_pos;
            t.kind = Tok::Number;
            t.text = m_text.sliced(b, m_pos - b).toByteArray();
        } else if (c == '@') {
            ++m_pos;
            const qsizetype b = m_pos;
            while (m_pos < m_text.size() && isIdentChar(m_text[m_pos]))
                ++m_pos;
            if (m_pos == b)
                return error(t,
                             QT_TRANSLATE_NOOP("ExpressionParser", "'@' without a variable name"));
            t.kind = Tok::IVar;
            t.text = m_text.sliced(b, m_pos - b).toByteArray();
        } else if (c == '\'' || c == '"') {
            if (!readString(t, c))
                return t;
        } else if (c == ':') {
            if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == ':') {
                m_pos += 2;
                t.kind = Tok::ColonColon;
            } else if (m_pos + 1 < m_text.size() && isIdentStart(m_text[m_pos + 1])) {
                ++m_pos;
                const qsizetype b = m_pos;
                while (m_pos < m_text.size() && isIdentChar(m_text[m_pos]))
                    ++m_pos;
                if (m_pos < m_text.size() && (m_text[m_pos] == '?' || m_text[m_pos] == '!'))
                    ++m_pos;
                t.kind = Tok::Symbol;
                t.text = m_text.sliced(b, m_pos - b).toByteArray();
            } else if (m_pos + 1 < m_text.size() &&
                       (m_text[m_pos + 1] == '\'' || m_text[m_pos + 1] == '"')) {
                ++m_pos;
                Token s;
                if (!readString(s, m_text[m_pos]))
                    return error(t, s.text);
                if (s.string.kind != Expr::Kind::String)
                    return error(t, QT_TRANSLATE_NOOP("ExpressionParser",
                                                      "interpolated symbols are not supported"));
                t.kind = Tok::Symbol;
                t.text = s.string.value;
            } else {
                return error(t, QT_TRANSLATE_NOOP("ExpressionParser", "':' without a symbol name"));
            }
        } else {
            ++m_pos;
            auto peek = [&](char expected) {
                if (m_pos < m_text.size() && m_text[m_pos] == expected) {
                    ++m_pos;
                    return true;
                }
                return false;
            };
            switch (c) {
            case '(':
                t.kind = Tok::LParen;
                break;
            case ')':
                t.kind = Tok::RParen;
                break;
            case '[':
                t.kind = Tok::LBracket;
                break;
            case ']':
                t.kind = Tok::RBracket;
                break;
            case '{':
                t.kind = Tok::LBrace;
                break;
            case '}':
                t.kind = Tok::RBrace;
                break;
            case ',':
                t.kind = Tok::Comma;
                break;
            case '.':
                t.kind = Tok::Dot;
                break;
            case '+':
                t.kind = peek('=') ? Tok::OpAssign : Tok::Plus;
                break;
            case '=':
                if (peek('='))
                    t.kind = Tok::Eq;
                else if (peek('>'))
                    t.kind = Tok::Arrow;
                else if (peek('~'))
                    t.kind = Tok::Other;
                else
                    t.kind = Tok::Assign;
                break;
            case '!':
                t.kind = peek('=') ? Tok::Ne : Tok::Bang;
                break;
            case '&':
                t.kind = peek('&') ? Tok::AndAnd : Tok::Other;
                break;
            case '|':
                if (peek('|'))
                    t.kind = peek('=') ? Tok::OpAssign : Tok::OrOr;
                else
                    t.kind = Tok::Pipe;
                break;
            default:
                t.kind = Tok::Other;
                break;
            }
            t.text = m_text.sliced(t.begin, m_pos - t.begin).toByteArray();
        }
        t.end = int(m_pos);
        return t;
    }

private:
    Token &error(Token &t, const QByteArray &message)
    {
        t.kind = Tok::Error;
        t.text = message;
        t.end = int(m_pos);
        m_pos = m_text.size();
        return t;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (isSpace(c)) {
                ++m_pos;
            } else if (c == '\\' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') {
                m_pos += 2;
            } else {
                break;
            }
        }
    }

    bool readString(Token &t, char quote)
    {
        const qsizetype open = m_pos;
        ++m_pos;
        Expr result;
        result.kind = Expr::Kind::String;
        QByteArray literal;
        std::vector<Expr> parts;
        bool interpolated = false;
        while (true) {
            if (m_pos >= m_text.size()) {
                m_pos = open;
                error(t, QT_TRANSLATE_NOOP("ExpressionParser", "unterminated string"));
                return false;
            }
            const char c = m_text[m_pos];
            if (c == quote) {
                ++m_pos;
                break;
            }
            if (c == '\\' && m_pos + 1 < m_text.size()) {
                const char e = m_text[m_pos + 1];
                m_pos += 2;
                if (quote == '\'') {
                    if (e != '\'' && e != '\\')
                        literal += '\\';
                    literal += e;
                    continue;
                }
                switch (e) {
                case 'n':
                    literal += '\n';
                    break;
                case 't':
                    literal += '\t';
                    break;
                case 'r':
                    literal += '\r';
                    break;
                case 'e':
                    literal += '\x1b';
                    break;
                case 's':
                    literal += ' ';
                    break;
                case '0':
                    literal += '\0';
                    break;
                default:
                    literal += e;
                    break;
                }
                continue;
            }
            if (quote == '"' && c == '#' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '{') {
                // Find the matching brace, skipping nested braces and strings.
                qsizetype p = m_pos + 2;
                int level = 1;
                char inString = 0;
                while (p < m_text.size() && level > 0) {
                    const char d = m_text[p];
                    if (inString) {
                        if (d == '\\')
                            ++p;
                        else if (d == inString)
                            inString = 0;
                    } else if (d == '\'' || d == '"') {
                        inString = d;
                    } else if (d == '{') {
                        ++level;
                    } else if (d == '}') {
                        --level;
                    }
                    ++p;
                }
                if (level > 0) {
                    m_pos = open;
                    error(t,
                          QT_TRANSLATE_NOOP("ExpressionParser", "unterminated #{ } in a string"));
                    return false;
                }
                interpolated = true;
                Expr part;
                part.kind = Expr::Kind::String;
                part.value = literal;
                parts.push_back(std::move(part));
                literal.clear();
                const QByteArrayView inner = m_text.sliced(m_pos + 2, p - 1 - (m_pos + 2));
                Expr sub;
                if (m_depth >= MaxDepth) {
                    sub.kind = Expr::Kind::Invalid;
                    sub.error =
                        QT_TRANSLATE_NOOP("ExpressionParser", "expression nested too deeply");
                } else {
                    sub = ExpressionParserAccess::parse(inner, m_depth + 1);
                }
                parts.push_back(std::move(sub));
                m_pos = p;
                continue;
            }
            literal += c;
            ++m_pos;
        }
        if (interpolated) {
            Expr part;
            part.kind = Expr::Kind::String;
            part.value = literal;
            parts.push_back(std::move(part));
            result.kind = Expr::Kind::Interpolated;
            result.args = std::move(parts);
        } else {
            result.value = literal;
        }
        result.begin = int(open);
        result.end = int(m_pos);
        t.kind = Tok::String;
        t.string = std::move(result);
        return true;
    }

public:
    struct ExpressionParserAccess
    {
        static Expr parse(QByteArrayView text, int depth);
    };

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
};

Expr invalid(const QByteArray &message, int begin, int end)
{
    Expr e;
    e.kind = Expr::Kind::Invalid;
    e.error = message;
    e.begin = begin;
    e.end = end;
    return e;
}

bool isKeyword(const QByteArray &word)
{
    static const char *const keywords[] = {"if",   "unless", "elsif", "else", "end",   "do",
                                           "then", "and",    "or",    "not",  "while", "until"};
    for (const char *k : keywords) {
        if (word == k)
            return true;
    }
    return false;
}

class Parser
{
public:
    Parser(QByteArrayView text, int depth) : m_lexer(text, depth), m_depth(depth)
    {
        m_current = m_lexer.next();
        m_next = m_lexer.next();
    }

    Expr parseWhole()
    {
        Expr e = parseExpr(true);
        if (e.kind != Expr::Kind::Invalid && m_current.kind != Tok::End)
            return unexpected();
        return e;
    }

    const Token &current() const { return m_current; }
    void advance()
    {
        m_current = std::move(m_next);
        m_next = m_lexer.next();
    }

private:
    Expr unexpected()
    {
        if (m_current.kind == Tok::Error)
            return invalid(m_current.text, m_current.begin, m_current.end);
        if (m_current.kind == Tok::End)
            return invalid(
                QT_TRANSLATE_NOOP("ExpressionParser", "unexpected end of the expression"),
                m_current.begin, m_current.end);
        return invalid(
            withArgument(QT_TRANSLATE_NOOP("ExpressionParser", "unexpected '%1'"), m_current.text),
            m_current.begin, m_current.end);
    }

    bool enter() { return ++m_depth <= MaxDepth; }
    void leave() { --m_depth; }

    Expr binary(Expr lhs, const QByteArray &op, Expr rhs)
    {
        Expr e;
        e.kind = Expr::Kind::Binary;
        e.name = op;
        e.begin = lhs.begin;
        e.end = rhs.end;
        e.args.push_back(std::move(lhs));
        e.args.push_back(std::move(rhs));
        return e;
    }

    Expr parseExpr(bool allowCommand)
    {
        if (!enter()) {
            leave();
            return invalid(QT_TRANSLATE_NOOP("ExpressionParser", "expression nested too deeply"),
                           m_current.begin, m_current.end);
        }
        Expr e = parseOr(allowCommand);
        leave();
        return e;
    }

    // A left-associative chain "a op b op c" over what `operand` reads; the operator is the
    // token `symbol` or, where Ruby has one, the word `word`. The right operands may be
    // commands only where the left one may.
    Expr parseChain(bool allowCommand, Expr (Parser::*operand)(bool), Tok symbol, const char *word,
                    const char *op, bool rightAllowsCommand)
    {
        Expr lhs = (this->*operand)(allowCommand);
        while (lhs.kind != Expr::Kind::Invalid &&
               (m_current.kind == symbol ||
                (word && m_current.kind == Tok::Ident && m_current.text == word))) {
            advance();
            Expr rhs = (this->*operand)(rightAllowsCommand && allowCommand);
            if (rhs.kind == Expr::Kind::Invalid)
                return rhs;
            lhs = binary(std::move(lhs), op, std::move(rhs));
        }
        return lhs;
    }

    Expr parseOr(bool allowCommand)
    {
        return parseChain(allowCommand, &Parser::parseAnd, Tok::OrOr, "or", "||", true);
    }

    Expr parseAnd(bool allowCommand)
    {
        return parseChain(allowCommand, &Parser::parseNot, Tok::AndAnd, "and", "&&", true);
    }

    Expr parseNot(bool allowCommand)
    {
        if (m_current.kind == Tok::Bang ||
            (m_current.kind == Tok::Ident && m_current.text == "not")) {
            const int begin = m_current.begin;
            advance();
            if (!enter()) {
                leave();
                return invalid(
                    QT_TRANSLATE_NOOP("ExpressionParser", "expression nested too deeply"), begin,
                    begin);
            }
            Expr operand = parseNot(allowCommand);
            leave();
            if (operand.kind == Expr::Kind::Invalid)
                return operand;
            Expr e;
            e.kind = Expr::Kind::Not;
            e.begin = begin;
            e.end = operand.end;
            e.args.push_back(std::move(operand));
            return e;
        }
        return parseEquality(allowCommand);
    }

    Expr parseEquality(bool allowCommand)
    {
        Expr lhs = parseAdd(allowCommand);
        if (lhs.kind != Expr::Kind::Invalid &&
            (m_current.kind == Tok::Eq || m_current.kind == Tok::Ne)) {
            const QByteArray op = m_current.kind == Tok::Eq ? "==" : "!=";
            advance();
            Expr rhs = parseAdd(false);
            if (rhs.kind == Expr::Kind::Invalid)
                return rhs;
            lhs = binary(std::move(lhs), op, std::move(rhs));
        }
        return lhs;
    }

    Expr parseAdd(bool allowCommand)
    {
        return parseChain(allowCommand, &Parser::parsePostfix, Tok::Plus, nullptr, "+", false);
    }

    bool startsCommandArgument(const Token &t) const
    {
        if (!t.spaceBefore)
            return false;
        switch (t.kind) {
        case Tok::String:
        case Tok::Symbol:
        case Tok::Number:
        case Tok::IVar:
        case Tok::Const:
        case Tok::Label:
            return true;
        case Tok::Ident:
            return !isKeyword(t.text);
        default:
            return false;
        }
    }

    // Arguments after "(" up to ")", or command arguments up to the end.
    bool parseArguments(Expr &call, bool parenthesised)
    {
        if (parenthesised && m_current.kind == Tok::RParen) {
            call.end = m_current.end;
            advance();
            return true;
        }
        while (true) {
            if (m_current.kind == Tok::Label) {
                Expr key;
                key.kind = Expr::Kind::Symbol;
                key.name = m_current.text;
                key.begin = m_current.begin;
                key.end = m_current.end;
                advance();
                Expr value = parseExpr(false);
                if (value.kind == Expr::Kind::Invalid) {
                    call = std::move(value);
                    return false;
                }
                call.pairs.emplace_back(std::move(key), std::move(value));
            } else {
                Expr arg = parseExpr(false);
                if (arg.kind == Expr::Kind::Invalid) {
                    call = std::move(arg);
                    return false;
                }
                if (m_current.kind == Tok::Arrow) {
                    advance();
                    Expr value = parseExpr(false);
                    if (value.kind == Expr::Kind::Invalid) {
                        call = std::move(value);
                        return false;
                    }
                    call.pairs.emplace_back(std::move(arg), std::move(value));
                } else if (!call.pairs.empty()) {
                    call =
                        invalid(QT_TRANSLATE_NOOP("ExpressionParser",
                                                  "a positional argument after keyword arguments"),
                                arg.begin, arg.end);
                    return false;
                } else {
                    call.args.push_back(std::move(arg));
                }
            }
            call.end = m_current.begin;
            if (m_current.kind == Tok::Comma) {
                advance();
                continue;
            }
            if (parenthesised) {
                if (m_current.kind != Tok::RParen) {
                    call = m_current.kind == Tok::End
                               ? invalid(QT_TRANSLATE_NOOP("ExpressionParser", "missing ')'"),
                                         m_current.begin, m_current.end)
                               : unexpected();
                    return false;
                }
                call.end = m_current.end;
                advance();
            }
            return true;
        }
    }

    // After an identifier or a ".name": optional arguments in parentheses or as a command.
    bool parseCallTail(Expr &call, bool allowCommand)
    {
        // "f(x)", and "f (x)" which Ruby reads the same way when f takes arguments.
        if (m_current.kind == Tok::LParen && (!m_current.spaceBefore || allowCommand)) {
            call.parens = true;
            advance();
            return parseArguments(call, true);
        }
        if (allowCommand && startsCommandArgument(m_current))
            return parseArguments(call, false);
        return true;
    }

    Expr parsePostfix(bool allowCommand)
    {
        Expr e = parsePrimary(allowCommand);
        while (e.kind != Expr::Kind::Invalid) {
            if (m_current.kind == Tok::Dot) {
                advance();
                if (m_current.kind != Tok::Ident && m_current.kind != Tok::Const)
                    return m_current.kind == Tok::Label
                               ? invalid(QT_TRANSLATE_NOOP("ExpressionParser",
                                                           "unexpected ':' after a method name"),
                                         m_current.begin, m_current.end)
                               : unexpected();
                Expr call;
                call.kind = Expr::Kind::Call;
                call.name = m_current.text;
                call.begin = e.begin;
                call.end = m_current.end;
                call.receiver = std::make_shared<const Expr>(std::move(e));
                advance();
                if (!parseCallTail(call, allowCommand))
                    return call;
                e = std::move(call);
            } else if (m_current.kind == Tok::LBracket && !m_current.spaceBefore) {
                advance();
                Expr index;
                index.kind = Expr::Kind::Index;
                index.begin = e.begin;
                index.receiver = std::make_shared<const Expr>(std::move(e));
                while (m_current.kind != Tok::RBracket) {
                    Expr arg = parseExpr(false);
                    if (arg.kind == Expr::Kind::Invalid)
                        return arg;
                    index.args.push_back(std::move(arg));
                    if (m_current.kind == Tok::Comma)
                        advance();
                    else if (m_current.kind != Tok::RBracket)
                        return unexpected();
                }
                index.end = m_current.end;
                advance();
                e = std::move(index);
            } else if (m_current.kind == Tok::ColonColon) {
                advance();
                if (m_current.kind != Tok::Const && m_current.kind != Tok::Ident)
                    return unexpected();
                Expr call;
                call.kind = Expr::Kind::Call;
                call.name = m_current.text;
                call.begin = e.begin;
                call.end = m_current.end;
                call.receiver = std::make_shared<const Expr>(std::move(e));
                advance();
                e = std::move(call);
            } else {
                break;
            }
        }
        return e;
    }

    Expr parsePrimary(bool allowCommand)
    {
        Token t = std::move(m_current);
        m_current.kind = t.kind; // still looked at by unexpected() and the switch below
        m_current.begin = t.begin;
        m_current.end = t.end;
        m_current.text = t.text;
        Expr e;
        e.begin = t.begin;
        e.end = t.end;
        switch (t.kind) {
        case Tok::String:
            advance();
            return std::move(t.string);
        case Tok::Number:
            advance();
            e.kind = Expr::Kind::Number;
            e.name = t.text;
            return e;
        case Tok::Symbol:
            advance();
            e.kind = Expr::Kind::Symbol;
            e.name = t.text;
            return e;
        case Tok::IVar:
            advance();
            e.kind = Expr::Kind::InstanceVar;
            e.name = t.text;
            return e;
        case Tok::Const:
        case Tok::Ident:
            if (t.kind == Tok::Ident && isKeyword(t.text))
                return invalid(
                    withArgument(QT_TRANSLATE_NOOP("ExpressionParser", "unexpected keyword '%1'"),
                                 t.text),
                    t.begin, t.end);
            advance();
            if (t.text == "nil" || t.text == "true" || t.text == "false") {
                e.kind = t.text == "nil"    ? Expr::Kind::Nil
                         : t.text == "true" ? Expr::Kind::True
                                            : Expr::Kind::False;
                return e;
            }
            e.kind = Expr::Kind::Call;
            e.name = t.text;
            if (m_current.kind == Tok::Assign || m_current.kind == Tok::OpAssign)
                return invalid(
                    QT_TRANSLATE_NOOP("ExpressionParser",
                                      "assignment is Ruby code that Tilmech does not run"),
                    t.begin, m_current.end);
            parseCallTail(e, allowCommand);
            return e;
        case Tok::LParen: {
            advance();
            Expr inner = parseExpr(true);
            if (inner.kind == Expr::Kind::Invalid)
                return inner;
            if (m_current.kind != Tok::RParen)
                return unexpected();
            advance();
            return inner;
        }
        case Tok::LBracket: {
            advance();
            e.kind = Expr::Kind::Array;
            while (m_current.kind != Tok::RBracket) {
                Expr item = parseExpr(false);
                if (item.kind == Expr::Kind::Invalid)
                    return item;
                e.args.push_back(std::move(item));
                if (m_current.kind == Tok::Comma)
                    advance();
                else if (m_current.kind != Tok::RBracket)
                    return unexpected();
            }
            e.end = m_current.end;
            advance();
            return e;
        }
        case Tok::LBrace: {
            advance();
            e.kind = Expr::Kind::Hash;
            while (m_current.kind != Tok::RBrace) {
                Expr key;
                if (m_current.kind == Tok::Label) {
                    key.kind = Expr::Kind::Symbol;
                    key.name = m_current.text;
                    key.begin = m_current.begin;
                    key.end = m_current.end;
                    advance();
                } else {
                    key = parseExpr(false);
                    if (key.kind == Expr::Kind::Invalid)
                        return key;
                    if (m_current.kind != Tok::Arrow)
                        return unexpected();
                    advance();
                }
                Expr value = parseExpr(false);
                if (value.kind == Expr::Kind::Invalid)
                    return value;
                e.pairs.emplace_back(std::move(key), std::move(value));
                if (m_current.kind == Tok::Comma)
                    advance();
                else if (m_current.kind != Tok::RBrace)
                    return unexpected();
            }
            e.end = m_current.end;
            advance();
            return e;
        }
        case Tok::Label:
            return invalid(
                withArgument(QT_TRANSLATE_NOOP("ExpressionParser", "unexpected label '%1:'"),
                             t.text),
                t.begin, t.end);
        default:
            return unexpected();
        }
        Q_UNUSED(allowCommand);
    }

    Lexer m_lexer;
    Token m_current;
    Token m_next;
    int m_depth;
};

} // namespace

Expr Lexer::ExpressionParserAccess::parse(QByteArrayView text, int depth)
{
    Parser parser(text, depth);
    return parser.parseWhole();
}

Expr ExpressionParser::parseExpression(QByteArrayView text)
{
    Parser parser(text, 0);
    return parser.parseWhole();
}

namespace {

// Offset just past the string literal that opens at `open`, skipping its #{ } parts; the end
// of the text when it is never closed. `depth` bounds interpolations nested in
// interpolations.
qsizetype skipString(QByteArrayView text, qsizetype open, int depth)
{
    const char quote = text[open];
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\') {
            ++i;
        } else if (c == quote) {
            return i + 1;
        } else if (quote == '"' && c == '#' && i + 1 < text.size() && text[i + 1] == '{') {
            if (depth >= MaxDepth)
                return text.size();
            int level = 0;
            for (i += 1; i < text.size(); ++i) {
                if (text[i] == '\'' || text[i] == '"') {
                    i = skipString(text, i, depth + 1) - 1;
                } else if (text[i] == '{') {
                    ++level;
                } else if (text[i] == '}' && --level == 0) {
                    break;
                }
            }
        }
    }
    return text.size();
}

// Calls `stop(i)` at every byte of `text` that is outside strings and brackets, until it
// returns true; returns that offset, or -1.
template <typename Stop> qsizetype findTopLevel(QByteArrayView text, Stop stop)
{
    int level = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\'' || c == '"') {
            i = skipString(text, i, 0) - 1;
        } else if (c == '(' || c == '[' || c == '{') {
            ++level;
        } else if (c == ')' || c == ']' || c == '}') {
            level = std::max(0, level - 1);
        } else if (level == 0 && stop(i)) {
            return i;
        }
    }
    return -1;
}

bool isWordAt(QByteArrayView text, qsizetype i, QByteArrayView word)
{
    return text.sliced(i).startsWith(word) && (i == 0 || isSpace(text[i - 1])) &&
           (i + word.size() == text.size() || isSpace(text[i + word.size()]));
}

// The statements of a code block: split at ';' and at line breaks that do not continue an
// expression (after ',', an opening bracket, an operator or a backslash).
std::vector<QByteArrayView> splitStatements(QByteArrayView text)
{
    std::vector<QByteArrayView> parts;
    qsizetype from = 0;
    auto take = [&](qsizetype to) {
        const QByteArrayView part = text.sliced(from, to - from).trimmed();
        if (!part.isEmpty())
            parts.push_back(part);
        from = to + 1;
    };
    findTopLevel(text, [&](qsizetype i) {
        if (text[i] == ';') {
            take(i);
        } else if (text[i] == '\n') {
            const QByteArrayView before = text.sliced(from, i - from).trimmed();
            static const QByteArrayView continuing = ",([{+&=\\";
            if (before.isEmpty() || !continuing.contains(before.back()))
                take(i);
        }
        return false;
    });
    take(text.size());
    return parts;
}

Statement otherCode(Expr e)
{
    Statement s;
    s.kind = Statement::Kind::Other;
    s.expr = std::move(e);
    return s;
}

// `head do |a, b|`: a loop over what `head` calls (each, each_slice(n), each_pair…).
std::optional<Statement> parseBlock(QByteArrayView text)
{
    const qsizetype at = findTopLevel(text, [&](qsizetype i) { return isWordAt(text, i, "do"); });
    if (at < 0)
        return std::nullopt;
    Statement s;
    QByteArrayView params = text.sliced(at + 2).trimmed();
    if (!params.isEmpty()) {
        if (params.size() < 2 || !params.startsWith('|') || !params.endsWith('|'))
            return otherCode(Expr());
        const QList<QByteArray> names =
            params.sliced(1, params.size() - 2).toByteArray().split(',');
        for (const QByteArray &name : names) {
            const QByteArray p = name.trimmed();
            if (p.isEmpty() || !isIdentStart(p[0]) || !std::all_of(p.begin(), p.end(), isIdentChar))
                return otherCode(Expr());
            s.params.push_back(p);
        }
    }
    s.expr = ExpressionParser::parseExpression(text.first(at));
    if (s.expr.kind != Expr::Kind::Call || !s.expr.receiver || !s.expr.isValid())
        return otherCode(std::move(s.expr));
    s.kind = Statement::Kind::Each;
    return s;
}

// `target = value` or `target ||= value`, where target is a local or an element.
std::optional<Statement> parseAssignment(QByteArrayView text)
{
    const qsizetype at = findTopLevel(text, [&](qsizetype i) {
        if (text[i] != '=')
            return false;
        const char next = i + 1 < text.size() ? text[i + 1] : ' ';
        const char prev = i > 0 ? text[i - 1] : ' ';
        return next != '=' && next != '>' && next != '~' && prev != '=' && prev != '!' &&
               prev != '<' && prev != '>';
    });
    if (at < 0)
        return std::nullopt;
    Statement s;
    QByteArrayView lhs = text.first(at);
    if (lhs.endsWith("||")) {
        s.orAssign = true;
        lhs.chop(2);
    } else if (!lhs.isEmpty() && !isIdentChar(lhs.back()) && !isSpace(lhs.back()) &&
               lhs.back() != ']') {
        return otherCode(Expr()); // +=, -=, *= …: not interpreted
    }
    s.target = ExpressionParser::parseExpression(lhs);
    const bool local = s.target.kind == Expr::Kind::Call && !s.target.receiver &&
                       s.target.args.empty() && s.target.pairs.empty() && !s.target.parens;
    const bool element =
        s.target.kind == Expr::Kind::Index && s.target.args.size() == 1 && s.target.isValid();
    if (!local && !element)
        return otherCode(s.target.isValid() ? Expr() : std::move(s.target));
    s.expr = ExpressionParser::parseExpression(text.sliced(at + 1));
    if (!s.expr.isValid())
        return otherCode(std::move(s.expr));
    s.kind = Statement::Kind::Assign;
    return s;
}

// One statement that is not control flow: a block, an assignment or an expression, with an
// optional trailing `if`/`unless` modifier.
Statement parseSimple(QByteArrayView text)
{
    if (std::optional<Statement> block = parseBlock(text))
        return std::move(*block);
    const qsizetype modifier = findTopLevel(text, [&](qsizetype i) {
        return i > 0 && (isWordAt(text, i, "if") || isWordAt(text, i, "unless"));
    });
    std::shared_ptr<const Expr> guard;
    const bool guardUnless = modifier >= 0 && text[modifier] == 'u';
    if (modifier >= 0) {
        const Expr condition =
            ExpressionParser::parseExpression(text.sliced(modifier + (guardUnless ? 6 : 2)));
        if (!condition.isValid())
            return otherCode(condition);
        guard = std::make_shared<const Expr>(condition);
        text = text.first(modifier).trimmed();
    }
    Statement s;
    if (std::optional<Statement> assignment = parseAssignment(text)) {
        s = std::move(*assignment);
    } else {
        s.expr = ExpressionParser::parseExpression(text);
        s.kind = s.expr.kind == Expr::Kind::Invalid ? Statement::Kind::Other
                                                    : Statement::Kind::Expression;
    }
    if (guard && s.kind != Statement::Kind::Other) {
        s.guard = std::move(guard);
        s.guardUnless = guardUnless;
    }
    return s;
}

} // namespace

Statement ExpressionParser::parseStatement(QByteArrayView text)
{
    Statement s;
    const QByteArrayView trimmed = text.trimmed();
    qsizetype wordEnd = 0;
    while (wordEnd < trimmed.size() && isIdentChar(trimmed[wordEnd]))
        ++wordEnd;
    const QByteArrayView word = trimmed.first(wordEnd);
    const QByteArrayView rest = trimmed.sliced(wordEnd);
    const bool restBlank = rest.trimmed().isEmpty();
    const bool wordAlone = wordEnd == trimmed.size() || isSpace(trimmed[wordEnd]) ||
                           trimmed[wordEnd] == '(' || trimmed[wordEnd] == '!' ||
                           trimmed[wordEnd] == '@' || trimmed[wordEnd] == '[';

    auto condition = [&](Statement::Kind kind) {
        s.kind = kind;
        QByteArrayView cond = rest.trimmed();
        if (cond.endsWith(" then"))
            cond.chop(5);
        s.expr = ExpressionParser::parseExpression(cond);
        // Offsets relative to the start of `text`.
        const int shift = int(rest.data() - text.data());
        s.expr.begin += shift;
        s.expr.end += shift;
        return s;
    };

    const std::vector<QByteArrayView> parts = splitStatements(trimmed);
    if (parts.size() > 1) {
        // Control flow spread over one tag is not interpreted: only simple statements.
        s.kind = Statement::Kind::Sequence;
        for (const QByteArrayView part : parts) {
            Statement one = parseSimple(part);
            if (one.kind == Statement::Kind::Other || one.kind == Statement::Kind::Each)
                return otherCode(one.kind == Statement::Kind::Other ? std::move(one.expr) : Expr());
            s.statements.push_back(std::move(one));
        }
        return s;
    }
    if (wordAlone && word == "if" && !restBlank)
        return condition(Statement::Kind::If);
    if (wordAlone && word == "unless" && !restBlank)
        return condition(Statement::Kind::Unless);
    if (wordAlone && word == "elsif" && !restBlank)
        return condition(Statement::Kind::Elsif);
    if (word == "else" && restBlank) {
        s.kind = Statement::Kind::Else;
        return s;
    }
    if (word == "end" && restBlank) {
        s.kind = Statement::Kind::End;
        return s;
    }
    return parseSimple(trimmed);
}

} // namespace Tilmech
