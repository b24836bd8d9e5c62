// The Ruby-subset expression parser: helper calls split into name and arguments, canonical
// forms, statements, and invalid input reported rather than guessed.

#include "template/expressionparser.h"

#include <QTest>

using namespace Tilmech;

class TestExpressionParser : public QObject
{
    Q_OBJECT

private slots:
    void canonical_data();
    void canonical();
    void helperCall();
    void invalid_data();
    void invalid();
    void statements_data();
    void statements();
    void deepNesting();
};

void TestExpressionParser::canonical_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("canonical");

    QTest::newRow("nominal: symbol argument")
        << QByteArray(" hoc_s(:title_press_kit) ") << QByteArray("hoc_s(:title_press_kit)");
    QTest::newRow("nominal: single-quoted string")
        << QByteArray("resolve_url('/promote/resources#sample-emails')")
        << QByteArray("resolve_url('/promote/resources#sample-emails')");
    QTest::newRow("nominal: double-quoted string becomes single-quoted")
        << QByteArray("resolve_url(\"https://code.org/learn\")")
        << QByteArray("resolve_url('https://code.org/learn')");
    QTest::newRow("nominal: method chain .inspect")
        << QByteArray("hoc_s(:title_how_to).inspect") << QByteArray("hoc_s(:title_how_to).inspect");
    QTest::newRow("nominal: command call with a symbol")
        << QByteArray("view :signup_button") << QByteArray("view(:signup_button)");
    QTest::newRow("nominal: command call with keyword arguments")
        << QByteArray("view :share_buttons, facebook:facebook, twitter:twitter")
        << QByteArray("view(:share_buttons, facebook: facebook, twitter: twitter)");
    QTest::newRow("nominal: command call with a string")
        << QByteArray("view 'popup_window.js'") << QByteArray("view('popup_window.js')");
    QTest::newRow("nominal: locals hash") << QByteArray("hoc_s(:x, locals: {count: '5'})")
                                          << QByteArray("hoc_s(:x, locals: {count: '5'})");
    QTest::newRow("nominal: hash rockets")
        << QByteArray("{:u=>\"http://x\", 'a' => 1}") << QByteArray("{u: 'http://x', 'a' => 1}");
    QTest::newRow("nominal: instance variable comparison")
        << QByteArray("@country == 'us'") << QByteArray("@country == 'us'");
    QTest::newRow("nominal: request.host")
        << QByteArray("request.host") << QByteArray("request.host");
    QTest::newRow("nominal: database query chain")
        << QByteArray("view :about_logos, "
                      "logos:DB[:cdo_partners].where(hourofcode_b:true).and(kind_s:'major')")
        << QByteArray("view(:about_logos, logos: DB[:cdo_partners].where(hourofcode_b: "
                      "true).and(kind_s: 'major'))");
    QTest::newRow("nominal: interpolated string") << QByteArray("\"http://#{request.host}/us\"")
                                                  << QByteArray("\"http://#{request.host}/us\"");
    QTest::newRow("nominal: boolean operators")
        << QByteArray("@country == 'us' || @country == 'ca' && !x")
        << QByteArray("@country == 'us' || @country == 'ca' && !x");
    QTest::newRow("nominal: include? with an array")
        << QByteArray("['us', 'ca'].include?(@country)")
        << QByteArray("['us', 'ca'].include?(@country)");
    QTest::newRow("nominal: string concatenation")
        << QByteArray("@country + '/' + @language") << QByteArray("@country + '/' + @language");
    QTest::newRow("nominal: escaped quote")
        << QByteArray("hoc_s('it\\'s')") << QByteArray("hoc_s('it\\'s')");
    QTest::newRow("nominal: quoted symbol")
        << QByteArray("hoc_s(:\"a b\")") << QByteArray("hoc_s(:a b)");
}

void TestExpressionParser::canonical()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, canonical);
    const Expr e = ExpressionParser::parseExpression(input);
    QVERIFY2(e.isValid(), e.error.constData());
    QCOMPARE(e.canonical(), canonical);
}

void TestExpressionParser::helperCall()
{
    const Expr e = ExpressionParser::parseExpression("view :share_buttons, facebook: fb");
    QCOMPARE(int(e.kind), int(Expr::Kind::Call));
    QCOMPARE(e.name, QByteArray("view"));
    QCOMPARE(e.args.size(), size_t(1));
    QCOMPARE(int(e.args[0].kind), int(Expr::Kind::Symbol));
    QCOMPARE(e.args[0].literalText(), QByteArray("share_buttons"));
    QCOMPARE(e.pairs.size(), size_t(1));
    QCOMPARE(e.pairs[0].first.literalText(), QByteArray("facebook"));
    QCOMPARE(e.pairs[0].second.name, QByteArray("fb"));

    const Expr s = ExpressionParser::parseExpression("resolve_url(\"a\\\"b\")");
    QCOMPARE(s.args[0].value, QByteArray("a\"b"));
    QCOMPARE(s.begin, 0);
    QCOMPARE(s.end, 19);
}

