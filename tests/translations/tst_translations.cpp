// The interface translations stay complete: lupdate, run over the sources into a copy of
// each .ts file, finds no string that the file lacks, no entry left unfinished and none the
// code no longer has; every translation keeps the placeholders and the keyboard mnemonic of
// its source; and the translations built into the program load and are used.

#include "base/uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Tilmech;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type;      // the translation's type attribute: unfinished, vanished, obsolete
    QStringList forms; // the translation, or its numerus forms
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms.append(xml.readElementText());
            } else {
                current.forms.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList placeholders(const QString &text, bool numerus)
{
    static const QRegularExpression marker(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const QString m = it.next().captured();
        if (!(numerus && m == QLatin1String("%n")))
            found.append(m);
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

int mnemonics(QString text)
{
    text.remove(QLatin1String("&&"));
    static const QRegularExpression mnemonic(QStringLiteral("&(?=\\S)"));
    return int(text.count(mnemonic));
}

QString describe(const Message &m)
{
    return m.context + QStringLiteral(": \"") + m.source.left(80) + QLatin1Char('"');
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void complete_data();
    void complete();
    void faithful_data();
    void faithful();
    void builtInTranslationsLoad_data();
    void builtInTranslationsLoad();
    void cleanup();

private:
    QTemporaryDir m_dir;
    QStringList m_languages{QStringLiteral("ky"), QStringLiteral("ru")};
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString translations = QStringLiteral(TILMECH_SOURCE_DIR "/translations");
    QStringList tsCopies;
    for (const QString &language : m_languages) {
        const QString name = QStringLiteral("tilmech_%1.ts").arg(language);
        QVERIFY2(QFile::exists(translations + QLatin1Char('/') + name),
                 qPrintable(name + QStringLiteral(" is missing")));
        QVERIFY(QFile::copy(translations + QLatin1Char('/') + name, m_dir.filePath(name)));
        QFile::setPermissions(m_dir.filePath(name),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        tsCopies.append(m_dir.filePath(name));
    }
    // Keep obsolete entries (no -no-obsolete), so that strings the code lost show up.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TILMECH_LUPDATE),
                  QStringList{QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral(TILMECH_SOURCE_DIR "/src"),
                              QStringLiteral(TILMECH_SOURCE_DIR "/ui"), QStringLiteral("-ts")} +
                      tsCopies);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    const QByteArray output = lupdate.readAll();
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             output.constData());
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : m_languages)
        QTest::newRow(qPrintable(language)) << language;
}

// After lupdate over today's sources, every entry is finished (a string new in the code
// comes in unfinished) and none is vanished or obsolete (a string the code dropped).
void TestTranslations::complete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages =
        readTs(m_dir.filePath(QStringLiteral("tilmech_%1.ts").arg(language)), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message &m : messages) {
        if (m.type == QLatin1String("unfinished"))
            problems.append(QStringLiteral("unfinished or missing: ") + describe(m));
        else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            problems.append(QStringLiteral("no longer in the code: ") + describe(m));
        else if (m.forms.isEmpty() ||
                 std::any_of(m.forms.cbegin(), m.forms.cend(),
                             [](const QString &f) { return f.trimmed().isEmpty(); }))
            problems.append(QStringLiteral("empty translation: ") + describe(m));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s) in tilmech_%2.ts (run the "
                                       "update_translations target and translate):\n")
                            .arg(problems.size())
                            .arg(language) +
                        problems.join(QLatin1Char('\n'))));
}

void TestTranslations::faithful_data()
{
    complete_data();
}

// A translation names the same %1… placeholders as its source (else arg() fills the wrong
// gap or none) and has a keyboard mnemonic exactly when the source has one.
void TestTranslations::faithful()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(
        QStringLiteral(TILMECH_SOURCE_DIR "/translations/tilmech_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &m : messages) {
        for (const QString &form : m.forms) {
            if (placeholders(form, m.numerus) != placeholders(m.source, m.numerus))
                problems.append(QStringLiteral("placeholders differ: ") + describe(m));
            if (m.numerus && !form.contains(QLatin1String("%n")) &&
                m.source.contains(QLatin1String("%n")))
                problems.append(QStringLiteral("%n missing: ") + describe(m));
            if (mnemonics(form) != mnemonics(m.source))
                problems.append(QStringLiteral("keyboard mnemonic differs: ") + describe(m));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::builtInTranslationsLoad_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("saveText");
    QTest::newRow("ky_KG") << QStringLiteral("ky_KG") << QStringLiteral("ky") << QString();
    QTest::newRow("ru_RU") << QStringLiteral("ru_RU") << QStringLiteral("ru") << QString();
    QTest::newRow("en_US stays English")
        << QStringLiteral("en_US") << QStringLiteral("en") << QStringLiteral("&Save");
    QTest::newRow("de_DE falls back to English")
        << QStringLiteral("de_DE") << QStringLiteral("en") << QStringLiteral("&Save");
}

// The .qm files are built into the program, UiLanguage picks the one of a locale, and the
// main window's strings come out translated.
void TestTranslations::builtInTranslationsLoad()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QFETCH(QString, saveText);
    const QStringList available = UiLanguage::available();
    QVERIFY2(available.contains(QStringLiteral("ky")) && available.contains(QStringLiteral("ru")),
             qPrintable(available.join(QLatin1Char(' '))));

    QCoreApplication *app = QCoreApplication::instance();
    const QString loaded = UiLanguage::install(app, QLocale(locale));
    QCOMPARE(loaded, expected);
    const QString save = QCoreApplication::translate("MainWindow", "&Save");
    if (!saveText.isEmpty())
        QCOMPARE(save, saveText);
    else
        QVERIFY2(save != QLatin1String("&Save") && save.contains(QLatin1Char('&')),
                 qPrintable(save));
    // Qt's own words (dialog buttons, context menus) come out in the language too, from
    // Qt's translation where Debian has one, else from Tilmech's.
    if (expected != QLatin1String("en")) {
        const QList<QTranslator *> translators = app->findChildren<QTranslator *>();
        for (const auto &[context, text] : UiLanguage::qtWords()) {
            const bool known =
                std::any_of(translators.cbegin(), translators.cend(),
                            [&](QTranslator *t) { return !t->translate(context, text).isEmpty(); });
            QVERIFY2(known, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(context),
                                                                    QLatin1String(text))));
        }
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
    }
}

void TestTranslations::cleanup()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
