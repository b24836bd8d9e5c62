#include "render/fileanalyses.h"

#include "analysis/pageanalysis.h"
#include "render/renderer.h"
#include "site/document.h"
#include "site/pagefile.h"

namespace Tilmech {

FileAnalyses::Entry FileAnalyses::get(const PageFile &file) const
{
    if (!file.isEnglish())
        return analyse(file);
    return m_english.get(file.relativePath, [&] { return analyse(file); });
}

FileAnalyses::Entry FileAnalyses::analyse(const PageFile &file) const
{
    Entry entry;
    std::optional<Document> doc = Document::load(file.absolutePath, &entry.error);
    if (!doc)
        return entry;
    doc->setFileName(file.relativePath);
    entry.analysis = m_renderer.analyse(std::move(*doc), file.variant, true);
    return entry;
}

} // namespace Tilmech
