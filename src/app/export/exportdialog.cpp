#include "export/exportdialog.h"

#include "base/uilanguage.h"
#include "check/validator.h"
#include "render/renderer.h"
#include "settings/appsettings.h"
#include "site/project.h"
#include "ui_exportdialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent>

namespace Tilmech {

namespace {

constexpr int MaxListed = 200; // findings shown in the summary; the rest are counted

QString languageLabel(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return code;
    // The language's own name, which reads the same whatever the interface's language.
    return QStringLiteral("%1 — %2").arg(code, UiLanguage::nativeName(code));
}

void appendFindings(QString &html, const Diagnostics &findings, Diagnostic::Severity severity)
{
    int shown = 0, total = 0;
    QString items;
    for (const Diagnostic &d : findings) {
        if (d.severity != severity)
            continue;
        ++total;
        if (shown >= MaxListed)
            continue;
        ++shown;
        items += QStringLiteral("<li><code>%1:%2</code> %3</li>")
                     .arg(d.file.toHtmlEscaped())
                     .arg(d.line)
                     .arg(d.message.toHtmlEscaped());
    }
    if (total == 0)
        return;
    html += QStringLiteral("<ul>") + items + QStringLiteral("</ul>");
    if (total > shown)
        html += QStringLiteral("<p>") + ExportDialog::tr("… and %n more.", nullptr, total - shown) +
                QStringLiteral("</p>");
}

} // namespace

ExportDialog::ExportDialog(std::shared_ptr<const Project> project,
                           std::shared_ptr<const Renderer> renderer,
                           std::shared_ptr<const Validator> validator, const QString &language,
                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_project(std::move(project)),
      m_renderer(std::move(renderer)), m_validator(std::move(validator))
{
    m_ui->setupUi(this);
    m_exportButton = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    m_openFolderButton =
        m_ui->buttonBox->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    m_openFolderButton->setEnabled(false);
    m_ui->progressBar->setVisible(false);
    m_openFolder = [](const QString &folder) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    };

    populateLanguages(language);

    const AppSettings settings;
    const QString siteName = QFileInfo(m_project->root()).fileName();
    const QString fallback =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(siteName + QStringLiteral("-bundle"));
    m_ui->destinationEdit->setText(
        QDir::toNativeSeparators(settings.exportDestination(m_project->root(), fallback)));
    const QString zip = settings.exportZip(m_project->root());
    m_ui->zipCheck->setChecked(!zip.isEmpty());
    m_zipEdited = !zip.isEmpty();
    m_ui->zipEdit->setText(zip.isEmpty() ? m_ui->destinationEdit->text() + QStringLiteral(".zip")
                                         : QDir::toNativeSeparators(zip));

    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browseDestination);
    connect(m_ui->zipBrowseButton, &QPushButton::clicked, this, &ExportDialog::browseZip);
    connect(m_ui->destinationEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_zipEdited)
            m_ui->zipEdit->setText(text.isEmpty() ? QString() : text + QStringLiteral(".zip"));
        updateButtons();
    });
    connect(m_ui->zipEdit, &QLineEdit::textEdited, this, [this] { m_zipEdited = true; });
    connect(m_ui->zipCheck, &QCheckBox::toggled, this, &ExportDialog::updateButtons);
    connect(m_ui->zipEdit, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_ui->languageList, &QListWidget::itemChanged, this, &ExportDialog::updateButtons);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_openFolderButton, &QPushButton::clicked, this, [this] {
        if (m_result.ok && m_openFolder)
            m_openFolder(m_options.destination);
    });
    connect(&m_watcher, &QFutureWatcher<Exporter::Result>::finished, this, &ExportDialog::finished);
    connect(&m_watcher, &QFutureWatcher<Exporter::Result>::progressRangeChanged, m_ui->progressBar,
            &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<Exporter::Result>::progressValueChanged, m_ui->progressBar,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Exporter::Result>::progressTextChanged, m_ui->statusLabel,
            &QLabel::setText);
    updateButtons();
}

ExportDialog::~ExportDialog()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ExportDialog::setOpenFolderHandler(std::function<void(const QString &)> handler)
{
    m_openFolder = std::move(handler);
}

