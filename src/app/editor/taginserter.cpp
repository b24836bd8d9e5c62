#include "editor/taginserter.h"

#include "analysis/pageanalysis.h"
#include "base/textoffsets.h"
#include "editor/codeeditor.h"
#include "editor/panesync.h"
#include "preview/liverender.h"

#include <QMenu>
#include <QSet>

namespace Tilmech {

TagInserter::TagInserter(CodeEditor *translation, const LiveRender *render, QObject *parent)
    : QObject(parent), m_translation(translation), m_render(render)
{
}

QStringList TagInserter::choices() const
{
    QStringList choices;
    const auto last = m_render->last();
    if (!last || !last->source || !m_render->offsets())
        return choices;
    const PageAnalysis &page = *last->analysis;
    const PageAnalysis &source = *last->source;
    const int block = PaneSync::blockNear(
        page, m_render->offsets()->toBytes(m_translation->textCursor().position()));
    QVector<int> sourceBlocks;
    QSet<QByteArray> present;
    if (block >= 0) {
        if (const AlignedPair *pair =
                last->alignment ? last->alignment->forTranslation(block) : nullptr)
            sourceBlocks = pair->source;
        for (int t : page.outline().blocks().at(block).tags) {
            if (const PageTag *tag = page.tagForToken(t))
                present.insert(tag->canonical);
        }
    }
    // Missing tags first, each in the English order: the likeliest choice is the first.
    QStringList presentChoices;
    QSet<QByteArray> seen;
    for (const PageTag &tag : source.tags()) {
        if (tag.canonical.startsWith('#'))
            continue;
        const int b = source.outline().blockAt(source.tokens().at(tag.token).begin);
        if (!sourceBlocks.isEmpty() && !sourceBlocks.contains(b))
            continue;
        if (seen.contains(tag.canonical))
            continue;
        seen.insert(tag.canonical);
        if (present.contains(tag.canonical))
            presentChoices << QString::fromUtf8(tag.written);
        else
            choices << QString::fromUtf8(tag.written) + QStringLiteral("\n");
    }
    return choices + presentChoices;
}

void TagInserter::insert(int index)
{
    const QStringList all = choices();
    if (index < 0 || index >= all.size())
        return;
    QString text = all.at(index);
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    m_translation->textCursor().insertText(text);
    m_translation->setFocus();
}

void TagInserter::showMenu()
{
    const QStringList all = choices();
    QMenu menu(m_translation->window());
    if (all.isEmpty()) {
        menu.addAction(tr("No tags in the matching English block"))->setEnabled(false);
    }
    for (int i = 0; i < all.size(); ++i) {
        QString text = all.at(i);
        const bool missing = text.endsWith(QLatin1Char('\n'));
        if (missing)
            text.chop(1);
        QAction *action = menu.addAction(missing ? tr("%1    — missing here").arg(text) : text);
        if (missing) {
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
        }
        // The first choice is preselected: one Enter inserts it.
        if (i == 0)
            menu.setActiveAction(action);
        connect(action, &QAction::triggered, this, [this, i] { insert(i); });
    }
    const QRect cursor = m_translation->cursorRect();
    menu.exec(m_translation->viewport()->mapToGlobal(cursor.bottomLeft()));
}

} // namespace Tilmech
