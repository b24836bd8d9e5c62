// About 670 lines: the frame (form, toolbar, status bar, actions), the connections
// between its parts, and about sixty lines of accessors the GUI tests drive it through.

#include "mainwindow.h"

#include "base/textoffsets.h"
#include "editor/codeeditor.h"
#include "editor/editcommands.h"
#include "editor/pageeditors.h"
#include "editor/panesync.h"
#include "editor/statusline.h"
#include "editor/taginserter.h"
#include "export/exportdialog.h"
#include "issues/fixcommands.h"
#include "issues/issuenavigator.h"
#include "issues/issuespanel.h"
#include "issues/sitevalidation.h"
#include "layout/panelayout.h"
#include "pages/languagebar.h"
#include "pages/pagebrowser.h"
#include "pages/pagehistory.h"
#include "pages/sitenavigator.h"
#include "pages/siteprogress.h"
#include "preview/liverender.h"
#include "preview/previewview.h"
#include "session/changebar.h"
#include "session/conflictresolver.h"
#include "session/diskwatcher.h"
#include "session/pagesession.h"
#include "session/recoverycoordinator.h"
#include "session/savecoordinator.h"
#include "session/sessionstore.h"
#include "settings/appsettings.h"
#include "settings/helpcommands.h"
#include "settings/recentsites.h"
#include "site/project.h"
#include "strings/stringsview.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QToolTip>

namespace Tilmech {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setupFrame();
    setupActions();
    createParts();
    connectParts();
    connectEditors();
    // A first start fills most of the screen; later starts restore what the user left.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize() * 0.9);
    restoreSettings();
    updateTitle();
    m_statusLine->showPosition();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupFrame()
{
    m_pages = new PageBrowser(m_ui->pageView, m_ui->filterEdit, m_ui->summaryLabel, this);
    m_progress = new SiteProgress(this);
    connect(m_progress, &SiteProgress::measured, m_pages, &PageBrowser::setProgress);
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setStretchFactor(2, 3);
    m_ui->mainSplitter->setStretchFactor(3, 3);
    m_ui->browserPane->setMinimumWidth(160);
    m_ui->viewMenu->addSeparator();
    m_layout = new PaneLayout({m_ui->mainSplitter, m_ui->browserPane, m_ui->sourcePane,
                               m_ui->translationPane, m_ui->previewPane, m_ui->issuesDock,
                               m_ui->previewModeBox},
                              m_ui->viewMenu, this);
    m_layout->reset();
    m_history = new PageHistory(this, this);
    m_history->addActions(m_ui->goMenu);
    m_ui->goMenu->addSeparator();
    setupToolBar();
    m_changeBar = new ChangeBar(this);
    m_ui->centralLayout->insertWidget(0, m_changeBar);
}

void MainWindow::setupToolBar()
{
    m_ui->mainToolBar->addAction(m_ui->openSiteAction);
    m_ui->mainToolBar->addAction(m_ui->saveAction);
    m_ui->mainToolBar->addSeparator();
    m_languageBar = new LanguageBar(m_ui->mainToolBar, this);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_ui->validateSiteAction);
}

void MainWindow::createParts()
{
    m_recent = new RecentSites(m_ui->recentMenu, this);
    m_editors = new PageEditors(m_ui->sourceEdit, m_ui->sourceLabel, m_ui->translationEdit,
                                m_ui->translationLabel, this);
    m_sessions = new SessionStore(m_workspace, this, this);
    m_navigator = new SiteNavigator(m_workspace, m_language, m_editors, this);
    m_render = std::make_unique<LiveRender>(m_workspace, m_ui->preview);
    m_statusLine = new StatusLine(statusBar(), m_ui->translationEdit, m_render.get(), this);
    m_sync = std::make_unique<PaneSync>(m_ui->translationEdit, m_ui->sourceEdit, m_ui->preview,
                                        m_render.get());
    m_tags = std::make_unique<TagInserter>(m_ui->translationEdit, m_render.get());
    m_fixes = std::make_unique<FixCommands>(m_render.get(), m_ui->translationEdit);
    m_issueNav = std::make_unique<IssueNavigator>(m_render.get(), m_editors, m_ui->translationEdit);
    m_diskWatcher = std::make_unique<DiskWatcher>();
    m_conflicts = std::make_unique<ConflictResolver>(m_workspace, m_language, m_sessions,
                                                     m_ui->stringsView, m_changeBar, this);
    m_recovery = std::make_unique<RecoveryCoordinator>(m_workspace, m_language, m_sessions,
                                                       m_ui->stringsView, this);
    m_saver = std::make_unique<SaveCoordinator>(m_language, m_sessions, m_ui->stringsView,
                                                m_conflicts.get(), this);
    m_siteValidation = std::make_unique<SiteValidation>(m_ui->issuesPanel);
}

