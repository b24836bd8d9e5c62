// File → Export Bundle as a user meets its rules on where a bundle may go: the site folder,
// a folder holding it or one inside it cannot be chosen, nor a zip inside the site; a folder
// Tilmech did not make is named, said not to be a bundle and replaced only after asking,
// before anything is exported; and the dialog says which bundle an export would replace.

#include "app/guisupport.h"
#include "check/validator.h"
#include "export/exportdialog.h"
#include "render/renderer.h"
#include "site/project.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Tilmech;

namespace {

void setText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusesDestinationsOfTheSite_data();
    void refusesDestinationsOfTheSite();
    void refusesZipInTheSite();
    void asksBeforeReplacingAForeignFolder();
    void namesTheBundleItReplaces();
    void languagesNamedInTheirOwnScript();

private:
    QLineEdit *edit(const char *name) const
    {
        return m_dialog->findChild<QLineEdit *>(QLatin1String(name));
    }
    QString status() const
    {
        return m_dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_site;
    QMap<QString, QByteArray> m_siteBefore;
    std::unique_ptr<ExportDialog> m_dialog;
};

void TestExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_site = m_dir->filePath(QStringLiteral("holder/site"));
    QVERIFY(TestSupport::copyTree(TestSupport::sampleSite(), m_site));
    QVERIFY(
        QFile::link(m_site + QStringLiteral("/i18n"), m_dir->filePath(QStringLiteral("to-i18n"))));
    m_siteBefore = TestSupport::checksums(m_site);
    QString error;
    const auto project = Project::open(m_site, &error);
    QVERIFY2(project, qPrintable(error));
    auto renderer = std::make_shared<const Renderer>(project);
    auto validator = std::make_shared<const Validator>(project, renderer);
    // English: the sample's English pages have no errors, so only the destination can stop it.
    m_dialog = std::make_unique<ExportDialog>(project, renderer, validator, QStringLiteral("en"));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestExportDialog::cleanup()
{
    m_dialog.reset();
    QCOMPARE(TestSupport::checksums(m_site), m_siteBefore);
    m_dir.reset();
}

void TestExportDialog::refusesDestinationsOfTheSite_data()
{
    QTest::addColumn<QString>("destination"); // relative to the scratch folder
    QTest::newRow("safety: the site folder") << "holder/site";
    QTest::newRow("safety: the folder holding the site") << "holder";
    QTest::newRow("safety: a folder inside the site") << "holder/site/public";
    QTest::newRow("safety: a new folder inside the site") << "holder/site/bundle";
    QTest::newRow("safety: a new folder through a link into the site") << "to-i18n/bundle";
    QTest::newRow("safety: the folder holding the site through a link and ..") << "to-i18n/../..";
}

// The Export button stays off and the dialog says why, naming the site folder; the allow
// errors box changes nothing.
void TestExportDialog::refusesDestinationsOfTheSite()
{
    QFETCH(QString, destination);
    auto *allowErrors = m_dialog->findChild<QCheckBox *>(QStringLiteral("allowErrorsCheck"));
    allowErrors->setChecked(true);
    setText(edit("destinationEdit"), m_dir->filePath(destination));
    QVERIFY(!m_dialog->exportButton()->isEnabled());
    QVERIFY2(status().contains(QStringLiteral("site folder")), qPrintable(status()));
    QSignalSpy finished(m_dialog.get(), &ExportDialog::exportFinished);
    m_dialog->startExport(); // as a script or a stale button would
    QVERIFY(!m_dialog->isRunning());
    QVERIFY(finished.isEmpty());
    QVERIFY(m_dialog->findChild<QMessageBox *>() == nullptr);
}

void TestExportDialog::refusesZipInTheSite()
{
    setText(edit("destinationEdit"), m_dir->filePath(QStringLiteral("bundle")));
    QVERIFY(m_dialog->exportButton()->isEnabled());
    m_dialog->findChild<QCheckBox *>(QStringLiteral("zipCheck"))->setChecked(true);
    setText(edit("zipEdit"), m_site + QStringLiteral("/i18n/ky.yml"));
    QVERIFY(!m_dialog->exportButton()->isEnabled());
    QVERIFY2(status().contains(QStringLiteral("site folder")), qPrintable(status()));
    m_dialog->startExport();
    QVERIFY(!m_dialog->isRunning());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("bundle"))));
}

