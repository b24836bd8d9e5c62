#pragma once

#include "base/diagnostic.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Tilmech {

// Diagnostics as a table: severity, message, file, line, code.
class IssuesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        MessageColumn,
        FileColumn,
        LineColumn,
        CodeColumn,
        ColumnCount
    };
    enum Role
    {
        SeverityRole = Qt::UserRole + 1,
        CodeRole,
        IndexRole
    };

    explicit IssuesModel(QObject *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    // The same rows with new byte spans and columns: no reset, nothing to redraw.
    void updateSpans(const Diagnostics &diagnostics);
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    const Diagnostic &at(int row) const { return m_diagnostics.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Diagnostics m_diagnostics;
};

// Filters issues by lowest severity, code and text.
class IssuesFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit IssuesFilter(QObject *parent = nullptr);
    void setMinimumSeverity(int severity);
    void setCode(const QString &code);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    int m_minimum = 0;
    QString m_code;
    QString m_text;
};

} // namespace Tilmech
