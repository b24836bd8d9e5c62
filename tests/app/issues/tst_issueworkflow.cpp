// The translator's loop over issues, in the window: fixes applied from the issues panel's Fix
// button, "Fix all of this kind" from its context menu and the light bulb in the editor's
// gutter (each one undo step, and gone from the next check); and F8 / Shift+F8 from issue to
// issue, on to the next page that has one.

#include "app/guisupport.h"
#include "editor/codeeditor.h"
#include "issues/issuesmodel.h"
#include "issues/issuespanel.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

using namespace Tilmech;

class TestIssueWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void applyFixFromIssuesPanel();
    void fixAllOfKindFromContextMenu();
    void lightBulbAppliesFix();
    void fixNeedsThePageScope();
    void nextIssueAcrossPages();
    void siteIssuesFollowUnsavedEdit();
    void countsAgreeAcrossViews();
    void emptyListSaysWhatToDo();

private:
    void openAndWait(const QString &page);
    int rowOf(const QString &code) const;
    bool waitUntilGone(const QString &code);
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestIssueWorkflow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(
        TestSupport::copyTree(TestSupport::sampleSite(), m_dir.filePath(QStringLiteral("site"))));
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openSite(m_dir.filePath(QStringLiteral("site"))));
}

void TestIssueWorkflow::cleanupTestCase()
{
    delete m_window;
}

void TestIssueWorkflow::openAndWait(const QString &page)
{
    QSignalSpy checked(m_window, &MainWindow::diagnosticsUpdated);
    const bool opening = m_window->currentPage() != page;
    QVERIFY(m_window->openPage(page));
    if (opening)
        QVERIFY(checked.wait(20000));
}

int TestIssueWorkflow::rowOf(const QString &code) const
{
    const IssuesModel *model = m_window->issuesPanel()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->at(r).code == code)
            return r;
    }
    return -1;
}

bool TestIssueWorkflow::waitUntilGone(const QString &code)
{
    QSignalSpy checked(m_window, &MainWindow::diagnosticsUpdated);
    return checked.wait(20000) && QTest::qWaitFor(
                                      [&] {
                                          for (const Diagnostic &d : m_window->pageDiagnostics()) {
                                              if (d.code == code)
                                                  return false;
                                          }
                                          return true;
                                      },
                                      20000);
}

// The sample's About page has a tag with typographic quotes; the panel's Fix writes the
// English tag, and one undo brings the old text back.
void TestIssueWorkflow::applyFixFromIssuesPanel()
{
    openAndWait(QStringLiteral("about"));
    IssuesPanel *panel = m_window->issuesPanel();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("template-mangled")) >= 0, 20000);
    auto *fix = panel->findChild<QPushButton *>(QStringLiteral("fixButton"));
    QVERIFY(fix);
    CodeEditor *editor = m_window->translationEditor();
    const QString before = editor->toPlainText();
    panel->selectRow(rowOf(QStringLiteral("template-mangled")));
    QVERIFY(fix->isEnabled());
    QVERIFY(fix->toolTip().contains(QStringLiteral("<%= resolve_url('/learn') %>")));
    QTest::mouseClick(fix, Qt::LeftButton);
    const QString after = editor->toPlainText();
    QVERIFY(!after.contains(QStringLiteral("<%= resolve_url(‘/learn’) %>")));
    QVERIFY(after.contains(QStringLiteral("<%= resolve_url('/learn') %>")));
    QCOMPARE(after.size(), before.size()); // the quotes only
    QVERIFY(waitUntilGone(QStringLiteral("template-mangled")));
    editor->undo();
    QCOMPARE(editor->toPlainText(), before);
    editor->redo();
    QCOMPARE(editor->toPlainText(), after);
}

// Two words with a Latin letter among Cyrillic ones: "Fix All" of the context menu retypes
// both in one step.
void TestIssueWorkflow::fixAllOfKindFromContextMenu()
{
    openAndWait(QStringLiteral("about"));
    CodeEditor *editor = m_window->translationEditor();
    QTextCursor cursor(editor->document());
    const int at = editor->toPlainText().indexOf(QStringLiteral("Код саатын"));
    QVERIFY(at >= 0);
    cursor.setPosition(at);
    editor->setTextCursor(cursor);
    GuiSupport::typeText(editor, QStringLiteral("Кoд, Кoд "));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("content-homoglyph")) >= 0, 20000);
    const QString typed = editor->toPlainText();
    auto *table = m_window->issuesPanel()->findChild<QTableView *>(QStringLiteral("table"));
    QVERIFY(table);
    const int row = rowOf(QStringLiteral("content-homoglyph"));
    m_window->issuesPanel()->selectRow(row);
    const QRect cell = table->visualRect(table->currentIndex());
    QString offered;
    QTimer::singleShot(200, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->text().startsWith(QStringLiteral("Fix All"))) {
                offered = action->text();
                action->trigger();
            }
        }
        menu->close();
    });
    emit table->customContextMenuRequested(cell.center());
    QCOMPARE(offered, QStringLiteral("Fix All “content-homoglyph” in This Page (2)"));
    const QString fixed = editor->toPlainText();
    QVERIFY2(fixed.contains(QStringLiteral("Код, Код Код саатын")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!fixed.contains(QStringLiteral("Кoд")));
    QVERIFY(waitUntilGone(QStringLiteral("content-homoglyph")));
    editor->undo();
    QCOMPARE(editor->toPlainText(), typed);
}

