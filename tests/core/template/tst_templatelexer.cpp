// The template lexer: exact token offsets for every tag kind, and robustness on broken or
// hostile input (error tokens, never a crash, linear time).

#include "template/templatelexer.h"
#include "template/templatetree.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Tilmech;
using Kind = TemplateToken::Kind;

Q_DECLARE_METATYPE(TemplateToken::Kind)

namespace {

// "K:begin-end" for each token, with "[inner]" for tags; compact to compare in one QCOMPARE.
QString describe(QByteArrayView text, const TemplateTokens &tokens)
{
    static const char *const names[] = {"T", "O", "C", "#", "%", "I", "E"};
    QStringList parts;
    for (const TemplateToken &t : tokens) {
        QString s = QString::fromLatin1(names[int(t.kind)]) +
                    QStringLiteral(":%1-%2").arg(t.begin).arg(t.end);
        if (t.kind != Kind::Text)
            s += QLatin1Char('[') +
                 QString::fromUtf8(text.sliced(t.innerBegin, t.innerEnd - t.innerBegin)) +
                 QLatin1Char(']');
        if (t.trimLeft)
            s += QLatin1Char('<');
        if (t.trimRight)
            s += QLatin1Char('>');
        parts.append(s);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestTemplateLexer : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void baseOffset();
    void coversInput_data();
    void coversInput();
    void linearOnHostileInput_data();
    void linearOnHostileInput();
    void tree_data();
    void tree();
};

void TestTemplateLexer::tokens_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: plain text") << QByteArray("just text") << QStringLiteral("T:0-9");
    QTest::newRow("nominal: output tag") << QByteArray("a <%= hoc_s(:title) %> b")
                                         << QStringLiteral("T:0-2 O:2-22[ hoc_s(:title) ] T:22-24");
    QTest::newRow("nominal: code tag") << QByteArray("<% if @country == 'us' %>")
                                       << QStringLiteral("C:0-25[ if @country == 'us' ]");
    QTest::newRow("nominal: comment tag")
        << QByteArray("<%# note %>") << QStringLiteral("#:0-11[ note ]");
    QTest::newRow("nominal: literal <%%")
        << QByteArray("a<%%b") << QStringLiteral("T:0-1 %:1-4[] T:4-5");
    QTest::newRow("nominal: include") << QByteArray("[x]({{ urls/learn }})")
                                      << QStringLiteral("T:0-4 I:4-20[ urls/learn ] T:20-21");
    QTest::newRow("nominal: tag without spaces")
        << QByteArray("<%=request.host%>") << QStringLiteral("O:0-17[request.host]");
    QTest::newRow("nominal: trim newline after -%>")
        << QByteArray("<% x -%>\nnext") << QStringLiteral("C:0-8[ x ]> T:9-13");
    QTest::newRow("nominal: trim CRLF after -%>")
        << QByteArray("<% x -%>\r\nnext") << QStringLiteral("C:0-8[ x ]> T:10-14");
    QTest::newRow("nominal: <%- trims indentation")
        << QByteArray("a\n   <%- x %>") << QStringLiteral("T:0-2 C:5-13[ x ]<");
    QTest::newRow("nominal: <%- after text keeps the text")
        << QByteArray("a b <%- x %>") << QStringLiteral("T:0-4 C:4-12[ x ]<");
    QTest::newRow("nominal: multi-line code tag")
        << QByteArray("<%\n  a = 1\n%>\n") << QStringLiteral("C:0-13[\n  a = 1\n] T:13-14");
    QTest::newRow("nominal: adjacent tags")
        << QByteArray("<%= a %><%= b %>") << QStringLiteral("O:0-8[ a ] O:8-16[ b ]");
    QTest::newRow("nominal: %> inside a string is still the end (as in ERB)")
        << QByteArray("<%= '%>' %>") << QStringLiteral("O:0-7[ '] T:7-11");
    QTest::newRow("robustness: unterminated tag at the end")
        << QByteArray("text <%= hoc_s(:a)") << QStringLiteral("T:0-5 E:5-18[= hoc_s(:a)]");
    QTest::newRow("robustness: unterminated tag, then a good one")
        << QByteArray("<%= a\n<%= b %>") << QStringLiteral("E:0-5[= a] T:5-6 O:6-14[ b ]");
    QTest::newRow("nominal: an include may span lines, as pegasus' {{([^}]*)}} does")
        << QByteArray("{{ urls/learn\nnext }}") << QStringLiteral("I:0-21[ urls/learn\nnext ]");
    QTest::newRow("robustness: unterminated include stops at the line end")
        << QByteArray("{{ urls/learn\nnext") << QStringLiteral("E:0-13[ urls/learn] T:13-18");
    QTest::newRow("robustness: a lone } before }} ends no include")
        << QByteArray("{{ a } b }}\nnext") << QStringLiteral("E:0-11[ a } b }}] T:11-16");
    QTest::newRow("nominal: { inside the name is part of it")
        << QByteArray("{{{ a }}") << QStringLiteral("I:0-8[{ a ]");
    QTest::newRow("robustness: stray %> is text")
        << QByteArray("a %> b") << QStringLiteral("T:0-6");
    QTest::newRow("robustness: lost < is text")
        << QByteArray("href=\"%= resolve_url('/x') %\"") << QStringLiteral("T:0-29");
    QTest::newRow("robustness: lone <% at the end")
        << QByteArray("<%") << QStringLiteral("E:0-2[]");
    QTest::newRow("robustness: lone {{ at the end")
        << QByteArray("{{") << QStringLiteral("E:0-2[]");
    QTest::newRow("robustness: empty input") << QByteArray() << QString();
    QTest::newRow("robustness: full-width percent is text")
        << QByteArray("<\xEF\xBC\x85= a \xEF\xBC\x85>") << QStringLiteral("T:0-12");
}

void TestTemplateLexer::tokens()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QCOMPARE(describe(input, TemplateLexer::tokenize(input)), expected);
}

