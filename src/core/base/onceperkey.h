#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <memory>
#include <mutex>

namespace Tilmech {

// Values worked out once per key by whichever thread asks first; threads asking for the same
// key meanwhile wait for that answer, and threads asking for other keys do not wait at all.
// The one cache of shared work in the core: loaded strings, page analyses shared by the pages
// of a validation or an export, folders made during an export. A copy shares the values made
// (and being made) so far; forgetting a key in one copy does not touch the other.
template <typename Value> class OncePerKey
{
public:
    OncePerKey() = default;
    OncePerKey(const OncePerKey &other) { share(other); }
    OncePerKey &operator=(const OncePerKey &other)
    {
        if (this != &other)
            share(other);
        return *this;
    }

    template <typename Make> Value get(const QString &key, Make make)
    {
        std::shared_ptr<Slot> slot;
        {
            const QMutexLocker lock(&m_mutex);
            std::shared_ptr<Slot> &entry = m_slots[key];
            if (!entry)
                entry = std::make_shared<Slot>();
            slot = entry;
        }
        std::call_once(slot->once, [&] { slot->value = make(); });
        return slot->value;
    }

    // The next get() of `key` makes the value again.
    void forget(const QString &key)
    {
        const QMutexLocker lock(&m_mutex);
        m_slots.remove(key);
    }

private:
    void share(const OncePerKey &other)
    {
        QHash<QString, std::shared_ptr<Slot>> copied;
        {
            const QMutexLocker lock(&other.m_mutex);
            copied = other.m_slots;
        }
        const QMutexLocker lock(&m_mutex);
        m_slots = std::move(copied);
    }

    struct Slot
    {
        std::once_flag once;
        Value value;
    };
    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<Slot>> m_slots;
};

} // namespace Tilmech
