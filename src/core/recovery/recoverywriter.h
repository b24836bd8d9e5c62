#pragma once

#include "recovery/recoverystore.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QVector>
#include <functional>

namespace Tilmech {

// Keeps the recovery copies of unsaved work up to date while typing goes on, without holding
// up the typing. A change schedules a snapshot at most Interval ms later, and changes made
// meanwhile join that snapshot instead of pushing it back (a throttle, not a debounce: under
// continuous typing a copy is still written every Interval ms, so no more than about that much
// typing is lost to a crash). Snapshots are taken on the caller's thread by a function the
// owner gives (the texts live there); the files are written on a thread of their own, one at
// a time, and a newer update of a file replaces one not yet written.
class RecoveryWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr int Interval = 250; // ms

    // What to do with the copy of one file: write the entry, or remove the copy.
    struct Update
    {
        RecoveryStore::Entry entry;
        bool remove = false;
    };
    using Snapshot = std::function<QVector<Update>()>;

    explicit RecoveryWriter(Snapshot snapshot, QObject *parent = nullptr);
    ~RecoveryWriter() override; // waits for the writes under way

    // The store written to; changing it first finishes the writes for the old one.
    const RecoveryStore &store() const { return m_store; }
    void setStore(const RecoveryStore &store);

    // A text changed: a snapshot is taken within Interval ms.
    void changed();
    // Takes a snapshot now and returns once it is on disk (saving, discarding, closing).
    void writeNow();
    // Removes the copy of one file, after any write of it under way; returns once removed.
    void remove(const QString &siteRoot, const QString &file);
    // Drops the scheduled snapshot (everything was saved or knowingly discarded).
    void cancelScheduled() { m_throttle.stop(); }
    // Returns once every update handed over so far is on disk.
    void waitForDone();

signals:
    // A copy could not be written; the next change tries again.
    void failed(const QString &error);

private:
    void enqueue(const QVector<Update> &updates);
    void drain(); // on the writing thread
    static QString keyOf(const RecoveryStore::Entry &entry);

    Snapshot m_snapshot;
    RecoveryStore m_store;
    QTimer m_throttle;
    QHash<QString, Update> m_handedOver; // the last update of each file (owner's thread only)

    QThreadPool m_pool; // one thread: the writes, in turn
    QMutex m_mutex;     // guards what follows, shared with the writing thread
    QHash<QString, Update> m_pending;
    bool m_draining = false;
};

} // namespace Tilmech
