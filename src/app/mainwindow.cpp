#include "mainwindow.h"

#include "analysis/pageanalysis.h"
#include "base/buildinfo.h"
#include "base/filereader.h"
#include "base/sha256.h"
#include "base/textoffsets.h"
#include "check/validator.h"
#include "editor/codeeditor.h"
#include "editor/markdownhighlighter.h"
#include "export/exportdialog.h"
#include "issues/issuesmodel.h"
#include "issues/issuespanel.h"
#include "pages/pagelistmodel.h"
#include "preview/previewview.h"
#include "recovery/recoverystore.h"
#include "recovery/recoverywriter.h"
#include "render/renderer.h"
#include "session/changebar.h"
#include "session/comparedialog.h"
#include "session/pagesession.h"
#include "settings/appsettings.h"
#include "settings/preferencesdialog.h"
#include "settings/recentsites.h"
#include "settings/shortcutsdialog.h"
#include "site/project.h"
#include "strings/stringsmodel.h"
#include "strings/stringsview.h"
#include "ui_mainwindow.h"
#include "version.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTextBlock>
#include <QToolTip>
#include <QtConcurrent>

namespace Tilmech {

namespace {

// Lines [first, last] of a block of an analysed page.
QPair<int, int> blockLines(const PageAnalysis &page, int block)
{
    const OutlineBlock &b = page.outline().blocks().at(block);
    const LineIndex &lines = page.document().lines();
    return {lines.position(b.begin).line, lines.position(std::max(b.begin, b.end - 1)).line};
}

// The block at a byte offset, or the last block starting before it.
int blockNear(const PageAnalysis &page, qsizetype offset)
{
    const auto &blocks = page.outline().blocks();
    int found = -1;
    for (int i = 0; i < blocks.size(); ++i) {
        if (blocks.at(i).begin <= offset)
            found = i;
        else
            break;
    }
    return found;
}

int blockAtLine(const PageAnalysis &page, int line)
{
    return blockNear(page, page.document().lines().lineStart(line));
}

} // namespace

namespace {

// The findings the preview can show on a refused tag's outline, the most serious first: it
// shows the first one that overlaps the tag.
QVector<PreviewView::Finding> refusalMessages(const Diagnostics &diagnostics)
{
    QVector<PreviewView::Finding> findings;
    for (const Diagnostic &d : diagnostics) {
        if (d.begin >= 0)
            findings.append({d.begin, std::max(d.end, d.begin + 1),
                             QStringLiteral("%1 [%2]").arg(d.message, d.code), int(d.severity)});
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const auto &a, const auto &b) { return a.severity > b.severity; });
    return findings;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_pages = new PageListModel(this);
    m_pageFilter = new QSortFilterProxyModel(this);
    m_pageFilter->setSourceModel(m_pages);
    m_pageFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_pageFilter->setFilterKeyColumn(PageListModel::NameColumn);
    m_ui->pageView->setModel(m_pageFilter);
    m_ui->pageView->sortByColumn(PageListModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *header = m_ui->pageView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PageListModel::NameColumn, QHeaderView::Stretch);
    for (int c = PageListModel::StatusColumn; c < PageListModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setStretchFactor(2, 3);
    m_ui->mainSplitter->setStretchFactor(3, 3);
    m_ui->browserPane->setMinimumWidth(220);
    m_ui->mainSplitter->setSizes({320, 430, 430, 440});

    m_languageBox = new QComboBox(this);
    m_languageBox->setToolTip(tr("The language being translated into"));
    m_countryBox = new QComboBox(this);
    m_countryBox->setEditable(true);
    m_countryBox->setToolTip(tr("The country for @country conditionals and site URLs"));
    m_countryBox->addItems({QStringLiteral("kg"), QStringLiteral("kz"), QStringLiteral("ru"),
                            QStringLiteral("us"), QStringLiteral("uk"), QStringLiteral("ca"),
                            QStringLiteral("au"), QStringLiteral("in")});
    m_ui->mainToolBar->addAction(m_ui->openSiteAction);
    m_ui->mainToolBar->addAction(m_ui->saveAction);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addWidget(new QLabel(tr("Language: "), this));
    m_ui->mainToolBar->addWidget(m_languageBox);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addWidget(new QLabel(tr("Country: "), this));
    m_ui->mainToolBar->addWidget(m_countryBox);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_ui->validateSiteAction);

    m_positionLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_positionLabel);

    setupActions();
    m_recent = new RecentSites(m_ui->recentMenu, this);
    connect(m_recent, &RecentSites::openRequested, this, &MainWindow::openSite);

