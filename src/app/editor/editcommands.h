#pragma once

#include <QObject>

class QAction;

namespace Tilmech {

class CodeEditor;
class FindBar;

// The Edit menu's commands on the text the user works in: undo, redo and find act on the
// focused editor (the English page or the translation), replace on the translation, and find
// next and previous repeat the find bar's search. Their shortcuts are the platform's.
class EditCommands : public QObject
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction *undo = nullptr;
        QAction *redo = nullptr;
        QAction *find = nullptr;
        QAction *findNext = nullptr;
        QAction *findPrevious = nullptr;
        QAction *replace = nullptr;
    };
    EditCommands(const Actions &actions, CodeEditor *source, CodeEditor *translation,
                 FindBar *findBar, QObject *parent = nullptr);

private:
    CodeEditor *focusedEditor() const;

    CodeEditor *m_source;
    CodeEditor *m_translation;
    FindBar *m_findBar;
};

} // namespace Tilmech
