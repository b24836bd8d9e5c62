#pragma once

#include "base/diagnostic.h"
#include "preview/renderworker.h"
#include "recovery/recoverywriter.h"
#include "workspace/workspace.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}
class QComboBox;
class QLabel;
class QSortFilterProxyModel;

namespace Tilmech {

class ChangeBar;
class CodeEditor;
class IssuesPanel;
class PageListModel;
class PageSession;
class PreviewView;
class RecentSites;
class Project;
class Renderer;
class StringsView;
class TextOffsets;
class Validator;

// The main window: the site's pages with their status on the left; for the open page the
// English source, the translation editor and the live preview side by side; the issues
// panel below. Rendering and checking run off the GUI thread (RenderWorker); the current
// block is followed in all three panes through the block alignment and the preview's
// source positions.
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
    const Diagnostics &pageDiagnostics() const { return m_diagnostics; }
    int previewSerial() const { return m_shownSerial; }
    const RenderWorker &renderWorker() const { return m_worker; }
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
    void setupActions();
    void showPreferences();
    void restoreSettings();
    void saveSettings();
    void chooseSite();
    void populatePages();
    void scheduleRender(bool now = false);
    void showRendered(const RenderWorker::Result &result);
    void showValidated(const RenderWorker::Result &result);
    void updateTitle();
    void updateStatus();
    void updateCounts();
    bool save();
    bool saveAll();
    void adoptNewFile();
    void selectInPageList(const QString &name);
    void updateTranslationLabel();
    bool maybeSaveAll();
    void activateIssue(const Diagnostic &diagnostic);
    void followLink(const QUrl &url);
    void showRefusedTag(qsizetype begin, qsizetype end, const QPoint &globalPos);
    void validateSite();
    void exportBundle();
    PageSession *ensureSession(const QString &language, const QString &name);
    QStringList watchedFiles() const;
    void watchFiles();
    bool confirmOverwrite(PageSession *session);
    void showNextConflict();
    enum class Resolution
    {
        Reload,
        Keep
    };
    void resolveConflict(Resolution resolution);
    void compareConflict();
    void offerRecovery();
    void clearRecovery();
    QVector<RecoveryWriter::Update> recoverySnapshot();
    void showInsertTagMenu();
    void syncFromTranslation(bool scrollOthers);
    void syncFromSource();
    void syncFromPreview();
    PageSession *session() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QComboBox *m_languageBox = nullptr;
    QComboBox *m_countryBox = nullptr;
    QLabel *m_positionLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    PageListModel *m_pages = nullptr;
    QSortFilterProxyModel *m_pageFilter = nullptr;
    RenderWorker m_worker;

    Workspace m_workspace;
    QString m_language;
    QHash<QString, PageSession *> m_sessions; // by language + page
    QPointer<PageSession> m_session;

    int m_serial = 0;
    int m_shownSerial = 0;
    Diagnostics m_diagnostics;
    std::shared_ptr<const RenderWorker::Result> m_last; // analysis and alignment shown now
    std::unique_ptr<TextOffsets> m_offsets;             // of m_last's bytes
    bool m_syncing = false;
    int m_syncedBlock = -1; // the translation block the panes last followed
    std::function<void(const QUrl &)> m_externalLinks;

    // Files changed on disk, and the texts in conflict with them (shown one at a time).
    struct Conflict
    {
        QString session; // key in m_sessions; empty for the strings file
        bool english = false;
        bool operator==(const Conflict &o) const
        {
            return session == o.session && english == o.english;
        }
    };
    QFileSystemWatcher m_fileWatcher;
    QSet<QString> m_changedPaths;
    QTimer m_diskTimer;
    QVector<Conflict> m_conflicts;
    ChangeBar *m_changeBar = nullptr;
    RecentSites *m_recent = nullptr;

    // Crash recovery.
    std::unique_ptr<RecoveryWriter> m_recovery;
    QSet<QString> m_keptRecovery; // files whose recovery copies the user left for later

    QFutureWatcher<Diagnostics> m_siteWatcher;
    std::atomic_bool m_cancelSite{false};
    Diagnostics m_siteDiagnostics;
};

} // namespace Tilmech