    m_changeBar = new ChangeBar(this);
    m_ui->centralLayout->insertWidget(0, m_changeBar);
    connect(m_changeBar, &ChangeBar::reloadRequested, this,
            [this] { resolveConflict(Resolution::Reload); });
    connect(m_changeBar, &ChangeBar::keepRequested, this,
            [this] { resolveConflict(Resolution::Keep); });
    connect(m_changeBar, &ChangeBar::compareRequested, this, &MainWindow::compareConflict);
    m_diskTimer.setSingleShot(true);
    m_diskTimer.setInterval(250); // a program saving a file may touch it several times
    connect(&m_fileWatcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        m_changedPaths.insert(path);
        m_diskTimer.start();
    });
    // A file deleted on disk is watched through its folder, to see it come back.
    connect(&m_fileWatcher, &QFileSystemWatcher::directoryChanged, this,
            [this](const QString &dir) {
                for (const QString &path : watchedFiles()) {
                    if (QFileInfo(path).path() == dir)
                        m_changedPaths.insert(path);
                }
                m_diskTimer.start();
            });
    connect(&m_diskTimer, &QTimer::timeout, this, &MainWindow::checkDisk);
    // Coming back to the window, look again: not every file system reports changes.
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive && m_workspace.project()) {
                    for (const PageSession *s : qAsConst(m_sessions))
                        m_changedPaths << s->translationFile().absolutePath
                                       << s->englishFile().absolutePath;
                    m_changedPaths << m_workspace.project()->catalogPath(m_language);
                    m_diskTimer.start();
                }
            });

    m_recovery = std::make_unique<RecoveryWriter>([this] { return recoverySnapshot(); });
    connect(m_recovery.get(), &RecoveryWriter::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Cannot keep a recovery copy of unsaved work: %1").arg(error),
                                 15000);
    });
    connect(m_ui->stringsView->model(), &QAbstractItemModel::dataChanged, m_recovery.get(),
            &RecoveryWriter::changed);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_pageFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->pageView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openPage(current.data(PageListModel::NameRole).toString());
            });
    connect(m_languageBox, &QComboBox::currentTextChanged, this, &MainWindow::setLanguage);
    connect(m_countryBox, &QComboBox::currentTextChanged, this, [this] { scheduleRender(true); });
    connect(m_ui->previewModeBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_ui->preview->setMode(PreviewView::Mode(index));
        scheduleRender(true);
    });
    connect(m_ui->editSourceBox, &QCheckBox::toggled, m_ui->editSourceAction, &QAction::setChecked);
    connect(m_ui->editSourceAction, &QAction::toggled, this, [this](bool on) {
        m_ui->editSourceBox->setChecked(on);
        m_ui->sourceEdit->setReadOnly(!on);
    });

    connect(&m_worker, &RenderWorker::rendered, this, &MainWindow::showRendered);
    connect(&m_worker, &RenderWorker::validated, this, &MainWindow::showValidated);
    connect(m_ui->preview, &PreviewView::contentUpdated, this, [this](int serial) {
        m_shownSerial = serial;
        emit previewUpdated(serial);
    });
    connect(m_ui->preview, &PreviewView::linkActivated, this, &MainWindow::followLink);
    connect(m_ui->preview, &PreviewView::refusedTagClicked, this, &MainWindow::showRefusedTag);
    connect(m_ui->preview, &PreviewView::scrolledByUser, this, &MainWindow::syncFromPreview);

    connect(m_ui->translationEdit, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        updateStatus();
        syncFromTranslation(false);
    });
    connect(m_ui->translationEdit->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { syncFromTranslation(true); });
    connect(m_ui->sourceEdit->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &MainWindow::syncFromSource);
    connect(m_ui->issuesPanel, &IssuesPanel::issueActivated, this, &MainWindow::activateIssue);
    connect(m_ui->stringsView, &StringsView::pageRequested, this, [this](const QString &page) {
        m_ui->centralTabs->setCurrentWidget(m_ui->pagesTab);
        openPage(page);
    });
    connect(m_ui->stringsView, &StringsView::saved, this, [this] {
        statusBar()->showMessage(tr("Saved i18n/%1.yml").arg(m_language), 3000);
        scheduleRender(true); // the preview shows the new strings
    });
    connect(m_ui->stringsView, &StringsView::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_ui->issuesPanel, &IssuesPanel::validateSiteRequested, this,
            &MainWindow::validateSite);
    connect(m_ui->issuesPanel, &IssuesPanel::cancelRequested, this,
            [this] { m_cancelSite = true; });
    connect(&m_siteWatcher, &QFutureWatcher<Diagnostics>::finished, this, [this] {
        m_ui->issuesPanel->setValidationRunning(false);
        m_siteDiagnostics = m_siteWatcher.result();
        m_ui->issuesPanel->setSiteDiagnostics(m_siteDiagnostics);
        m_ui->issuesPanel->setScope(IssuesPanel::Scope::Site);
        m_pages->setSiteDiagnostics(m_siteDiagnostics);
        statusBar()->showMessage(m_cancelSite ? tr("Site validation cancelled")
                                              : tr("Site validated: %n findings", nullptr,
                                                   int(m_siteDiagnostics.size())),
                                 5000);
        emit siteValidated();
    });

    // A first start fills most of the screen; later starts restore what the user left.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize() * 0.9);
    restoreSettings();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    m_cancelSite = true;
    m_siteWatcher.waitForFinished();
}

void MainWindow::setupActions()
{
    m_ui->openSiteAction->setShortcut(QKeySequence::Open);
    m_ui->saveAction->setShortcut(QKeySequence::Save);
    m_ui->saveAllAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->undoAction->setShortcut(QKeySequence::Undo);
    m_ui->redoAction->setShortcut(QKeySequence::Redo);
    m_ui->findAction->setShortcut(QKeySequence::Find);
    m_ui->findNextAction->setShortcut(QKeySequence::FindNext);
    m_ui->findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    m_ui->replaceAction->setShortcut(QKeySequence::Replace);
    m_ui->insertTagAction->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_ui->validateSiteAction->setShortcut(QKeySequence(tr("F7")));
    m_ui->exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_ui->insertTagAction->setShortcutContext(Qt::WindowShortcut);

    connect(m_ui->openSiteAction, &QAction::triggered, this, &MainWindow::chooseSite);
    connect(m_ui->saveAction, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->saveAllAction, &QAction::triggered, this, &MainWindow::saveAll);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    auto focusedEditor = [this]() -> QPlainTextEdit * {
        return m_ui->sourceEdit->hasFocus() ? static_cast<QPlainTextEdit *>(m_ui->sourceEdit)
                                            : m_ui->translationEdit;
    };
    connect(m_ui->undoAction, &QAction::triggered, this,
            [focusedEditor] { focusedEditor()->undo(); });
    connect(m_ui->redoAction, &QAction::triggered, this,
            [focusedEditor] { focusedEditor()->redo(); });
    connect(m_ui->findAction, &QAction::triggered, this, [this, focusedEditor] {
        m_ui->findBar->setEditor(focusedEditor());
        m_ui->findBar->showFind(false);
    });
    connect(m_ui->replaceAction, &QAction::triggered, this, [this] {
        m_ui->findBar->setEditor(m_ui->translationEdit);
        m_ui->findBar->showFind(true);
    });
    connect(m_ui->findNextAction, &QAction::triggered, this,
            [this] { m_ui->findBar->findNext(false); });
    connect(m_ui->findPreviousAction, &QAction::triggered, this,
            [this] { m_ui->findBar->findNext(true); });
    connect(m_ui->insertTagAction, &QAction::triggered, this, &MainWindow::showInsertTagMenu);
    connect(m_ui->validateSiteAction, &QAction::triggered, this, &MainWindow::validateSite);
    connect(m_ui->exportAction, &QAction::triggered, this, &MainWindow::exportBundle);
    m_ui->findBar->setEditor(m_ui->translationEdit);

    QAction *issues = m_ui->issuesDock->toggleViewAction();
    issues->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_ui->viewMenu->addAction(issues);

    // The platform's Preferences key where it has one (X11 has none): else Ctrl+,.
    m_ui->preferencesAction->setShortcut(
        QKeySequence::keyBindings(QKeySequence::Preferences).value(0, QKeySequence(tr("Ctrl+,"))));
    m_ui->preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_ui->preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    m_ui->shortcutsAction->setShortcut(QKeySequence(tr("Ctrl+F1")));
    connect(m_ui->shortcutsAction, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    m_ui->aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_ui->aboutAction, &QAction::triggered, this,
            [this] { QMessageBox::about(this, tr("About Tilmech"), aboutText()); });
}

QString MainWindow::aboutText() const
{
    return tr("<h3>Tilmech %1</h3>"
              "<p>Translate and review localized markdown web pages, with the English page "
              "beside the translation and a live preview.</p>"
              "<p>Built with Qt %2, cmark-gfm %3, yaml-cpp %4 and libzip %5.</p>")
        .arg(BuildInfo::tilmechVersion(), BuildInfo::qtVersion(), BuildInfo::cmarkGfmVersion(),
             BuildInfo::yamlCppVersion(), BuildInfo::libzipVersion());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.apply()) {
        statusBar()->showMessage(
            tr("The new interface language takes effect the next time Tilmech starts."), 10000);
    }
}

