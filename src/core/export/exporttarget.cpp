#include "export/exporttarget.h"

#include "base/filereader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <climits>
#include <cstring>
#include <dirent.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace Tilmech {

namespace {

constexpr int MaxLinks = 40; // as the kernel allows (ELOOP)

bool linkStatus(const QString &path, struct stat *status)
{
    return ::lstat(QFile::encodeName(path).constData(), status) == 0;
}

// The target of symbolic link `path`, as stored in the link.
QString linkTarget(const QString &path)
{
    QByteArray buffer(PATH_MAX, Qt::Uninitialized);
    const ssize_t size =
        ::readlink(QFile::encodeName(path).constData(), buffer.data(), size_t(buffer.size()));
    return size < 0 ? QString() : QFile::decodeName(buffer.left(size));
}

// `path` and `folder` are resolved absolute paths: whether `path` is `folder` or below it.
bool isWithin(const QString &path, const QString &folder)
{
    if (folder == QLatin1String("/"))
        return true;
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

// Whether a folder has no entries; read with the system's own calls, because Qt's listing
// leaves out names that are not valid UTF-8, and such a folder is not empty.
bool isEmptyFolder(const QString &folder)
{
    const std::unique_ptr<DIR, int (*)(DIR *)> dir(::opendir(QFile::encodeName(folder).constData()),
                                                   ::closedir);
    if (!dir)
        return false;
    while (const dirent *entry = ::readdir(dir.get())) {
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
            return false;
    }
    return true;
}

// The path as the user gave it, and where it really leads when that is elsewhere.
QString shown(const QString &given, const QString &resolved)
{
    const QString absolute = QDir::cleanPath(QDir::current().absoluteFilePath(given));
    return absolute == resolved ? given : ExportTarget::tr("%1 (which is %2)").arg(given, resolved);
}

} // namespace

QString ExportTarget::resolve(const QString &path, bool followLast)
{
    // Not QFileInfo::absoluteFilePath: it cleans ".." away before links are resolved, and the
    // system resolves "link/.." in the folder the link leads to.
    QString absolute = path;
    if (!absolute.startsWith(QLatin1Char('/')))
        absolute = QDir::currentPath() + QLatin1Char('/') + absolute;
    QStringList pending = absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList done; // resolved parts from the root, none a link
    int links = 0;
    while (!pending.isEmpty()) {
        const QString part = pending.takeFirst();
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!done.isEmpty())
                done.removeLast();
            continue;
        }
        const QString candidate =
            QLatin1Char('/') + (done + QStringList{part}).join(QLatin1Char('/'));
        struct stat status;
        const bool isLink = linkStatus(candidate, &status) && S_ISLNK(status.st_mode);
        if (!isLink || (pending.isEmpty() && !followLast)) {
            done.append(part); // a folder or file, or not there (yet): nothing below it is a link
            continue;
        }
        if (++links > MaxLinks)
            return QString();
        const QString target = linkTarget(candidate);
        if (target.isEmpty())
            return QString();
        if (target.startsWith(QLatin1Char('/')))
            done.clear();
        pending = target.split(QLatin1Char('/'), Qt::SkipEmptyParts) + pending;
    }
    return QLatin1Char('/') + done.join(QLatin1Char('/'));
}

bool ExportTarget::isBundle(const QString &folder)
{
    // The one reader refuses a manifest that is a link, a pipe or a device, whose reading
    // could hang or never end.
    const std::optional<QByteArray> manifest =
        FileReader::read(QDir(folder).filePath(QStringLiteral("manifest.json")), nullptr);
    if (!manifest)
        return false;
    const QJsonDocument json = QJsonDocument::fromJson(*manifest);
    return json.isObject() &&
           json[QStringLiteral("generator")].toString() == QLatin1String("Tilmech");
}

ExportTarget::Check ExportTarget::check(const QString &siteRoot, const QString &destination,
                                        const QString &zipFile)
{
    Check result;
    auto fail = [&](const QString &message) {
        result.error = message;
        return result;
    };
    if (destination.isEmpty())
        return fail(tr("no destination folder given"));
    const QString site = resolve(siteRoot, true);
    // Where the bundle goes, through every link: compared with the site. And the path that is
    // written: its last part kept, so that a link there is seen as a link.
    const QString leadsTo = resolve(destination, true);
    const QString written = resolve(destination, false);
    if (leadsTo.isEmpty() || written.isEmpty())
        return fail(tr("the symbolic links in %1 lead round in a loop; choose another folder")
                        .arg(destination));
    const QString target = shown(destination, leadsTo);
    if (leadsTo == site)
        return fail(tr("%1 is the site folder; export to a folder outside it").arg(target));
    if (isWithin(leadsTo, site))
        return fail(
            tr("%1 is inside the site folder %2; export to a folder outside it").arg(target, site));
    if (isWithin(site, leadsTo) || isWithin(site, written))
        return fail(
            tr("%1 holds the site folder %2, which the bundle would replace; export to a folder "
               "outside it")
                .arg(target, site));

    struct stat status;
    if (linkStatus(written, &status)) {
        if (S_ISLNK(status.st_mode))
            return fail(
                tr("%1 is a symbolic link; choose the folder it leads to, or another folder")
                    .arg(destination));
        if (!S_ISDIR(status.st_mode))
            return fail(
                tr("%1 exists and is not a folder; choose another destination").arg(destination));
        result.state = isEmptyFolder(written) ? State::Empty
                       : isBundle(written)    ? State::Bundle
                                              : State::Foreign;
    }
    result.destination = written;

    if (!zipFile.isEmpty()) {
        const QString zipLeadsTo = resolve(zipFile, true);
        const QString zipWritten = resolve(zipFile, false);
        if (zipLeadsTo.isEmpty() || zipWritten.isEmpty())
            return fail(tr("the symbolic links in %1 lead round in a loop; choose another zip file")
                            .arg(zipFile));
        const QString zip = shown(zipFile, zipLeadsTo);
        if (isWithin(zipLeadsTo, site) || isWithin(zipWritten, site))
            return fail(tr("the zip %1 would be written inside the site folder %2; choose a path "
                           "outside it")
                            .arg(zip, site));
        if (isWithin(site, zipLeadsTo))
            return fail(
                tr("the zip %1 holds the site folder %2; choose a path outside it").arg(zip, site));
        for (const QString &bundle : {leadsTo, written}) {
            if (isWithin(zipLeadsTo, bundle) || isWithin(zipWritten, bundle))
                return fail(
                    tr("the zip %1 would be written on the bundle folder %2 or inside it; choose a "
                       "path outside the bundle folder")
                        .arg(zip, bundle));
            if (isWithin(bundle, zipLeadsTo) || isWithin(bundle, zipWritten))
                return fail(tr("the zip %1 holds the bundle folder %2; choose a path outside the "
                               "bundle folder")
                                .arg(zip, bundle));
        }
        if (linkStatus(zipWritten, &status)) {
            if (S_ISLNK(status.st_mode))
                return fail(tr("the zip %1 is a symbolic link; choose a file name that is not one")
                                .arg(zipFile));
            if (S_ISDIR(status.st_mode))
                return fail(
                    tr("the zip %1 is a folder; choose a file name for the zip").arg(zipFile));
            if (!S_ISREG(status.st_mode))
                return fail(tr("the zip %1 exists and is not a regular file; choose another file "
                               "name for the zip")
                                .arg(zipFile));
        }
        result.zipFile = zipWritten;
    }
    result.ok = true;
    return result;
}

} // namespace Tilmech