void TestTemplateLexer::baseOffset()
{
    const QByteArray text("---\ntitle: x\n---\nA <%= b %>");
    const qsizetype body = text.indexOf("A ");
    const TemplateTokens tokens = TemplateLexer::tokenize(QByteArrayView(text).sliced(body), body);
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(text.mid(tokens[1].begin, tokens[1].end - tokens[1].begin), QByteArray("<%= b %>"));
}

void TestTemplateLexer::coversInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("robustness: mixed junk") << QByteArray("<%<%{{%>}}<%=%>{{}}<%#<%%%>-%>\n");
    QTest::newRow("robustness: nested braces") << QByteArray("{{ {{ a }} }}");
    QTest::newRow("robustness: only delimiters") << QByteArray("%>%>}}}}<%%<%%");
    QTest::newRow("robustness: NUL bytes") << QByteArray("a\0<%= \0 %>b", 11);
}

void TestTemplateLexer::coversInput()
{
    // Tokens are ordered, never overlap, and stay inside the input.
    QFETCH(QByteArray, input);
    const TemplateTokens tokens = TemplateLexer::tokenize(input);
    qsizetype last = 0;
    for (const TemplateToken &t : tokens) {
        QVERIFY(t.begin >= last);
        QVERIFY(t.end > t.begin);
        QVERIFY(t.end <= input.size());
        QVERIFY(t.innerBegin >= t.begin && t.innerEnd <= t.end && t.innerBegin <= t.innerEnd);
        last = t.end;
    }
}

void TestTemplateLexer::linearOnHostileInput_data()
{
    QTest::addColumn<QByteArray>("unit");
    QTest::newRow("robustness: openers only") << QByteArray("<%");
    QTest::newRow("robustness: include openers only") << QByteArray("{{");
    QTest::newRow("robustness: opener then text") << QByteArray("<%= x ");
    QTest::newRow("robustness: closers only") << QByteArray("%>}}");
    QTest::newRow("robustness: tags") << QByteArray("<%= a %>");
}