// ---------------------------------------------------------------------------------------
// Settings and sites

void MainWindow::restoreSettings()
{
    const AppSettings settings;
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    const QByteArray splitter = settings.splitterState();
    if (!splitter.isEmpty())
        m_ui->mainSplitter->restoreState(splitter);
    m_ui->previewModeBox->setCurrentIndex(settings.previewMode());
    m_recent->refresh();
}

void MainWindow::saveSettings()
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(m_ui->mainSplitter->saveState());
    settings.setPreviewMode(m_ui->previewModeBox->currentIndex());
    if (m_workspace.project()) {
        settings.setLastSite(m_workspace.project()->root());
        settings.setSiteLanguage(m_language);
        settings.setSitePage(currentPage());
    }
}

void MainWindow::chooseSite()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open Site Folder"),
        m_workspace.project() ? m_workspace.project()->root() : QDir::homePath());
    if (!dir.isEmpty())
        openSite(dir);
}

bool MainWindow::openSite(const QString &path)
{
    QString error;
    const Workspace workspace = Workspace::open(path, &error);
    if (!workspace.isOpen()) {
        QMessageBox::warning(this, tr("Cannot Open the Site"), error);
        return false;
    }
    const std::shared_ptr<const Project> &project = workspace.project();
    if (m_workspace.project() && m_workspace.project()->root() != project->root() &&
        !maybeSaveAll())
        return false;
    const bool sameSite = m_workspace.project() && m_workspace.project()->root() == project->root();
    if (!sameSite) {
        if (m_workspace.project())
            clearRecovery(); // saved or discarded just now
        m_keptRecovery.clear();
        m_conflicts.clear();
        m_changeBar->hide();
        qDeleteAll(m_sessions);
        m_sessions.clear();
        m_session = nullptr;
        m_siteDiagnostics.clear();
        m_ui->issuesPanel->setSiteDiagnostics({});
    }
    m_workspace = workspace;
    m_worker.setValidator(m_workspace.validator());

    const AppSettings settings;
    QString language = settings.siteLanguage();
    if (!project->languages().contains(language))
        language = project->languages().contains(QStringLiteral("ky"))
                       ? QStringLiteral("ky")
                       : project->languages().value(0, QStringLiteral("en"));
    {
        const QSignalBlocker blocker(m_languageBox);
        m_languageBox->clear();
        m_languageBox->addItems(project->languages());
        m_languageBox->setCurrentText(language);
    }
    m_language = language;
    {
        const QSignalBlocker blocker(m_countryBox);
        m_countryBox->setCurrentText(QString::fromUtf8(Renderer::defaultCountry(language)));
    }
    m_ui->preview->setSite(project->root(), language);
    m_ui->stringsView->setProject(project, language);
    m_recent->add(project->root());
    populatePages();

    QString page = sameSite ? currentPage() : QString();
    if (page.isEmpty() && settings.lastSite() == project->root())
        page = settings.sitePage();
    if (!project->page(page))
        page = project->pages().isEmpty() ? QString() : project->pages().first().name;
    if (!page.isEmpty())
        openPage(page);
    updateTitle();
    watchFiles();
    if (!sameSite)
        offerRecovery();
    return true;
}

void MainWindow::setLanguage(const QString &language)
{
    if (!m_workspace.project() || language.isEmpty() || language == m_language)
        return;
    if (m_ui->stringsView->isModified()) {
        // The strings view shows one language: its edits are saved or dropped first.
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Strings"),
            tr("The strings of %1 have unsaved changes. Save them before switching to %2?")
                .arg(m_language, language),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        QString error;
        if (answer == QMessageBox::Cancel ||
            (answer == QMessageBox::Save && !m_ui->stringsView->save(&error))) {
            if (!error.isEmpty())
                QMessageBox::critical(this, tr("Cannot Save the Strings"),
                                      tr("The strings were not saved: %1").arg(error));
            const QSignalBlocker blocker(m_languageBox);
            m_languageBox->setCurrentText(m_language);
            return;
        }
        if (answer == QMessageBox::Discard)
            m_recovery->remove(m_workspace.project()->root(),
                               QStringLiteral("i18n/%1.yml").arg(m_language));
    }
    m_language = language;
    {
        const QSignalBlocker blocker(m_countryBox);
        m_countryBox->setCurrentText(QString::fromUtf8(Renderer::defaultCountry(language)));
    }
    m_ui->preview->setSite(m_workspace.project()->root(), language);
    m_ui->stringsView->setProject(m_workspace.project(), language);
    watchFiles();
    const QString page = currentPage();
    m_session = nullptr;
    populatePages();
    m_pages->setSiteDiagnostics(m_siteDiagnostics);
    if (!page.isEmpty())
        openPage(page);
}

void MainWindow::populatePages()
{
    m_pages->setProject(m_workspace.project(), m_language);
}

// ---------------------------------------------------------------------------------------
// Pages

QString MainWindow::currentPage() const
{
    return m_session ? m_session->name() : QString();
}

PageSession *MainWindow::ensureSession(const QString &language, const QString &name)
{
    const Page *page = m_workspace.project() ? m_workspace.project()->page(name) : nullptr;
    if (!page)
        return nullptr;
    const QString key = language + QLatin1Char('\n') + name;
    PageSession *session = m_sessions.value(key);
    if (session)
        return session;
    session =
        new PageSession(name, page->preferred(QStringLiteral("en")), page->preferred(language),
                        language, m_workspace.project()->root(), this);
    if (!session->loadError().isEmpty()) {
        // Never show (and later save) an empty text in place of a file that could not be read.
        QMessageBox::warning(this, tr("Cannot Open the Page"),
                             tr("%1\n\nThe page is not opened, so nothing in it can be lost. Fix "
                                "the file (for example its encoding) in another editor, then open "
                                "it again.")
                                 .arg(session->loadError()));
        delete session;
        return nullptr;
    }
    new MarkdownHighlighter(session->english());
    new MarkdownHighlighter(session->translation());
    connect(session->translation(), &QTextDocument::contentsChanged, this, [this, session] {
        if (session == m_session)
            scheduleRender();
        m_recovery->changed();
    });
    connect(session->english(), &QTextDocument::contentsChanged, this, [this, session] {
        if (session == m_session)
            scheduleRender();
        m_recovery->changed();
    });
    connect(session->translation(), &QTextDocument::modificationChanged, this,
            &MainWindow::updateTitle);
    connect(session->english(), &QTextDocument::modificationChanged, this,
            &MainWindow::updateTitle);
    m_sessions.insert(key, session);
    watchFiles();
    return session;
}

