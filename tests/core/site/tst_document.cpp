// Document: byte-exact round trips, front matter offsets, and the errors it must report.

#include "site/document.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <yaml-cpp/yaml.h>

using namespace Tilmech;

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void lineEnds_data();
    void lineEnds();
    void editRoundTrip_data();
    void editRoundTrip();
    void problems_data();
    void problems();
    void saveIsAtomicAndExact();
    void corpusRoundTrip_data();
    void corpusRoundTrip();
    void frontMatterAgreesWithYamlCpp_data();
    void frontMatterAgreesWithYamlCpp();
};

void TestDocument::split_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("hasFrontMatter");
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("nominal: front matter and body")
        << QByteArray("---\ntitle: A\nlayout: wide\n---\n# Head\n") << true
        << QByteArray("title: A\nlayout: wide\n") << QByteArray("# Head\n");
    QTest::newRow("nominal: no front matter") << QByteArray("# Head\n\ntext\n") << false
                                              << QByteArray() << QByteArray("# Head\n\ntext\n");
    QTest::newRow("nominal: CRLF delimiters")
        << QByteArray("---\r\ntitle: A\r\n---\r\nbody\r\n") << true << QByteArray("title: A\r\n")
        << QByteArray("body\r\n");
    QTest::newRow("nominal: BOM before front matter")
        << QByteArray("\xEF\xBB\xBF---\ntitle: A\n---\nbody") << true << QByteArray("title: A\n")
        << QByteArray("body");
    QTest::newRow("nominal: empty front matter")
        << QByteArray("---\n---\nbody\n") << true << QByteArray() << QByteArray("body\n");
    QTest::newRow("nominal: closing line is the end of the file")
        << QByteArray("---\ntitle: A\n---") << true << QByteArray("title: A\n") << QByteArray();
    QTest::newRow("nominal: '...' closes") << QByteArray("---\ntitle: A\n...\nbody") << true
                                           << QByteArray("title: A\n") << QByteArray("body");
    QTest::newRow("nominal: trailing blanks on delimiter lines")
        << QByteArray("--- \ntitle: A\n---\t\nbody") << true << QByteArray("title: A\n")
        << QByteArray("body");
    QTest::newRow("nominal: '----' is not a delimiter")
        << QByteArray("----\ntext\n") << false << QByteArray() << QByteArray("----\ntext\n");
    QTest::newRow("robustness: empty file")
        << QByteArray() << false << QByteArray() << QByteArray();
}

void TestDocument::split()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, hasFrontMatter);
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, body);
    const Document doc = Document::fromBytes(bytes, QStringLiteral("page.md"));
    QCOMPARE(doc.hasFrontMatter(), hasFrontMatter);
    QCOMPARE(doc.yamlText().toByteArray(), yaml);
    QCOMPARE(doc.body().toByteArray(), body);
    QCOMPARE(doc.bytes(), bytes);
    // The offsets point into the bytes.
    QCOMPARE(doc.bytes().mid(doc.bodyOffset()), body);
    if (hasFrontMatter)
        QCOMPARE(doc.bytes().mid(doc.yamlBegin(), doc.yamlEnd() - doc.yamlBegin()), yaml);
}

void TestDocument::lineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("ending");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("finalNewline");

    QTest::newRow("nominal: LF") << QByteArray("a\nb\n") << int(Document::LineEnding::LF) << false
                                 << true;
    QTest::newRow("nominal: CRLF")
        << QByteArray("a\r\nb\r\n") << int(Document::LineEnding::CRLF) << false << true;
    QTest::newRow("nominal: mixed")
        << QByteArray("a\r\nb\n") << int(Document::LineEnding::Mixed) << false << true;
    QTest::newRow("nominal: one line without newline")
        << QByteArray("a") << int(Document::LineEnding::None) << false << false;
    QTest::newRow("nominal: BOM, no final newline")
        << QByteArray("\xEF\xBB\xBF"
                      "a\nb")
        << int(Document::LineEnding::LF) << true << false;
}

void TestDocument::lineEnds()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, ending);
    QFETCH(bool, bom);
    QFETCH(bool, finalNewline);
    const Document doc = Document::fromBytes(bytes);
    QCOMPARE(int(doc.lineEnding()), ending);
    QCOMPARE(doc.hasBom(), bom);
    QCOMPARE(doc.endsWithNewline(), finalNewline);
}

