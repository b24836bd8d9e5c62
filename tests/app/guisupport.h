#pragma once

// Shared by the GUI test suites.

#include "preview/previewview.h"
#include "preview/webenginesetup.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

namespace GuiSupport {

// The main() of a GUI test: the user's settings and data kept out of it, the preview's
// Chromium prepared before the application exists.
template <typename Test> int runTests(int argc, char *argv[], const char *name)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    qputenv("XDG_DATA_HOME", (config.path() + QStringLiteral("/data")).toUtf8());
    Tilmech::WebEngineSetup::prepare();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TilmechTests"));
    QApplication::setApplicationName(QString::fromLatin1(name));
    Test test;
    return QTest::qExec(&test, argc, argv);
}

// Types text into a widget key by key, as a keyboard would; QTest::keyClicks knows only
// ASCII, and translators type Kyrgyz.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            QTest::keyClick(widget, Qt::Key_Return);
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

// Answers the next modal dialog (a QMessageBox opened with exec()) as soon as it appears:
// `answer` gets the dialog and clicks one of its buttons.
inline void answerNextModal(const std::function<void(QWidget *)> &answer)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            answer(modal);
        }
    });
    poll->start();
}

// Runs a script in the preview and waits (10 s at most) for its answer, as text. The answer
// may come after the wait gives up: it goes to shared state, never to a frame that is gone.
inline QString evaluate(Tilmech::PreviewView *preview, const QString &script)
{
    struct Answer
    {
        QString result;
        bool done = false;
    };
    auto answer = std::make_shared<Answer>();
    preview->evaluate(script, [answer](const QVariant &v) {
        answer->result = v.toString();
        answer->done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!answer->done && timer.elapsed() < 10000)
        QTest::qWait(5);
    return answer->result;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace GuiSupport