bool MainWindow::openPage(const QString &name)
{
    const Page *page = m_workspace.project() ? m_workspace.project()->page(name) : nullptr;
    if (!page)
        return false;
    PageSession *session = ensureSession(m_language, name);
    if (!session)
        return false;
    if (session == m_session)
        return true;
    m_session = session;
    m_syncedBlock = -1;
    m_last.reset();
    m_offsets.reset();
    m_diagnostics.clear();
    {
        const QSignalBlocker a(m_ui->translationEdit);
        const QSignalBlocker b(m_ui->sourceEdit);
        m_ui->sourceEdit->setDocument(session->english());
        m_ui->translationEdit->setDocument(session->translation());
        m_ui->sourceEdit->setMarks({});
        m_ui->translationEdit->setMarks({});
        m_ui->sourceEdit->setCurrentBlockLines(0, 0);
        m_ui->translationEdit->setCurrentBlockLines(0, 0);
    }
    m_ui->sourceEdit->setReadOnly(!m_ui->editSourceAction->isChecked() || !session->hasEnglish());
    m_ui->sourceLabel->setText(session->hasEnglish()
                                   ? tr("English — %1").arg(session->englishFile().relativePath)
                                   : tr("English — this page has no English file"));
    updateTranslationLabel();
    m_ui->issuesPanel->setPageDiagnostics({});

    selectInPageList(name);
    scheduleRender(true);
    updateTitle();
    updateStatus();
    updateCounts();
    emit pageOpened(name);
    return true;
}

void MainWindow::scheduleRender(bool now)
{
    if (!m_session || !m_workspace.renderer())
        return;
    RenderWorker::Job job;
    job.bytes = m_session->translationBytes();
    job.file = m_session->translationFile();
    job.country = m_countryBox->currentText().trimmed();
    m_ui->preview->setCountry(job.country); // the site URLs the render writes carry it
    if (m_session->hasEnglish()) {
        // Analysed by the worker, off the GUI thread (and only when the text changed).
        job.hasSource = true;
        job.sourceBytes = m_session->englishBytes();
        job.sourceFile = m_session->englishFile();
    }
    job.renderSource = m_ui->previewModeBox->currentIndex() != 0;
    job.serial = ++m_serial;
    if (now)
        m_worker.requestNow(std::move(job));
    else
        m_worker.request(std::move(job));
}

void MainWindow::showRendered(const RenderWorker::Result &result)
{
    if (!m_session ||
        result.analysis->document().fileName() != m_session->translationFile().relativePath)
        return; // a page that is no longer open
    m_ui->preview->setContent(result.body, result.sourceBody, result.title, result.layout,
                              result.serial);
}

void MainWindow::showValidated(const RenderWorker::Result &result)
{
    if (!m_session ||
        result.analysis->document().fileName() != m_session->translationFile().relativePath)
        return;
    m_last = std::make_shared<const RenderWorker::Result>(result);
    m_offsets = std::make_unique<TextOffsets>(m_last->analysis->document().bytes());
    m_diagnostics = result.diagnostics;
    QVector<CodeEditor::Mark> marks;
    for (const Diagnostic &d : qAsConst(m_diagnostics)) {
        if (d.begin < 0)
            continue;
        CodeEditor::Mark mark;
        mark.begin = m_offsets->toText(d.begin);
        mark.end = m_offsets->toText(d.end);
        mark.severity = int(d.severity);
        mark.message = QStringLiteral("%1 [%2]").arg(d.message, d.code);
        marks.append(mark);
    }
    m_ui->translationEdit->setMarks(marks);
    m_ui->preview->setRefusalMessages(refusalMessages(m_diagnostics));
    m_ui->issuesPanel->setPageDiagnostics(m_diagnostics);
    m_pages->setPageDiagnostics(m_session->name(), m_diagnostics);
    updateCounts();
    syncFromTranslation(false);
    emit diagnosticsUpdated();
}

// ---------------------------------------------------------------------------------------
// Following the current block

void MainWindow::syncFromTranslation(bool scrollOthers)
{
    if (m_syncing || !m_last || !m_offsets)
        return;
    m_syncing = true;
    const PageAnalysis &page = *m_last->analysis;
    int block;
    if (scrollOthers) {
        block = blockAtLine(page, m_ui->translationEdit->firstVisibleLineNumber());
    } else {
        const int position = m_ui->translationEdit->textCursor().position();
        block = blockNear(page, m_offsets->toBytes(position));
    }
    // New results for the same block only refresh the highlight: the panes scroll when the
    // user moves to another block, not on every keystroke.
    const bool moved = block != m_syncedBlock || scrollOthers;
    m_syncedBlock = block;
    if (block >= 0) {
        const auto lines = blockLines(page, block);
        if (!scrollOthers)
            m_ui->translationEdit->setCurrentBlockLines(lines.first, lines.second);
        m_ui->preview->highlightLines(false, lines.first, lines.second, moved);
        const AlignedPair *pair =
            m_last->alignment ? m_last->alignment->forTranslation(block) : nullptr;
        if (pair && !pair->source.isEmpty() && m_last->source) {
            const auto first = blockLines(*m_last->source, pair->source.first());
            const auto last = blockLines(*m_last->source, pair->source.last());
            m_ui->sourceEdit->setCurrentBlockLines(first.first, last.second);
            if (scrollOthers)
                m_ui->sourceEdit->scrollToLine(first.first);
            else if (moved && (first.first < m_ui->sourceEdit->firstVisibleLineNumber() ||
                               first.first > m_ui->sourceEdit->firstVisibleLineNumber() + 25))
                m_ui->sourceEdit->scrollToLine(std::max(1, first.first - 3));
            if (m_ui->preview->mode() != PreviewView::Mode::Translation)
                m_ui->preview->highlightLines(true, first.first, last.second,
                                              moved && m_ui->preview->mode() ==
                                                           PreviewView::Mode::Source);
        } else {
            m_ui->sourceEdit->setCurrentBlockLines(0, 0);
        }
    }
    m_syncing = false;
}

void MainWindow::syncFromSource()
{
    if (m_syncing || !m_last || !m_last->source || !m_last->alignment)
        return;
    m_syncing = true;
    const int block = blockAtLine(*m_last->source, m_ui->sourceEdit->firstVisibleLineNumber());
    const AlignedPair *pair = m_last->alignment->forSource(block);
    if (pair && !pair->translation.isEmpty()) {
        const auto lines = blockLines(*m_last->analysis, pair->translation.first());
        m_ui->translationEdit->scrollToLine(lines.first);
        m_ui->preview->highlightLines(false, lines.first, lines.second, true);
    }
    m_syncing = false;
}

void MainWindow::syncFromPreview()
{
    if (!m_last)
        return;
    const bool source = m_ui->preview->mode() == PreviewView::Mode::Source;
    QPointer<MainWindow> self(this);
    m_ui->preview->topVisibleLine(source, [self, source](int line) {
        if (!self || line <= 0 || !self->m_last || self->m_syncing)
            return;
        self->m_syncing = true;
        if (source) {
            self->m_ui->sourceEdit->scrollToLine(line);
        } else {
            self->m_ui->translationEdit->scrollToLine(line);
            const int block = blockAtLine(*self->m_last->analysis, line);
            const AlignedPair *pair =
                self->m_last->alignment ? self->m_last->alignment->forTranslation(block) : nullptr;
            if (pair && !pair->source.isEmpty() && self->m_last->source)
                self->m_ui->sourceEdit->scrollToLine(
                    blockLines(*self->m_last->source, pair->source.first()).first);
        }
        self->m_syncing = false;
    });
}

