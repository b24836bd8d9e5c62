// Locale strings: loading (duplicates, root key, YAML errors with positions), byte-exact
// round trips of every catalog of the corpus, minimal-diff edits of tricky values that
// yaml-cpp reads back exactly, new keys in English order, and the strings table.

#include "site/project.h"
#include "strings/catalog.h"
#include "strings/catalogeditor.h"
#include "strings/stringtable.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <yaml-cpp/yaml.h>

using namespace Tilmech;

namespace {

QMap<QByteArray, QByteArray> readWithYamlCpp(const QByteArray &bytes)
{
    QMap<QByteArray, QByteArray> out;
    YAML::Node root = YAML::Load(bytes.toStdString());
    std::function<void(const YAML::Node &, const QByteArray &)> walk =
        [&](const YAML::Node &node, const QByteArray &prefix) {
            for (const auto &item : node) {
                const QByteArray key =
                    prefix + QByteArray::fromStdString(item.first.as<std::string>());
                if (item.second.IsMap())
                    walk(item.second, key + '.');
                else
                    out.insert(key, item.second.IsScalar()
                                        ? QByteArray::fromStdString(item.second.Scalar())
                                        : QByteArray());
            }
        };
    for (const auto &top : root)
        walk(top.second, QByteArray());
    return out;
}

const QByteArray Sample = "# Strings of the sample\n"
                          "ky:\n"
                          "  first: Биринчи\n"
                          "  # a comment that stays\n"
                          "  plain: Жөнөкөй текст\n"
                          "  single: 'Бир ''тырмакча'''\n"
                          "  double: \"Эки \\\"тырмакча\\\"\"   # trailing comment\n"
                          "  block: |\n"
                          "    Биринчи сап\n"
                          "    Экинчи сап\n"
                          "  nested:\n"
                          "    inner: Ички\n"
                          "  last: Акыркы\n";

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void loads();
    void problems_data();
    void problems();
    void corpusRoundTrip_data();
    void corpusRoundTrip();
    void corpusCatalogs();
    void trickyValues_data();
    void trickyValues();
    void newKeysInEnglishOrder_data();
    void newKeysInEnglishOrder();
    void crlfKept();
    void brokenFileNeverWritten();
    void stringStatus_data();
    void stringStatus();
    void usage();
    void concurrentUpdates();
};

void TestCatalog::loads()
{
    const auto c = Catalog::fromBytes(Sample, QStringLiteral("ky.yml"), QStringLiteral("ky"));
    QVERIFY(c->isValid());
    QVERIFY(c->problems().isEmpty());
    QCOMPARE(c->keys(), (QVector<QByteArray>{"first", "plain", "single", "double", "block",
                                             "nested.inner", "last"}));
    QCOMPARE(c->value("single"), QByteArray("Бир 'тырмакча'"));
    QCOMPARE(c->value("double"), QByteArray("Эки \"тырмакча\""));
    QCOMPARE(c->value("block"), QByteArray("Биринчи сап\nЭкинчи сап\n"));
    QCOMPARE(c->entry("nested.inner")->line, 12);
    // Every value's span is where its text is written.
    QCOMPARE(Sample.mid(c->entry("double")->valueBegin,
                        c->entry("double")->valueEnd - c->entry("double")->valueBegin),
             QByteArray("\"Эки \\\"тырмакча\\\"\""));
    QCOMPARE(Sample.mid(c->entry("plain")->valueBegin,
                        c->entry("plain")->valueEnd - c->entry("plain")->valueBegin),
             QByteArray("Жөнөкөй текст"));
}

