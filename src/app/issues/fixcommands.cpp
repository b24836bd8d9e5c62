#include "issues/fixcommands.h"

#include "analysis/pageanalysis.h"
#include "base/textoffsets.h"
#include "check/fixapplier.h"
#include "editor/codeeditor.h"
#include "preview/liverender.h"
#include "session/pagesession.h"

#include <QMenu>
#include <QTextBlock>
#include <QTextCursor>

namespace Tilmech {

FixCommands::FixCommands(LiveRender *render, CodeEditor *translation, QObject *parent)
    : QObject(parent), m_render(render), m_editor(translation)
{
    connect(m_editor, &CodeEditor::fixRequested, this, [this](int position) {
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(position);
        m_editor->setTextCursor(cursor);
        applyAtCursor();
    });
}

// Several fixes on the line: a menu at the cursor says what each does.
int FixCommands::choose(const Diagnostics &fixes) const
{
    QMenu menu(m_editor);
    for (qsizetype i = 0; i < fixes.size(); ++i) {
        QAction *action = menu.addAction(
            QStringLiteral("%1  [%2]").arg(FixApplier::describe(fixes.at(i)), fixes.at(i).code));
        action->setData(int(i));
    }
    const QRect where = m_editor->cursorRect();
    QAction *chosen = menu.exec(m_editor->viewport()->mapToGlobal(where.bottomLeft()));
    return chosen ? chosen->data().toInt() : -1;
}

bool FixCommands::checkedIsCurrent()
{
    const auto last = m_render->last();
    if (m_session && last && last->analysis && m_render->offsets() &&
        last->analysis->document().bytes() == m_session->translationBytes())
        return true;
    m_render->schedule(true);
    emit statusMessage(tr("The page is being checked again; apply the fix in a moment"), 5000);
    return false;
}

Diagnostics FixCommands::liveFixes() const
{
    Diagnostics fixes;
    if (!m_session)
        return fixes;
    for (const Diagnostic &d : m_render->diagnostics()) {
        if (d.fix.isValid() && d.file == m_session->translationFile().relativePath)
            fixes.append(d);
    }
    return fixes;
}

Diagnostics FixCommands::fixesOnLine(int position) const
{
    Diagnostics found;
    const TextOffsets *offsets = m_render->offsets();
    if (!offsets)
        return found;
    const QTextBlock line = m_editor->document()->findBlock(position);
    for (const Diagnostic &d : liveFixes()) {
        const int begin = offsets->toText(d.begin >= 0 ? d.begin : d.fix.begin);
        if (begin >= line.position() && begin < line.position() + line.length())
            found.append(d);
    }
    return found;
}

bool FixCommands::applyAtCursor()
{
    return applyAtCursor([this](const Diagnostics &fixes) { return choose(fixes); });
}

bool FixCommands::applyAtCursor(const std::function<int(const Diagnostics &)> &chooser)
{
    if (!checkedIsCurrent())
        return false;
    const Diagnostics here = fixesOnLine(m_editor->textCursor().position());
    if (here.isEmpty()) {
        emit statusMessage(tr("No fix on this line"), 3000);
        return false;
    }
    const int chosen = here.size() > 1 && chooser ? chooser(here) : 0;
    return chosen >= 0 && chosen < here.size() && applyFixes({here.at(chosen)});
}

bool FixCommands::apply(const Diagnostic &d)
{
    if (!checkedIsCurrent())
        return false;
    // The panel's copy may be of an older check: the same fix in the latest one, nearest
    // to where it was.
    const Diagnostic *best = nullptr;
    for (const Diagnostic &live : liveFixes()) {
        if (live.code != d.code || live.fix.text != d.fix.text ||
            live.fix.original != d.fix.original)
            continue;
        if (!best ||
            std::abs(live.fix.begin - d.fix.begin) < std::abs(best->fix.begin - d.fix.begin))
            best = &live;
    }
    if (!best) {
        emit statusMessage(tr("This issue is gone from the page"), 3000);
        return false;
    }
    const Diagnostic chosen = *best;
    return applyFixes({chosen});
}

bool FixCommands::applyAllOfKind(const Diagnostic &d)
{
    if (!checkedIsCurrent())
        return false;
    Diagnostics same;
    for (const Diagnostic &live : liveFixes()) {
        if (live.code == d.code)
            same.append(live);
    }
    return applyFixes(same);
}

// The edits, last first, in one edit block of the document: one undo step.
bool FixCommands::applyFixes(const Diagnostics &fixes)
{
    const FixApplier::Plan plan = FixApplier::plan(m_session->translationBytes(), fixes);
    if (plan.edits.isEmpty()) {
        emit statusMessage(plan.refused.isEmpty()
                               ? tr("Nothing to fix")
                               : tr("Not fixed: %1").arg(plan.refused.first().reason),
                           5000);
        return false;
    }
    const TextOffsets &offsets = *m_render->offsets();
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    for (qsizetype i = plan.edits.size() - 1; i >= 0; --i) {
        const FixApplier::Edit &e = plan.edits.at(i);
        cursor.setPosition(offsets.toText(e.begin));
        cursor.setPosition(offsets.toText(e.end), QTextCursor::KeepAnchor);
        cursor.insertText(QString::fromUtf8(e.text));
    }
    cursor.endEditBlock();
    QString message = plan.applied.size() == 1
                          ? tr("Fixed: %1").arg(FixApplier::describe(plan.applied.first()))
                          : tr("Applied %1 fixes").arg(plan.applied.size());
    if (!plan.refused.isEmpty())
        message += tr("; %1 left for the next round (%2)")
                       .arg(plan.refused.size())
                       .arg(plan.refused.first().reason);
    emit statusMessage(message, 5000);
    return true;
}

} // namespace Tilmech