// ---------------------------------------------------------------------------------------
// Insert a tag from the English block

QStringList MainWindow::tagChoices() const
{
    QStringList choices;
    if (!m_last || !m_last->source || !m_offsets)
        return choices;
    const PageAnalysis &page = *m_last->analysis;
    const PageAnalysis &source = *m_last->source;
    const int block =
        blockNear(page, m_offsets->toBytes(m_ui->translationEdit->textCursor().position()));
    QVector<int> sourceBlocks;
    QSet<QByteArray> present;
    if (block >= 0) {
        if (const AlignedPair *pair =
                m_last->alignment ? m_last->alignment->forTranslation(block) : nullptr)
            sourceBlocks = pair->source;
        for (int t : page.outline().blocks().at(block).tags) {
            if (const PageTag *tag = page.tagForToken(t))
                present.insert(tag->canonical);
        }
    }
    QSet<QByteArray> seen;
    for (const PageTag &tag : source.tags()) {
        if (tag.canonical.startsWith('#'))
            continue;
        const int b = source.outline().blockAt(source.tokens().at(tag.token).begin);
        if (!sourceBlocks.isEmpty() && !sourceBlocks.contains(b))
            continue;
        if (seen.contains(tag.canonical))
            continue;
        seen.insert(tag.canonical);
        choices << QString::fromUtf8(tag.written) +
                       (present.contains(tag.canonical) ? QString() : QStringLiteral("\n"));
    }
    return choices;
}

void MainWindow::insertTag(int index)
{
    const QStringList choices = tagChoices();
    if (index < 0 || index >= choices.size())
        return;
    QString text = choices.at(index);
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    m_ui->translationEdit->textCursor().insertText(text);
    m_ui->translationEdit->setFocus();
}

void MainWindow::showInsertTagMenu()
{
    const QStringList choices = tagChoices();
    QMenu menu(this);
    if (choices.isEmpty()) {
        menu.addAction(tr("No tags in the matching English block"))->setEnabled(false);
    }
    for (int i = 0; i < choices.size(); ++i) {
        QString text = choices.at(i);
        const bool missing = text.endsWith(QLatin1Char('\n'));
        if (missing)
            text.chop(1);
        QAction *action = menu.addAction(missing ? tr("%1    — missing here").arg(text) : text);
        if (missing) {
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
        }
        connect(action, &QAction::triggered, this, [this, i] { insertTag(i); });
    }
    const QRect cursor = m_ui->translationEdit->cursorRect();
    menu.exec(m_ui->translationEdit->viewport()->mapToGlobal(cursor.bottomLeft()));
}

// ---------------------------------------------------------------------------------------
// Issues, links and site validation

// A click on a refused tag's outline in the preview: its finding, at the pointer and in the
// status bar, and the tag selected in the editor.
void MainWindow::showRefusedTag(qsizetype begin, qsizetype end, const QPoint &globalPos)
{
    if (!m_offsets)
        return;
    QString message;
    for (const PreviewView::Finding &f : refusalMessages(m_diagnostics)) {
        if (f.begin < end && f.end > begin) {
            message = f.message;
            break;
        }
    }
    if (!message.isEmpty()) {
        QToolTip::showText(globalPos, message, m_ui->preview);
        statusBar()->showMessage(message, 10000);
    }
    QTextCursor cursor = m_ui->translationEdit->textCursor();
    cursor.setPosition(m_offsets->toText(begin));
    cursor.setPosition(m_offsets->toText(end), QTextCursor::KeepAnchor);
    m_ui->translationEdit->setTextCursor(cursor);
    m_ui->translationEdit->centerCursor();
}

void MainWindow::activateIssue(const Diagnostic &d)
{
    if (!m_workspace.project())
        return;
    // The page the file belongs to.
    QString page;
    QString language;
    for (const Page &p : m_workspace.project()->pages()) {
        for (const PageFile &f : p.files) {
            if (f.relativePath == d.file) {
                page = p.name;
                language = f.language;
            }
        }
    }
    if (m_session && m_session->translationFile().relativePath == d.file) {
        page = m_session->name();
        language = m_language;
    }
    if (page.isEmpty()) {
        // A finding about locale strings: show the string.
        const QString strings = QStringLiteral("i18n/%1.yml").arg(m_language);
        if (d.file == strings && !d.key.isEmpty()) {
            showStrings();
            m_ui->stringsView->selectKey(d.key.toUtf8());
            return;
        }
        statusBar()->showMessage(tr("%1 is not a page of this language").arg(d.file), 5000);
        return;
    }
    if (language != QLatin1String("en") && language != m_language) {
        const QSignalBlocker blocker(m_languageBox);
        m_languageBox->setCurrentText(language);
        setLanguage(language);
    }
    openPage(page);
    if (d.begin < 0)
        return;
    const bool english = language == QLatin1String("en");
    CodeEditor *editor = english ? m_ui->sourceEdit : m_ui->translationEdit;
    const QByteArray bytes = english ? m_session->englishBytes() : m_session->translationBytes();
    const TextOffsets offsets(bytes);
    editor->selectRange(offsets.toText(d.begin), offsets.toText(d.end));
    editor->setFocus();
}

void MainWindow::setExternalLinkHandler(std::function<void(const QUrl &)> handler)
{
    m_externalLinks = std::move(handler);
}

void MainWindow::followLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("tilmech") && m_workspace.project()) {
        const QStringList parts =
            Project::siteUrlPath(url.path(), m_countryBox->currentText(), {m_language}).parts;
        const QString page = m_workspace.project()->pageForUrlPath(parts.join(QLatin1Char('/')));
        if (m_workspace.project()->hasPage(page)) {
            openPage(page);
            return;
        }
        statusBar()->showMessage(tr("The site has no page at %1").arg(url.path()), 5000);
        return;
    }
    if (m_externalLinks)
        m_externalLinks(url);
    else
        QDesktopServices::openUrl(url);
}

void MainWindow::validateSite()
{
    if (!m_workspace.validator() || m_siteWatcher.isRunning())
        return;
    m_cancelSite = false;
    m_ui->issuesPanel->setValidationRunning(true);
    m_ui->issuesDock->show();
    const std::shared_ptr<const Validator> validator = m_workspace.validator();
    const QStringList languages{m_language};
    QPointer<IssuesPanel> panel = m_ui->issuesPanel;
    std::atomic_bool *cancel = &m_cancelSite;
    m_siteWatcher.setFuture(QtConcurrent::run([validator, languages, panel, cancel] {
        return validator->validateSite(
            languages,
            [panel](int done, int total) {
                QMetaObject::invokeMethod(
                    panel,
                    [panel, done, total] {
                        if (panel)
                            panel->setProgress(done, total);
                    },
                    Qt::QueuedConnection);
            },
            cancel);
    }));
}

