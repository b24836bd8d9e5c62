// tilmech-bench-preview: keystroke-to-updated-preview latency in the real main window (from
// the key event to the new DOM seen by a runJavaScript callback), on the corpus' press-kit
// page, the biggest corpus page and a generated page of about 1 MB, with the longest stall of
// the event loop while typing (the whole site's list live); and start-up of the real program
// to a window with its preview shown.
//
// Usage: tilmech-bench-preview [--keys N] [CORPUS_DIR]

#include "editor/codeeditor.h"
#include "issues/issuespanel.h"
#include "mainwindow.h"
#include "preview/previewview.h"
#include "preview/webenginesetup.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Tilmech;

namespace {

struct Figures
{
    double p50 = 0, p95 = 0, max = 0;
    int samples = 0;
    double stall = 0;     // the longest the event loop went without turning while typing, ms
    int siteFindings = 0; // in the whole site's list, live while typing
};

// The longest gap between two turns of the event loop while it runs: a 1 ms timer that
// notes how late each of its ticks comes.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, m_clock.nsecsElapsed() / 1e6);
            m_clock.restart();
        });
        m_clock.start();
        m_timer.start();
    }
    double longest() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
};

Figures figures(QVector<double> ms)
{
    Figures f;
    std::sort(ms.begin(), ms.end());
    f.samples = int(ms.size());
    if (ms.isEmpty())
        return f;
    auto at = [&](double q) {
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * (ms.size() - 1) + 0.5)));
    };
    f.p50 = at(0.5);
    f.p95 = at(0.95);
    f.max = ms.last();
    return f;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Types characters at the end of the page's first long paragraph and times each one until