void TestCatalog::problems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("valid");

    QTest::newRow("robustness: duplicate key, the last wins")
        << QByteArray("ky:\n  a: one\n  b: x\n  a: two\n")
        << QStringLiteral("strings-duplicate-key") << 4 << 0 << true;
    QTest::newRow("robustness: wrong root key")
        << QByteArray("ru:\n  a: x\n") << QStringLiteral("strings-wrong-root") << 1 << 0 << true;
    QTest::newRow("robustness: YAML error with line and column")
        << QByteArray("ky:\n  a: x\n  b: [unclosed\n  c: y\n") << QStringLiteral("strings-yaml")
        << 4 << 4 << false;
    QTest::newRow("robustness: bad indentation")
        << QByteArray("ky:\n  a: x\n b: y\n") << QStringLiteral("strings-yaml") << 3 << 2 << false;
    QTest::newRow("robustness: not a map")
        << QByteArray("- a\n- b\n") << QStringLiteral("strings-not-map") << 1 << 0 << false;
    QTest::newRow("robustness: one long text, not a map (found by fuzzing)")
        << QByteArray("e:n\n e n:ie s\n") << QStringLiteral("strings-not-map") << 1 << 0 << false;
    QTest::newRow("robustness: NUL byte in a value (found by fuzzing)")
        << QByteArray("ky:\n  a: x\n  b: 'y\0z'\n  c: w\n", 30)
        << QStringLiteral("strings-encoding") << 3 << 0 << false;
    QTest::newRow("robustness: Windows-1251 instead of UTF-8")
        << QByteArray("ky:\n  a: \xca\xee\xe4\n") << QStringLiteral("strings-encoding") << 2 << 0
        << false;
    QTest::newRow("robustness: the root holds one value, not strings (found by fuzzing)")
        << QByteArray("ky:\n  en:ie s t\n") << QStringLiteral("strings-not-map") << 1 << 0 << false;
    QTest::newRow("robustness: a quote never closed (found by fuzzing)")
        << QByteArray("ky:\n  a: x\n  b: 'open\n  c: y\n") << QStringLiteral("strings-yaml") << 3
        << 0 << false;
    QTest::newRow("robustness: a key without its colon (found by fuzzing)")
        << QByteArray("ky:\n  a:\n  lonely_key") << QStringLiteral("strings-not-key-value") << 3
        << 0 << false;
    QTest::newRow("robustness: an explicit key, with a comment after it (found by fuzzing)")
        << QByteArray("ky:\n  ? / #2  2:\t") << QStringLiteral("strings-not-key-value") << 2 << 0
        << false;
    // Aliases of aliases: six levels of maps, each repeating the one below ten times, stand
    // for a million strings; the alias on line 8 goes past the limit.
    QByteArray bomb = "ky:\n  l0: &a0 lol\n";
    for (int level = 1; level <= 6; ++level) {
        bomb += "  l" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " {";
        for (int i = 0; i < 10; ++i)
            bomb +=
                (i ? ", k" : "k") + QByteArray::number(i) + ": *a" + QByteArray::number(level - 1);
        bomb += "}\n";
    }
    QTest::newRow("robustness: aliases of aliases past the key limit (a YAML bomb)")
        << bomb << QStringLiteral("strings-expansion-limit") << 8 << 0 << false;
    // One long value repeated by aliases: its 68th copy (line 69) passes 64 MiB.
    QByteArray repeated = "ky:\n  big: &b " + QByteArray(1000000, 'x') + "\n";
    for (int i = 0; i < 100; ++i)
        repeated += "  c" + QByteArray::number(i) + ": *b\n";
    QTest::newRow("robustness: a long value repeated by aliases past the byte limit")
        << repeated << QStringLiteral("strings-expansion-limit") << 69 << 0 << false;
}

void TestCatalog::problems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(bool, valid);
    const auto c = Catalog::fromBytes(bytes, QStringLiteral("ky.yml"), QStringLiteral("ky"));
    QCOMPARE(c->isValid(), valid);
    QCOMPARE(c->problems().size(), 1);
    QCOMPARE(c->problems().first().code, code);
    QCOMPARE(c->problems().first().line, line);
    if (column)
        QCOMPARE(c->problems().first().column, column);
    QCOMPARE(c->problems().first().file, QStringLiteral("ky.yml"));
    if (code == QLatin1String("strings-duplicate-key"))
        QCOMPARE(c->value("a"), QByteArray("two"));
}

