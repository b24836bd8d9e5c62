#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <memory>
#include <optional>

namespace Tilmech {

// Every file Tilmech reads goes through here, so that no input can block or flood it: only
// regular files are read (a FIFO would block every command, a device such as /dev/zero never
// ends), a symbolic link is not followed (links inside the site are neither read nor
// written), and a file over the size limit is refused before it is read. Each refusal names
// the file and says what to do, at once: nothing is opened in a way that can wait.
class FileReader
{
    Q_DECLARE_TR_FUNCTIONS(FileReader)

public:
    // Far above any page or locale file, far below what would strain the machine.
    static constexpr qint64 MaxBytes = qint64(64) << 20;

    static std::optional<QByteArray> read(const QString &path, QString *error,
                                          qint64 limit = MaxBytes);
    // The same checks, for a reader that streams the file rather than holding it whole (the
    // preview's file server): the file opened, or null with the reason in `error`.
    static std::unique_ptr<QFile> open(const QString &path, QString *error,
                                       qint64 limit = MaxBytes);

private:
    static int openChecked(const QString &path, QString *error, qint64 limit, qint64 *size);
};

} // namespace Tilmech