// the preview's DOM has it.
Figures measure(MainWindow &window, const QString &page, int keys)
{
    const int opened = window.previewSerial();
    window.openPage(page);
    QElapsedTimer wait;
    wait.start();
    while (window.previewSerial() <= opened && wait.elapsed() < 60000)
        QTest::qWait(10);
    QTest::qWait(1000); // let the first checks of the page finish
    // The whole site's list, checked since the site opened, is live while the page is typed in.
    while (window.issuesPanel()->siteDiagnostics().isEmpty() && wait.elapsed() < 120000)
        QTest::qWait(50);
    CodeEditor *editor = window.translationEditor();
    QTextCursor cursor = editor->textCursor();
    const int paragraph = editor->toPlainText().indexOf(QStringLiteral("\n\n"), 400);
    cursor.setPosition(paragraph > 0 ? paragraph : editor->toPlainText().size());
    editor->setTextCursor(cursor);
    editor->setFocus();
    // The floor: a script that does nothing, there and back.
    QVector<double> floor;
    for (int i = 0; i < 20; ++i) {
        auto done = std::make_shared<bool>(false); // an answer after the wait writes nowhere
        QElapsedTimer t;
        t.start();
        window.preview()->evaluate(QStringLiteral("1"), [done](const QVariant &) { *done = true; });
        while (!*done && t.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents,
                                            5);
        floor.append(t.nsecsElapsed() / 1e6);
        QTest::qWait(30);
    }
    const Figures f = figures(floor);
    std::printf("(round trip of an empty script on %s: p50 %.1f ms, p95 %.1f ms)\n",
                qPrintable(page), f.p50, f.p95);
    QVector<double> latencies;
    const QString letters = QStringLiteral("тилмечкыргызча");
    const StallMeter stalls;
    for (int i = 0; i < keys; ++i) {
        const QString text(letters.at(i % letters.size()));
        const int before = window.previewSerial();
        QElapsedTimer timer;
        timer.start();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, text);
        QApplication::sendEvent(editor, &press);
        QApplication::sendEvent(editor, &release);
        while (window.previewSerial() <= before && timer.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents,
                                            5);
        latencies.append(timer.nsecsElapsed() / 1e6);
        QTest::qWait(30); // a typist's pause, for the checks to catch up
    }
    Figures result = figures(latencies);
    result.stall = stalls.longest();
    result.siteFindings = int(window.issuesPanel()->siteDiagnostics().size());
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    WebEngineSetup::prepare();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TilmechBench"));
    QStringList args = app.arguments().mid(1);
    int keys = 40;
    const qsizetype keysAt = args.indexOf(QStringLiteral("--keys"));
    if (keysAt >= 0 && keysAt + 1 < args.size()) {
        keys = std::max(5, args.at(keysAt + 1).toInt());
        args.remove(keysAt, 2);
    }
    QString corpus = args.value(0, qEnvironmentVariable("TILMECH_CORPUS"));
    if (corpus.isEmpty())
        corpus = QStringLiteral(TILMECH_DEFAULT_CORPUS);
    const QString site = corpus + QStringLiteral("/hourofcode.com");
    if (!QFileInfo(site).isDir()) {
        std::fprintf(stderr, "tilmech-bench-preview: no corpus at %s\n", qPrintable(site));
        return 2;
    }

    // A copy of the corpus with a generated page of about 1 MB (English and Kyrgyz).
    QTemporaryDir work;
    QDir(site).mkpath(QStringLiteral("."));
    QProcess::execute(QStringLiteral("cp"),
                      {QStringLiteral("-r"), site, work.filePath(QStringLiteral("site"))});
    const QString copy = work.filePath(QStringLiteral("site"));
    const QByteArray english = read(copy + QStringLiteral("/public/promote/press-kit.md"));
    const QByteArray kyrgyz = read(copy + QStringLiteral("/i18n/public/ky/promote/press-kit.md"));
    const qsizetype englishBody = english.indexOf("\n---\n", 4) + 5;
    const qsizetype kyrgyzBody = kyrgyz.indexOf("\n---\n", 4) + 5;
    QByteArray bigEnglish = english.left(englishBody), bigKyrgyz = kyrgyz.left(kyrgyzBody);
    while (bigKyrgyz.size() < 1024 * 1024) {
        bigEnglish += english.mid(englishBody) + "\n\n";
        bigKyrgyz += kyrgyz.mid(kyrgyzBody) + "\n\n";
    }
    write(copy + QStringLiteral("/public/promote/big.md"), bigEnglish);
    write(copy + QStringLiteral("/i18n/public/ky/promote/big.md"), bigKyrgyz);

    Figures press, big, biggest;
    {
        MainWindow window;
        window.resize(1500, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 2;
        window.openSite(copy);
        press = measure(window, QStringLiteral("promote/press-kit"), keys);
        biggest = measure(window, QStringLiteral("international-partners"), keys);
        big = measure(window, QStringLiteral("promote/big"), std::max(5, keys / 2));
        // Leave without questions about the edits.
        window.setAttribute(Qt::WA_DeleteOnClose, false);
    }

    // Start-up of the real program to its first preview, three times.
    QVector<double> startups;
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/tilmech");
    for (int run = 0; run < 3; ++run) {
        const QString ready = work.filePath(QStringLiteral("ready-%1").arg(run));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   work.filePath(QStringLiteral("config-%1").arg(run)));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(program, {copy, QStringLiteral("--ready-file"), ready});
        while (!QFile::exists(ready) && timer.elapsed() < 60000)
            QTest::qWait(5);
        startups.append(timer.nsecsElapsed() / 1e6);
        process.kill();
        process.waitForFinished(5000);
    }
    const Figures startup = figures(startups);

    std::printf("keystroke to updated preview, promote/press-kit (%lld KiB): p50 %.1f ms, p95 %.1f "
                "ms, max %.1f ms over %d keys (goal: p95 at most 50 ms)\n",
                static_cast<long long>(kyrgyz.size() / 1024), press.p50, press.p95, press.max,
                press.samples);
    std::printf("keystroke to updated preview, generated page (%lld KiB): p50 %.1f ms, p95 %.1f "
                "ms, max %.1f ms over %d keys (goal: p95 at most 250 ms)\n",
                static_cast<long long>(bigKyrgyz.size() / 1024), big.p50, big.p95, big.max,
                big.samples);
    std::printf("keystroke to updated preview, international-partners (the biggest corpus page): "
                "p50 %.1f ms, p95 %.1f ms over %d keys\n",
                biggest.p50, biggest.p95, biggest.samples);
    std::printf("longest event-loop stall while typing, with the site's list live (%d findings): "
                "press-kit %.1f ms, international-partners %.1f ms, 1 MB page %.1f ms (goal: at "
                "most 100 ms, no visible stall)\n",
                biggest.siteFindings, press.stall, biggest.stall, big.stall);
    std::printf("start-up to a window with its preview shown: median %.0f ms, max %.0f ms over 3 "
                "runs (goal: at most 1500 ms)\n",
                startup.p50, startup.max);
    std::printf("ratios to the goals: press-kit %.2f, 1 MB page %.2f, start-up %.2f (at most 1.00 "
                "meets the goal)\n",
                press.p95 / 50.0, big.p95 / 250.0, startup.max / 1500.0);
    return 0;
}