void TestCatalog::corpusRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QDirIterator sample(TestSupport::sampleSite(), {QStringLiteral("*.yml")}, QDir::Files,
                        QDirIterator::Subdirectories);
    while (sample.hasNext()) {
        const QString path = sample.next();
        QTest::newRow(qPrintable(QStringLiteral("sample: ") + QFileInfo(path).fileName())) << path;
    }
    if (TestSupport::corpusRoot().isEmpty()) {
        QTest::newRow("corpus missing") << QString();
        return;
    }
    QDirIterator it(TestSupport::corpusRoot(), {QStringLiteral("*.yml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable(QStringLiteral("corpus: ") +
                                 QDir(TestSupport::corpusRoot()).relativeFilePath(path)))
            << path;
    }
}

void TestCatalog::corpusRoundTrip()
{
    QFETCH(QString, file);
    if (file.isEmpty())
        REQUIRE_CORPUS();
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    const auto c = Catalog::fromBytes(bytes, file, QFileInfo(file).completeBaseName());
    QVERIFY(c->isValid());
    QString error;
    const std::optional<QByteArray> saved = CatalogEditor::apply(*c, {}, nullptr, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(*saved, bytes);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.yml"));
    QVERIFY(CatalogEditor::write(copy, *saved, &error));
    QFile out(copy);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), bytes);
}