// ---------------------------------------------------------------------------------------
// Saving and closing

bool MainWindow::save()
{
    if (m_ui->centralTabs->currentWidget() == m_ui->stringsTab) {
        QString error;
        if (!m_ui->stringsView->save(&error)) {
            QMessageBox::critical(this, tr("Cannot Save the Strings"),
                                  tr("The strings were not saved: %1").arg(error));
            return false;
        }
        updateTitle();
        return true;
    }
    if (!m_session)
        return true;
    if (!confirmOverwrite(m_session))
        return false;
    // A read-only file is not written over silently: the user says so (it stays read-only).
    const QStringList readOnly = m_session->readOnlyFiles();
    if (!readOnly.isEmpty() &&
        QMessageBox::warning(this, tr("Read-Only File"),
                             tr("%1 is read-only on disk.\n\nSave your text over it anyway? It "
                                "stays read-only afterwards.")
                                 .arg(readOnly.join(QStringLiteral(", "))),
                             QMessageBox::Save | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Save)
        return false;
    QString error;
    const bool wasNew = m_session->translationIsNew();
    if (!m_session->save(&error, !readOnly.isEmpty())) {
        QMessageBox::critical(this, tr("Cannot Save"),
                              tr("The page was not saved: %1\n\nYour text is still here; fix the "
                                 "problem and save again, or save elsewhere.")
                                  .arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_session->translationFile().relativePath), 3000);
    writeRecovery(); // the saved text needs no recovery copy any more
    checkDisk();     // nor a bar saying its file is gone or changed
    if (wasNew)
        adoptNewFile();
    updateTitle();
    return true;
}

// A new translation was saved: the site gained one file. The index is read again, sharing the
// strings already loaded; open texts, unsaved strings and undo histories stay as they are.
void MainWindow::adoptNewFile()
{
    m_workspace = m_workspace.reindexed();
    m_worker.setValidator(m_workspace.validator());
    m_ui->stringsView->setProject(m_workspace.project(), m_language);
    populatePages();
    m_pages->setSiteDiagnostics(m_siteDiagnostics);
    selectInPageList(currentPage());
    updateTranslationLabel();
    watchFiles();
    scheduleRender();
}

void MainWindow::selectInPageList(const QString &name)
{
    const int row = m_pages->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex index = m_pageFilter->mapFromSource(m_pages->index(row, 0));
    const QSignalBlocker blocker(m_ui->pageView->selectionModel());
    m_ui->pageView->setCurrentIndex(index);
    m_ui->pageView->scrollTo(index);
}

void MainWindow::updateTranslationLabel()
{
    if (!m_session)
        return;
    m_ui->translationLabel->setText(
        m_session->translationIsNew()
            ? tr("%1 — new: %2 (a copy of the English page until you save)")
                  .arg(m_language, m_session->translationFile().relativePath)
            : tr("%1 — %2").arg(m_language, m_session->translationFile().relativePath));
}

bool MainWindow::saveAll()
{
    QStringList failed;
    if (m_ui->stringsView->isModified()) {
        QString error;
        if (!m_ui->stringsView->save(&error))
            failed << QStringLiteral("i18n/%1.yml: %2").arg(m_language, error);
    }
    for (PageSession *s : qAsConst(m_sessions)) {
        QString error;
        if (!s->isModified())
            continue;
        if (!confirmOverwrite(s))
            failed
                << tr("%1: not saved, it changed on disk").arg(s->translationFile().relativePath);
        else if (!s->save(&error))
            failed << QStringLiteral("%1: %2").arg(s->translationFile().relativePath, error);
    }
    updateTitle();
    writeRecovery();
    checkDisk();
    if (!failed.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot Save"),
                              tr("These pages were not saved; their text is still here:\n\n%1")
                                  .arg(failed.join(QLatin1Char('\n'))));
        return false;
    }
    return true;
}

