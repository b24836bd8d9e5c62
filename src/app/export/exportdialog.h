#pragma once

#include "export/exporter.h"
#include "export/exporttarget.h"

#include <QDialog>
#include <QFutureWatcher>
#include <functional>
#include <memory>

namespace Ui {
class ExportDialog;
}
class QPushButton;

namespace Tilmech {

class Project;
class Renderer;
class Validator;

// File → Export Bundle: the languages to export, the destination folder and an optional zip.
// ExportTarget's rule keeps the export out of the site (the Export button stays off and the
// dialog says why); the dialog names a bundle it would replace, and asks before replacing a
// folder Tilmech did not make. The export runs off the GUI thread with a progress bar and can
// be cancelled; the summary lists what was written, the errors that stopped it or were
// exported anyway, the warnings, and links that lead nowhere, and can open the folder.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(std::shared_ptr<const Project> project, std::shared_ptr<const Renderer> renderer,
                 std::shared_ptr<const Validator> validator, const QString &language,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Opens a folder for "Open Folder"; by default the desktop's file manager.
    void setOpenFolderHandler(std::function<void(const QString &)> handler);

    bool isRunning() const;
    void startExport();
    void cancelExport();
    const Exporter::Result &lastResult() const { return m_result; }
    QString summaryText() const;
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *openFolderButton() const { return m_openFolderButton; }

signals:
    void exportFinished(bool ok);

public slots:
    void reject() override;

private:
    void populateLanguages(const QString &current);
    QStringList chosenLanguages() const;
    void browseDestination();
    void browseZip();
    void updateButtons();
    ExportTarget::Check checkTarget() const;
    QString targetNote(const ExportTarget::Check &target) const;
    void run(bool replaceForeign);
    void finished();
    void showSummary(const Exporter::Result &result, const Exporter::Options &options);
    void askToReplace(const QString &folder);

    std::unique_ptr<Ui::ExportDialog> m_ui;
    std::shared_ptr<const Project> m_project;
    std::shared_ptr<const Renderer> m_renderer;
    std::shared_ptr<const Validator> m_validator;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_openFolderButton = nullptr;
    QFutureWatcher<Exporter::Result> m_watcher;
    Exporter::Options m_options;
    Exporter::Result m_result;
    bool m_closeWhenDone = false;
    bool m_zipEdited = false;
    std::function<void(const QString &)> m_openFolder;
};

} // namespace Tilmech
