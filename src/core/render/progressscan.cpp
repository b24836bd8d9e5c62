#include "render/progressscan.h"

#include "analysis/alignment.h"
#include "analysis/pageanalysis.h"
#include "render/fileanalyses.h"
#include "site/project.h"

namespace Tilmech {

namespace {

// All of the English page's words left: a page with no translation yet.
TranslationProgress untranslated(const PageAnalysis &english)
{
    TranslationProgress p;
    p.known = true;
    for (const OutlineBlock &block : english.outline().blocks()) {
        const int words =
            block.kind == OutlineBlock::Kind::Code ? 0 : TranslationProgress::wordsIn(block.text);
        if (words == 0)
            continue;
        ++p.blocks;
        ++p.blocksLeft;
        p.words += words;
        p.wordsLeft += words;
    }
    return p;
}

} // namespace

QHash<QString, TranslationProgress> ProgressScan::run(const Project &project,
                                                      const Renderer &renderer,
                                                      const QString &language,
                                                      const TaskRun::Hooks &hooks)
{
    const QVector<Page> &pages = project.pages();
    QVector<TranslationProgress> found(pages.size());
    const FileAnalyses analyses(renderer);
    TaskRun::run(
        TaskRun::inOrder(pages.size()),
        [&](qsizetype i) {
            const Page &page = pages.at(i);
            const PageFile *translation = page.preferred(language);
            const PageFile *english = translation ? page.englishSourceFor(*translation)
                                                  : page.preferred(QStringLiteral("en"));
            if (!english)
                return;
            const auto source = analyses.get(*english).analysis;
            if (!source)
                return;
            if (!translation) {
                found[i] = untranslated(*source);
                return;
            }
            const auto target = analyses.get(*translation).analysis;
            if (target)
                found[i] = TranslationProgress::measure(*source, *target,
                                                        Alignment::align(*source, *target));
        },
        hooks);
    QHash<QString, TranslationProgress> result;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (found.at(i).known)
            result.insert(pages.at(i).name, found.at(i));
    }
    return result;
}

} // namespace Tilmech
