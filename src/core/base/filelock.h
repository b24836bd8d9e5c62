#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace Tilmech {

// An advisory lock on one file of the site, held while it is read, changed and written, so
// that two Tilmech processes (two tilmech-cli runs, or the desktop program and a run) never
// write the same file from two different readings of it. The lock is a hidden file beside
// the file (`.ky.yml.lock` for `ky.yml`), which nothing that lists the site's pages,
// catalogs or assets picks up; a lock left by a process that died is taken over.
class FileLock
{
    Q_DECLARE_TR_FUNCTIONS(FileLock)

public:
    // How long to wait for another process's save to end before saying the file is busy.
    static constexpr int DefaultTimeoutMs = 5000;

    explicit FileLock(const QString &path);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    // False with *error when the file is busy: another process holds the lock past the
    // timeout. When no lock file can be made at all (a full disk, a folder this user may not
    // write) this returns true without one: a save in that folder cannot succeed either, and
    // then fails with its own reason, which says more than the lock's would.
    bool acquire(QString *error, int timeoutMs = DefaultTimeoutMs);
    // After a failed acquire(): another process held the lock.
    bool busy() const { return m_lock.error() == QLockFile::LockFailedError; }

    static QString lockPathFor(const QString &path);

private:
    QString m_path;
    QLockFile m_lock;
};

} // namespace Tilmech
