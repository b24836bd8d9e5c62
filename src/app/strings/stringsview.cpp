#include "strings/stringsview.h"

#include "base/filereader.h"
#include "site/project.h"
#include "strings/catalog.h"
#include "strings/catalogeditor.h"
#include "strings/stringsmodel.h"
#include "ui_stringsview.h"

#include <QHeaderView>
#include <QMessageBox>

namespace Tilmech {

StringsView::StringsView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::StringsView>()), m_model(new StringsModel(this)),
      m_filter(new StringsFilter(this))
{
    m_ui->setupUi(this);
    // Rows stay where they are while they are edited: a string that becomes "translated"
    // must not vanish from under the user. Filters apply when they change.
    m_filter->setDynamicSortFilter(false);
    m_filter->setSourceModel(m_model);
    m_ui->table->setModel(m_filter);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(StringsModel::KeyColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(StringsModel::EnglishColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(StringsModel::TranslationColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(StringsModel::StatusColumn, QHeaderView::ResizeToContents);
    header->resizeSection(StringsModel::KeyColumn, 220);
    m_ui->table->sortByColumn(-1, Qt::AscendingOrder);
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    m_ui->statusBox->addItem(tr("Needs work"), int(StringsFilter::NeedsWork));
    m_ui->statusBox->addItem(tr("All strings"), int(StringsFilter::All));
    for (const StringTable::Status s :
         {StringTable::Status::Missing, StringTable::Status::Empty,
          StringTable::Status::SameAsEnglish, StringTable::Status::PlaceholderMismatch,
          StringTable::Status::MarkupMismatch, StringTable::Status::Translated,
          StringTable::Status::NotInEnglish})
        m_ui->statusBox->addItem(StringTable::statusLabel(s), int(s));
    m_ui->saveButton->setEnabled(false);

    connect(m_ui->moreButton, &QPushButton::clicked, this, [this] {
        m_ui->statusBox->setCurrentIndex(m_ui->statusBox->findData(int(StringsFilter::All)));
    });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_ui->statusBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMode(m_ui->statusBox->currentData().toInt());
        updateCount();
    });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StringsView::showCurrent);
    connect(m_ui->translationEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updatingSide)
            return;
        const int row = currentRow();
        if (row < 0)
            return;
        m_model->setTranslation(row, m_ui->translationEdit->toPlainText().toUtf8());
        const QString problems = StringTable::problems(
            m_model->rows().at(row).english, m_ui->translationEdit->toPlainText().toUtf8());
        m_ui->checkLabel->setText(
            problems.isEmpty() ? tr("Placeholders and HTML match the English.") : problems);
        m_ui->checkLabel->setStyleSheet(problems.isEmpty() ? QString()
                                                           : QStringLiteral("color: #c01c28"));
    });
    connect(m_model, &StringsModel::modifiedChanged, this, [this](bool modified) {
        m_ui->saveButton->setEnabled(modified);
        emit modifiedChanged(modified);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showCurrentCheck(); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!save(&error))
            QMessageBox::critical(this, tr("Cannot Save the Strings"),
                                  tr("The strings were not saved: %1\n\nYour edits are still "
                                     "here.")
                                      .arg(error));
    });
    connect(m_ui->usageList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit pageRequested(item->text()); });
}

StringsView::~StringsView() = default;

void StringsView::setProject(std::shared_ptr<const Project> project, const QString &language)
{
    const bool sameStrings =
        m_project && project && m_project->root() == project->root() && m_language == language;
    m_project = std::move(project);
    m_usageKnown = false; // pages may have come or gone
    if (sameStrings && m_loaded)
        return; // the same strings file: its rows and unsaved edits stay
    m_language = language;
    m_loaded = false;
    if (isVisible())
        reload();
    else
        m_model->setRows({}); // no edits of another language or site linger until shown
}

void StringsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void StringsView::reload()
{
    if (!m_project)
        return;
    m_loaded = true;
    const std::shared_ptr<const Catalog> english = m_project->catalog(QStringLiteral("en"));
    const std::shared_ptr<const Catalog> catalog = m_project->catalog(m_language);
    m_model->setRows(StringTable::build(*english, catalog.get()));
    QString problem;
    for (const Diagnostic &d : catalog->problems()) {
        if (d.severity == Diagnostic::Severity::Error)
            problem = d.toText();
    }
    m_ui->translationLabel->setText(problem.isEmpty()
                                        ? tr("Translation (%1)").arg(m_language)
                                        : tr("Translation (%1) — %2").arg(m_language, problem));
    updateCount();
    if (!m_ui->table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_ui->table->setCurrentIndex(m_filter->index(0, StringsModel::TranslationColumn));
    showCurrent();
}

int StringsView::currentRow() const
{
    const QModelIndex index = m_filter->mapToSource(m_ui->table->currentIndex());
    return index.isValid() ? index.row() : -1;
}

void StringsView::showCurrent()
{
    const int row = currentRow();
    m_updatingSide = true;
    m_ui->usageList->clear();
    if (row < 0) {
        m_ui->keyLabel->clear();
        m_ui->englishEdit->clear();
        m_ui->translationEdit->clear();
        m_ui->checkLabel->clear();
        m_ui->translationEdit->setEnabled(false);
        m_updatingSide = false;
        return;
    }
    const StringTable::Row &r = m_model->rows().at(row);
    m_ui->keyLabel->setText(
        QStringLiteral("<b>%1</b>").arg(QString::fromUtf8(r.key).toHtmlEscaped()));
    m_ui->englishEdit->setPlainText(QString::fromUtf8(r.english));
    m_ui->translationEdit->setEnabled(true);
    if (m_ui->translationEdit->toPlainText().toUtf8() != r.translation)
        m_ui->translationEdit->setPlainText(QString::fromUtf8(r.translation));
    m_updatingSide = false;
    showCurrentCheck();
    if (!m_usageKnown && m_project) {
        m_usage = StringTable::usage(*m_project);
        m_usageKnown = true;
    }
    m_ui->usageList->addItems(m_usage.value(r.key));
}

void StringsView::showCurrentCheck()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const StringTable::Row &r = m_model->rows().at(row);
    const QString problems =
        r.hasTranslation ? StringTable::problems(r.english, r.translation) : QString();
    m_ui->checkLabel->setText(!r.hasTranslation    ? tr("Not translated yet.")
                              : problems.isEmpty() ? tr("Placeholders and HTML match the English.")
                                                   : problems);
    m_ui->checkLabel->setStyleSheet(problems.isEmpty() ? QString()
                                                       : QStringLiteral("color: #c01c28"));
}

void StringsView::updateCount()
{
    m_ui->countLabel->setText(
        tr("%1 of %2 strings").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    // A search the state filter cuts short says so, and leads to the rest.
    const int hidden = m_filter->hiddenByMode();
    m_ui->moreButton->setVisible(hidden > 0);
    if (hidden > 0)
        m_ui->moreButton->setText(tr("%1 more in All strings").arg(hidden));
}

bool StringsView::isModified() const
{
    return m_model->isModified();
}

QHash<QByteArray, QByteArray> StringsView::edits() const
{
    return m_model->edits();
}

void StringsView::restoreEdits(const QHash<QByteArray, QByteArray> &edits)
{
    if (!m_project)
        return;
    if (!m_loaded)
        reload();
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        const int row = m_model->rowOf(it.key());
        if (row >= 0)
            m_model->setTranslation(row, it.value());
    }
    updateCount();
    showCurrent();
}

void StringsView::rebase()
{
    if (!m_project)
        return;
    const QHash<QByteArray, QByteArray> kept = m_model->edits();
    m_project->forgetCatalog(m_language);
    reload();
    restoreEdits(kept);
}

QString StringsView::catalogPath() const
{
    return m_project ? m_project->catalogPath(m_language) : QString();
}

bool StringsView::diskChanged() const
{
    if (!m_project)
        return false;
    const QByteArray onDisk = FileReader::read(catalogPath(), nullptr).value_or(QByteArray());
    return onDisk != m_project->catalog(m_language)->bytes();
}

bool StringsView::save(QString *error)
{
    if (!m_project || !m_model->isModified())
        return true;
    if (diskChanged())
        rebase();
    QVector<CatalogEditor::Edit> edits;
    // In the order of the rows, so that new keys keep the English order among themselves.
    for (const StringTable::Row &r : m_model->rows()) {
        const auto it = m_model->edits().constFind(r.key);
        if (it != m_model->edits().cend())
            edits.append({r.key, it.value()});
    }
    // The same locked read, edit and write as tilmech-cli strings --set: a run of it at the
    // same time neither loses these edits nor has its own lost.
    if (!CatalogEditor::update(*m_project, m_language, edits, error))
        return false;
    m_project->forgetCatalog(m_language);
    const QByteArray key = currentRow() >= 0 ? m_model->rows().at(currentRow()).key : QByteArray();
    reload();
    if (!key.isEmpty())
        selectKey(key);
    emit saved();
    return true;
}

void StringsView::discard()
{
    reload();
}

bool StringsView::selectKey(const QByteArray &key)
{
    if (!m_loaded)
        reload();
    int row = m_model->rowOf(key);
    if (row < 0)
        return false;
    QModelIndex index =
        m_filter->mapFromSource(m_model->index(row, StringsModel::TranslationColumn));
    if (!index.isValid()) {
        m_ui->statusBox->setCurrentIndex(m_ui->statusBox->findData(int(StringsFilter::All)));
        m_ui->filterEdit->clear();
        index = m_filter->mapFromSource(m_model->index(row, StringsModel::TranslationColumn));
    }
    m_ui->table->setCurrentIndex(index);
    m_ui->table->scrollTo(index);
    return true;
}

void StringsView::setSideText(const QString &text)
{
    m_ui->translationEdit->setPlainText(text);
}

QString StringsView::checkText() const
{
    return m_ui->checkLabel->text();
}

QStringList StringsView::usagePages() const
{
    QStringList pages;
    for (int i = 0; i < m_ui->usageList->count(); ++i)
        pages << m_ui->usageList->item(i)->text();
    return pages;
}

} // namespace Tilmech