void TestCatalog::corpusCatalogs()
{
    REQUIRE_CORPUS();
    const auto en = Catalog::load(TestSupport::corpusSite() + QStringLiteral("/i18n/en.yml"));
    const auto ky = Catalog::load(TestSupport::corpusSite() + QStringLiteral("/i18n/ky.yml"));
    QVERIFY(en->isValid() && ky->isValid());
    int duplicates = 0;
    for (const Diagnostic &d : en->problems()) {
        duplicates += d.code == QLatin1String("strings-duplicate-key");
        QVERIFY(d.line > 0);
    }
    QCOMPARE(duplicates, 36);
    QVERIFY(en->size() > 9000);
    QVERIFY(ky->size() > 5000);
    // Every value yaml-cpp reads is the value the catalog holds, for every key.
    QFile in(TestSupport::corpusSite() + QStringLiteral("/i18n/ky.yml"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QMap<QByteArray, QByteArray> reference = readWithYamlCpp(in.readAll());
    for (auto it = reference.cbegin(); it != reference.cend(); ++it)
        QCOMPARE(ky->value(it.key()), it.value());
    // Strings English no longer has are counted, not refused.
    int leftOver = 0;
    for (const StringTable::Row &row : StringTable::build(*en, ky.get()))
        leftOver += row.status == StringTable::Status::NotInEnglish;
    QVERIFY(leftOver > 800);
    // Editing one value of the real ky.yml changes one line.
    QString error;
    const QByteArray key = ky->keys().at(ky->size() / 2);
    const std::optional<QByteArray> edited =
        CatalogEditor::apply(*ky, {{key, "Жаңы: маани # эмес комментарий"}}, en.get(), &error);
    QVERIFY(edited);
    const QList<QByteArray> before = ky->bytes().split('\n'), after = edited->split('\n');
    QCOMPARE(after.size(), before.size());
    int changed = 0;
    for (int i = 0; i < before.size(); ++i)
        changed += before[i] != after[i];
    QCOMPARE(changed, 1);
    QCOMPARE(readWithYamlCpp(*edited).value(key), QByteArray("Жаңы: маани # эмес комментарий"));
}

void TestCatalog::trickyValues_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");
    const QList<QPair<const char *, QByteArray>> values = {
        {"both quotes", "He said \"it's\" here"},
        {"colon space", "Note: read this"},
        {"space hash", "Tag #HourOfCode here"},
        {"leading star", "*important*"},
        {"leading ampersand", "&amp; more"},
        {"leading bang", "!important"},
        {"leading percent", "%{count} students"},
        {"leading at", "@codeorg on Twitter"},
        {"backtick", "`code` here"},
        {"leading brace", "{not a map}"},
        {"leading bracket", "[not a list]"},
        {"leading space", "  indented"},
        {"trailing space", "ends with space  "},
        {"several lines", "line one\nline two\n\nline four"},
        {"html", "<b>Bold</b> and <a href=\"https://code.org\">a link</a>"},
        {"placeholder", "Join us %{campaign_date}, %{name}!"},
        {"unicode", "Кыргызча ң ө ү — “quotes” 😀 中文"},
        {"boolean word", "yes"},
        {"number", "2025"},
        {"dash", "- not a list item"},
        {"question", "? not a key"},
        {"ends with colon", "Contact:"},
        {"empty", ""},
        {"tab", "a\tb"},
        {"backslash", "C:\\path\\to"},
        {"only quotes", "''"},
        {"percent and colon", "% : #"},
        {"carriage return", "a\rb"},
        {"control", QByteArray("bell\x07", 5)},
    };
    for (const auto &v : values) {
        for (const char *key : {"plain", "single", "double", "block", "nested.inner", "last"})
            QTest::newRow(qPrintable(
                QStringLiteral("%1 into %2").arg(QLatin1String(v.first), QLatin1String(key))))
                << QByteArray(key) << v.second;
    }
}

void TestCatalog::trickyValues()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);
    const auto c = Catalog::fromBytes(Sample, QStringLiteral("ky.yml"), QStringLiteral("ky"));
    QString error;
    const std::optional<QByteArray> edited =
        CatalogEditor::apply(*c, {{key, value}}, nullptr, &error);
    QVERIFY2(edited, qPrintable(error));
    // yaml-cpp reads back exactly the value, and every other value unchanged.
    const QMap<QByteArray, QByteArray> before = readWithYamlCpp(Sample);
    const QMap<QByteArray, QByteArray> after = readWithYamlCpp(*edited);
    QCOMPARE(after.value(key), value);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() != key)
            QCOMPARE(after.value(it.key()), it.value());
    }
    // Only the value's own lines changed: the text before and after it is intact.
    const Catalog::Entry *e = c->entry(key);
    const qsizetype tail = Sample.size() - e->entryEnd;
    QCOMPARE(edited->left(e->lineStart), Sample.left(e->lineStart));
    QCOMPARE(edited->right(tail), Sample.right(tail));
    // And the edited catalog reads itself the same way.
    QCOMPARE(
        Catalog::fromBytes(*edited, QStringLiteral("ky.yml"), QStringLiteral("ky"))->value(key),
        value);
}

void TestCatalog::newKeysInEnglishOrder_data()
{
    QTest::addColumn<QByteArray>("english");
    QTest::addColumn<QByteArray>("translation");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray en =
        "en:\n  a: A\n  b: B\n  c: C\n  nav:\n    home: Home\n    learn: Learn\n  d: D\n";
    QTest::newRow("nominal: between its English neighbours")
        << en << QByteArray("ky:\n  a: А\n  c: В\n") << QByteArray("b")
        << QByteArray("ky:\n  a: А\n  b: New\n  c: В\n");
    QTest::newRow("nominal: first key, before its successor")
        << en << QByteArray("ky:\n  # comment\n  b: Б\n") << QByteArray("a")
        << QByteArray("ky:\n  # comment\n  a: New\n  b: Б\n");
    QTest::newRow("nominal: after a nested map")
        << en << QByteArray("ky:\n  nav:\n    home: Башкы\n  a: А\n") << QByteArray("d")
        << QByteArray("ky:\n  nav:\n    home: Башкы\n  d: New\n  a: А\n");
    QTest::newRow("nominal: into an existing nested map")
        << en << QByteArray("ky:\n  nav:\n    home: Башкы\n  d: Д\n") << QByteArray("nav.learn")
        << QByteArray("ky:\n  nav:\n    home: Башкы\n    learn: New\n  d: Д\n");
    QTest::newRow("nominal: a nested map is created")
        << en << QByteArray("ky:\n  c: В\n  d: Д\n") << QByteArray("nav.home")
        << QByteArray("ky:\n  c: В\n  nav:\n    home: New\n  d: Д\n");
    QTest::newRow("nominal: file without a final newline")
        << en << QByteArray("ky:\n  a: А") << QByteArray("b")
        << QByteArray("ky:\n  a: А\n  b: New\n");
    QTest::newRow("nominal: empty file gets its root")
        << en << QByteArray() << QByteArray("a") << QByteArray("ky:\n  a: New\n");
    QTest::newRow("nominal: four-space indentation is followed")
        << en << QByteArray("ky:\n    a: А\n    c: В\n") << QByteArray("b")
        << QByteArray("ky:\n    a: А\n    b: New\n    c: В\n");
}

