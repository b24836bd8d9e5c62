#pragma once

#include "strings/stringtable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace Tilmech {

// The strings of a language beside English, editable: edits are kept until saved and
// re-checked as they are made.
class StringsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        EnglishColumn,
        TranslationColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        StatusRole,
        ValueRole,
        EnglishRole
    };

    explicit StringsModel(QObject *parent = nullptr);

    void setRows(const QVector<StringTable::Row> &rows);
    const QVector<StringTable::Row> &rows() const { return m_rows; }
    int rowOf(const QByteArray &key) const;
    // Sets a translation as the user edits it.
    void setTranslation(int row, const QByteArray &value);
    const QHash<QByteArray, QByteArray> &edits() const { return m_edits; }
    bool isModified() const { return !m_edits.isEmpty(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void modifiedChanged(bool modified);

private:
    QVector<StringTable::Row> m_rows;
    QHash<QByteArray, int> m_rowOfKey;
    QHash<QByteArray, QByteArray> m_edits;
};

// Filters strings by text (key, English, translation) and by status.
class StringsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Mode
    {
        All = -2,
        NeedsWork = -1
    }; // or a StringTable::Status value
    explicit StringsFilter(QObject *parent = nullptr);
    void setText(const QString &text);
    void setMode(int mode);
    int mode() const { return m_mode; }
    // Strings the text matches that the state filter hides.
    int hiddenByMode() const;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    bool matchesText(int row, const QModelIndex &parent) const;
    bool matchesMode(int row, const QModelIndex &parent) const;

    QString m_text;
    int m_mode = NeedsWork;
};

} // namespace Tilmech
