// SubsetYaml against yaml-cpp: wherever the fast reader accepts a text, it must give exactly
// the keys, values and positions that yaml-cpp gives, and it must accept what locale files
// are written in (else the speed it exists for is lost).

#include "strings/catalogyaml.h"
#include "strings/subsetyaml.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Tilmech;

namespace {

const CatalogYaml::Limits Unlimited{1 << 30, qsizetype(1) << 40};

QString describe(const CatalogYaml::Key &k)
{
    return QStringLiteral("%1 depth %2 at %3 (line %4) kind %5 value@%6 [%7]")
        .arg(QString::fromStdString(k.name))
        .arg(k.depth)
        .arg(k.keyPos)
        .arg(k.keyLine)
        .arg(int(k.kind))
        .arg(k.valuePos)
        .arg(QString::fromStdString(k.value));
}

// Empty when both readers agree, else what differs first.
QString difference(const CatalogYaml::Result &subset, const CatalogYaml::Result &yaml)
{
    if (subset.status != yaml.status)
        return QStringLiteral("status %1, yaml-cpp %2 (%3 at line %4)")
            .arg(subset.status)
            .arg(yaml.status)
            .arg(yaml.error)
            .arg(yaml.errorLine + 1);
    for (qsizetype i = 0; i < std::min(subset.keys.size(), yaml.keys.size()); ++i) {
        const QString a = describe(subset.keys[i]);
        const QString b = describe(yaml.keys[i]);
        if (a != b)
            return QStringLiteral("key %1: %2, yaml-cpp %3").arg(i).arg(a, b);
    }
    if (subset.keys.size() != yaml.keys.size())
        return QStringLiteral("%1 keys, yaml-cpp %2").arg(subset.keys.size()).arg(yaml.keys.size());
    return QString();
}

} // namespace

class TestSubsetYaml : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithYamlCpp_data();
    void agreesWithYamlCpp();
    void corpusCatalogsReadBySubset();
    void generatedTextsAgree();
};

