#pragma once

#include <QByteArray>
#include <memory>
#include <utility>
#include <vector>

namespace Tilmech {

// A Ruby expression from an ERB tag or a Haml line, as far as Tilmech understands Ruby:
// literals, instance variables, helper calls with positional and keyword arguments,
// method chains, indexing, arrays, hashes, string interpolation, comparison and boolean
// operators. Nothing here is ever executed as Ruby; the evaluator interprets the helpers it
// knows and reports the rest as unevaluable.
struct Expr
{
    enum class Kind : quint8
    {
        Invalid, // could not be parsed: `error` says why
        Nil,
        True,
        False,
        Number,       // `name` holds the digits
        String,       // `value` holds the unescaped text
        Interpolated, // "…#{expr}…": `args` alternate String parts and expressions
        Symbol,       // `name`
        InstanceVar,  // `name` without the '@'
        Call,         // `receiver`.`name`(`args`, `pairs`); a bare identifier is a call too
        Index,        // `receiver`[`args`]
        Array,        // [`args`]
        Hash,         // {`pairs`}
        Binary,       // `args`[0] `name` `args`[1]; name is ==, !=, &&, ||, +
        Not,          // !`args`[0]
    };

    Kind kind = Kind::Invalid;
    QByteArray name;
    QByteArray value;
    QByteArray error;
    std::vector<Expr> args;
    std::vector<std::pair<Expr, Expr>> pairs; // hash entries, keyword arguments
    std::shared_ptr<const Expr> receiver;
    bool parens = false; // a call written with parentheses
    int begin = 0;       // byte span in the parsed text
    int end = 0;

    bool isValid() const; // no Invalid node anywhere inside
    bool isCall(const char *method) const
    {
        return kind == Kind::Call && !receiver && name == method;
    }
    // A normalised spelling: single-quoted strings, ", " between arguments, parentheses
    // around call arguments. Two tags that mean the same call have the same canonical form.
    QByteArray canonical() const;
    // The literal text of a String or Symbol, for helper arguments; empty otherwise.
    QByteArray literalText() const;
    bool isLiteral() const { return kind == Kind::String || kind == Kind::Symbol; }
};

// The statement of an ERB code tag (<% … %>) or a Haml "-" line.
struct Statement
{
    enum class Kind : quint8
    {
        Expression,
        If,
        Unless,
        Elsif,
        Else,
        End,
        Assign,   // `target` = `expr`, or `target` ||= `expr`
        Each,     // `expr` do |`params`|: expr is the call of each, each_slice(n), each_pair…
        Sequence, // several statements separated by ';' or line breaks: `statements`
        Other,
    };
    Kind kind = Kind::Other;
    // The condition of If/Unless/Elsif, the expression of Expression, the value of Assign,
    // the loop call of Each.
    Expr expr;
    Expr target;                    // Assign: a local (a bare Call) or an element (Index)
    bool orAssign = false;          // Assign: `||=`, which keeps a value that is already true
    std::vector<QByteArray> params; // Each: the block's parameters
    // A trailing `if cond` / `unless cond` modifier of Expression and Assign.
    std::shared_ptr<const Expr> guard;
    bool guardUnless = false;
    std::vector<Statement> statements; // Sequence
};

} // namespace Tilmech
