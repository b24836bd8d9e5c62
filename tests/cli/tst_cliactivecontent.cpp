// Active content in a translation, as scripts see it: `validate` exits 1 and names the code,
// and `export` without --force stops before any page is written.

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

TestSupport::CliRun cli(const QStringList &arguments)
{
    return TestSupport::runCli(arguments);
}

} // namespace

class TestCliActiveContent : public QObject
{
    Q_OBJECT

private slots:
    void gate_data();
    void gate();
};

void TestCliActiveContent::gate_data()
{
    QTest::addColumn<QByteArray>("addition"); // appended to the translation
    QTest::addColumn<QString>("code");        // expected finding, or empty for a clean page

    QTest::newRow("nominal: clean translation exports") << QByteArray() << QString();
    QTest::newRow("robustness: added script stops the export")
        << QByteArray("<script>fetch('https://example.org')</script>\n")
        << QStringLiteral("active-script");
    QTest::newRow("robustness: markdown javascript link stops the export")
        << QByteArray("[басыңыз](jav&#x61;script:alert(1))\n") << QStringLiteral("active-url");
    QTest::newRow("robustness: image handler stops the export")
        << QByteArray("<img src=\"x.png\" onerror=\"alert(1)\">\n")
        << QStringLiteral("active-event-handler");
}

void TestCliActiveContent::gate()
{
    QFETCH(QByteArray, addition);
    QFETCH(QString, code);
    QVERIFY(QFile::exists(QStringLiteral(TILMECH_BINARY_DIR "/tilmech-cli")));
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site"));
    QVERIFY(writeFile(
        site + QStringLiteral("/public/learn.md"),
        "---\ntitle: Learn\n---\n# Learn\n\nRead [the guide](https://code.org/learn).\n"));
    QVERIFY(writeFile(
        site + QStringLiteral("/i18n/public/ky/learn.md"),
        "---\ntitle: Үйрөн\n---\n# Үйрөн\n\nОкуңуз [колдонмо](https://code.org/learn).\n\n" +
            addition));
    QVERIFY(writeFile(site + QStringLiteral("/i18n/en.yml"), "en:\n  title: Title\n"));
    QVERIFY(writeFile(site + QStringLiteral("/i18n/ky.yml"), "ky:\n  title: Аталыш\n"));

    const TestSupport::CliRun validated =
        cli({QStringLiteral("validate"), QStringLiteral("--site"), site, QStringLiteral("--lang"),
             QStringLiteral("ky")});
    QCOMPARE(validated.code, code.isEmpty() ? 0 : 1);
    if (!code.isEmpty())
        QVERIFY2(validated.out.contains(QStringLiteral("error:")) &&
                     validated.out.contains(QLatin1Char('[') + code + QLatin1Char(']')),
                 qPrintable(validated.out));

    const QString out = dir.filePath(QStringLiteral("bundle"));
    const TestSupport::CliRun exported =
        cli({QStringLiteral("export"), QStringLiteral("--site"), site, QStringLiteral("--lang"),
             QStringLiteral("ky"), QStringLiteral("--out"), out});
    QCOMPARE(exported.code, code.isEmpty() ? 0 : 1);
    QCOMPARE(QFile::exists(out + QStringLiteral("/ky/learn.html")), code.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliActiveContent)
#include "tst_cliactivecontent.moc"