void TestDocument::editRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("nominal: LF") << QByteArray("---\ntitle: A\n---\nbody\n");
    QTest::newRow("nominal: CRLF") << QByteArray("---\r\ntitle: A\r\n---\r\nbody\r\n");
    QTest::newRow("nominal: BOM and CRLF, no final newline") << QByteArray("\xEF\xBB\xBF"
                                                                           "line one\r\nline two");
    QTest::newRow("nominal: Kyrgyz text") << QByteArray("Код сааты — ң ө ү\n");
    QTest::newRow("robustness: a second byte order mark is text (found by fuzzing)")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF,");
}

void TestDocument::editRoundTrip()
{
    // text() → encode() gives the file back: the editor never changes a file's form.
    QFETCH(QByteArray, bytes);
    const Document doc = Document::fromBytes(bytes);
    QVERIFY(!doc.text().contains(QLatin1Char('\r')));
    // The byte order mark is the file's form, not text; a second one is text.
    QCOMPARE(doc.text().startsWith(QChar(0xFEFF)), bytes.startsWith("\xEF\xBB\xBF\xEF\xBB\xBF"));
    QCOMPARE(doc.encode(doc.text()), bytes);
}

void TestDocument::problems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("nominal: clean page")
        << QByteArray("---\ntitle: A\n---\nbody\n") << QString() << 0 << 0;
    QTest::newRow("robustness: invalid UTF-8 on line 3")
        << QByteArray("---\ntitle: A\nbad \xC3\x28 byte\n---\n")
        << QStringLiteral("file-invalid-utf8") << 3 << 5;
    QTest::newRow("robustness: overlong encoding")
        << QByteArray("ok\n\xC0\xAF\n") << QStringLiteral("file-invalid-utf8") << 2 << 1;
    QTest::newRow("robustness: encoded surrogate")
        << QByteArray("\xED\xA0\x80") << QStringLiteral("file-invalid-utf8") << 1 << 1;
    QTest::newRow("robustness: truncated sequence at the end")
        << QByteArray("abc\xE2\x82") << QStringLiteral("file-invalid-utf8") << 1 << 4;
    QTest::newRow("robustness: NUL byte, a binary file")
        << QByteArray("# Title\nab\0cd\n", 15) << QStringLiteral("file-binary") << 2 << 3;
    QTest::newRow("robustness: PNG named .md")
        << QByteArray("\x89PNG\r\n\x1a\n", 8) << QStringLiteral("file-invalid-utf8") << 1 << 1;
    QTest::newRow("robustness: unterminated front matter")
        << QByteArray("---\ntitle: A\n# Head\n") << QStringLiteral("front-matter-unterminated") << 1
        << 1;
    QTest::newRow("robustness: lone opening delimiter")
        << QByteArray("---") << QStringLiteral("front-matter-unterminated") << 1 << 1;
    QTest::newRow("robustness: front matter is a list")
        << QByteArray("---\n- a\n- b\n---\nbody") << QStringLiteral("front-matter-not-map") << 2
        << 1;
    QTest::newRow("robustness: front matter is a scalar")
        << QByteArray("---\njust text\n---\nbody") << QStringLiteral("front-matter-not-map") << 2
        << 1;
    QTest::newRow("robustness: invalid YAML, line counted in the file")
        << QByteArray("---\ntitle: A\nnav: [unclosed\n---\nbody")
        << QStringLiteral("front-matter-yaml") << 4 << 1;
    // 84 KB of page whose aliases would copy 128 MiB: refused on the key that passes 64 MiB.
    QByteArray bomb = "---\na: &x " + QByteArray(64 * 1024, 'v') + '\n';
    for (int k = 2; k <= 2000; ++k)
        bomb += 'k' + QByteArray::number(k) + ": *x\n";
    QTest::newRow("robustness: front matter aliases expanding past the limit")
        << bomb + "---\nbody\n"
        << QStringLiteral("front-matter-yaml") << 1026 << 1;
}

void TestDocument::problems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    const Document doc = Document::fromBytes(bytes, QStringLiteral("page.md"));
    if (code.isEmpty()) {
        QVERIFY2(doc.problems().isEmpty(), qPrintable(doc.problems().value(0).toText()));
        return;
    }
    QCOMPARE(doc.problems().size(), 1);
    const Diagnostic &d = doc.problems().first();
    QCOMPARE(d.code, code);
    QCOMPARE(d.file, QStringLiteral("page.md"));
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QVERIFY(!d.message.isEmpty());
    // Bytes are kept as they are; nothing is guessed or repaired.
    QCOMPARE(doc.bytes(), bytes);
}