void TestCatalog::newKeysInEnglishOrder()
{
    QFETCH(QByteArray, english);
    QFETCH(QByteArray, translation);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, expected);
    const auto en = Catalog::fromBytes(english, QStringLiteral("en.yml"), QStringLiteral("en"));
    const auto ky = Catalog::fromBytes(translation, QStringLiteral("ky.yml"), QStringLiteral("ky"));
    QString error;
    const std::optional<QByteArray> edited =
        CatalogEditor::apply(*ky, {{key, "New"}}, en.get(), &error);
    QVERIFY2(edited, qPrintable(error));
    QCOMPARE(QString::fromUtf8(*edited), QString::fromUtf8(expected));
    QCOMPARE(readWithYamlCpp(*edited).value(key), QByteArray("New"));
}

void TestCatalog::crlfKept()
{
    QByteArray crlf = Sample;
    crlf.replace("\n", "\r\n");
    const auto c = Catalog::fromBytes(crlf, QStringLiteral("ky.yml"), QStringLiteral("ky"));
    const auto en = Catalog::fromBytes("en:\n  first: F\n  new: N\n  plain: P\n",
                                       QStringLiteral("en.yml"), QStringLiteral("en"));
    QString error;
    const std::optional<QByteArray> edited =
        CatalogEditor::apply(*c, {{"plain", "Өзгөрдү"}, {"new", "Жаңы"}}, en.get(), &error);
    QVERIFY(edited);
    QVERIFY(!edited->contains("\r\r"));
    // Every line break is still CRLF.
    QCOMPARE(edited->count('\n'), edited->count("\r\n"));
    QVERIFY2(edited->contains("  new: Жаңы\r\n  # a comment that stays\r\n  plain: Өзгөрдү\r\n"),
             edited->constData());
}

void TestCatalog::brokenFileNeverWritten()
{
    const auto c = Catalog::fromBytes("ky:\n  a: x\n  b: [broken\n", QStringLiteral("ky.yml"),
                                      QStringLiteral("ky"));
    QVERIFY(!c->isValid());
    QString error;
    QVERIFY(!CatalogEditor::apply(*c, {{"a", "y"}}, nullptr, &error));
    QVERIFY(error.contains(QLatin1String("line")));
    QVERIFY(!CatalogEditor::apply(*c, {}, nullptr, &error));
}

