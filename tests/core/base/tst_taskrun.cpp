// The core's one way of running tasks at once (TaskRun) and its one cache of shared work
// (OncePerKey): results in order whatever the timing, stopping, progress, and values made
// once per key however many threads ask.

#include "base/onceperkey.h"
#include "base/taskrun.h"

#include <QMutex>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <atomic>

using namespace Tilmech;

class TestTaskRun : public QObject
{
    Q_OBJECT

private slots:
    void resultsByIndex_data();
    void resultsByIndex();
    void heaviestFirst();
    void stopSkipsTasksNotStarted();
    void doneCountsEveryTask();
    void oncePerKeyMakesOnce();
    void oncePerKeyForgetAndShare();
};

void TestTaskRun::resultsByIndex_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("threads");
    QTest::newRow("nominal: many tasks, two threads") << 500 << 2;
    QTest::newRow("nominal: one thread") << 50 << 1;
    QTest::newRow("edge: no task") << 0 << 2;
    QTest::newRow("edge: more threads than tasks") << 3 << 8;
}

void TestTaskRun::resultsByIndex()
{
    QFETCH(int, count);
    QFETCH(int, threads);
    QVector<qsizetype> order;
    for (int i = count - 1; i >= 0; --i)
        order.append(i); // started last first: the results still land by index
    QVector<int> results(count, -1);
    TaskRun::Hooks hooks;
    hooks.threads = threads;
    QVERIFY(TaskRun::run(
        order, [&](qsizetype i) { results[i] = int(i) * 3; }, hooks));
    for (int i = 0; i < count; ++i)
        QCOMPARE(results[i], i * 3);
}

void TestTaskRun::heaviestFirst()
{
    QCOMPARE(TaskRun::heaviestFirst({5, 9, 1, 9, 0}), (QVector<qsizetype>{1, 3, 0, 2, 4}));
    QVERIFY(TaskRun::heaviestFirst({}).isEmpty());
}

void TestTaskRun::stopSkipsTasksNotStarted()
{
    QVector<qsizetype> order;
    for (int i = 0; i < 200; ++i)
        order.append(i);
    std::atomic<int> ran{0};
    TaskRun::Hooks hooks;
    hooks.threads = 1;
    hooks.stop = [&] { return ran.load() >= 10; };
    QVERIFY(!TaskRun::run(
        order, [&](qsizetype) { ++ran; }, hooks));
    QCOMPARE(ran.load(), 10);
}

void TestTaskRun::doneCountsEveryTask()
{
    QVector<qsizetype> order{0, 1, 2, 3, 4, 5, 6, 7};
    QMutex mutex;
    QVector<qsizetype> counts, indices;
    TaskRun::Hooks hooks;
    hooks.done = [&](qsizetype index, qsizetype done) {
        const QMutexLocker lock(&mutex);
        indices.append(index);
        counts.append(done);
    };
    QVERIFY(TaskRun::run(
        order, [](qsizetype) {}, hooks));
    std::sort(indices.begin(), indices.end());
    std::sort(counts.begin(), counts.end());
    QCOMPARE(indices, order);
    QCOMPARE(counts, (QVector<qsizetype>{1, 2, 3, 4, 5, 6, 7, 8}));
}

void TestTaskRun::oncePerKeyMakesOnce()
{
    OncePerKey<int> cache;
    std::atomic<int> made{0};
    QVector<qsizetype> order;
    for (int i = 0; i < 400; ++i)
        order.append(i);
    QVector<int> got(order.size());
    TaskRun::run(order, [&](qsizetype i) {
        const QString key = QString::number(i % 4);
        got[i] = cache.get(key, [&] {
            ++made;
            QThread::msleep(2); // others asking for the key meanwhile wait
            return int(i % 4) + 100;
        });
    });
    QCOMPARE(made.load(), 4);
    for (int i = 0; i < got.size(); ++i)
        QCOMPARE(got[i], i % 4 + 100);
}

void TestTaskRun::oncePerKeyForgetAndShare()
{
    OncePerKey<int> first;
    int made = 0;
    auto make = [&] { return ++made; };
    QCOMPARE(first.get(QStringLiteral("a"), make), 1);
    QCOMPARE(first.get(QStringLiteral("a"), make), 1);
    OncePerKey<int> copy(first); // shares what was made
    QCOMPARE(copy.get(QStringLiteral("a"), make), 1);
    first.forget(QStringLiteral("a")); // in one copy only
    QCOMPARE(first.get(QStringLiteral("a"), make), 2);
    QCOMPARE(copy.get(QStringLiteral("a"), make), 1);
}

QTEST_GUILESS_MAIN(TestTaskRun)
#include "tst_taskrun.moc"
