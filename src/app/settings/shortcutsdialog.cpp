#include "settings/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tilmech {

namespace {

QString plainText(QString text)
{
    // "&Save" → "Save", "Fish && Chips" → "Fish & Chips"; the ellipsis stays.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(1), QLatin1Char('&'));
    return text;
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty())
            texts.append(key.toString(QKeySequence::NativeText));
    }
    return texts.join(QLatin1String(", "));
}

void addMenu(QTreeWidgetItem *group, QMenu *menu, QSet<QAction *> *seen)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(group, action->menu(), seen);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        seen->insert(action);
        new QTreeWidgetItem(group, {plainText(action->text()), keysText(action->shortcuts())});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by command or key"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);

    collect(window);
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    resize(560, 620);
}

void ShortcutsDialog::collect(QMainWindow *window)
{
    QFont bold = font();
    bold.setBold(true);
    auto newGroup = [&](const QString &title) {
        auto *group = new QTreeWidgetItem(m_tree, {title});
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        return group;
    };

    QSet<QAction *> seen;
    for (QAction *top : window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        QTreeWidgetItem *group = newGroup(plainText(top->text()));
        addMenu(group, top->menu(), &seen);
        if (group->childCount() == 0)
            delete group;
    }

    // Commands with a shortcut that no menu shows (toolbar and panel commands).
    QTreeWidgetItem *other = newGroup(tr("Other commands"));
    for (QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->menu())
            continue;
        seen.insert(action);
        new QTreeWidgetItem(other, {plainText(action->text()), keysText(action->shortcuts())});
    }
    if (other->childCount() == 0)
        delete other;

    // The keys every text field of Tilmech answers to.
    QTreeWidgetItem *editing = newGroup(tr("In the text editors"));
    const QList<QPair<QString, QKeySequence::StandardKey>> standard = {
        {tr("Cut"), QKeySequence::Cut},
        {tr("Copy"), QKeySequence::Copy},
        {tr("Paste"), QKeySequence::Paste},
        {tr("Select all"), QKeySequence::SelectAll},
        {tr("Delete the word before the cursor"), QKeySequence::DeleteStartOfWord},
        {tr("Go to the start of the text"), QKeySequence::MoveToStartOfDocument},
        {tr("Go to the end of the text"), QKeySequence::MoveToEndOfDocument},
        {tr("Zoom in"), QKeySequence::ZoomIn},
        {tr("Zoom out"), QKeySequence::ZoomOut},
    };
    for (const auto &[name, key] : standard) {
        const QString keys = keysText(QKeySequence::keyBindings(key));
        if (!keys.isEmpty())
            new QTreeWidgetItem(editing, {name, keys});
    }
}

void ShortcutsDialog::setFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *row = group->child(i);
            const bool match = needle.isEmpty() ||
                               row->text(0).contains(needle, Qt::CaseInsensitive) ||
                               row->text(1).contains(needle, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

QList<QPair<QString, QString>> ShortcutsDialog::rows() const
{
    QList<QPair<QString, QString>> result;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->child(i)->isHidden())
                result.append({group->child(i)->text(0), group->child(i)->text(1)});
        }
    }
    return result;
}

} // namespace Tilmech