void TestTemplateLexer::linearOnHostileInput()
{
    // A quadratic lexer takes minutes on these 2 MB inputs; a linear one, milliseconds.
    // The measure is the token count; the time bound only catches a gross regression.
    QFETCH(QByteArray, unit);
    const QByteArray input = unit.repeated(2 * 1024 * 1024 / unit.size());
    QElapsedTimer timer;
    timer.start();
    const TemplateTokens tokens = TemplateLexer::tokenize(input);
    QVERIFY(!tokens.isEmpty());
    QVERIFY2(timer.elapsed() < 5000, "lexing 2 MB took more than 5 s");
    const TemplateTree tree = TemplateTree::parse(tokens, input, 0);
    QVERIFY(!tree.nodes().empty());
}

void TestTemplateLexer::tree_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("shape");

    QTest::newRow("nominal: if/elsif/else/end")
        << QByteArray("<% if @country == 'us' %>A<% elsif @country == 'uk' %>B<% else %>C<% end %>")
        << QStringLiteral("cond(if:T,elsif:T,else:T)end");
    QTest::newRow("nominal: nested conditionals")
        << QByteArray("<% if a %><% if b %>x<% end %><% end %>")
        << QStringLiteral("cond(if:cond(if:T)end)end");
    QTest::newRow("nominal: unless")
        << QByteArray("<% unless a %>x<% end %>") << QStringLiteral("cond(unless:T)end");
    QTest::newRow("robustness: missing end")
        << QByteArray("<% if a %>x") << QStringLiteral("cond(if:T)");
    QTest::newRow("robustness: stray end") << QByteArray("x<% end %>") << QStringLiteral("T stray");
    QTest::newRow("robustness: stray else")
        << QByteArray("<% else %>x") << QStringLiteral("stray T");
    QTest::newRow("robustness: two elses")
        << QByteArray("<% if a %>1<% else %>2<% else %>3<% end %>")
        << QStringLiteral("cond(if:T,else:T stray T)end");
    QTest::newRow("nominal: code and output")
        << QByteArray("<% x = 1 %><%= y %>{{ z }}") << QStringLiteral("code out inc");
}

namespace {
QString shape(const std::vector<TemplateNode> &nodes)
{
    QStringList parts;
    for (const TemplateNode &n : nodes) {
        switch (n.kind) {
        case TemplateNode::Kind::Text:
            parts << QStringLiteral("T");
            break;
        case TemplateNode::Kind::Output:
            parts << QStringLiteral("out");
            break;
        case TemplateNode::Kind::Code:
            parts << QStringLiteral("code");
            break;
        case TemplateNode::Kind::Include:
            parts << QStringLiteral("inc");
            break;
        case TemplateNode::Kind::StrayControl:
            parts << QStringLiteral("stray");
            break;
        case TemplateNode::Kind::Conditional: {
            QStringList branches;
            for (const auto &b : n.branches) {
                const char *k = b.kind == Statement::Kind::If       ? "if"
                                : b.kind == Statement::Kind::Unless ? "unless"
                                : b.kind == Statement::Kind::Elsif  ? "elsif"
                                                                    : "else";
                branches << QString::fromLatin1(k) + QLatin1Char(':') + shape(b.children);
            }
            parts << QStringLiteral("cond(") + branches.join(QLatin1Char(',')) + QLatin1Char(')') +
                         (n.endToken >= 0 ? QStringLiteral("end") : QString());
            break;
        }
        default:
            parts << QStringLiteral("?");
            break;
        }
    }
    return parts.join(QLatin1Char(' '));
}
} // namespace

void TestTemplateLexer::tree()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, shape);
    const TemplateTree tree = TemplateTree::parse(TemplateLexer::tokenize(input), input, 0);
    QCOMPARE(::shape(tree.nodes()), shape);
}

QTEST_GUILESS_MAIN(TestTemplateLexer)
#include "tst_templatelexer.moc"