void TestSubsetYaml::agreesWithYamlCpp_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("accepted"); // whether the subset must read it

    QTest::newRow("nominal: plain values and a nested map")
        << QByteArray("ky:\n  a: one\n  b:\n    c: two\n    d: three\n  e: four\n") << true;
    QTest::newRow("nominal: document start and comments")
        << QByteArray("# head\n---\nky:\n  # note\n  a: one # after\n\n  b: two\n#end\n") << true;
    QTest::newRow("nominal: quoted root key") << QByteArray("'en':\n  a: x\n") << true;
    QTest::newRow("nominal: plain value over several lines with an empty line")
        << QByteArray("ky:\n  a: one\n    two\n\n    three\n  b: x\n") << true;
    QTest::newRow("nominal: single quotes, doubled quote and folding")
        << QByteArray("ky:\n  a: 'it''s\n    here\n\n    and #not a comment'\n  b: ''\n") << true;
    QTest::newRow("nominal: double quotes with escapes and folding")
        << QByteArray("ky:\n  a: \"line\\nnext \\\"q\\\" \\t\\\\ \\u00e9\\x41\"\n"
                      "  b: \"fold  \n    here\n\n    para\"\n")
        << true;
    QTest::newRow("nominal: literal blocks with each chomping")
        << QByteArray("ky:\n  a: |\n    one\n      two\n\n    three\n\n  b: |-\n    x\n  c: |+\n"
                      "    y\n\n\n  d: z\n")
        << true;
    QTest::newRow("nominal: a literal block ending the text without a line break")
        << QByteArray("ky:\n  a: |\n   one\n    two") << true;
    QTest::newRow("nominal: empty values, null before a comment and at the end")
        << QByteArray("ky:\n  a:\n  b:\n  # c\n  d: x\n  e:\n") << true;
    QTest::newRow("nominal: values that look like other types stay text")
        << QByteArray("ky:\n  a: 2017\n  b: true\n  c: -5\n  d: 50%\n  e: http://x.org/a#b\n")
        << true;
    QTest::newRow("nominal: unicode text") << QByteArray("ky:\n  a: Код сааты — 文字\n") << true;
    QTest::newRow("nominal: a duplicate key") << QByteArray("ky:\n  a: 1\n  a: 2\n") << true;
    QTest::newRow("nominal: a second root key with strings")
        << QByteArray("ky:\n  a: 1\nru:\n  b: 2\n") << true;
    QTest::newRow("nominal: a root key with a single value") << QByteArray("ky: text\n") << true;
    QTest::newRow("nominal: only comments") << QByteArray("# nothing\n---\n") << true;
    QTest::newRow("nominal: no final line break") << QByteArray("ky:\n  a: one") << true;
    QTest::newRow("nominal: a quoted value going on at any indentation")
        << QByteArray("ky:\n  a: 'x\n\n'\n  b: \"y\nz\"\n") << true;
    QTest::newRow("nominal: keys with colons and dots")
        << QByteArray("ky:\n  a:b: 1\n  c.d: 2\n  \"e f\": 3\n") << true;

    QTest::newRow("robustness: anchors and aliases")
        << QByteArray("ky:\n  a: &x one\n  b: *x\n") << false;
    QTest::newRow("robustness: a flow sequence") << QByteArray("ky:\n  a: [1, 2]\n") << false;
    QTest::newRow("robustness: a block sequence")
        << QByteArray("ky:\n  a:\n    - one\n    - two\n") << false;
    QTest::newRow("robustness: a folded block") << QByteArray("ky:\n  a: >\n    x\n") << false;
    QTest::newRow("robustness: a tab") << QByteArray("ky:\n\ta: x\n") << false;
    QTest::newRow("nominal: CRLF line breaks")
        << QByteArray("ky:\r\n  a: x\r\n  b: 'y\r\n\r\n    z'\r\n  c:\r\n") << true;
    QTest::newRow("nominal: a carriage return alone inside quotes is text")
        << QByteArray("ky:\n  a: \"Java\r In\"\r\n  b: x\n") << true;
    QTest::newRow("robustness: a carriage return alone in a plain value")
        << QByteArray("ky:\n  a: p\rq\n") << false;
    QTest::newRow("robustness: an unclosed quote") << QByteArray("ky:\n  a: \"open\n") << false;
    QTest::newRow("robustness: a colon and space in a plain value")
        << QByteArray("ky:\n  a: b: c\n") << false;
    QTest::newRow("robustness: a line indented between two levels")
        << QByteArray("ky:\n    a: x\n  b: y\n") << false;
    QTest::newRow("robustness: a value on the line after its key")
        << QByteArray("ky:\n  a:\n    text\n") << false;
    QTest::newRow("robustness: a key without its colon")
        << QByteArray("ky:\n  a: x\n  b\n") << false;
    QTest::newRow("robustness: two documents")
        << QByteArray("ky:\n  a: x\n---\nky:\n  b: y\n") << false;
    QTest::newRow("nominal: a closing quote after one empty line")
        << QByteArray("ky:\n  a: \"x\n\n\"\n  b: 'y\n\n  '\n") << true;
    QTest::newRow("robustness: a closing quote after empty lines")
        << QByteArray("ky:\n  a: \"x\n\n\n\"\n  b: c\n") << false;
    QTest::newRow("robustness: a quoted scalar starting with a line break")
        << QByteArray("ky:\n  a: \"\n\n\"\n") << false;
    QTest::newRow("robustness: a document end marker")
        << QByteArray("ky:\n  a: x\n...    b: y\n") << false;
    QTest::newRow("robustness: a null word value") << QByteArray("ky:\n  a: ~\n") << false;
    QTest::newRow("robustness: an escaped line break")
        << QByteArray("ky:\n  a: \"x\\\n    y\"\n") << false;
    QTest::newRow("robustness: a carriage return ending the text")
        << QByteArray("ky:\n  a: x\r") << false;
    QTest::newRow("robustness: bytes that are no UTF-8") << QByteArray("\xff\xff\xff\xf5\xce\xc9"
                                                                       "en\x01:\nn:\n een:")
                                                         << false;
    QTest::newRow("robustness: a NUL byte") << QByteArray("ky:\n  a: x\0y\n", 14) << false;
    QTest::newRow("robustness: a tag") << QByteArray("ky:\n  a: !!str x\n") << false;
}

