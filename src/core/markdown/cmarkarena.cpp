#include "markdown/cmarkarena.h"

#include <QtGlobal>
#include <algorithm>
#include <cmark-gfm.h>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define TILMECH_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TILMECH_ASAN 1
#endif
#endif
#ifdef TILMECH_ASAN
#include <sanitizer/asan_interface.h>
#endif

namespace Tilmech {

namespace {

void poison(const void *at, size_t bytes)
{
#ifdef TILMECH_ASAN
    ASAN_POISON_MEMORY_REGION(at, bytes);
#else
    Q_UNUSED(at);
    Q_UNUSED(bytes);
#endif
}

void unpoison(const void *at, size_t bytes)
{
#ifdef TILMECH_ASAN
    ASAN_UNPOISON_MEMORY_REGION(at, bytes);
#else
    Q_UNUSED(at);
    Q_UNUSED(bytes);
#endif
}

constexpr size_t Align = 16;
constexpr size_t FirstChunk = 64 * 1024;
constexpr size_t LargestChunk = 1024 * 1024;
constexpr size_t SpareLimit = 1024 * 1024; // kept per thread between documents

size_t rounded(size_t bytes)
{
    return (std::max<size_t>(bytes, 1) + Align - 1) & ~(Align - 1);
}

// In front of every block: its requested size and whether it is a large one.
struct Header
{
    size_t size;
    size_t large;
};
static_assert(sizeof(Header) == Align);

Header headerOf(const void *block)
{
    const char *at = static_cast<const char *>(block) - sizeof(Header);
    Header header;
    unpoison(at, sizeof header);
    std::memcpy(&header, at, sizeof header);
    poison(at, sizeof header);
    return header;
}

void setHeader(void *block, Header header)
{
    char *at = static_cast<char *>(block) - sizeof(Header);
    unpoison(at, sizeof header);
    std::memcpy(at, &header, sizeof header);
    poison(at, sizeof header);
}

[[noreturn]] void outOfMemory(size_t bytes)
{
    qFatal("Markdown parser: %zu bytes of memory cannot be allocated", bytes);
}

thread_local CmarkArena *t_current = nullptr;

// Chunks left by finished documents, for the next one on the same thread: a page rendered
// per keystroke then takes no memory from the system for its small blocks.
struct Spares
{
    std::vector<void *> chunks;
    size_t bytes = 0;

    ~Spares()
    {
        for (void *chunk : chunks)
            std::free(chunk);
    }
};

thread_local Spares t_spares;

} // namespace

struct alignas(16) CmarkArena::Chunk
{
    Chunk *previous;
    size_t capacity; // bytes after this header
    size_t used;

    char *data() { return reinterpret_cast<char *>(this + 1); }
};

// A large block's own allocation starts with this, then its Header, then the block.
struct alignas(16) CmarkArena::Large
{
    Large *previous;
    Large *next;
    CmarkArena *owner; // a block is given back to the arena that holds it
    size_t size;

