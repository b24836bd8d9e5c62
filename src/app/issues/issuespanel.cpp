#include "issues/issuespanel.h"

#include "check/diagnosticcatalog.h"
#include "check/fixapplier.h"
#include "issues/issuesmodel.h"
#include "ui_issuespanel.h"

#include <QHeaderView>
#include <QMap>
#include <QMenu>
#include <QSet>

namespace Tilmech {

IssuesPanel::IssuesPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::IssuesPanel>()), m_model(new IssuesModel(this)),
      m_filter(new IssuesFilter(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_ui->table->setModel(m_filter);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(IssuesModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IssuesModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(IssuesModel::FileColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IssuesModel::LineColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IssuesModel::CodeColumn, QHeaderView::ResizeToContents);
    m_ui->table->sortByColumn(-1, Qt::AscendingOrder);
    m_ui->progressBar->hide();
    m_ui->cancelButton->hide();
    m_ui->codeBox->addItem(tr("All codes"), QString());

    connect(m_ui->scopeBox, &QComboBox::currentIndexChanged, this, &IssuesPanel::refresh);
    connect(m_ui->severityBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setMinimumSeverity(index); });
    connect(m_ui->codeBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_ui->codeBox->currentData().toString();
        m_filter->setCode(code);
        const DiagnosticCatalog::Entry *entry = DiagnosticCatalog::find(code);
        m_ui->codeBox->setToolTip(entry ? entry->summary : QString());
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &IssuesFilter::setText);
    connect(m_ui->validateButton, &QPushButton::clicked, this, &IssuesPanel::validateSiteRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &IssuesPanel::cancelRequested);
    connect(m_ui->table, &QTableView::activated, this,
            [this](const QModelIndex &index) { activateRow(m_filter->mapToSource(index).row()); });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IssuesPanel::updateFixButton);
    connect(m_ui->scopeBox, &QComboBox::currentIndexChanged, this, &IssuesPanel::updateFixButton);
    connect(m_ui->fixButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<Diagnostic> d = selected())
            emit fixRequested(*d);
    });
    m_ui->table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->table, &QWidget::customContextMenuRequested, this, &IssuesPanel::showContextMenu);
    updateEmptyText();
}

IssuesPanel::~IssuesPanel() = default;

namespace {

// Whether two lists show the same rows (offsets may differ while the user types).
bool sameRows(const Diagnostics &a, const Diagnostics &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Diagnostic &x = a.at(i), &y = b.at(i);
        if (x.code != y.code || x.line != y.line || x.message != y.message || x.file != y.file ||
            x.severity != y.severity)
            return false;
    }
    return true;
}

} // namespace

void IssuesPanel::setPageDiagnostics(const Diagnostics &diagnostics)
{
    if (sameRows(diagnostics, m_page)) {
        m_page = diagnostics; // same rows: keep the view, update the spans
        if (scope() == Scope::Page)
            m_model->updateSpans(diagnostics);
        return;
    }
    m_page = diagnostics;
    if (scope() == Scope::Page)
        refresh();
}

void IssuesPanel::setSiteDiagnostics(const Diagnostics &diagnostics)
{
    // The open page's check comes in while the user types: the same rows keep the view.
    if (sameRows(diagnostics, m_site)) {
        m_site = diagnostics;
        if (scope() == Scope::Site)
            m_model->updateSpans(diagnostics);
        return;
    }
    m_site = diagnostics;
    if (scope() == Scope::Site)
        refresh();
}

void IssuesPanel::setScope(Scope scope)
{
    m_ui->scopeBox->setCurrentIndex(scope == Scope::Site ? 1 : 0);
}

IssuesPanel::Scope IssuesPanel::scope() const
{
    return m_ui->scopeBox->currentIndex() == 1 ? Scope::Site : Scope::Page;
}

void IssuesPanel::refresh()
{
    m_model->setDiagnostics(scope() == Scope::Site ? m_site : m_page);
    updateCodes();
    updateFixButton();
    updateEmptyText();
}

void IssuesPanel::setSiteChecked(bool checked)
{
    m_siteChecked = checked;
    updateEmptyText();
}

// An empty list says why: nothing found, nothing checked yet, or a check under way.
void IssuesPanel::updateEmptyText()
{
    const bool empty = m_model->rowCount() == 0;
    m_ui->table->setVisible(!empty);
    m_ui->emptyLabel->setVisible(empty);
    if (!empty)
        return;
    if (scope() == Scope::Page)
        m_ui->emptyLabel->setText(tr("No issues in this page."));
    else if (m_running)
        m_ui->emptyLabel->setText(tr("Checking the whole site…"));
    else if (!m_siteChecked)
        m_ui->emptyLabel->setText(
            tr("The whole site has not been checked yet: press Validate Site (F7)."));
    else
        m_ui->emptyLabel->setText(tr("No issues in the whole site."));
}