void TestDocument::saveIsAtomicAndExact()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray bytes("\xEF\xBB\xBF---\r\ntitle: A\r\n---\r\nno final newline");
    const QString path = dir.filePath(QStringLiteral("page.md"));
    QString error;
    QVERIFY(Document::fromBytes(bytes).save(path, &error));
    const std::optional<Document> loaded = Document::load(path, &error);
    QVERIFY(loaded);
    QVERIFY(loaded->save(path, &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    // Only the file itself is there: no temporary left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("page.md")});
    // A missing file is an error that names it.
    QVERIFY(!Document::load(dir.filePath(QStringLiteral("none.md")), &error));
    QVERIFY(error.contains(QLatin1String("none.md")));
}

void TestDocument::corpusRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    CORPUS_FILE_ROWS_OR_SKIP();
    const QStringList files = TestSupport::corpusFiles(
        {QStringLiteral("public"), QStringLiteral("i18n/public")},
        {QStringLiteral(".md"), QStringLiteral(".partial"), QStringLiteral(".erb")});
    for (const QString &file : files)
        QTest::newRow(qPrintable(QStringLiteral("corpus: ") + file)) << file;
}

void TestDocument::corpusRoundTrip()
{
    REQUIRE_CORPUS();
    QFETCH(QString, file);
    const QString path = TestSupport::corpusSite() + QLatin1Char('/') + file;
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray original = in.readAll();

    QString error;
    const std::optional<Document> doc = Document::load(path, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY2(doc->problems().isEmpty(), qPrintable(doc->problems().value(0).toText()));
    QVERIFY(doc->hasFrontMatter());
    QVERIFY(doc->hasFrontMatterKey(QStringLiteral("title")));

    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy"));
    QVERIFY(doc->save(copy, &error));
    QFile out(copy);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), original);
    QCOMPARE(doc->encode(doc->text()), original);
}

void TestDocument::frontMatterAgreesWithYamlCpp_data()
{
    // The document reads simple front matter itself; it must agree with yaml-cpp.
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("nominal: plain values") << QByteArray("title: Press Kit\nlayout: wide\n");
    QTest::newRow("nominal: ERB tag as a value")
        << QByteArray("title: <%= hoc_s(:title_press_kit).inspect %>\nnav: promote_nav\n");
    QTest::newRow("nominal: quoted values") << QByteArray("title: 'It''s here'\ntheme: \"dark\"\n");
    QTest::newRow("nominal: nested map") << QByteArray("title: x\nsocial:\n  \"og:title\": y\n");
    QTest::newRow("nominal: comment line") << QByteArray("# note\ntitle: x\n");
    QTest::newRow("nominal: value with colon and hash")
        << QByteArray("title: a:b c#d\nx: 'e: f'\n");
    QTest::newRow("nominal: numbers and booleans") << QByteArray("max_age: 60\nallow_post: true\n");
    QTest::newRow("nominal: trailing comment") << QByteArray("title: x # comment\n");
    QTest::newRow("nominal: CRLF") << QByteArray("title: x\r\nlayout: y\r\n");
    if (!TestSupport::corpusRoot().isEmpty()) {
        const QStringList files = TestSupport::corpusFiles(
            {QStringLiteral("public"), QStringLiteral("i18n/public")},
            {QStringLiteral(".md"), QStringLiteral(".partial"), QStringLiteral(".erb")});
        for (const QString &file : files) {
            QFile f(TestSupport::corpusSite() + QLatin1Char('/') + file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            QTest::newRow(qPrintable(QStringLiteral("corpus: ") + file))
                << Document::fromBytes(f.readAll()).yamlText().toByteArray();
        }
    }
}

void TestDocument::frontMatterAgreesWithYamlCpp()
{
    QFETCH(QByteArray, yaml);
    const Document doc = Document::fromBytes("---\n" + yaml + "---\nbody\n");
    QVERIFY(doc.problems().isEmpty());
    const YAML::Node root = YAML::Load(yaml.toStdString());
    QVERIFY(root.IsMap());
    QCOMPARE(doc.frontMatter().size(), qsizetype(root.size()));
    int i = 0;
    for (const auto &item : root) {
        const FrontMatterEntry &entry = doc.frontMatter().at(i++);
        QCOMPARE(entry.key, QString::fromStdString(item.first.as<std::string>()));
        QCOMPARE(entry.isScalar, item.second.IsScalar());
        if (item.second.IsScalar())
            QCOMPARE(entry.value, QString::fromStdString(item.second.Scalar()));
        QCOMPARE(entry.line, 2 + item.first.Mark().line);
    }
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
