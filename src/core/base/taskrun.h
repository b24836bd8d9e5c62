#pragma once

#include <QFuture>
#include <QPromise>
#include <QVector>
#include <QtGlobal>
#include <functional>
#include <optional>

namespace Tilmech {

// The one way the core runs many independent tasks at once (a validation, an export):
// task(i) for every index of `order`, on a pool of `threads` threads (0: one per core), while
// the caller waits. Tasks start in the order given; each puts its result at its own index, so
// what comes out never depends on timing. Callers with a QPromise pass its isCanceled() as
// `stop` and its setProgressValue() as `done`, which is what the window's QFutureWatcher and
// the export dialog read.
class TaskRun
{
public:
    struct Hooks
    {
        std::function<bool()> stop; // asked before each task starts
        // After each task, on its thread: its index and the number of tasks done so far.
        std::function<void(qsizetype index, qsizetype done)> done;
        int threads = 0;
    };
    // Returns false when `stop` said so before every task had started.
    static bool run(const QVector<qsizetype> &order, const std::function<void(qsizetype)> &task,
                    const Hooks &hooks);
    static bool run(const QVector<qsizetype> &order, const std::function<void(qsizetype)> &task)
    {
        return run(order, task, Hooks());
    }

    // The indices of `weights`, heaviest first, equal weights in index order: started in this
    // order, no thread is left with a long task at the end while the others wait.
    static QVector<qsizetype> heaviestFirst(const QVector<qint64> &weights);
    // 0, 1, ..., count - 1.
    static QVector<qsizetype> inOrder(qsizetype count);

    // What a QPromise-driven job gives when the caller waits for it (tilmech-cli, tests):
    // run(promise) on the calling thread, then the promise's one result, or nothing when it
    // gave none.
    template <typename T, typename Run> static std::optional<T> waitFor(Run run)
    {
        QPromise<T> promise;
        QFuture<T> future = promise.future();
        promise.start();
        run(promise);
        promise.finish();
        if (future.resultCount() == 0)
            return std::nullopt;
        return future.resultAt(0);
    }
};

} // namespace Tilmech