// The home page's tag that lost its < and >: a light bulb in the gutter of its line; a click
// on it fixes.
void TestIssueWorkflow::lightBulbAppliesFix()
{
    openAndWait(QStringLiteral("index"));
    CodeEditor *editor = m_window->translationEditor();
    const QString broken = QStringLiteral("\"%= resolve_url('/learn') %\"");
    const int at = editor->toPlainText().indexOf(broken);
    QVERIFY(at >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(editor->hasFixOnLine(at), 20000);
    QVERIFY(!editor->hasFixOnLine(0));
    QTextCursor cursor(editor->document());
    cursor.setPosition(at);
    editor->setTextCursor(cursor);
    editor->ensureCursorVisible();
    const int y = editor->cursorRect().center().y();
    QWidget *gutter = nullptr;
    for (QWidget *child : editor->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child->geometry().left() == editor->contentsRect().left() && child->width() > 0 &&
            child->width() == editor->lineNumberAreaWidth())
            gutter = child;
    }
    QVERIFY(gutter);
    QTest::mouseClick(gutter, Qt::LeftButton, {}, QPoint(4, y));
    QVERIFY(!editor->toPlainText().contains(broken));
    QVERIFY(editor->toPlainText().contains(QStringLiteral("\"<%= resolve_url('/learn') %>\"")));
    QVERIFY(waitUntilGone(QStringLiteral("template-mangled")));
    QVERIFY(!editor->hasFixOnLine(at));
}

// The whole-site list shows other files' issues: Fix waits for the page to be opened.
void TestIssueWorkflow::fixNeedsThePageScope()
{
    IssuesPanel *panel = m_window->issuesPanel();
    auto *scope = panel->findChild<QComboBox *>(QStringLiteral("scopeBox"));
    auto *fix = panel->findChild<QPushButton *>(QStringLiteral("fixButton"));
    QVERIFY(scope && fix);
    scope->setCurrentIndex(1);
    QVERIFY(!fix->isEnabled());
    scope->setCurrentIndex(0);
}

// F8 goes from issue to issue of the page, then to the first issue of the next page that the
// site validation found one in; Shift+F8 comes back.
void TestIssueWorkflow::nextIssueAcrossPages()
{
    QSignalSpy validated(m_window, &MainWindow::siteValidated);
    QAction *validate = m_window->findChild<QAction *>(QStringLiteral("validateSiteAction"));
    QVERIFY(validate);
    validate->trigger();
    QVERIFY(validated.wait(60000));
    openAndWait(QStringLiteral("about"));
    CodeEditor *editor = m_window->translationEditor();
    editor->moveCursor(QTextCursor::Start);
    editor->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->pageDiagnostics().isEmpty(), 20000);
    int issues = 0;
    for (const Diagnostic &d : m_window->pageDiagnostics())
        issues += d.severity != Diagnostic::Severity::Info && d.begin >= 0;
    QVERIFY(issues > 0);
    QAction *next = nullptr;
    QAction *previous = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::Key_F8))
            next = action;
        if (action->shortcut() == QKeySequence(Qt::SHIFT | Qt::Key_F8))
            previous = action;
    }
    QVERIFY(next && previous);
    int seen = 0;
    int lastStart = -1;
    while (m_window->currentPage() == QLatin1String("about") && seen <= issues) {
        next->trigger();
        if (m_window->currentPage() != QLatin1String("about"))
            break;
        QVERIFY(editor->textCursor().hasSelection());
        QVERIFY(editor->textCursor().selectionStart() > lastStart);
        lastStart = editor->textCursor().selectionStart();
        ++seen;
    }
    // Past the last issue of the page: the next page with one, and its first issue selected.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentPage() != QLatin1String("about"), 20000);
    const QString nextPage = m_window->currentPage();
    QTRY_VERIFY_WITH_TIMEOUT(editor->textCursor().hasSelection(), 20000);
    QVERIFY(seen <= issues);
    QVERIFY(nextPage > QStringLiteral("about"));
    // Shift+F8 from the first issue goes back to the previous page's last one.
    previous->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), QStringLiteral("about"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(editor->textCursor().hasSelection(), 20000);
    QCOMPARE(editor->textCursor().selectionStart(), lastStart);
}