    void *block() { return reinterpret_cast<char *>(this + 1) + sizeof(Header); }
    static Large *of(void *block)
    {
        return reinterpret_cast<Large *>(static_cast<char *>(block) - sizeof(Header)) - 1;
    }
};

CmarkArena::CmarkArena() : m_outer(t_current)
{
    t_current = this;
}

CmarkArena::~CmarkArena()
{
    t_current = m_outer;
    while (m_large) {
        Large *next = m_large->next;
        std::free(m_large);
        m_large = next;
    }
    while (m_chunk) {
        Chunk *previous = m_chunk->previous;
        const size_t capacity = m_chunk->capacity;
        if (t_spares.bytes + capacity <= SpareLimit) {
            poison(m_chunk->data(), capacity);
            t_spares.chunks.push_back(m_chunk);
            t_spares.bytes += capacity;
        } else {
            unpoison(m_chunk->data(), capacity);
            std::free(m_chunk);
        }
        m_chunk = previous;
    }
}

cmark_mem *CmarkArena::mem()
{
    static cmark_mem allocator = {callocate, reallocate, deallocate};
    return &allocator;
}

void CmarkArena::newChunk()
{
    // Chunks double up to a megabyte, so a large page takes few of them.
    const size_t capacity = m_chunk ? std::min(m_chunk->capacity * 2, LargestChunk) : FirstChunk;
    Chunk *chunk = nullptr;
    for (size_t i = t_spares.chunks.size(); i-- > 0;) {
        auto *spare = static_cast<Chunk *>(t_spares.chunks[i]);
        if (spare->capacity >= capacity) {
            chunk = spare;
            t_spares.bytes -= spare->capacity;
            t_spares.chunks.erase(t_spares.chunks.begin() + std::ptrdiff_t(i));
            break;
        }
    }
    if (!chunk) {
        chunk = static_cast<Chunk *>(std::malloc(sizeof(Chunk) + capacity));
        if (!chunk)
            outOfMemory(capacity);
        chunk->capacity = capacity;
        poison(chunk->data(), capacity);
    }
    m_held += chunk->capacity;
    chunk->previous = m_chunk;
    chunk->used = 0;
    m_chunk = chunk;
}

void *CmarkArena::allocate(size_t bytes)
{
    if (bytes > SmallLimit)
        return allocateLarge(bytes);
    const size_t need = sizeof(Header) + rounded(bytes);
    if (!m_chunk || m_chunk->capacity - m_chunk->used < need)
        newChunk();
    char *block = m_chunk->data() + m_chunk->used + sizeof(Header);
    m_chunk->used += need;
    setHeader(block, {bytes, 0});
    unpoison(block, bytes);
    return block;
}

void *CmarkArena::allocateLarge(size_t bytes)
{
    if (bytes > SIZE_MAX / 2)
        outOfMemory(bytes);
    auto *large = static_cast<Large *>(std::malloc(sizeof(Large) + sizeof(Header) + bytes));
    if (!large)
        outOfMemory(bytes);
    large->size = bytes;
    link(large);
    setHeader(large->block(), {bytes, 1});
    return large->block();
}

void CmarkArena::link(Large *large)
{
    large->owner = this;
    large->previous = nullptr;
    large->next = m_large;
    if (m_large)
        m_large->previous = large;
    m_large = large;
    m_held += large->size;
}

void CmarkArena::unlink(Large *large)
{
    if (large->previous)
        large->previous->next = large->next;
    else
        m_large = large->next;
    if (large->next)
        large->next->previous = large->previous;
    m_held -= large->size;
}

bool CmarkArena::isNewest(const void *block, size_t size) const
{
    return m_chunk &&
           static_cast<const char *>(block) + rounded(size) == m_chunk->data() + m_chunk->used;
}

void *CmarkArena::resize(void *block, size_t bytes)
{
    if (!block)
        return allocate(bytes);
    const Header header = headerOf(block);
    if (header.large) {
        if (bytes > SIZE_MAX / 2)
            outOfMemory(bytes);
        Large *large = Large::of(block);
        CmarkArena *owner = large->owner;
        owner->unlink(large);
        auto *moved =
            static_cast<Large *>(std::realloc(large, sizeof(Large) + sizeof(Header) + bytes));
        if (!moved)
            outOfMemory(bytes);
        moved->size = bytes;
        owner->link(moved);
        setHeader(moved->block(), {bytes, 1});
        return moved->block();
    }
    // The newest small block (a buffer being appended to, most of the time) grows in place.
    if (bytes <= SmallLimit && isNewest(block, header.size)) {
        const size_t start = m_chunk->used - rounded(header.size);
        if (m_chunk->capacity - start >= rounded(bytes)) {
            m_chunk->used = start + rounded(bytes);
            setHeader(block, {bytes, 0});
            poison(block, rounded(header.size));
            unpoison(block, bytes);
            return block;
        }
    }
    void *moved = allocate(bytes);
    std::memcpy(moved, block, std::min(header.size, bytes));
    release(block);
    return moved;
}

void CmarkArena::release(void *block)
{
    if (!block)
        return;
    const Header header = headerOf(block);
    if (header.large) {
        Large *large = Large::of(block);
        large->owner->unlink(large);
        std::free(large);
        return;
    }
    if (isNewest(block, header.size))
        m_chunk->used -= sizeof(Header) + rounded(header.size);
    poison(block, rounded(header.size));
}

void *CmarkArena::callocate(size_t count, size_t size)
{
    if (!t_current)
        qFatal("Markdown parser: memory asked for outside a CmarkArena");
    if (size && count > SIZE_MAX / size)
        outOfMemory(SIZE_MAX);
    void *block = t_current->allocate(count * size);
    std::memset(block, 0, count * size);
    return block;
}

void *CmarkArena::reallocate(void *block, size_t size)
{
    if (!t_current)
        qFatal("Markdown parser: memory asked for outside a CmarkArena");
    return t_current->resize(block, size);
}

void CmarkArena::deallocate(void *block)
{
    if (t_current)
        t_current->release(block);
}

} // namespace Tilmech
