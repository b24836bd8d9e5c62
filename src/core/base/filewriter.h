#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Tilmech {

// What a save of a file of the site must respect besides writing the bytes.
struct SaveOptions
{
    // When set, the file's real folder must be this folder or inside it: a folder on the way
    // that is a symbolic link out of the site makes the save fail.
    QString siteRoot;
    // Write over a file its owner may not write (mode 444); the file stays read-only.
    bool replaceReadOnly = false;
    // When set, a file that is there must still be what was read (its SHA-256, hex), or,
    // when this is empty, there must be no file (a file that has gone is written again).
    // Checked right before the write; the caller holds a FileLock, so that the check and the
    // write are one step for every Tilmech process.
    std::optional<QByteArray> expectedSha256;
};

// Every file Tilmech writes goes through here. Writes are unbuffered and checked call by
// call: a disk that fills up, a file size limit or a device error midway makes the write fail
// with its reason rather than leave a short file that looks saved (a buffered QFileDevice can
// report success after a short final write).
class FileWriter
{
    Q_DECLARE_TR_FUNCTIONS(FileWriter)

public:
    // Replaces `path` atomically (QSaveFile): either the old file stays whole, or the new one
    // is there whole, with the old one's mode (setgid bit included) and group. Never writes
    // through a symbolic link, over something that is not a regular file, or over a
    // read-only file unless `options` allow it.
    static bool save(const QString &path, const QByteArray &bytes, QString *error,
                     const SaveOptions &options = SaveOptions());
    // Writes a new file in a folder only Tilmech uses (a bundle being built), not atomically.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);

    // Whether `path` is a file its owner may not write (it exists, and has no u+w bit).
    static bool isReadOnly(const QString &path);
};

} // namespace Tilmech