void TestCatalog::stringStatus_data()
{
    QTest::addColumn<QByteArray>("english");
    QTest::addColumn<QByteArray>("translation");
    QTest::addColumn<bool>("present");
    QTest::addColumn<int>("status");
    using S = StringTable::Status;
    QTest::newRow("nominal: translated")
        << QByteArray("Hello %{name}") << QByteArray("Салам %{name}") << true << int(S::Translated);
    QTest::newRow("nominal: missing")
        << QByteArray("Hello") << QByteArray() << false << int(S::Missing);
    QTest::newRow("nominal: empty")
        << QByteArray("Hello") << QByteArray("") << true << int(S::Empty);
    QTest::newRow("nominal: same as English")
        << QByteArray("Code.org team") << QByteArray("Code.org team") << true
        << int(S::SameAsEnglish);
    QTest::newRow("nominal: placeholder renamed")
        << QByteArray("Hi %{name}") << QByteArray("Салам %{nmae}") << true
        << int(S::PlaceholderMismatch);
    QTest::newRow("nominal: placeholder dropped")
        << QByteArray("Hi %{name}") << QByteArray("Салам") << true << int(S::PlaceholderMismatch);
    QTest::newRow("nominal: HTML tag lost")
        << QByteArray("<b>Hi</b>") << QByteArray("Салам</b>") << true << int(S::MarkupMismatch);
}

void TestCatalog::stringStatus()
{
    QFETCH(QByteArray, english);
    QFETCH(QByteArray, translation);
    QFETCH(bool, present);
    QFETCH(int, status);
    QCOMPARE(int(StringTable::status(english, present ? &translation : nullptr)), status);
    const QString problems = StringTable::problems(english, translation);
    const bool mismatch = status == int(StringTable::Status::PlaceholderMismatch) ||
                          status == int(StringTable::Status::MarkupMismatch);
    QCOMPARE(!problems.isEmpty() && present, mismatch);
}

void TestCatalog::usage()
{
    QString error;
    const auto project = Project::open(TestSupport::sampleSite(), &error);
    QVERIFY(project);
    const QHash<QByteArray, QStringList> usage = StringTable::usage(*project);
    QVERIFY(usage.value("title_home").contains(QStringLiteral("index")));
    QVERIFY(usage.value("how_to_intro").contains(QStringLiteral("how-to/index")));
    QVERIFY(usage.value("campaign_date_full").contains(QStringLiteral("index")));
}

// Two editors of one catalog, each with its own Project (as two processes have), setting
// different keys at the same time: CatalogEditor::update re-reads the file under its lock,
// so both values are in the file every time.
void TestCatalog::concurrentUpdates()
{
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site"));
    QVERIFY(QDir().mkpath(site + QStringLiteral("/i18n")));
    QVERIFY(QDir().mkpath(site + QStringLiteral("/public")));
    {
        QFile en(site + QStringLiteral("/i18n/en.yml"));
        QVERIFY(en.open(QIODevice::WriteOnly));
        en.write("en:\n  one: One\n  two: Two\n");
        QFile ky(site + QStringLiteral("/i18n/ky.yml"));
        QVERIFY(ky.open(QIODevice::WriteOnly));
        ky.write("ky:\n  one: Бир\n  two: Эки\n");
    }
    for (int round = 0; round < 20; ++round) {
        QString errors[2];
        bool done[2] = {false, false};
        QVector<QThread *> threads;
        for (int i = 0; i < 2; ++i) {
            threads.append(QThread::create([&, i] {
                const auto project = Project::open(site, &errors[i]);
                // Read before the other writes, as a process that started at the same time.
                project->catalog(QStringLiteral("ky"));
                const QByteArray key = i ? "two" : "one";
                done[i] = project && CatalogEditor::update(
                                         *project, QStringLiteral("ky"),
                                         {{key, "round " + QByteArray::number(round)}}, &errors[i]);
            }));
        }
        for (QThread *thread : qAsConst(threads))
            thread->start();
        for (QThread *thread : qAsConst(threads)) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QVERIFY2(done[0] && done[1], qPrintable(errors[0] + errors[1]));
        const auto catalog = Catalog::load(site + QStringLiteral("/i18n/ky.yml"));
        QCOMPARE(catalog->value("one"), "round " + QByteArray::number(round));
        QCOMPARE(catalog->value("two"), "round " + QByteArray::number(round));
    }
    QCOMPARE(QDir(site + QStringLiteral("/i18n")).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("en.yml"), QStringLiteral("ky.yml")}));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
