#include "session/diskwatcher.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace Tilmech {

DiskWatcher::DiskWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(250); // a program saving a file may touch it several times
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        m_changed.insert(path);
        m_timer.start();
    });
    // A file deleted on disk is watched through its folder, to see it come back.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString &dir) {
        for (const QString &path : qAsConst(m_files)) {
            if (QFileInfo(path).path() == dir)
                m_changed.insert(path);
        }
        m_timer.start();
    });
    connect(&m_timer, &QTimer::timeout, this, &DiskWatcher::changed);
    // Coming back to the window, look again: not every file system reports changes.
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state != Qt::ApplicationActive || m_files.isEmpty())
                    return;
                for (const QString &path : qAsConst(m_files))
                    m_changed.insert(path);
                m_timer.start();
            });
}

void DiskWatcher::setFiles(const QStringList &files)
{
    m_files = files;
    // The files that exist, and the folders of those that do not (yet, or any more).
    QStringList wanted;
    for (const QString &path : files)
        wanted << (QFileInfo::exists(path) ? path : QFileInfo(path).path());
    wanted.removeDuplicates(); // a folder, or an English page open in two languages
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    for (const QString &path : watched) {
        if (!wanted.contains(path))
            m_watcher.removePath(path);
    }
    for (const QString &path : qAsConst(wanted)) {
        if (!watched.contains(path) && QFileInfo::exists(path))
            m_watcher.addPath(path);
    }
}

} // namespace Tilmech
