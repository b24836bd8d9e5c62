#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace Tilmech {

// Watches the files of the open texts on disk and says, a moment after the last notification,
// which of them may have changed. A file that does not exist (deleted, or a translation not
// yet saved) is watched through its folder, to see it appear. Coming back to the window also
// counts as a possible change of every file: not every file system reports changes.
class DiskWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DiskWatcher(QObject *parent = nullptr);

    // The files to watch from now on (absolute paths).
    void setFiles(const QStringList &files);
    // The files reported since the last call.
    QSet<QString> takeChanged() { return std::exchange(m_changed, {}); }

signals:
    // Some watched files may have changed: see takeChanged().
    void changed();

private:
    QFileSystemWatcher m_watcher;
    QStringList m_files;
    QSet<QString> m_changed;
    QTimer m_timer;
};

} // namespace Tilmech
