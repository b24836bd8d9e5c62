#include "recovery/recoverywriter.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace Tilmech {

RecoveryWriter::RecoveryWriter(Snapshot snapshot, QObject *parent)
    : QObject(parent), m_snapshot(std::move(snapshot))
{
    m_pool.setMaxThreadCount(1);
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(Interval);
    m_throttle.setTimerType(Qt::PreciseTimer); // the interval is what a crash can cost
    connect(&m_throttle, &QTimer::timeout, this, [this] { enqueue(m_snapshot()); });
}

RecoveryWriter::~RecoveryWriter()
{
    m_pool.waitForDone();
}

void RecoveryWriter::setStore(const RecoveryStore &store)
{
    waitForDone();
    m_store = store;
    m_handedOver.clear();
}

void RecoveryWriter::changed()
{
    // Started by the first change only: later ones ride along instead of pushing it back.
    if (!m_throttle.isActive())
        m_throttle.start();
}

void RecoveryWriter::writeNow()
{
    m_throttle.stop();
    enqueue(m_snapshot());
    waitForDone();
}

void RecoveryWriter::remove(const QString &siteRoot, const QString &file)
{
    Update update;
    update.entry.siteRoot = siteRoot;
    update.entry.file = file;
    update.remove = true;
    enqueue({update});
    waitForDone();
}

void RecoveryWriter::waitForDone()
{
    m_pool.waitForDone();
}

QString RecoveryWriter::keyOf(const RecoveryStore::Entry &entry)
{
    return entry.siteRoot + QLatin1Char('\n') + entry.file;
}

void RecoveryWriter::enqueue(const QVector<Update> &updates)
{
    QMutexLocker lock(&m_mutex);
    for (const Update &update : updates) {
        const QString key = keyOf(update.entry);
        // A copy already written (or removed) as it is now needs no new write: a snapshot
        // holds every unsaved text, and most of them did not change since the last one.
        const auto last = m_handedOver.constFind(key);
        if (last != m_handedOver.cend() && last->remove == update.remove &&
            (update.remove || last->entry.sameWork(update.entry)))
            continue;
        m_handedOver.insert(key, update);
        m_pending.insert(key, update); // replaces an older update of the file not yet written
    }
    if (!m_draining && !m_pending.isEmpty()) {
        m_draining = true;
        m_pool.start([this] { drain(); });
    }
}

void RecoveryWriter::drain()
{
    for (;;) {
        Update update;
        {
            QMutexLocker lock(&m_mutex);
            if (m_pending.isEmpty()) {
                m_draining = false;
                return;
            }
            update = m_pending.take(m_pending.begin().key());
        }
        if (update.remove) {
            m_store.remove(update.entry.siteRoot, update.entry.file);
            continue;
        }
        QString error;
        if (m_store.write(update.entry, &error))
            continue;
        const QString key = keyOf(update.entry);
        QMetaObject::invokeMethod(
            this,
            [this, key, error] {
                m_handedOver.remove(key); // written again on the next change
                emit failed(error);
            },
            Qt::QueuedConnection);
    }
}

} // namespace Tilmech
