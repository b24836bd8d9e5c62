#include "issues/issuesmodel.h"

#include <QApplication>
#include <QStyle>

namespace Tilmech {

IssuesModel::IssuesModel(QObject *parent) : QAbstractTableModel(parent) {}

void IssuesModel::setDiagnostics(const Diagnostics &diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

void IssuesModel::updateSpans(const Diagnostics &diagnostics)
{
    if (diagnostics.size() == m_diagnostics.size())
        m_diagnostics = diagnostics;
    else
        setDiagnostics(diagnostics);
}

int IssuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int IssuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssuesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Diagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case SeverityRole:
        return int(d.severity);
    case CodeRole:
        return d.code;
    case IndexRole:
        return index.row();
    case Qt::ToolTipRole:
        return d.sourceFile.isEmpty()
                   ? d.message
                   : tr("%1\nEnglish page: %2:%3").arg(d.message, d.sourceFile).arg(d.sourceLine);
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            const QStyle::StandardPixmap icon =
                d.severity == Diagnostic::Severity::Error     ? QStyle::SP_MessageBoxCritical
                : d.severity == Diagnostic::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(icon);
        }
        return QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return d.severity == Diagnostic::Severity::Error     ? tr("Error")
                   : d.severity == Diagnostic::Severity::Warning ? tr("Warning")
                                                                 : tr("Note");
        case MessageColumn:
            return d.message;
        case FileColumn:
            return d.file;
        case LineColumn:
            return d.line > 0 ? QVariant(d.line) : QVariant();
        case CodeColumn:
            return d.code;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant IssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case CodeColumn:
        return tr("Code");
    }
    return QVariant();
}

IssuesFilter::IssuesFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void IssuesFilter::setMinimumSeverity(int severity)
{
    m_minimum = severity;
    invalidateFilter();
}

void IssuesFilter::setCode(const QString &code)
{
    m_code = code;
    invalidateFilter();
}

void IssuesFilter::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

bool IssuesFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    if (index.data(IssuesModel::SeverityRole).toInt() < m_minimum)
        return false;
    if (!m_code.isEmpty() && index.data(IssuesModel::CodeRole).toString() != m_code)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < IssuesModel::ColumnCount; ++column) {
        if (sourceModel()
                ->index(row, column, parent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Tilmech
