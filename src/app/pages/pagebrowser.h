#pragma once

#include "analysis/translationprogress.h"
#include "base/diagnostic.h"

#include <QHash>
#include <QObject>
#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Tilmech {

class PageListModel;
class Project;

// The list of the site's pages on the left of the window: the pages of one language with
// their state and findings (PageListModel), sorted by name and filtered by what is typed in
// the filter box. Choosing a row asks for that page to be opened.
class PageBrowser : public QObject
{
    Q_OBJECT

public:
    // `summary` shows the language's progress, each folder's in its tooltip.
    PageBrowser(QTreeView *view, QLineEdit *filter, QLabel *summary, QObject *parent = nullptr);

    void setProject(std::shared_ptr<const Project> project, const QString &language);
    void setSiteDiagnostics(const Diagnostics &diagnostics, bool complete);
    void setProgress(const QHash<QString, TranslationProgress> &progress);
    void setPageProgress(const QString &page, const TranslationProgress &progress);
    // Makes `page` the current row without asking to open it.
    void select(const QString &page);
    // The pages in the order the list sorts them (whatever its filter hides).
    QStringList pageOrder() const;

signals:
    void pageChosen(const QString &page);

private:
    void updateSummary();

    QTreeView *m_view;
    QLabel *m_summary;
    PageListModel *m_pages;
    QSortFilterProxyModel *m_filter;
    bool m_filtering = false;
};

} // namespace Tilmech
