#include "pages/pagelistmodel.h"

#include "site/project.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QStyle>

namespace Tilmech {

PageListModel::PageListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PageListModel::setProject(std::shared_ptr<const Project> project, const QString &language)
{
    beginResetModel();
    m_project = std::move(project);
    m_language = language;
    m_counts.clear();
    m_progress.clear();
    m_pageOfFile.clear();
    if (m_project) {
        for (const Page &page : m_project->pages()) {
            if (const PageFile *shown = page.preferred(m_language))
                m_pageOfFile.insert(shown->relativePath, page.name);
        }
    }
    endResetModel();
}

void PageListModel::setSiteDiagnostics(const Diagnostics &diagnostics, bool complete)
{
    m_counts.clear();
    for (const Diagnostic &d : diagnostics) {
        if (d.language != m_language)
            continue;
        // A page counts the findings of the file the site shows for it, not of its unused
        // variants: the count the status bar and the export give too.
        const QString page = m_pageOfFile.value(d.file);
        if (page.isEmpty())
            continue;
        Counts &c = m_counts[page];
        c.known = true;
        if (d.severity == Diagnostic::Severity::Error)
            ++c.errors;
        else if (d.severity == Diagnostic::Severity::Warning)
            ++c.warnings;
    }
    // After a whole run, pages without findings are known to be clean.
    if (m_project && complete) {
        for (const Page &page : m_project->pages()) {
            if (page.has(m_language))
                m_counts[page.name].known = true;
        }
    }
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PageListModel::rowOf(const QString &page) const
{
    if (!m_project)
        return -1;
    const auto &pages = m_project->pages();
    for (int i = 0; i < pages.size(); ++i) {
        if (pages.at(i).name == page)
            return i;
    }
    return -1;
}

PageListModel::Status PageListModel::baseStatus(int row) const
{
    const Page &page = m_project->pages().at(row);
    const PageFile *english = page.preferred(QStringLiteral("en"));
    const PageFile *translation = page.preferred(m_language);
    if (!english)
        return Status::NoEnglish;
    if (!translation)
        return Status::Missing;
    if (translation->variant != english->variant)
        return Status::Outdated;
    const QFileInfo en(english->absolutePath), tr(translation->absolutePath);
    if (en.lastModified() > tr.lastModified().addSecs(60))
        return Status::Outdated;
    // "Translated" is said from the content only, once it is measured.
    const TranslationProgress p = m_progress.value(page.name);
    if (!p.known)
        return Status::Unchecked;
    return p.done() ? Status::Translated : Status::InProgress;
}

void PageListModel::setProgress(const QHash<QString, TranslationProgress> &progress)
{
    m_progress = progress;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PageListModel::setPageProgress(const QString &page, const TranslationProgress &progress)
{
    const TranslationProgress old = m_progress.value(page);
    if (old.known == progress.known && old.words == progress.words &&
        old.wordsLeft == progress.wordsLeft)
        return;
    m_progress.insert(page, progress);
    const int row = rowOf(page);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

TranslationProgress PageListModel::total() const
{
    TranslationProgress sum;
    for (const TranslationProgress &p : m_progress)
        sum += p;
    return sum;
}

QMap<QString, TranslationProgress> PageListModel::folders() const
{
    QMap<QString, TranslationProgress> byFolder;
    for (auto it = m_progress.cbegin(); it != m_progress.cend(); ++it) {
        const qsizetype slash = it.key().lastIndexOf(QLatin1Char('/'));
        byFolder[slash < 0 ? QString() : it.key().left(slash)] += it.value();
    }
    return byFolder;
}

PageListModel::Status PageListModel::status(int row) const
{
    const Status base = baseStatus(row);
    const Counts c = m_counts.value(m_project->pages().at(row).name);
    if (c.errors > 0 && base != Status::Missing)
        return Status::WithErrors;
    return base;
}

int PageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_project ? 0 : int(m_project->pages().size());
}

int PageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_project)
        return QVariant();
    const Page &page = m_project->pages().at(index.row());
    const Status s = status(index.row());
    const Counts c = m_counts.value(page.name);
    if (role == NameRole)
        return page.name;
    if (role == StatusRole)
        return int(s);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (s) {
        case Status::WithErrors:
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        case Status::Missing:
            return QBrush(QColor(0x86, 0x5e, 0x3c));
        case Status::Outdated:
            return QBrush(QColor(0xc6, 0x46, 0x00));
        case Status::NoEnglish:
            return QBrush(QColor(0x77, 0x76, 0x7b));
        case Status::Translated:
            return QBrush(QColor(0x26, 0xa2, 0x69));
        case Status::InProgress:
            return QBrush(QColor(0x1c, 0x71, 0xd8));
        case Status::Unchecked:
            return QBrush(QColor(0x77, 0x76, 0x7b));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= ErrorsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const TranslationProgress progress = m_progress.value(page.name);
    if (role == Qt::ToolTipRole && progress.known &&
        (index.column() == DoneColumn || index.column() == StatusColumn))
        return tr("%1% translated: %2 of %3 words left, in %4 of %5 blocks")
            .arg(progress.percent())
            .arg(progress.wordsLeft)
            .arg(progress.words)
            .arg(progress.blocksLeft)
            .arg(progress.blocks);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case NameColumn:
        return page.name;
    case StatusColumn:
        switch (s) {
        case Status::Translated:
            return tr("translated");
        case Status::InProgress:
            return tr("%1 words left").arg(progress.wordsLeft);
        case Status::Unchecked:
            return tr("not measured yet");
        case Status::Missing:
            return tr("missing");
        case Status::Outdated:
            return tr("outdated");
        case Status::WithErrors:
            return tr("with errors");
        case Status::NoEnglish:
            return tr("no English");
        }
        return QVariant();
    case ErrorsColumn:
        return c.known && page.has(m_language) ? QVariant(c.errors) : QVariant();
    case WarningsColumn:
        return c.known && page.has(m_language) ? QVariant(c.warnings) : QVariant();
    case DoneColumn:
        return progress.known ? QVariant(QStringLiteral("%1%").arg(progress.percent()))
                              : QVariant();
    }
    return QVariant();
}

QVariant PageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    // Counts are narrow columns headed by the usual icons.
    if (section == ErrorsColumn || section == WarningsColumn) {
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(section == ErrorsColumn
                                                           ? QStyle::SP_MessageBoxCritical
                                                           : QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole)
            return section == ErrorsColumn ? tr("Errors") : tr("Warnings");
        return QVariant();
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Page");
    case StatusColumn:
        return tr("Status");
    case ErrorsColumn:
        return tr("Errors");
    case WarningsColumn:
        return tr("Warnings");
    case DoneColumn:
        return tr("Done");
    }
    return QVariant();
}

} // namespace Tilmech
