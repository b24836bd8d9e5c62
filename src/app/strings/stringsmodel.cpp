#include "strings/stringsmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Tilmech {

StringsModel::StringsModel(QObject *parent) : QAbstractTableModel(parent) {}

void StringsModel::setRows(const QVector<StringTable::Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_rowOfKey.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfKey.insert(m_rows[i].key, i);
    const bool wasModified = isModified();
    m_edits.clear();
    endResetModel();
    if (wasModified)
        emit modifiedChanged(false);
}

int StringsModel::rowOf(const QByteArray &key) const
{
    return m_rowOfKey.value(key, -1);
}

void StringsModel::setTranslation(int row, const QByteArray &value)
{
    if (row < 0 || row >= m_rows.size())
        return;
    StringTable::Row &r = m_rows[row];
    if (r.hasTranslation && r.translation == value)
        return;
    const bool wasModified = isModified();
    r.translation = value;
    r.hasTranslation = true;
    r.status = r.status == StringTable::Status::NotInEnglish
                   ? r.status
                   : StringTable::status(r.english, &r.translation);
    m_edits.insert(r.key, value);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (!wasModified)
        emit modifiedChanged(true);
}

int StringsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StringsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StringsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const StringTable::Row &r = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return r.key;
    case StatusRole:
        return int(r.status);
    case ValueRole:
        return r.translation;
    case EnglishRole:
        return r.english;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && StringTable::needsWork(r.status))
            return QBrush(r.status == StringTable::Status::PlaceholderMismatch ||
                                  r.status == StringTable::Status::MarkupMismatch
                              ? QColor(0xc0, 0x1c, 0x28)
                              : QColor(0xc6, 0x46, 0x00));
        return QVariant();
    case Qt::FontRole:
        if (m_edits.contains(r.key) && index.column() == TranslationColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return StringTable::problems(r.english, r.translation);
        return index.column() == EnglishColumn ? QString::fromUtf8(r.english)
                                               : QString::fromUtf8(r.translation);
    case Qt::DisplayRole:
    case Qt::EditRole: {
        auto shown = [role](const QByteArray &text) {
            QString s = QString::fromUtf8(text);
            if (role == Qt::DisplayRole)
                s.replace(QLatin1Char('\n'), QChar(0x21B5));
            return s;
        };
        switch (index.column()) {
        case KeyColumn:
            return QString::fromUtf8(r.key);
        case EnglishColumn:
            return shown(r.english);
        case TranslationColumn:
            return r.hasTranslation ? shown(r.translation) : QString();
        case StatusColumn:
            return StringTable::statusLabel(r.status);
        }
        return QVariant();
    }
    default:
        return QVariant();
    }
}

bool StringsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != TranslationColumn || role != Qt::EditRole)
        return false;
    setTranslation(index.row(), value.toString().toUtf8());
    return true;
}

Qt::ItemFlags StringsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == TranslationColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant StringsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case EnglishColumn:
        return tr("English");
    case TranslationColumn:
        return tr("Translation");
    case StatusColumn:
        return tr("Status");
    }
    return QVariant();
}

StringsFilter::StringsFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void StringsFilter::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

void StringsFilter::setMode(int mode)
{
    m_mode = mode;
    invalidateFilter();
}

bool StringsFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    return matchesMode(row, parent) && matchesText(row, parent);
}

bool StringsFilter::matchesMode(int row, const QModelIndex &parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    const auto status = StringTable::Status(index.data(StringsModel::StatusRole).toInt());
    if (m_mode == NeedsWork && !StringTable::needsWork(status))
        return false;
    return m_mode < 0 || int(status) == m_mode;
}

bool StringsFilter::matchesText(int row, const QModelIndex &parent) const
{
    if (m_text.isEmpty())
        return true;
    for (int column :
         {StringsModel::KeyColumn, StringsModel::EnglishColumn, StringsModel::TranslationColumn}) {
        if (sourceModel()
                ->index(row, column, parent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

int StringsFilter::hiddenByMode() const
{
    if (m_text.isEmpty() || m_mode == All || !sourceModel())
        return 0;
    int hidden = 0;
    for (int row = 0; row < sourceModel()->rowCount(); ++row)
        hidden += matchesText(row, QModelIndex()) && !matchesMode(row, QModelIndex());
    return hidden;
}

} // namespace Tilmech
