#include "base/filewriter.h"

#include "base/filereader.h"
#include "base/sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <sys/stat.h>
#include <unistd.h>

namespace Tilmech {

namespace {

bool writeAll(QFileDevice &file, const QByteArray &bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            return false; // a short write is followed by one that says why
        done += n;
    }
    return true;
}

QString reason(const QFileDevice &file)
{
    return file.errorString().isEmpty() ? FileWriter::tr("unknown error") : file.errorString();
}

bool isInside(const QString &path, const QString &root)
{
    const QString folder = QDir(QFileInfo(path).absolutePath()).canonicalPath();
    const QString top = QDir(root).canonicalPath();
    return !folder.isEmpty() && !top.isEmpty() &&
           (folder == top || folder.startsWith(top + QLatin1Char('/')));
}

// Why `path` must not be written now (empty when it may): the rules every save keeps.
// `existing` receives the file's status when there is a file.
QString refusal(const QString &path, const SaveOptions &options, struct stat *existing,
                bool *exists)
{
    const QByteArray native = QFile::encodeName(path);
    *exists = ::lstat(native.constData(), existing) == 0;
    if (*exists && S_ISLNK(existing->st_mode)) {
        return FileWriter::tr(
                   "%1 is a symbolic link; Tilmech does not write through links (the "
                   "file it points to may be outside the site). Nothing was written: "
                   "replace the link with the file itself, or edit that file where it is")
            .arg(path);
    }
    if (*exists && !S_ISREG(existing->st_mode)) {
        return FileWriter::tr("%1 is not a regular file (a folder, pipe or device); nothing was "
                              "written over it")
            .arg(path);
    }
    if (!options.siteRoot.isEmpty() && !isInside(path, options.siteRoot)) {
        return FileWriter::tr("%1 is outside the site folder %2 (a folder on its way is a symbolic "
                              "link); Tilmech writes only inside the site. Nothing was written")
            .arg(path, options.siteRoot);
    }
    if (*exists && !(existing->st_mode & S_IWUSR) && !options.replaceReadOnly) {
        return FileWriter::tr("%1 is read-only (its owner may not write it), so Tilmech does not "
                              "write over it. Make it writable (chmod u+w) if it is meant to be "
                              "edited, or keep your text elsewhere")
            .arg(path);
    }
    if (options.expectedSha256 && *exists) {
        const std::optional<QByteArray> now = FileReader::read(path, nullptr);
        if (options.expectedSha256->isEmpty() || !now ||
            Sha256::hex(*now) != *options.expectedSha256) {
            return FileWriter::tr(
                       "%1 changed on disk since Tilmech read it (another program wrote "
                       "it); it was not written over. Reload or compare it, then save again")
                .arg(path);
        }
    }
    return QString();
}

} // namespace

bool FileWriter::isReadOnly(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && !(st.st_mode & S_IWUSR);
}

bool FileWriter::save(const QString &path, const QByteArray &bytes, QString *error,
                      const SaveOptions &options)
{
    struct stat existing;
    bool exists = false;
    const QString refused = refusal(path, options, &existing, &exists);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, reason(file));
        return false;
    }
    if (exists) {
        // The new file takes the old one's group (where this user may give it) and then its
        // mode: changing the group clears the setgid bit, so the mode comes last.
        if (::fchown(file.handle(), uid_t(-1), existing.st_gid) != 0) {
            // Not a member of that group: the file keeps the group it was made with, as any
            // editor's copy would.
        }
        if (::fchmod(file.handle(), existing.st_mode & 07777) != 0) {
            if (error)
                *error = tr("Cannot write %1: its permissions cannot be kept").arg(path);
            file.cancelWriting();
            return false;
        }
    }
    if (!writeAll(file, bytes)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, reason(file));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, reason(file));
        return false;
    }
    return true;
}

bool FileWriter::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || !writeAll(file, bytes)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, reason(file));
        return false;
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, reason(file));
        return false;
    }
    return true;
}

} // namespace Tilmech
