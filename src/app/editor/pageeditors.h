#pragma once

#include <QObject>
#include <QPointer>

class QLabel;

namespace Tilmech {

class CodeEditor;
class PageSession;
class TextOffsets;

// The two editors of the open page: its English text and its translation, each with the
// label naming its file. Showing a page puts its texts (with their own undo histories) in the
// editors; a finding or a refused tag is shown by selecting its bytes in the right editor.
class PageEditors : public QObject
{
    Q_OBJECT

public:
    PageEditors(CodeEditor *source, QLabel *sourceLabel, CodeEditor *translation,
                QLabel *translationLabel, QObject *parent = nullptr);

    // Shows `session`'s texts; the English one is editable when `editSource` and it exists.
    void show(PageSession *session, bool editSource);
    // Names the translation's file (and whether it is new) after `language`.
    void updateTranslationLabel(const QString &language);
    // Selects bytes [begin, end) of the English or the translated text and focuses it.
    void selectBytes(bool english, qsizetype begin, qsizetype end);
    // Selects bytes [begin, end) of the translation as checked (`offsets`) and centres them.
    void selectChecked(const TextOffsets &offsets, qsizetype begin, qsizetype end);

private:
    CodeEditor *m_source;
    QLabel *m_sourceLabel;
    CodeEditor *m_translation;
    QLabel *m_translationLabel;
    QPointer<PageSession> m_session;
};

} // namespace Tilmech
