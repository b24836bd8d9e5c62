#include "base/filereader.h"

#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace Tilmech {

namespace {

// What a file that is not a regular file is, in words a user knows.
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return FileReader::tr("a folder");
    if (S_ISFIFO(mode))
        return FileReader::tr("a named pipe (FIFO)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return FileReader::tr("a device");
    if (S_ISSOCK(mode))
        return FileReader::tr("a socket");
    return FileReader::tr("a special file");
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(1 << 20), 'f', bytes % (1 << 20) ? 1 : 0);
}

class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

} // namespace

// Opens `path` for reading as every file is read: returns the descriptor (the caller closes
// it) and its size, or -1 with the reason in `error`.
int FileReader::openChecked(const QString &path, QString *error, qint64 limit, qint64 *size)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return -1;
    };
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one;
    // O_NOFOLLOW: a link is refused by the open itself, so nothing can swap it in between.
    Descriptor fd(::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() < 0) {
        const int code = errno;
        struct stat st;
        if (code == ELOOP && ::lstat(native.constData(), &st) == 0 && S_ISLNK(st.st_mode)) {
            return fail(tr("%1 is a symbolic link; Tilmech does not follow links inside the site. "
                           "Replace the link with the file it points to")
                            .arg(path));
        }
        if (code == ENXIO && ::lstat(native.constData(), &st) == 0) {
            return fail(tr("%1 is %2, not a regular file; Tilmech reads only regular files. "
                           "Replace it with the file itself")
                            .arg(path, kindOf(st.st_mode)));
        }
        return fail(
            tr("Cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(code))));
    }
    struct stat st;
    if (::fstat(fd.get(), &st) != 0)
        return fail(
            tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    if (!S_ISREG(st.st_mode)) {
        return fail(tr("%1 is %2, not a regular file; Tilmech reads only regular files. "
                       "Replace it with the file itself")
                        .arg(path, kindOf(st.st_mode)));
    }
    const QString tooLarge = tr("%1 is larger than %2 MiB; Tilmech does not read files that "
                                "large. Check that it is the file you meant: pages and locale "
                                "files are far smaller")
                                 .arg(path, megabytes(limit));
    if (qint64(st.st_size) > limit)
        return fail(tooLarge);
    *size = qint64(st.st_size);
    return fd.release();
}

std::optional<QByteArray> FileReader::read(const QString &path, QString *error, qint64 limit)
{
    qint64 size = 0;
    const Descriptor fd(openChecked(path, error, limit, &size));
    if (fd.get() < 0)
        return std::nullopt;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString tooLarge = tr("%1 is larger than %2 MiB; Tilmech does not read files that "
                                "large. Check that it is the file you meant: pages and locale "
                                "files are far smaller")
                                 .arg(path, megabytes(limit));
    // Read to the end, however the size changes meanwhile, but never past the limit.
    QByteArray bytes;
    bytes.resize(qsizetype(size) + 1);
    qsizetype done = 0;
    for (;;) {
        if (done == bytes.size()) {
            if (done > limit)
                return fail(tooLarge);
            bytes.resize(std::min<qsizetype>(bytes.size() * 2, qsizetype(limit) + 1));
        }
        const ssize_t n = ::read(fd.get(), bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(
                tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        if (n == 0)
            break;
        done += n;
    }
    if (done > limit)
        return fail(tooLarge);
    bytes.truncate(done);
    return bytes;
}

std::unique_ptr<QFile> FileReader::open(const QString &path, QString *error, qint64 limit)
{
    qint64 size = 0;
    const int fd = openChecked(path, error, limit, &size);
    if (fd < 0)
        return nullptr;
    auto file = std::make_unique<QFile>();
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        if (error)
            *error = tr("Cannot open %1: %2").arg(path, file->errorString());
        return nullptr;
    }
    return file;
}

} // namespace Tilmech