void ExportDialog::populateLanguages(const QString &current)
{
    int total = 0;
    for (const Page &page : m_project->pages())
        total += page.has(QStringLiteral("en")) ? 1 : 0;
    QStringList languages = m_project->languages();
    languages.append(QStringLiteral("en"));
    for (const QString &code : qAsConst(languages)) {
        int translated = 0;
        for (const Page &page : m_project->pages())
            translated += page.has(QStringLiteral("en")) && page.has(code) ? 1 : 0;
        const QString text = code == QLatin1String("en")
                                 ? tr("%1: %n page(s)", nullptr, total).arg(languageLabel(code))
                                 : tr("%1: %2 of %n page(s) translated", nullptr, total)
                                       .arg(languageLabel(code))
                                       .arg(translated);
        auto *item = new QListWidgetItem(text, m_ui->languageList);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(code == current ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList ExportDialog::chosenLanguages() const
{
    QStringList chosen;
    for (int i = 0; i < m_ui->languageList->count(); ++i) {
        const QListWidgetItem *item = m_ui->languageList->item(i);
        if (item->checkState() == Qt::Checked)
            chosen << item->data(Qt::UserRole).toString();
    }
    return chosen;
}

void ExportDialog::browseDestination()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Bundle Folder"), QFileInfo(m_ui->destinationEdit->text()).absolutePath());
    if (!folder.isEmpty())
        m_ui->destinationEdit->setText(QDir::toNativeSeparators(folder));
}

void ExportDialog::browseZip()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Zip File"), m_ui->zipEdit->text(),
                                                      tr("Zip files (*.zip)"));
    if (!file.isEmpty()) {
        m_ui->zipEdit->setText(QDir::toNativeSeparators(file));
        m_zipEdited = true;
        m_ui->zipCheck->setChecked(true);
    }
}

bool ExportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void ExportDialog::updateButtons()
{
    const bool running = isRunning();
    QString problem;
    if (chosenLanguages().isEmpty())
        problem = tr("Choose at least one language.");
    else if (m_ui->destinationEdit->text().trimmed().isEmpty())
        problem = tr("Choose the folder to export to.");
    else if (m_ui->zipCheck->isChecked() && m_ui->zipEdit->text().trimmed().isEmpty())
        problem = tr("Choose the zip file, or leave the zip out.");
    QString note;
    if (!running && problem.isEmpty()) {
        // The same rule the export itself applies, shown while the paths are typed.
        const ExportTarget::Check target = checkTarget();
        if (target.ok)
            note = targetNote(target);
        else
            problem = tr("Cannot export there: %1.").arg(target.error);
    }
    m_exportButton->setEnabled(!running && problem.isEmpty());
    if (!running)
        m_ui->statusLabel->setText(problem.isEmpty() ? note : problem);
    m_ui->zipEdit->setEnabled(!running && m_ui->zipCheck->isChecked());
    m_ui->zipBrowseButton->setEnabled(!running && m_ui->zipCheck->isChecked());
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->languageList), static_cast<QWidget *>(m_ui->destinationEdit),
          static_cast<QWidget *>(m_ui->browseButton), static_cast<QWidget *>(m_ui->zipCheck),
          static_cast<QWidget *>(m_ui->allowErrorsCheck)})
        w->setEnabled(!running);
    m_ui->buttonBox->button(QDialogButtonBox::Close)
        ->setText(running ? tr("&Cancel") : tr("&Close"));
}

ExportTarget::Check ExportDialog::checkTarget() const
{
    const QString zip = m_ui->zipCheck->isChecked()
                            ? QDir::fromNativeSeparators(m_ui->zipEdit->text().trimmed())
                            : QString();
    return ExportTarget::check(m_project->root(),
                               QDir::fromNativeSeparators(m_ui->destinationEdit->text().trimmed()),
                               zip);
}

QString ExportDialog::targetNote(const ExportTarget::Check &target) const
{
    const QString folder = QDir::toNativeSeparators(target.destination);
    switch (target.state) {
    case ExportTarget::State::Bundle:
        return tr("Replaces the Tilmech bundle in %1.").arg(folder);
    case ExportTarget::State::Foreign:
        return tr("%1 is not a Tilmech bundle and is not empty: the export asks before replacing "
                  "what it holds.")
            .arg(folder);
    case ExportTarget::State::Missing:
    case ExportTarget::State::Empty:
        break;
    }
    return QString();
}

void ExportDialog::startExport()
{
    if (isRunning() || !m_exportButton->isEnabled())
        return;
    // Judged again now: the folder may have changed since the paths were typed.
    const ExportTarget::Check target = checkTarget();
    if (!target.ok) {
        updateButtons();
        return;
    }
    if (target.state == ExportTarget::State::Foreign) {
        askToReplace(target.destination); // before anything is checked or written
        return;
    }
    run(false);
}

void ExportDialog::run(bool replaceForeign)
{
    m_options = Exporter::Options();
    m_options.languages = chosenLanguages();
    m_options.destination = QDir::fromNativeSeparators(m_ui->destinationEdit->text().trimmed());
    if (m_ui->zipCheck->isChecked())
        m_options.zipFile = QDir::fromNativeSeparators(m_ui->zipEdit->text().trimmed());
    m_options.allowErrors = m_ui->allowErrorsCheck->isChecked();
    m_options.replaceForeign = replaceForeign;

    AppSettings settings;
    settings.setExportDestination(m_project->root(), m_options.destination);
    settings.setExportZip(m_project->root(), m_options.zipFile);

    m_result = Exporter::Result();
    m_openFolderButton->setEnabled(false);
    m_ui->summaryView->clear();
    m_ui->progressBar->setVisible(true);
    m_ui->progressBar->setRange(0, 0);
    m_ui->statusLabel->setText(tr("Starting…"));

    const Exporter exporter(m_project, m_renderer, m_validator);
    const Exporter::Options options = m_options;
    m_watcher.setFuture(QtConcurrent::run([exporter, options](QPromise<Exporter::Result> &promise) {
        exporter.run(promise, options);
    }));
    updateButtons();
}