void MainWindow::connectParts()
{
    connect(m_recent, &RecentSites::openRequested, this, &MainWindow::openSite);
    connect(m_sessions, &SessionStore::textChanged, this, [this](PageSession *session) {
        if (session == m_session)
            scheduleRender();
        m_recovery->changed();
    });
    connect(m_sessions, &SessionStore::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_sessions, &SessionStore::sessionAdded, this, &MainWindow::watchFiles);
    connect(m_render.get(), &LiveRender::validated, this, &MainWindow::showValidated);
    connect(m_diskWatcher.get(), &DiskWatcher::changed, this, &MainWindow::checkDisk);
    connect(m_conflicts.get(), &ConflictResolver::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    connect(m_conflicts.get(), &ConflictResolver::renderNeeded, this,
            [this] { scheduleRender(true); });
    connect(m_conflicts.get(), &ConflictResolver::resolved, this, [this](bool page) {
        if (page)
            writeRecovery();
        updateTitle();
    });
    connect(m_recovery.get(), &RecoveryCoordinator::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_recovery.get(), &RecoveryCoordinator::languageWanted, m_languageBar,
            &LanguageBar::choose);
    connect(m_recovery.get(), &RecoveryCoordinator::recovered, this, &MainWindow::showRecovered);
    connect(m_siteValidation.get(), &SiteValidation::changed, this, [this] {
        m_pages->setSiteDiagnostics(m_siteValidation->diagnostics(), m_siteValidation->hasRun());
    });
    connect(m_siteValidation.get(), &SiteValidation::finished, this,
            &MainWindow::showSiteValidated);
    connect(m_ui->issuesPanel, &IssuesPanel::validateSiteRequested, this,
            &MainWindow::validateSite);
    connect(m_ui->issuesPanel, &IssuesPanel::fixRequested, m_fixes.get(), &FixCommands::apply);
    connect(m_ui->issuesPanel, &IssuesPanel::fixAllRequested, m_fixes.get(),
            &FixCommands::applyAllOfKind);
    connect(m_fixes.get(), &FixCommands::statusMessage, statusBar(), &QStatusBar::showMessage);
    m_issueNav->addActions(m_ui->goMenu);
    connect(m_issueNav.get(), &IssueNavigator::pageWanted, this, &MainWindow::openPage);
    connect(m_issueNav.get(), &IssueNavigator::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    connect(m_ui->issuesPanel, &IssuesPanel::issueActivated, this,
            [this](const Diagnostic &d) { m_navigator->showFinding(d, m_session); });
    connect(m_ui->preview, &PreviewView::linkActivated, this, [this](const QUrl &url) {
        m_navigator->followLink(url, m_languageBar->country(), currentPage());
    });
    connect(m_navigator, &SiteNavigator::anchorWanted, m_ui->preview, &PreviewView::scrollToAnchor);
    connect(m_navigator, &SiteNavigator::languageWanted, this, [this](const QString &language) {
        m_languageBar->showLanguage(language);
        setLanguage(language);
    });
    connect(m_navigator, &SiteNavigator::pageWanted, this, &MainWindow::openPage);
    connect(m_history, &PageHistory::pageWanted, this, &MainWindow::openPage);
    connect(m_navigator, &SiteNavigator::stringWanted, this, [this](const QByteArray &key) {
        showStrings();
        m_ui->stringsView->selectKey(key);
    });
    connect(m_navigator, &SiteNavigator::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_ui->stringsView, &StringsView::pageRequested, this, [this](const QString &page) {
        m_ui->centralTabs->setCurrentWidget(m_ui->pagesTab);
        openPage(page);
    });
    connect(m_ui->stringsView, &StringsView::saved, this, [this] {
        statusBar()->showMessage(tr("Saved %1").arg(Project::catalogFile(m_language)), 3000);
        scheduleRender(true); // the preview shows the new strings
    });
    connect(m_ui->stringsView, &StringsView::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_pages, &PageBrowser::pageChosen, this, &MainWindow::openPage);
    connect(m_saver.get(), &SaveCoordinator::written, this, [this] {
        updateTitle();
        writeRecovery();
        checkDisk();
    });
    connect(m_languageBar, &LanguageBar::languageChosen, this, &MainWindow::setLanguage);
    connect(m_languageBar, &LanguageBar::countryChanged, this, [this] { scheduleRender(true); });
}

void MainWindow::connectEditors()
{
    connect(m_ui->previewModeBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_ui->preview->setMode(PreviewView::Mode(index));
        scheduleRender(true);
    });
    connect(m_ui->editSourceBox, &QCheckBox::toggled, m_ui->editSourceAction, &QAction::setChecked);
    connect(m_ui->editSourceAction, &QAction::toggled, this, [this](bool on) {
        m_ui->editSourceBox->setChecked(on);
        m_ui->sourceEdit->setReadOnly(!on);
    });
    connect(m_ui->preview, &PreviewView::contentUpdated, this, [this](int serial) {
        m_shownSerial = serial;
        emit previewUpdated(serial);
    });
    connect(m_ui->preview, &PreviewView::refusedTagClicked, this, &MainWindow::showRefusedTag);
}

void MainWindow::setupActions()
{
    m_ui->openSiteAction->setShortcut(QKeySequence::Open);
    m_ui->saveAction->setShortcut(QKeySequence::Save);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);

    connect(m_ui->openSiteAction, &QAction::triggered, this, &MainWindow::chooseSite);
    connect(m_ui->saveAction, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->saveAllAction, &QAction::triggered, this, [this] { m_saver->saveAll(); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    new EditCommands({m_ui->undoAction, m_ui->redoAction, m_ui->findAction, m_ui->findNextAction,
                      m_ui->findPreviousAction, m_ui->replaceAction},
                     m_ui->sourceEdit, m_ui->translationEdit, m_ui->findBar, this);
    connect(m_ui->insertTagAction, &QAction::triggered, this, [this] { m_tags->showMenu(); });
    connect(m_ui->applyFixAction, &QAction::triggered, this, [this] { m_fixes->applyAtCursor(); });
    connect(m_ui->validateSiteAction, &QAction::triggered, this, &MainWindow::validateSite);
    connect(m_ui->exportAction, &QAction::triggered, this, &MainWindow::exportBundle);
    new HelpCommands(m_ui->preferencesAction, m_ui->shortcutsAction, m_ui->aboutAction, this);
}

QString MainWindow::aboutText() const
{
    return HelpCommands::aboutText();
}

// ---------------------------------------------------------------------------------------
// Settings and sites

void MainWindow::restoreSettings()
{
    const AppSettings settings;
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    m_layout->restore(settings);
    m_recent->refresh();
}

void MainWindow::saveSettings()
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    m_layout->save(settings);
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

// Another site is opened: the texts, conflicts and findings of this one go.
void MainWindow::closeSite()
{
    if (m_workspace.project())
        m_recovery->clear(); // saved or discarded just now
    m_recovery->forgetKept();
    m_conflicts->clear();
    m_sessions->clear();
    m_session = nullptr;
    m_siteValidation->clear();
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
    const bool sameSite = m_workspace.project() && m_workspace.project()->root() == project->root();
    if (m_workspace.project() && !sameSite && !m_saver->maybeSaveAll())
        return false;
    if (!sameSite)
        closeSite();
    m_workspace = workspace;
    m_render->workspaceChanged();
    const AppSettings settings;
    const QString language = LanguageBar::startLanguage(*project, settings.siteLanguage());
    m_languageBar->setLanguages(project->languages(), language);
    showLanguage(language);
    m_recent->add(project->root());
    showSiteIndex();
    restartSiteValidation();
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
        m_recovery->offer();
    return true;
}

// The site is shown in `language`: its default country, its preview and its strings.
void MainWindow::showLanguage(const QString &language)
{
    m_language = language;
    m_languageBar->showDefaultCountry(language);
    m_ui->preview->setSite(m_workspace.project()->root(), language);
    m_ui->stringsView->setProject(m_workspace.project(), language);
}

void MainWindow::setLanguage(const QString &language)
{
    if (!m_workspace.project() || language.isEmpty() || language == m_language)
        return;
    bool discarded = false;
    if (!m_saver->maybeSaveStrings(language, &discarded)) {
        m_languageBar->showLanguage(m_language);
        return;
    }
    if (discarded)
        m_recovery->remove(Project::catalogFile(m_language));
    showLanguage(language);
    watchFiles();
    const QString page = currentPage();
    m_session = nullptr;
    m_render->setSession(nullptr);
    showSiteIndex();
    restartSiteValidation();
    if (!page.isEmpty())
        openPage(page);
}

// ---------------------------------------------------------------------------------------
// Pages

QString MainWindow::currentPage() const
{
    return m_session ? m_session->name() : QString();
}

bool MainWindow::openPage(const QString &name)
{
    PageSession *session = m_sessions->ensure(m_language, name);
    if (!session)
        return false;
    if (session == m_session)
        return true;
    m_session = session;
    m_sync->reset();
    m_render->setSession(session);
    m_fixes->setSession(session);
    m_issueNav->setSession(session);
    m_editors->show(session, m_ui->editSourceAction->isChecked());
    m_editors->updateTranslationLabel(m_language);
    m_ui->issuesPanel->setPageDiagnostics({});
    m_pages->select(name);
    m_history->visited(name);
    scheduleRender(true);
    updateTitle();
    m_statusLine->showPosition();
    m_statusLine->showCounts(m_language, true);
    emit pageOpened(name);
    return true;
}

void MainWindow::scheduleRender(bool now)
{
    m_render->setCountry(m_languageBar->country());
    m_render->setRenderSource(m_ui->previewModeBox->currentIndex() != 0);
    m_render->schedule(now);
}

void MainWindow::showValidated()
{
    m_ui->translationEdit->setMarks(m_render->marks());
    m_ui->preview->setRefusalMessages(m_render->refusals());
    m_ui->issuesPanel->setPageDiagnostics(m_render->diagnostics());
    // The site's list, the page list's counts and the status bar read this one check.
    m_siteValidation->setLive(m_session->translationFile().relativePath, m_render->diagnostics());
    if (const auto last = m_render->last(); last && last->progress.known)
        m_pages->setPageProgress(m_session->name(), last->progress);
    m_statusLine->showCounts(m_language, m_session != nullptr);
    m_sync->fromTranslation(false);
    emit diagnosticsUpdated();
}

// ---------------------------------------------------------------------------------------
// Issues, links and site validation

// A click on a refused tag's outline in the preview: its finding, at the pointer and in the
// status bar, and the tag selected in the editor.
void MainWindow::showRefusedTag(qsizetype begin, qsizetype end, const QPoint &globalPos)
{
    const TextOffsets *offsets = m_render->offsets();
    if (!offsets)
        return;
    const QString message = m_render->refusalAt(begin, end);
    if (!message.isEmpty()) {
        QToolTip::showText(globalPos, message, m_ui->preview);
        statusBar()->showMessage(message, 10000);
    }
    m_editors->selectChecked(*offsets, begin, end);
}

// The page list and the Go commands for the site's index in this language.
void MainWindow::showSiteIndex()
{
    m_pages->setProject(m_workspace.project(), m_language);
    m_issueNav->setSite({m_workspace.project(), m_language, [this] { return m_pages->pageOrder(); },
                         [this] { return m_siteValidation->diagnostics(); }});
    m_pages->setSiteDiagnostics(m_siteValidation->diagnostics(), m_siteValidation->hasRun());
}

// A site or language just opened: its findings are found anew in the background.
void MainWindow::restartSiteValidation()
{
    m_siteValidation->clear();
    m_siteValidation->start(m_workspace.validator(), m_language, false);
    m_progress->start(m_workspace, m_language);
}

void MainWindow::validateSite()
{
    if (!m_workspace.validator() || m_siteValidation->isRunning())
        return;
    m_siteValidation->start(m_workspace.validator(), m_language, true);
    m_ui->issuesDock->show();
}

void MainWindow::showSiteValidated(bool cancelled)
{
    const Diagnostics &found = m_siteValidation->diagnostics();
    statusBar()->showMessage(cancelled
                                 ? tr("Site validation cancelled")
                                 : tr("Site validated: %n findings", nullptr, int(found.size())),
                             5000);
    emit siteValidated();
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
    if (!m_saver->maybeSaveAll())
        return;
    auto *dialog = new ExportDialog(m_workspace.project(), m_workspace.renderer(),
                                    m_workspace.validator(), m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// ---------------------------------------------------------------------------------------
// Saving and closing

bool MainWindow::save()
{
    if (m_ui->centralTabs->currentWidget() == m_ui->stringsTab) {
        if (!m_saver->saveStrings())
            return false;
        updateTitle();
        return true;
    }
    if (!m_session)
        return true;
    const bool wasNew = m_session->translationIsNew();
    if (!m_saver->savePage(m_session))
        return false;
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
    m_render->workspaceChanged();
    m_ui->stringsView->setProject(m_workspace.project(), m_language);
    showSiteIndex();
    m_pages->select(currentPage());
    m_editors->updateTranslationLabel(m_language);
    watchFiles();
    scheduleRender();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_saver->maybeSaveAll()) {
        event->ignore();
        return;
    }
    // Everything was saved or knowingly discarded.
    m_recovery->clear(true);
    saveSettings();
    event->accept();
}

// ---------------------------------------------------------------------------------------
// Files on disk and recovery

void MainWindow::watchFiles()
{
    if (m_workspace.project())
        m_diskWatcher->setFiles(m_sessions->files()
                                << m_workspace.project()->catalogPath(m_language));
}

void MainWindow::checkDisk()
{
    if (!m_workspace.project())
        return;
    const QSet<QString> paths = m_diskWatcher->takeChanged();
    watchFiles(); // a file replaced by a rename is no longer watched under its name
    m_conflicts->check(paths);
}

void MainWindow::setRecoveryFolder(const QString &folder)
{
    m_recovery->setFolder(folder);
}

void MainWindow::writeRecovery()
{
    m_recovery->writeNow();
}

void MainWindow::showRecovered(const QString &page)
{
    if (!page.isEmpty()) {
        m_ui->centralTabs->setCurrentWidget(m_ui->pagesTab);
        openPage(page);
        scheduleRender(true);
    }
    updateTitle();
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
    const bool modified = m_ui->stringsView->isModified() || m_sessions->anyModified();
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

// ---------------------------------------------------------------------------------------
// Access for tests and tools

const Diagnostics &MainWindow::pageDiagnostics() const
{
    return m_render->diagnostics();
}
void MainWindow::setExternalLinkHandler(std::function<void(const QUrl &)> handler)
{
    m_navigator->setExternalLinkHandler(std::move(handler));
}
const RenderWorker &MainWindow::renderWorker() const
{
    return m_render->worker();
}
QStringList MainWindow::tagChoices() const
{
    return m_tags->choices();
}
void MainWindow::insertTag(int index)
{
    m_tags->insert(index);
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
QAction *MainWindow::exportAction() const
{
    return m_ui->exportAction;
}

} // namespace Tilmech