void TestExpressionParser::invalid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("says"); // what the error, as the user reads it, says
    QTest::newRow("robustness: typographic quotes")
        << QByteArray("resolve_url(\xE2\x80\x98/learn\xE2\x80\x99)")
        << QStringLiteral("unexpected");
    QTest::newRow("robustness: unterminated string")
        << QByteArray("hoc_s('abc)") << QStringLiteral("unterminated string");
    QTest::newRow("robustness: missing parenthesis")
        << QByteArray("hoc_s(:a") << QStringLiteral("missing ')'");
    QTest::newRow("robustness: assignment")
        << QByteArray("x = 1")
        << QStringLiteral("assignment is Ruby code that Tilmech does not run");
    QTest::newRow("robustness: block")
        << QByteArray("list.each do |x| x end") << QStringLiteral("unexpected 'do'");
    QTest::newRow("robustness: trailing garbage")
        << QByteArray("hoc_s(:a) )") << QStringLiteral("unexpected ')'");
    QTest::newRow("robustness: empty")
        << QByteArray("") << QStringLiteral("unexpected end of the expression");
    QTest::newRow("robustness: keyword")
        << QByteArray("while x") << QStringLiteral("unexpected keyword 'while'");
    QTest::newRow("robustness: label")
        << QByteArray("[a: 1]") << QStringLiteral("unexpected label 'a:'");
    QTest::newRow("robustness: backticks")
        << QByteArray("`rm -rf /`") << QStringLiteral("unexpected");
    QTest::newRow("robustness: lone colon")
        << QByteArray(": a") << QStringLiteral("':' without a symbol name");
    QTest::newRow("robustness: unclosed interpolation")
        << QByteArray("\"#{a\"") << QStringLiteral("unterminated #{ } in a string");
}

void TestExpressionParser::invalid()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, says);
    const Expr e = ExpressionParser::parseExpression(input);
    QVERIFY(!e.isValid());
    const QString text = ExpressionParser::errorText(e.error);
    QVERIFY2(text.startsWith(says), qPrintable(text));
    QVERIFY2(!text.contains(QChar(0x1f)), qPrintable(text));
}

void TestExpressionParser::statements_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("expr");

    QTest::newRow("nominal: if") << QByteArray(" if @country == 'us' ") << int(Statement::Kind::If)
                                 << QByteArray("@country == 'us'");
    QTest::newRow("nominal: elsif")
        << QByteArray("elsif @country == 'uk'") << int(Statement::Kind::Elsif)
        << QByteArray("@country == 'uk'");
    QTest::newRow("nominal: else")
        << QByteArray(" else ") << int(Statement::Kind::Else) << QByteArray();
    QTest::newRow("nominal: end") << QByteArray("end") << int(Statement::Kind::End) << QByteArray();
    QTest::newRow("nominal: unless")
        << QByteArray("unless x.nil?") << int(Statement::Kind::Unless) << QByteArray("x.nil?");
    QTest::newRow("nominal: if with then")
        << QByteArray("if a then") << int(Statement::Kind::If) << QByteArray("a");
    QTest::newRow("nominal: expression")
        << QByteArray("foo(:a)") << int(Statement::Kind::Expression) << QByteArray("foo(:a)");
    QTest::newRow("nominal: assignment of a local")
        << QByteArray("\n  facebook = 'x'\n") << int(Statement::Kind::Assign) << QByteArray("'x'");
    QTest::newRow("nominal: ||= assignment")
        << QByteArray("download_url ||= nil") << int(Statement::Kind::Assign) << QByteArray("nil");
    QTest::newRow("nominal: element assignment with an unless modifier")
        << QByteArray("t[:a] = 'x' unless y.include? 'z'") << int(Statement::Kind::Assign)
        << QByteArray("'x'");
    QTest::newRow("nominal: each block")
        << QByteArray(" logos.each_slice(4) do |group|") << int(Statement::Kind::Each)
        << QByteArray("logos.each_slice(4)");
    QTest::newRow("nominal: statements separated by ; and newlines")
        << QByteArray("\n a = {:u=>\"x\"}; b = 2\n c = [a,\n b]\n")
        << int(Statement::Kind::Sequence) << QByteArray();
    QTest::newRow("robustness: attribute assignment is other code")
        << QByteArray("x.y = 1") << int(Statement::Kind::Other) << QByteArray("<invalid>");
    QTest::newRow("robustness: a loop keyword is other code")
        << QByteArray("while true; end") << int(Statement::Kind::Other) << QByteArray();
    QTest::newRow("nominal: identifier starting with if")
        << QByteArray("iffy") << int(Statement::Kind::Expression) << QByteArray("iffy");
}

void TestExpressionParser::statements()
{
    QFETCH(QByteArray, input);
    QFETCH(int, kind);
    QFETCH(QByteArray, expr);
    const Statement s = ExpressionParser::parseStatement(input);
    QCOMPARE(int(s.kind), kind);
    if (!expr.isEmpty())
        QCOMPARE(s.expr.canonical(), expr);
}

void TestExpressionParser::deepNesting()
{
    // Bounded recursion: very deep input gives an Invalid expression, not a stack overflow.
    const QByteArray deep =
        QByteArray("(").repeated(100000) + 'a' + QByteArray(")").repeated(100000);
    QVERIFY(!ExpressionParser::parseExpression(deep).isValid());
    const QByteArray bangs = QByteArray("!").repeated(100000) + 'a';
    QVERIFY(!ExpressionParser::parseExpression(bangs).isValid());
    const QByteArray arrays = QByteArray("[").repeated(100000);
    QVERIFY(!ExpressionParser::parseExpression(arrays).isValid());
    QByteArray interpolated = "a";
    for (int i = 0; i < 200; ++i)
        interpolated = "\"#{" + interpolated + "}\"";
    QVERIFY(!ExpressionParser::parseExpression(interpolated).isValid());
}

QTEST_GUILESS_MAIN(TestExpressionParser)
#include "tst_expressionparser.moc"
