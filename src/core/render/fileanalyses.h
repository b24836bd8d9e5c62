#pragma once

#include "base/onceperkey.h"

#include <QString>
#include <memory>

namespace Tilmech {

class PageAnalysis;
class Renderer;
struct PageFile;

// The analyses of the page files that one pass over a site reads (a validation, an export,
// a window's site-wide check). An English page is needed by itself and by every
// translation of it, in every language: it is read and analysed once, by the first task
// that needs it, and shared. A translation is needed once and is not kept. Thread-safe.
class FileAnalyses
{
public:
    explicit FileAnalyses(const Renderer &renderer) : m_renderer(renderer) {}

    struct Entry
    {
        std::shared_ptr<const PageAnalysis> analysis; // with its outline; null when unreadable
        QString error;                                // why the file could not be read
    };
    Entry get(const PageFile &file) const;

private:
    Entry analyse(const PageFile &file) const;

    const Renderer &m_renderer;
    mutable OncePerKey<Entry> m_english; // by relative path
};

} // namespace Tilmech
