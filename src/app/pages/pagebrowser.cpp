#include "pages/pagebrowser.h"

#include "pages/pagelistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace Tilmech {

PageBrowser::PageBrowser(QTreeView *view, QLineEdit *filter, QLabel *summary, QObject *parent)
    : QObject(parent), m_view(view), m_summary(summary), m_pages(new PageListModel(this)),
      m_filter(new QSortFilterProxyModel(this))
{
    m_filter->setSourceModel(m_pages);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(PageListModel::NameColumn);
    m_view->setModel(m_filter);
    m_view->sortByColumn(PageListModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PageListModel::NameColumn, QHeaderView::Stretch);
    for (int c = PageListModel::DoneColumn; c < PageListModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Filtering may move the current row to another page: that opens nothing (Enter in the
    // filter opens the first page left).
    connect(filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filtering = true;
        m_filter->setFilterFixedString(text);
        m_filtering = false;
    });
    connect(filter, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex first = m_filter->index(0, PageListModel::NameColumn);
        if (first.isValid()) {
            m_view->setCurrentIndex(first);
            emit pageChosen(first.data(PageListModel::NameRole).toString());
        }
    });
    connect(m_pages, &QAbstractItemModel::dataChanged, this, &PageBrowser::updateSummary);
    connect(m_pages, &QAbstractItemModel::modelReset, this, &PageBrowser::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_filtering)
                    emit pageChosen(current.data(PageListModel::NameRole).toString());
            });
}

void PageBrowser::setProject(std::shared_ptr<const Project> project, const QString &language)
{
    m_pages->setProject(std::move(project), language);
}

void PageBrowser::setSiteDiagnostics(const Diagnostics &diagnostics, bool complete)
{
    m_pages->setSiteDiagnostics(diagnostics, complete);
}

void PageBrowser::select(const QString &page)
{
    const int row = m_pages->rowOf(page);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_pages->index(row, 0));
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

QStringList PageBrowser::pageOrder() const
{
    QStringList names;
    for (int row = 0; row < m_pages->rowCount(); ++row)
        names.append(m_pages->index(row, PageListModel::NameColumn).data().toString());
    names.sort();
    return names;
}

void PageBrowser::setProgress(const QHash<QString, TranslationProgress> &progress)
{
    m_pages->setProgress(progress);
}

void PageBrowser::setPageProgress(const QString &page, const TranslationProgress &progress)
{
    m_pages->setPageProgress(page, progress);
}

// The language's statistics under the list, as Poedit and Qt Linguist give them.
void PageBrowser::updateSummary()
{
    const TranslationProgress total = m_pages->total();
    if (!total.known) {
        m_summary->setText(tr("Measuring the translation…"));
        m_summary->setToolTip(QString());
        return;
    }
    int done = 0, pages = 0;
    for (int row = 0; row < m_pages->rowCount(); ++row) {
        const PageListModel::Status s = m_pages->status(row);
        if (s == PageListModel::Status::NoEnglish)
            continue;
        ++pages;
        done += s == PageListModel::Status::Translated;
    }
    m_summary->setText(tr("%1% translated · %2 words left · %3 of %4 pages done")
                           .arg(total.percent())
                           .arg(total.wordsLeft)
                           .arg(done)
                           .arg(pages));
    QStringList lines;
    const QMap<QString, TranslationProgress> folders = m_pages->folders();
    for (auto it = folders.cbegin(); it != folders.cend(); ++it)
        lines.append(tr("%1: %2% translated, %3 words left")
                         .arg(it.key().isEmpty() ? tr("(top folder)") : it.key() + QLatin1Char('/'))
                         .arg(it.value().percent())
                         .arg(it.value().wordsLeft));
    m_summary->setToolTip(lines.join(QLatin1Char('\n')));
}

} // namespace Tilmech