void ExportDialog::cancelExport()
{
    if (!isRunning())
        return;
    m_watcher.cancel();
    m_ui->statusLabel->setText(tr("Cancelling…"));
}

void ExportDialog::reject()
{
    if (isRunning()) {
        cancelExport(); // the dialog stays until the export has stopped and cleaned up
        return;
    }
    QDialog::reject();
}

void ExportDialog::finished()
{
    // A cancelled export's result is not kept by the future.
    m_result = m_watcher.isCanceled() || m_watcher.future().resultCount() == 0
                   ? Exporter::cancelledResult()
                   : m_watcher.result();
    m_ui->progressBar->setVisible(false);
    updateButtons();
    showSummary(m_result, m_options);
    m_openFolderButton->setEnabled(m_result.ok);
    if (m_result.refusedForeignFolder)
        askToReplace(m_options.destination);
    emit exportFinished(m_result.ok);
}

void ExportDialog::askToReplace(const QString &folder)
{
    // Named, with some of what it holds, so that a wrong folder is recognised before it goes.
    const QStringList entries = QDir(folder).entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    QString text = tr("%1 is not a Tilmech bundle: it has no manifest.json made by Tilmech.")
                       .arg(QDir::toNativeSeparators(folder));
    if (!entries.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("It holds %n item(s), among them: %1", nullptr, int(entries.size()))
                    .arg(entries.mid(0, 5).join(QStringLiteral(", ")));
    text += QStringLiteral("\n\n") + tr("Replace everything in it with the bundle?");
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Replace Folder?"), text,
                                QMessageBox::Cancel, this);
    box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("replaceFolderBox"));
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            run(true);
    });
    box->open();
}

QString ExportDialog::summaryText() const
{
    return m_ui->summaryView->toPlainText();
}

void ExportDialog::showSummary(const Exporter::Result &result, const Exporter::Options &options)
{
    QString html;
    const QString folder = QDir::toNativeSeparators(options.destination).toHtmlEscaped();
    if (result.ok) {
        m_ui->statusLabel->setText(tr("Exported."));
        html += QStringLiteral("<p><b>") +
                tr("Exported %1 and %2 they use to %3.")
                    .arg(tr("%n page(s)", nullptr, result.pages),
                         tr("%n file(s)", nullptr, result.assets), folder) +
                QStringLiteral("</b></p>");
        if (!options.zipFile.isEmpty())
            html += QStringLiteral("<p>") +
                    tr("Zip: %1").arg(QDir::toNativeSeparators(options.zipFile).toHtmlEscaped()) +
                    QStringLiteral("</p>");
        if (result.errors > 0)
            html +=
                QStringLiteral("<p><b>") +
                tr("Exported with %n error(s); the manifest records it.", nullptr, result.errors) +
                QStringLiteral("</b></p>");
    } else if (result.cancelled) {
        m_ui->statusLabel->setText(tr("Cancelled."));
        html += QStringLiteral("<p>") + result.error.toHtmlEscaped() + QStringLiteral("</p>");
    } else if (result.refusedForErrors) {
        m_ui->statusLabel->setText(tr("Not exported: pages have errors."));
        html += QStringLiteral("<p><b>") +
                tr("Not exported: %n error(s) in the pages.", nullptr, result.errors) +
                QStringLiteral("</b> ") +
                tr("Fix them, or tick “Export pages that have errors” to export anyway.") +
                QStringLiteral("</p>");
    } else {
        m_ui->statusLabel->setText(tr("The export failed."));
        html += QStringLiteral("<p><b>") + tr("The export failed:") + QStringLiteral("</b> ") +
                result.error.toHtmlEscaped() + QStringLiteral("</p><p>") +
                tr("Nothing was changed in the destination.") + QStringLiteral("</p>");
    }
    if (result.errors > 0) {
        html +=
            QStringLiteral("<h4>") + tr("Errors (%1)").arg(result.errors) + QStringLiteral("</h4>");
        appendFindings(html, result.findings, Diagnostic::Severity::Error);
    }
    if (result.brokenLinks > 0)
        html += QStringLiteral("<p>") +
                tr("%n link(s) in the bundle are template text that was not evaluated and lead "
                   "nowhere; the manifest lists them under brokenLinks.",
                   nullptr, result.brokenLinks) +
                QStringLiteral("</p>");
    if (result.warnings > 0) {
        html += QStringLiteral("<h4>") + tr("Warnings (%1)").arg(result.warnings) +
                QStringLiteral("</h4>");
        appendFindings(html, result.findings, Diagnostic::Severity::Warning);
    }
    m_ui->summaryView->setHtml(html);
}

} // namespace Tilmech
