#include "editor/pageeditors.h"

#include "base/textoffsets.h"
#include "editor/codeeditor.h"
#include "session/pagesession.h"

#include <QLabel>

namespace Tilmech {

PageEditors::PageEditors(CodeEditor *source, QLabel *sourceLabel, CodeEditor *translation,
                         QLabel *translationLabel, QObject *parent)
    : QObject(parent), m_source(source), m_sourceLabel(sourceLabel), m_translation(translation),
      m_translationLabel(translationLabel)
{
}

void PageEditors::show(PageSession *session, bool editSource)
{
    m_session = session;
    {
        const QSignalBlocker a(m_translation);
        const QSignalBlocker b(m_source);
        m_source->setDocument(session->english());
        m_translation->setDocument(session->translation());
        m_source->setMarks({});
        m_translation->setMarks({});
        m_source->setCurrentBlockLines(0, 0);
        m_translation->setCurrentBlockLines(0, 0);
    }
    m_source->setReadOnly(!editSource || !session->hasEnglish());
    m_sourceLabel->setText(session->hasEnglish()
                               ? tr("English — %1").arg(session->englishFile().relativePath)
                               : tr("English — this page has no English file"));
}

void PageEditors::updateTranslationLabel(const QString &language)
{
    if (!m_session)
        return;
    m_translationLabel->setText(
        m_session->translationIsNew()
            ? tr("%1 — new: %2 (a copy of the English page until you save)")
                  .arg(language, m_session->translationFile().relativePath)
            : tr("%1 — %2").arg(language, m_session->translationFile().relativePath));
}

void PageEditors::selectBytes(bool english, qsizetype begin, qsizetype end)
{
    if (!m_session)
        return;
    CodeEditor *editor = english ? m_source : m_translation;
    const TextOffsets offsets(english ? m_session->englishBytes() : m_session->translationBytes());
    editor->selectRange(offsets.toText(begin), offsets.toText(end));
    editor->setFocus();
}

void PageEditors::selectChecked(const TextOffsets &offsets, qsizetype begin, qsizetype end)
{
    QTextCursor cursor = m_translation->textCursor();
    cursor.setPosition(offsets.toText(begin));
    cursor.setPosition(offsets.toText(end), QTextCursor::KeepAnchor);
    m_translation->setTextCursor(cursor);
    m_translation->centerCursor();
}

} // namespace Tilmech