void MainWindow::exportBundle()
{
    if (!m_workspace.project()) {
        statusBar()->showMessage(tr("Open a site folder first."), 5000);
        return;
    }
    if (findChild<ExportDialog *>()) {
        findChild<ExportDialog *>()->raise();
        return;
    }
    // The bundle is made from the files on disk.
    if (!maybeSaveAll())
        return;
    auto *dialog = new ExportDialog(m_workspace.project(), m_workspace.renderer(),
                                    m_workspace.validator(), m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QAction *MainWindow::exportAction() const
{
    return m_ui->exportAction;
}

bool MainWindow::maybeSaveAll()
{
    QStringList modified;
    for (const PageSession *s : qAsConst(m_sessions)) {
        if (s->isModified())
            modified << s->translationFile().relativePath;
    }
    if (m_ui->stringsView->isModified())
        modified << QStringLiteral("i18n/%1.yml").arg(m_language);
    if (modified.isEmpty())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("These pages have unsaved changes:\n\n%1\n\nSave them?")
            .arg(modified.join(QLatin1Char('\n'))),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveAll();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveAll()) {
        event->ignore();
        return;
    }
    // Everything was saved or knowingly discarded.
    m_recovery->cancelScheduled();
    clearRecovery();
    saveSettings();
    event->accept();
}

bool MainWindow::confirmOverwrite(PageSession *session)
{
    QStringList changed;
    if (session->english()->isModified() &&
        session->diskState(true) == PageSession::DiskState::Changed)
        changed << session->englishFile().relativePath;
    if (session->translation()->isModified() &&
        session->diskState(false) == PageSession::DiskState::Changed)
        changed << session->translationFile().relativePath;
    if (changed.isEmpty())
        return true;
    QMessageBox box(
        QMessageBox::Warning, tr("File Changed on Disk"),
        tr("%1 changed on disk since Tilmech read it (another program, or a git pull).\n\n"
           "Save your text over it? What is on disk now would be lost.")
            .arg(changed.join(QStringLiteral(", "))),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("overwriteBox"));
    QPushButton *overwrite = box.addButton(tr("&Save Over It"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != overwrite)
        return false;
    // The save writes only over the version the text is based on: the one just accepted.
    if (session->english()->isModified() &&
        session->diskState(true) == PageSession::DiskState::Changed)
        session->acceptDiskVersion(true);
    if (session->translation()->isModified() &&
        session->diskState(false) == PageSession::DiskState::Changed)
        session->acceptDiskVersion(false);
    return true;
}

QStringList MainWindow::watchedFiles() const
{
    QStringList files;
    if (!m_workspace.project())
        return files;
    for (const PageSession *s : qAsConst(m_sessions)) {
        if (s->hasEnglish())
            files << s->englishFile().absolutePath;
        files << s->translationFile().absolutePath;
    }
    files << m_workspace.project()->catalogPath(m_language);
    return files;
}

void MainWindow::watchFiles()
{
    if (!m_workspace.project())
        return;
    // The files that exist, and the folders of those that do not (yet, or any more).
    QStringList wanted;
    for (const QString &path : watchedFiles())
        wanted << (QFileInfo::exists(path) ? path : QFileInfo(path).path());
    wanted.removeDuplicates(); // a folder, or an English page open in two languages
    const QStringList watched = m_fileWatcher.files() + m_fileWatcher.directories();
    for (const QString &path : watched) {
        if (!wanted.contains(path))
            m_fileWatcher.removePath(path);
    }
    for (const QString &path : qAsConst(wanted)) {
        if (!watched.contains(path) && QFileInfo::exists(path))
            m_fileWatcher.addPath(path);
    }
}

void MainWindow::checkDisk()
{
    if (!m_workspace.project())
        return;
    const QSet<QString> paths = std::exchange(m_changedPaths, {});
    watchFiles(); // a file replaced by a rename is no longer watched under its name
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        PageSession *s = it.value();
        for (const bool english : {false, true}) {
            if (english && !s->hasEnglish())
                continue;
            const QString path =
                english ? s->englishFile().absolutePath : s->translationFile().absolutePath;
            if (!paths.contains(path))
                continue;
            const PageSession::DiskState state = s->diskState(english);
            if (state == PageSession::DiskState::Same)
                continue;
            QTextDocument *text = english ? s->english() : s->translation();
            if (!text->isModified() && state == PageSession::DiskState::Changed) {
                QString error;
                if (s->reload(english, &error)) {
                    statusBar()->showMessage(tr("Reloaded %1: it changed on disk")
                                                 .arg(english ? s->englishFile().relativePath
                                                              : s->translationFile().relativePath),
                                             5000);
                    continue;
                }
            }
            const Conflict c{it.key(), english};
            if (!m_conflicts.contains(c))
                m_conflicts.append(c);
        }
    }
    const QString catalog = m_workspace.project()->catalogPath(m_language);
    if (paths.contains(catalog) && m_ui->stringsView->diskChanged()) {
        if (!m_ui->stringsView->isModified()) {
            m_ui->stringsView->rebase();
            statusBar()->showMessage(tr("Reloaded i18n/%1.yml: it changed on disk").arg(m_language),
                                     5000);
            scheduleRender(true);
        } else if (!m_conflicts.contains(Conflict{QString(), false})) {
            m_conflicts.append(Conflict{QString(), false});
        }
    }
    // Also when nothing was added: the file shown may have come back or changed again.
    showNextConflict();
}

void MainWindow::showNextConflict()
{
    while (!m_conflicts.isEmpty()) {
        const Conflict c = m_conflicts.first();
        if (c.session.isEmpty()) {
            if (!m_ui->stringsView->isModified() || !m_ui->stringsView->diskChanged()) {
                m_conflicts.removeFirst();
                continue;
            }
            m_changeBar->showChange(
                tr("i18n/%1.yml changed on disk while you were editing strings. Reload drops your "
                   "string edits; Keep puts them on top of the file as it is now.")
                    .arg(m_language),
                true);
            m_changeBar->compareButton()->hide();
            return;
        }
        PageSession *s = m_sessions.value(c.session);
        const PageSession::DiskState state =
            s ? s->diskState(c.english) : PageSession::DiskState::Same;
        if (!s || state == PageSession::DiskState::Same) {
            m_conflicts.removeFirst();
            continue;
        }
        const QString file =
            c.english ? s->englishFile().relativePath : s->translationFile().relativePath;
        if (state == PageSession::DiskState::Missing)
            m_changeBar->showChange(tr("%1 was deleted or moved on disk. Your text is still here; "
                                       "saving writes the file again.")
                                        .arg(file),
                                    false);
        else
            m_changeBar->showChange(
                tr("%1 changed on disk while you were editing it (another program, "
                   "or a git pull). Reload it, keep your text, or compare the two.")
                    .arg(file),
                true);
        return;
    }
    m_changeBar->hide();
}

void MainWindow::resolveConflict(Resolution resolution)
{
    if (m_conflicts.isEmpty())
        return;
    const Conflict c = m_conflicts.takeFirst();
    if (c.session.isEmpty()) {
        if (resolution == Resolution::Reload) {
            m_ui->stringsView->discard();
            m_workspace.project()->forgetCatalog(m_language);
            m_ui->stringsView->rebase();
        } else {
            m_ui->stringsView->rebase();
        }
        scheduleRender(true);
    } else if (PageSession *s = m_sessions.value(c.session)) {
        if (resolution == Resolution::Reload) {
            QString error;
            if (!s->reload(c.english, &error))
                QMessageBox::warning(this, tr("Cannot Reload"), error);
        } else {
            s->acceptDiskVersion(c.english);
        }
        writeRecovery();
    }
    updateTitle();
    showNextConflict();
}

void MainWindow::compareConflict()
{
    if (m_conflicts.isEmpty() || m_conflicts.first().session.isEmpty())
        return;
    const Conflict c = m_conflicts.first();
    PageSession *s = m_sessions.value(c.session);
    if (!s)
        return;
    auto *dialog = new CompareDialog(
        c.english ? s->englishFile().relativePath : s->translationFile().relativePath,
        (c.english ? s->english() : s->translation())->toPlainText(), s->diskText(c.english), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompareDialog::reloadRequested, this,
            [this] { resolveConflict(Resolution::Reload); });
    connect(dialog, &CompareDialog::keepRequested, this,
            [this] { resolveConflict(Resolution::Keep); });
    dialog->open();
}

void MainWindow::setRecoveryFolder(const QString &folder)
{
    m_recovery->setStore(RecoveryStore(folder));
}

void MainWindow::writeRecovery()
{
    m_recovery->writeNow();
}

// The copies to keep now: modified texts are written, unmodified ones lose theirs (unless
// the user left it for later). Taken here, on the GUI thread; written by m_recovery.
QVector<RecoveryWriter::Update> MainWindow::recoverySnapshot()
{
    QVector<RecoveryWriter::Update> updates;
    if (!m_workspace.project())
        return updates;
    auto keep = [&](const RecoveryStore::Entry &entry, bool modified) {
        if (modified || !m_keptRecovery.contains(entry.file))
            updates.append({entry, !modified});
    };
    for (const PageSession *s : qAsConst(m_sessions)) {
        for (const bool english : {false, true}) {
            if (english && !s->hasEnglish())
                continue;
            const QTextDocument *text = english ? s->english() : s->translation();
            RecoveryStore::Entry e;
            e.siteRoot = m_workspace.project()->root();
            e.file = english ? s->englishFile().relativePath : s->translationFile().relativePath;
            e.language = s->language();
            e.page = s->name();
            if (text->isModified()) {
                e.bytes = english ? s->englishBytes() : s->translationBytes();
                e.baseSha256 = s->baseSha256(english);
                m_keptRecovery.remove(e.file); // newer work replaces what was left for later
            }
            keep(e, text->isModified());
        }
    }
    RecoveryStore::Entry strings;
    strings.kind = RecoveryStore::Entry::Kind::Strings;
    strings.siteRoot = m_workspace.project()->root();
    strings.file = QStringLiteral("i18n/%1.yml").arg(m_language);
    strings.language = m_language;
    if (m_ui->stringsView->isModified()) {
        strings.strings = m_ui->stringsView->edits();
        m_keptRecovery.remove(strings.file);
    }
    keep(strings, m_ui->stringsView->isModified());
    return updates;
}

void MainWindow::clearRecovery()
{
    if (!m_workspace.project())
        return;
    for (const PageSession *s : qAsConst(m_sessions)) {
        for (const QString &file :
             {s->englishFile().relativePath, s->translationFile().relativePath}) {
            if (!file.isEmpty() && !m_keptRecovery.contains(file))
                m_recovery->remove(m_workspace.project()->root(), file);
        }
    }
    const QString strings = QStringLiteral("i18n/%1.yml").arg(m_language);
    if (!m_keptRecovery.contains(strings))
        m_recovery->remove(m_workspace.project()->root(), strings);
}

void MainWindow::offerRecovery()
{
    const QVector<RecoveryStore::Entry> entries =
        m_recovery->store().entries(m_workspace.project()->root());
    if (entries.isEmpty())
        return;
    QStringList lines;
    for (const RecoveryStore::Entry &e : entries) {
        const std::optional<QByteArray> disk =
            FileReader::read(QDir(m_workspace.project()->root()).filePath(e.file), nullptr);
        const QByteArray now = disk ? Sha256::hex(*disk) : QByteArray();
        QString line =
            tr("• %1, %2")
                .arg(e.file, QLocale().toString(e.saved.toLocalTime(), QLocale::ShortFormat));
        if (now != e.baseSha256 && !(now.isEmpty() && e.baseSha256.isEmpty()) &&
            e.kind == RecoveryStore::Entry::Kind::Page)
            line += tr(" (the file has changed on disk since)");
        lines << line;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Recover Unsaved Work?"),
                        tr("Tilmech closed without saving this work:\n\n%1\n\nRecover it into "
                           "the editor? Nothing is written to the site until you save.")
                            .arg(lines.join(QLatin1Char('\n'))),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("recoveryBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *recoverButton = box->addButton(tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discardButton = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box->addButton(tr("Decide &Later"), QMessageBox::RejectRole);
    box->setDefaultButton(recoverButton);
    connect(
        box, &QMessageBox::buttonClicked, this,
        [this, box, recoverButton, discardButton, entries](QAbstractButton *button) {
            Q_UNUSED(box);
            if (button == discardButton) {
                for (const RecoveryStore::Entry &e : entries)
                    m_recovery->remove(m_workspace.project()->root(), e.file);
                return;
            }
            if (button != recoverButton) {
                for (const RecoveryStore::Entry &e : entries)
                    m_keptRecovery.insert(e.file);
                return;
            }
            // The newest work decides the language shown.
            const QString language = entries.last().language;
            if (!language.isEmpty() && language != m_language &&
                m_workspace.project()->languages().contains(language))
                m_languageBox->setCurrentText(language);
            QString show;
            for (const RecoveryStore::Entry &e : entries) {
                if (e.kind == RecoveryStore::Entry::Kind::Strings) {
                    if (e.language == m_language)
                        m_ui->stringsView->restoreEdits(e.strings);
                    else
                        m_keptRecovery.insert(e.file); // offered again when that language is open
                    continue;
                }
                PageSession *s =
                    ensureSession(e.language.isEmpty() ? m_language : e.language, e.page);
                if (!s) {
                    m_keptRecovery.insert(e.file);
                    continue;
                }
                const bool english = s->hasEnglish() && e.file == s->englishFile().relativePath &&
                                     e.file != s->translationFile().relativePath;
                if (!english && e.file != s->translationFile().relativePath) {
                    m_keptRecovery.insert(e.file); // the page has another file now
                    continue;
                }
                s->restore(english, e.bytes);
                if (s->language() == m_language)
                    show = e.page;
            }
            if (!show.isEmpty()) {
                m_ui->centralTabs->setCurrentWidget(m_ui->pagesTab);
                openPage(show);
                scheduleRender(true);
            }
            updateTitle();
            writeRecovery();
        });
    box->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() &&
        QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty())
        openSite(urls.first().toLocalFile());
}

// ---------------------------------------------------------------------------------------
// Title and status

void MainWindow::updateTitle()
{
    bool modified = m_ui->stringsView->isModified();
    for (const PageSession *s : qAsConst(m_sessions))
        modified = modified || s->isModified();
    setWindowModified(modified);
    QString title;
    if (m_session)
        title = m_session->name() + QStringLiteral("[*] — ");
    if (m_workspace.project())
        title += QFileInfo(m_workspace.project()->root()).fileName() + QStringLiteral(" — ");
    setWindowTitle(title + QStringLiteral("Tilmech"));
    if (!m_session)
        setWindowTitle(QStringLiteral("Tilmech[*]"));
    m_ui->saveAction->setEnabled((m_session && m_session->isModified()) ||
                                 m_ui->stringsView->isModified());
}

void MainWindow::updateStatus()
{
    const QTextCursor cursor = m_ui->translationEdit->textCursor();
    m_positionLabel->setText(
        tr("Ln %1, Col %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
}

void MainWindow::updateCounts()
{
    int errors = 0, warnings = 0;
    for (const Diagnostic &d : qAsConst(m_diagnostics)) {
        errors += d.severity == Diagnostic::Severity::Error;
        warnings += d.severity == Diagnostic::Severity::Warning;
    }
    // Words of the text as checked: runs of letters and digits.
    int words = 0;
    if (m_last) {
        bool inWord = false;
        for (const QChar c : QString::fromUtf8(m_last->analysis->document().body())) {
            const bool letter = c.isLetterOrNumber();
            words += letter && !inWord;
            inWord = letter;
        }
    }
    m_countsLabel->setText(m_session ? tr("%1 · %2 errors, %3 warnings · %4 words")
                                           .arg(m_language)
                                           .arg(errors)
                                           .arg(warnings)
                                           .arg(words)
                                     : QString());
}

PageSession *MainWindow::session() const
{
    return m_session;
}
StringsView *MainWindow::stringsView() const
{
    return m_ui->stringsView;
}
void MainWindow::showStrings()
{
    m_ui->centralTabs->setCurrentWidget(m_ui->stringsTab);
}
CodeEditor *MainWindow::translationEditor() const
{
    return m_ui->translationEdit;
}
CodeEditor *MainWindow::sourceEditor() const
{
    return m_ui->sourceEdit;
}
PreviewView *MainWindow::preview() const
{
    return m_ui->preview;
}
IssuesPanel *MainWindow::issuesPanel() const
{
    return m_ui->issuesPanel;
}
QAction *MainWindow::insertTagAction() const
{
    return m_ui->insertTagAction;
}

} // namespace Tilmech
