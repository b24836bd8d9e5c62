#include "pages/pagebrowser.h"

#include "pages/pagelistmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace Tilmech {

PageBrowser::PageBrowser(QTreeView *view, QLineEdit *filter, QObject *parent)
    : QObject(parent), m_view(view), m_pages(new PageListModel(this)),
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
    for (int c = PageListModel::StatusColumn; c < PageListModel::ColumnCount; ++c)
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

} // namespace Tilmech
