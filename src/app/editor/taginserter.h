#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace Tilmech {

class CodeEditor;
class LiveRender;

// Edit → Insert Tag: offers the tags of the English block aligned with the translation's
// current block (those the translated block still lacks first, in bold, the first of them
// preselected so that one Enter inserts it) and types the chosen one,
// exactly as the English page writes it, at the translation's cursor. The blocks and tags
// come from the latest checked version (LiveRender::last()).
class TagInserter : public QObject
{
    Q_OBJECT

public:
    TagInserter(CodeEditor *translation, const LiveRender *render, QObject *parent = nullptr);

    // The tags offered, as written; one missing from the translated block ends in "\n".
    QStringList choices() const;
    // Inserts the index-th choice.
    void insert(int index);
    // Shows the choices as a menu under the cursor.
    void showMenu();

private:
    CodeEditor *m_translation;
    const LiveRender *m_render;
};

} // namespace Tilmech