// The filters say how many issues each choice shows, and what each code means.
void IssuesPanel::updateCodes()
{
    const QString current = m_ui->codeBox->currentData().toString();
    QMap<QString, int> codes;
    int errors = 0, warnings = 0;
    for (const Diagnostic &d : m_model->diagnostics()) {
        ++codes[d.code];
        errors += d.severity == Diagnostic::Severity::Error;
        warnings += d.severity == Diagnostic::Severity::Warning;
    }
    const int all = int(m_model->diagnostics().size());
    m_ui->severityBox->setItemText(0, tr("All severities (%1)").arg(all));
    m_ui->severityBox->setItemText(1, tr("Warnings and errors (%1)").arg(errors + warnings));
    m_ui->severityBox->setItemText(2, tr("Errors only (%1)").arg(errors));
    if (!current.isEmpty() && !codes.contains(current))
        codes.insert(current, 0);
    const QSignalBlocker blocker(m_ui->codeBox);
    m_ui->codeBox->clear();
    m_ui->codeBox->addItem(tr("All codes (%1)").arg(all), QString());
    for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
        m_ui->codeBox->addItem(QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()), it.key());
        if (const DiagnosticCatalog::Entry *entry = DiagnosticCatalog::find(it.key()))
            m_ui->codeBox->setItemData(m_ui->codeBox->count() - 1, entry->summary, Qt::ToolTipRole);
    }
    m_ui->codeBox->setCurrentIndex(std::max(0, m_ui->codeBox->findData(current)));
    const DiagnosticCatalog::Entry *chosen = DiagnosticCatalog::find(current);
    m_ui->codeBox->setToolTip(chosen ? chosen->summary : QString());
}

void IssuesPanel::setValidationRunning(bool running)
{
    m_ui->progressBar->setVisible(running);
    m_ui->cancelButton->setVisible(running);
    m_ui->validateButton->setEnabled(!running);
    m_running = running;
    updateEmptyText();
    if (running)
        m_ui->progressBar->setValue(0);
}

void IssuesPanel::setProgress(int done, int total)
{
    m_ui->progressBar->setMaximum(std::max(1, total));
    m_ui->progressBar->setValue(done);
}

void IssuesPanel::activateRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        emit issueActivated(m_model->at(row));
}

void IssuesPanel::selectRow(int row)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    m_ui->table->setCurrentIndex(index);
    m_ui->table->scrollTo(index);
}

std::optional<Diagnostic> IssuesPanel::selected() const
{
    const QModelIndex current = m_ui->table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_filter->mapToSource(current).row();
    if (row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->at(row);
}

// Fixes apply to the open page, whose findings the page scope shows.
void IssuesPanel::updateFixButton()
{
    const std::optional<Diagnostic> d = selected();
    const bool page = scope() == Scope::Page;
    m_ui->fixButton->setEnabled(page && d && d->fix.isValid());
    m_ui->fixButton->setToolTip(!page ? tr("Open the page and show its issues to apply a fix")
                                : d && d->fix.isValid()
                                    ? tr("%1 (Ctrl+.)").arg(FixApplier::describe(*d))
                                    : tr("The selected issue has no automatic fix"));
}

void IssuesPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->table->indexAt(pos);
    if (!index.isValid())
        return;
    m_ui->table->setCurrentIndex(index);
    const std::optional<Diagnostic> d = selected();
    if (!d)
        return;
    QMenu menu(this);
    const bool fixable = scope() == Scope::Page && d->fix.isValid();
    QAction *fix = menu.addAction(fixable ? tr("Apply Fix: %1").arg(FixApplier::describe(*d))
                                          : tr("Apply Fix"));
    fix->setEnabled(fixable);
    connect(fix, &QAction::triggered, this, [this, d] { emit fixRequested(*d); });
    int sameKind = 0;
    for (const Diagnostic &other : m_model->diagnostics())
        sameKind += other.code == d->code && other.fix.isValid();
    QAction *all = menu.addAction(tr("Fix All “%1” in This Page (%2)").arg(d->code).arg(sameKind));
    all->setEnabled(scope() == Scope::Page && sameKind > 0);
    connect(all, &QAction::triggered, this, [this, d] { emit fixAllRequested(*d); });
    menu.addSeparator();
    QAction *show = menu.addAction(tr("Show in Editor"));
    connect(show, &QAction::triggered, this, [this, d] { emit issueActivated(*d); });
    menu.exec(m_ui->table->viewport()->mapToGlobal(pos));
}

int IssuesPanel::visibleRowCount() const
{
    return m_filter->rowCount();
}

} // namespace Tilmech
