#include "base/filelock.h"

#include <QDir>
#include <QFileInfo>

namespace Tilmech {

FileLock::FileLock(const QString &path) : m_path(path), m_lock(lockPathFor(path))
{
    // Saves take milliseconds: a lock this old belongs to a process that hangs or is gone.
    m_lock.setStaleLockTime(60000);
}

FileLock::~FileLock()
{
    if (m_lock.isLocked())
        m_lock.unlock();
}

QString FileLock::lockPathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".lock"));
}

bool FileLock::acquire(QString *error, int timeoutMs)
{
    if (m_lock.tryLock(timeoutMs) || !busy())
        return true;
    if (error) {
        qint64 pid = 0;
        QString host, application;
        m_lock.getLockInfo(&pid, &host, &application);
        *error = tr("%1 is busy: another program (%2, process %3) is saving it. Nothing was "
                    "changed; try again in a moment, or end that program if it hangs")
                     .arg(m_path, application.isEmpty() ? tr("unknown") : application)
                     .arg(pid);
    }
    return false;
}

} // namespace Tilmech