void TestSubsetYaml::agreesWithYamlCpp()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, accepted);
    const CatalogYaml::Result subset = SubsetYaml::read(text);
    const CatalogYaml::Result yaml = CatalogYaml::readWithYamlCpp(text, Unlimited);
    QCOMPARE(subset.status != CatalogYaml::Result::Declined, accepted);
    if (accepted)
        QCOMPARE(difference(subset, yaml), QString());
    // Whatever the subset does, read() gives yaml-cpp's reading.
    QCOMPARE(difference(CatalogYaml::read(text, Unlimited), yaml), QString());
}

void TestSubsetYaml::corpusCatalogsReadBySubset()
{
    REQUIRE_CORPUS();
    QDirIterator it(TestSupport::corpusRoot(), {QStringLiteral("*.yml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(QLatin1String("/i18n/")))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        if (text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3);
        const CatalogYaml::Result subset = SubsetYaml::read(text);
        QVERIFY2(subset.status == CatalogYaml::Result::Keys, qPrintable(path));
        QVERIFY2(subset.keys.size() > 100, qPrintable(path));
        const QString diff = difference(subset, CatalogYaml::readWithYamlCpp(text, Unlimited));
        QVERIFY2(diff.isEmpty(), qPrintable(path + QStringLiteral(": ") + diff));
        ++files;
    }
    QVERIFY(files >= 2);
}

// Catalog-like texts put together from pieces that sit at the subset's edges; the subset may
// decline any of them, but what it reads must be what yaml-cpp reads.
void TestSubsetYaml::generatedTextsAgree()
{
    static const char *const keys[] = {"a", "b_c", "'q'", "\"d\"", "x.y", "k:v", "n1", "a"};
    static const char *const values[] = {" plain",
                                         " two words",
                                         " 'single'",
                                         " \"dq\\n\"",
                                         " |\n      lit",
                                         " |-\n      l\n",
                                         " x # c",
                                         "",
                                         " 'a\n      b'",
                                         " \"a\n\n      b\"",
                                         " ~",
                                         " -1",
                                         " ?x",
                                         " a:b",
                                         " [x]",
                                         " 'it''s'",
                                         " \"\\u0041\"",
                                         " plain\n      more",
                                         " \"t\\tab\"",
                                         " |+\n      k\n\n",
                                         " 'a\n\n'",
                                         " \"a\nb\"",
                                         " 'x\n---'"};
    static const char *const gaps[] = {"", "\n", "  # c\n", "\n\n", "   \n"};
    QRandomGenerator random(20261208);
    int read = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray text = random.bounded(4) == 0 ? "---\nky:\n" : "ky:\n";
        const int entries = 1 + int(random.bounded(6));
        for (int e = 0; e < entries; ++e) {
            const int depth = random.bounded(5) == 0 ? 2 : 1;
            text += QByteArray(depth * 2, ' ') + keys[random.bounded(8)] + ':';
            if (depth == 1 && random.bounded(6) == 0) {
                text += QByteArray("\n    ") + keys[random.bounded(8)] + ':' +
                        values[random.bounded(27)] + '\n';
            } else {
                text += QByteArray(values[random.bounded(27)]) + '\n';
            }
            text += gaps[random.bounded(5)];
        }
        if (random.bounded(5) == 0)
            text.chop(1); // no line break at the end
        const CatalogYaml::Result subset = SubsetYaml::read(text);
        if (subset.status == CatalogYaml::Result::Declined)
            continue;
        ++read;
        const QString diff = difference(subset, CatalogYaml::readWithYamlCpp(text, Unlimited));
        QVERIFY2(diff.isEmpty(), qPrintable(QString::fromUtf8(text) + QStringLiteral("\n") + diff));
    }
    QVERIFY2(read > 1000, qPrintable(QString::number(read)));
}

QTEST_GUILESS_MAIN(TestSubsetYaml)
#include "tst_subsetyaml.moc"
