#include "editor/editcommands.h"

#include "editor/codeeditor.h"
#include "editor/findbar.h"

#include <QAction>

namespace Tilmech {

EditCommands::EditCommands(const Actions &actions, CodeEditor *source, CodeEditor *translation,
                           FindBar *findBar, QObject *parent)
    : QObject(parent), m_source(source), m_translation(translation), m_findBar(findBar)
{
    actions.undo->setShortcut(QKeySequence::Undo);
    actions.redo->setShortcut(QKeySequence::Redo);
    actions.find->setShortcut(QKeySequence::Find);
    actions.findNext->setShortcut(QKeySequence::FindNext);
    actions.findPrevious->setShortcut(QKeySequence::FindPrevious);
    actions.replace->setShortcut(QKeySequence::Replace);
    connect(actions.undo, &QAction::triggered, this, [this] { focusedEditor()->undo(); });
    connect(actions.redo, &QAction::triggered, this, [this] { focusedEditor()->redo(); });
    connect(actions.find, &QAction::triggered, this, [this] {
        m_findBar->setEditor(focusedEditor());
        m_findBar->showFind(false);
    });
    connect(actions.replace, &QAction::triggered, this, [this] {
        m_findBar->setEditor(m_translation);
        m_findBar->showFind(true);
    });
    connect(actions.findNext, &QAction::triggered, this, [this] { m_findBar->findNext(false); });
    connect(actions.findPrevious, &QAction::triggered, this, [this] { m_findBar->findNext(true); });
    m_findBar->setEditor(m_translation);
}

CodeEditor *EditCommands::focusedEditor() const
{
    return m_source->hasFocus() ? m_source : m_translation;
}

} // namespace Tilmech