namespace {

// The errors the page list shows for `page`, or -1 when it shows none (unknown).
int listedErrors(MainWindow *window, const QString &page)
{
    auto *view = window->findChild<QAbstractItemView *>(QStringLiteral("pageView"));
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == page) {
            const QVariant errors = model->index(row, 3).data(); // the errors column
            return errors.isValid() && !errors.toString().isEmpty() ? errors.toInt() : 0;
        }
    }
    return -1;
}

int siteErrors(const IssuesPanel *panel, const QString &file)
{
    int errors = 0;
    for (const Diagnostic &d : panel->siteDiagnostics())
        errors += d.file == file && d.severity == Diagnostic::Severity::Error;
    return errors;
}

} // namespace

// The whole site's list, checked in the background since the site opened, takes in an
// unsaved edit of the open page at its next check, without Validate Site.
void TestIssueWorkflow::siteIssuesFollowUnsavedEdit()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->issuesPanel()->siteDiagnostics().isEmpty(), 60000);
    openAndWait(QStringLiteral("learn"));
    const QString file = QStringLiteral("i18n/public/ky/learn.md");
    const int before = siteErrors(m_window->issuesPanel(), file);
    CodeEditor *editor = m_window->translationEditor();
    editor->moveCursor(QTextCursor::End);
    GuiSupport::typeText(editor, QStringLiteral("\n<%= hoc_s(:no_such_string_here %>\n"));
    QTRY_VERIFY_WITH_TIMEOUT(siteErrors(m_window->issuesPanel(), file) > before, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(listedErrors(m_window, QStringLiteral("learn")),
                              siteErrors(m_window->issuesPanel(), file), 5000);
    // Undone, and the site's list is as before.
    while (editor->document()->isUndoAvailable() &&
           editor->toPlainText().contains(QStringLiteral("no_such_string_here")))
        editor->undo();
    QTRY_COMPARE_WITH_TIMEOUT(siteErrors(m_window->issuesPanel(), file), before, 20000);
}

// The page list, the status bar, the issues panel (page and site) count the same errors for
// the open page: they read one check.
void TestIssueWorkflow::countsAgreeAcrossViews()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->issuesPanel()->siteDiagnostics().isEmpty(), 60000);
    for (const QString &page : {QStringLiteral("index"), QStringLiteral("how-to/index")}) {
        openAndWait(page);
        int pageErrors = 0;
        QString file;
        for (const Diagnostic &d : m_window->pageDiagnostics()) {
            pageErrors += d.severity == Diagnostic::Severity::Error;
            if (file.isEmpty() && d.language == QLatin1String("ky"))
                file = d.file;
        }
        QVERIFY(!file.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(listedErrors(m_window, page), pageErrors, 5000);
        QCOMPARE(siteErrors(m_window->issuesPanel(), file), pageErrors);
        QVERIFY2(m_window->statusBar()->findChildren<QLabel *>().size() > 0, "no status labels");
        bool shown = false;
        for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
            shown = shown || label->text().contains(QStringLiteral("%1 errors").arg(pageErrors));
        QVERIFY(shown);
    }
}

// An empty list says why it is empty.
void TestIssueWorkflow::emptyListSaysWhatToDo()
{
    IssuesPanel panel;
    panel.show();
    auto *label = panel.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(label);
    panel.setScope(IssuesPanel::Scope::Site);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("Validate Site (F7)")),
             qPrintable(label->text()));
    panel.setValidationRunning(true);
    QVERIFY(label->text().contains(QLatin1String("Checking")));
    panel.setValidationRunning(false);
    panel.setSiteChecked(true);
    QCOMPARE(label->text(), QStringLiteral("No issues in the whole site."));
    Diagnostic d;
    d.file = QStringLiteral("i18n/public/ky/x.md");
    d.message = QStringLiteral("m");
    panel.setSiteDiagnostics({d});
    QVERIFY(!label->isVisible());
}

int main(int argc, char *argv[])
{
    return GuiSupport::runTests<TestIssueWorkflow>(argc, argv, "tst_issueworkflow");
}

#include "tst_issueworkflow.moc"
