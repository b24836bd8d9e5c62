#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QVector>
#include <optional>

namespace Tilmech {

class Catalog;
class Project;

// Writes changes to a locale file as the smallest diff: each changed value is rewritten in
// place (only its own bytes and lines change), a new key is inserted where the English file
// orders it, and comments, key order, quoting style and line ends of everything else are
// left as they are. Values are quoted so that they read back exactly (quotes of both kinds,
// ": ", " #", leading indicators, surrounding spaces, several lines, HTML, %{name}, any
// Unicode); each written value is read back with yaml-cpp before the file is accepted.
class CatalogEditor
{
    Q_DECLARE_TR_FUNCTIONS(CatalogEditor)

public:
    using Edit = QPair<QByteArray, QByteArray>; // key, new value

    // The file's bytes with the edits applied, or nothing (and *error) when the catalog
    // cannot be edited safely (it did not parse, or a key names a map).
    static std::optional<QByteArray> apply(const Catalog &catalog, const QVector<Edit> &edits,
                                           const Catalog *english, QString *error);
    // Atomic write (QSaveFile), by FileWriter's rules (no links, read-only files refused).
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    // Applies the edits to the catalog of `language` as it is on disk now and writes it,
    // holding the catalog's FileLock from the reading to the writing: edits of two processes
    // made at the same time both land, one after the other. The written bytes, or nothing
    // (and *error: the file is busy, cannot be edited safely, is a link or is read-only;
    // *busy says which was the first). The project's copy of the catalog is dropped either
    // way, so that it is read again.
    static std::optional<QByteArray> update(const Project &project, const QString &language,
                                            const QVector<Edit> &edits, QString *error,
                                            bool *busy = nullptr);

    // A YAML scalar for `value`, in `style` ('\'', '"' or 0 for plain) when that style can
    // hold it, else in the simplest one that can.
    static QByteArray scalar(const QByteArray &value, char style = 0);
    static QByteArray key(const QByteArray &name);
};

} // namespace Tilmech