// The question comes before the export runs, names the folder, says it is not a Tilmech
// bundle and what it holds; Cancel leaves it, Replace exports into it.
void TestExportDialog::asksBeforeReplacingAForeignFolder()
{
    const QString theirs = m_dir->filePath(QStringLiteral("theirs"));
    QVERIFY(QDir().mkpath(theirs));
    QVERIFY(GuiSupport::writeFile(theirs + QStringLiteral("/notes.txt"), "keep me"));
    setText(edit("destinationEdit"), theirs);
    QVERIFY(m_dialog->exportButton()->isEnabled());
    QVERIFY2(status().contains(QStringLiteral("not a Tilmech bundle")), qPrintable(status()));
    QSignalSpy finished(m_dialog.get(), &ExportDialog::exportFinished);

    for (const bool agree : {false, true}) {
        QTest::mouseClick(m_dialog->exportButton(), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(
                         QStringLiteral("replaceFolderBox"))) != nullptr);
        QVERIFY(!m_dialog->isRunning()); // asked first: nothing checked or exported yet
        QVERIFY(finished.isEmpty());
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(theirs)), qPrintable(box->text()));
        QVERIFY2(box->text().contains(QStringLiteral("not a Tilmech bundle")),
                 qPrintable(box->text()));
        QVERIFY2(box->text().contains(QStringLiteral("notes.txt")), qPrintable(box->text()));
        QAbstractButton *answer = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            const bool destructive = box->buttonRole(button) == QMessageBox::DestructiveRole;
            if (destructive == agree)
                answer = button;
        }
        QVERIFY(answer);
        QTest::mouseClick(answer, Qt::LeftButton);
        if (!agree) {
            QTRY_VERIFY(m_dialog->findChild<QMessageBox *>(QStringLiteral("replaceFolderBox")) ==
                        nullptr);
            QVERIFY(!m_dialog->isRunning());
            QCOMPARE(GuiSupport::readFile(theirs + QStringLiteral("/notes.txt")),
                     QByteArray("keep me"));
        }
    }
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    QVERIFY(!QFileInfo::exists(theirs + QStringLiteral("/notes.txt")));
    QVERIFY(QFileInfo::exists(theirs + QStringLiteral("/manifest.json")));
}

// An earlier bundle is replaced without a question, but the dialog names it beforehand.
void TestExportDialog::namesTheBundleItReplaces()
{
    const QString bundle = m_dir->filePath(QStringLiteral("bundle"));
    setText(edit("destinationEdit"), bundle);
    QVERIFY2(!status().contains(QStringLiteral("replace")), qPrintable(status()));
    QSignalSpy finished(m_dialog.get(), &ExportDialog::exportFinished);
    QTest::mouseClick(m_dialog->exportButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    setText(edit("destinationEdit"), bundle + QStringLiteral("/"));
    setText(edit("destinationEdit"), bundle);
    QVERIFY2(status().contains(QStringLiteral("Replaces the Tilmech bundle")),
             qPrintable(status()));
    QVERIFY2(status().contains(QDir::toNativeSeparators(bundle)), qPrintable(status()));
}

// Languages are named as they name themselves ("ky — Кыргызча"), never in English, which a
// Kyrgyz or Russian interface would show among its own words.
void TestExportDialog::languagesNamedInTheirOwnScript()
{
    auto *list = m_dialog->findChild<QListWidget *>(QStringLiteral("languageList"));
    QVERIFY(list);
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names.append(list->item(i)->text());
    QVERIFY2(std::any_of(
                 names.cbegin(), names.cend(),
                 [](const QString &n) { return n.startsWith(QStringLiteral("ky — Кыргызча:")); }),
             qPrintable(names.join(u'|')));
    for (const QString &name : qAsConst(names))
        QVERIFY2(!name.contains(QLatin1String("Kyrgyz")), qPrintable(name));
}

int main(int argc, char *argv[])
{
    return GuiSupport::runTests<TestExportDialog>(argc, argv, "tst_exportdialog");
}

#include "tst_exportdialog.moc"
