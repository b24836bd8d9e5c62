#pragma once

#include "base/diagnostic.h"
#include "workspace/workspace.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace Tilmech {

class ChangeBar;
class CodeEditor;
class ConflictResolver;
class DiskWatcher;
class IssuesPanel;
class LanguageBar;
class LiveRender;
class PageBrowser;
class PageEditors;
class PageSession;
class PaneSync;
class PreviewView;
class RecentSites;
class RecoveryCoordinator;
class RenderWorker;
class SaveCoordinator;
class SessionStore;
class SiteNavigator;
class SiteValidation;
class StatusLine;
class StringsView;
class TagInserter;
class FixCommands;
class PaneLayout;
class PageHistory;
class SiteProgress;
class IssueNavigator;

// The main window: the site's pages with their status on the left; for the open page the
// English source, the translation editor and the live preview side by side; the issues
// panel below. It builds that frame (the form, toolbars, status bar and actions) and
// connects the parts that do the work: the open pages (SessionStore), their live render
// (LiveRender), the panes following one block (PaneSync), tag insertion (TagInserter), files
// changed on disk (DiskWatcher, ConflictResolver), crash recovery (RecoveryCoordinator), site
// validation (SiteValidation) and the recent sites (RecentSites).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openSite(const QString &path);
    bool openPage(const QString &name);
    QString currentPage() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    // Access for tests and tools.
    CodeEditor *translationEditor() const;
    CodeEditor *sourceEditor() const;
    PreviewView *preview() const;
    IssuesPanel *issuesPanel() const;
    QAction *insertTagAction() const;
    QAction *exportAction() const;
    // Help → About's text: Tilmech's version and those of Qt, cmark-gfm, yaml-cpp, libzip.
    QString aboutText() const;
    ChangeBar *changeBar() const { return m_changeBar; }
    // Writes the recovery copies of unsaved texts now and waits for them (normally they are
    // written in the background while typing goes on); the recovery folder is RecoveryStore's
    // default unless set for tests.
    void writeRecovery();
    void setRecoveryFolder(const QString &folder);
    // Looks at the files of open texts on disk now (normally on change notifications).
    void checkDisk();
    StringsView *stringsView() const;
    const Workspace &workspace() const { return m_workspace; }
    void showStrings();
    const Diagnostics &pageDiagnostics() const;
    int previewSerial() const { return m_shownSerial; }
    const RenderWorker &renderWorker() const;
    void setExternalLinkHandler(std::function<void(const QUrl &)> handler);
    void insertTag(int index); // the index-th entry of the insert-tag menu
    QStringList tagChoices() const;

signals:
    void previewUpdated(int serial);
    void diagnosticsUpdated();
    void pageOpened(const QString &name);
    void siteValidated();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupFrame();
    void setupToolBar();
    void createParts();
    void connectParts();
    void connectEditors();
    void setupActions();
    void restoreSettings();
    void saveSettings();
    void chooseSite();
    void closeSite();
    void showLanguage(const QString &language);
    void scheduleRender(bool now = false);
    void showValidated();
    void showSiteValidated(bool cancelled);
    void updateTitle();
    bool save();
    void adoptNewFile();
    void showRefusedTag(qsizetype begin, qsizetype end, const QPoint &globalPos);
    void validateSite();
    void showSiteIndex();
    void restartSiteValidation();
    void exportBundle();
    void watchFiles();
    void showRecovered(const QString &page);

    std::unique_ptr<Ui::MainWindow> m_ui;
    LanguageBar *m_languageBar = nullptr;
    PageBrowser *m_pages = nullptr;
    ChangeBar *m_changeBar = nullptr;
    RecentSites *m_recent = nullptr;
    PageEditors *m_editors = nullptr;
    SiteNavigator *m_navigator = nullptr;
    StatusLine *m_statusLine = nullptr;
    PaneLayout *m_layout = nullptr;
    PageHistory *m_history = nullptr;
    SiteProgress *m_progress = nullptr;
    SessionStore *m_sessions = nullptr; // a child: the open texts outlive the editors showing them

    Workspace m_workspace;
    QString m_language;
    QPointer<PageSession> m_session;
    int m_shownSerial = 0;

    // The parts; they use m_workspace and m_language, so they are destroyed first.
    std::unique_ptr<LiveRender> m_render;
    std::unique_ptr<PaneSync> m_sync;
    std::unique_ptr<TagInserter> m_tags;
    std::unique_ptr<FixCommands> m_fixes;
    std::unique_ptr<IssueNavigator> m_issueNav;
    std::unique_ptr<DiskWatcher> m_diskWatcher;
    std::unique_ptr<ConflictResolver> m_conflicts;
    std::unique_ptr<RecoveryCoordinator> m_recovery;
    std::unique_ptr<SaveCoordinator> m_saver;
    std::unique_ptr<SiteValidation> m_siteValidation;
};

} // namespace Tilmech
