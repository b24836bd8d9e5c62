#include "base/taskrun.h"

#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <atomic>
#include <numeric>

namespace Tilmech {

bool TaskRun::run(const QVector<qsizetype> &order, const std::function<void(qsizetype)> &task,
                  const Hooks &hooks)
{
    QThreadPool pool;
    pool.setMaxThreadCount(hooks.threads > 0 ? hooks.threads : QThread::idealThreadCount());
    std::atomic<qsizetype> done{0};
    std::atomic_bool stopped{false};
    for (const qsizetype index : order) {
        pool.start([&, index] {
            if (stopped.load() || (hooks.stop && hooks.stop())) {
                stopped = true;
                return;
            }
            task(index);
            const qsizetype count = ++done;
            if (hooks.done)
                hooks.done(index, count);
        });
    }
    pool.waitForDone();
    return !stopped.load();
}

QVector<qsizetype> TaskRun::inOrder(qsizetype count)
{
    QVector<qsizetype> order(count);
    std::iota(order.begin(), order.end(), qsizetype(0));
    return order;
}

QVector<qsizetype> TaskRun::heaviestFirst(const QVector<qint64> &weights)
{
    QVector<qsizetype> order = inOrder(weights.size());
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return weights[a] > weights[b]; });
    return order;
}

} // namespace Tilmech
