#pragma once

#include "analysis/translationprogress.h"
#include "base/diagnostic.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <memory>

namespace Tilmech {

class Project;

// The project browser's pages for one language: name, status (translated, missing,
// outdated, with errors, no English page) and the numbers of errors and warnings found.
class PageListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DoneColumn, // beside the name: it shows in a narrow list
        StatusColumn,
        ErrorsColumn,
        WarningsColumn,
        ColumnCount
    };
    enum class Status
    {
        Translated, // every block of the English page has its translation
        InProgress, // some blocks are still missing or the same as English
        Unchecked,  // a translation file whose content is not measured yet
        Missing,
        Outdated,
        WithErrors,
        NoEnglish
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        StatusRole
    };

    explicit PageListModel(QObject *parent = nullptr);

    void setProject(std::shared_ptr<const Project> project, const QString &language);
    // Counts from diagnostics of whole files (site validation), and of one page (live).
    // The site's findings (each open page's latest check among them); `complete`: a whole
    // run is among them, so pages without findings are clean rather than unknown.
    void setSiteDiagnostics(const Diagnostics &diagnostics, bool complete);
    // How far each page is translated (ProgressScan), and the open page's latest measure.
    void setProgress(const QHash<QString, TranslationProgress> &progress);
    void setPageProgress(const QString &page, const TranslationProgress &progress);
    // The whole language's progress, and each folder's ("" for the site's top folder).
    TranslationProgress total() const;
    QMap<QString, TranslationProgress> folders() const;
    Status status(int row) const;
    int rowOf(const QString &page) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Counts
    {
        int errors = 0;
        int warnings = 0;
        bool known = false;
    };
    Status baseStatus(int row) const;

    std::shared_ptr<const Project> m_project;
    QString m_language;
    QHash<QString, Counts> m_counts;                // page name → counts
    QHash<QString, TranslationProgress> m_progress; // page name → progress
    QHash<QString, QString> m_pageOfFile;           // relative file path → page name
};

} // namespace Tilmech
