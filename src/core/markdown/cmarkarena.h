#pragma once

#include <cstddef>

struct cmark_mem;

namespace Tilmech {

// The memory of one cmark-gfm document. Parsing and rendering a page makes tens of
// thousands of small allocations (nodes, text, buffers) that all die with the document; from
// an arena each costs a pointer increment, and all are returned at once when the arena goes.
//
// cmark-gfm's allocator functions take no context, so the arena that serves them is the
// newest one alive on the calling thread: an arena lives on the stack, and a document must
// not be touched while a newer document exists on the same thread (CmarkDocument keeps to
// that: each lives inside one function).
//
// Under AddressSanitizer the bytes between blocks and the freed blocks are poisoned, so the
// fuzzers still catch overruns and use after free inside cmark-gfm and our node edits.
class CmarkArena
{
public:
    CmarkArena();
    ~CmarkArena();
    CmarkArena(const CmarkArena &) = delete;
    CmarkArena &operator=(const CmarkArena &) = delete;

    // The allocator to give cmark_parser_new_with_mem.
    static cmark_mem *mem();

    // Blocks up to this size come from the arena's chunks; a freed one is given back only
    // when it was the newest. Larger blocks (a long text, the HTML being written) are the
    // system's own and go back when freed, so rewriting a long text many times does not make
    // the arena grow.
    static constexpr size_t SmallLimit = 4096;

    // Bytes this arena holds from the system now: its chunks and its live large blocks.
    size_t held() const { return m_held; }

private:
    struct Chunk;
    struct Large;

    void *allocate(size_t bytes);
    void *resize(void *block, size_t bytes);
    void release(void *block);
    bool isNewest(const void *block, size_t size) const;
    void newChunk();
    void *allocateLarge(size_t bytes);
    void link(Large *large);
    void unlink(Large *large);

    static void *callocate(size_t count, size_t size);
    static void *reallocate(void *block, size_t size);
    static void deallocate(void *block);

    Chunk *m_chunk = nullptr; // the newest; each links to the one before
    Large *m_large = nullptr; // the live large blocks
    size_t m_held = 0;
    CmarkArena *m_outer; // the arena that served this thread before this one
};

} // namespace Tilmech
