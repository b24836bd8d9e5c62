#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Tilmech {

// Every file Tilmech writes goes through here. Writes are unbuffered and checked call by
// call: a disk that fills up, a file size limit or a device error midway makes the write fail
// with its reason rather than leave a short file that looks saved (a buffered QFileDevice can
// report success after a short final write).
class FileWriter
{
    Q_DECLARE_TR_FUNCTIONS(FileWriter)

public:
    // Replaces `path` atomically (QSaveFile): either the old file stays whole, or the new one
    // is there whole. Follows a symbolic link to the file it names.
    static bool save(const QString &path, const QByteArray &bytes, QString *error);
    // Writes a new file in a folder only Tilmech uses (a bundle being built), not atomically.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace Tilmech
