#include "recovery/recoverystore.h"

#include "base/filereader.h"
#include "base/filewriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <algorithm>

namespace Tilmech {

namespace {

constexpr int FormatVersion = 1;

QString canonicalRoot(const QString &siteRoot)
{
    const QString canonical = QDir(siteRoot).canonicalPath();
    return canonical.isEmpty() ? QDir::cleanPath(QDir(siteRoot).absolutePath()) : canonical;
}

} // namespace

bool RecoveryStore::Entry::sameWork(const Entry &other) const
{
    return kind == other.kind && siteRoot == other.siteRoot && file == other.file &&
           language == other.language && page == other.page && bytes == other.bytes &&
           strings == other.strings && baseSha256 == other.baseSha256;
}

RecoveryStore::RecoveryStore(const QString &folder) : m_folder(folder) {}

QString RecoveryStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString RecoveryStore::pathFor(const QString &siteRoot, const QString &file) const
{
    const QByteArray id =
        QCryptographicHash::hash((canonicalRoot(siteRoot) + QLatin1Char('\n') + file).toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex();
    return m_folder + QLatin1Char('/') + QString::fromLatin1(id) + QStringLiteral(".json");
}

bool RecoveryStore::write(const Entry &entry, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = tr("Cannot create the recovery folder %1").arg(m_folder);
        return false;
    }
    QJsonObject strings;
    for (auto it = entry.strings.cbegin(); it != entry.strings.cend(); ++it)
        strings.insert(QString::fromUtf8(it.key()), QString::fromUtf8(it.value()));
    const QJsonObject json{
        {QStringLiteral("format"), FormatVersion},
        {QStringLiteral("kind"),
         entry.kind == Entry::Kind::Page ? QStringLiteral("page") : QStringLiteral("strings")},
        {QStringLiteral("site"), canonicalRoot(entry.siteRoot)},
        {QStringLiteral("file"), entry.file},
        {QStringLiteral("language"), entry.language},
        {QStringLiteral("page"), entry.page},
        // Base64: the exact bytes, whatever their encoding and line ends.
        {QStringLiteral("bytes"), QString::fromLatin1(entry.bytes.toBase64())},
        {QStringLiteral("strings"), strings},
        {QStringLiteral("base"), QString::fromLatin1(entry.baseSha256)},
        {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    const QString path = pathFor(entry.siteRoot, entry.file);
    return FileWriter::save(path, QJsonDocument(json).toJson(QJsonDocument::Compact), error);
}

void RecoveryStore::remove(const QString &siteRoot, const QString &file) const
{
    QFile::remove(pathFor(siteRoot, file));
}

QVector<RecoveryStore::Entry> RecoveryStore::entries(const QString &siteRoot) const
{
    QVector<Entry> found;
    const QString root = canonicalRoot(siteRoot);
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        // A copy holds a page of at most FileReader::MaxBytes, which JSON escaping can grow
        // up to six times (\uXXXX).
        const std::optional<QByteArray> bytes =
            FileReader::read(dir.filePath(name), nullptr, 6 * FileReader::MaxBytes + 4096);
        if (!bytes)
            continue;
        const QJsonObject json = QJsonDocument::fromJson(*bytes).object();
        if (json[QStringLiteral("format")].toInt() != FormatVersion ||
            json[QStringLiteral("site")].toString() != root)
            continue;
        Entry e;
        e.kind = json[QStringLiteral("kind")].toString() == QLatin1String("strings")
                     ? Entry::Kind::Strings
                     : Entry::Kind::Page;
        e.siteRoot = root;
        e.file = json[QStringLiteral("file")].toString();
        e.language = json[QStringLiteral("language")].toString();
        e.page = json[QStringLiteral("page")].toString();
        e.bytes = QByteArray::fromBase64(json[QStringLiteral("bytes")].toString().toLatin1());
        const QJsonObject strings = json[QStringLiteral("strings")].toObject();
        for (auto it = strings.begin(); it != strings.end(); ++it)
            e.strings.insert(it.key().toUtf8(), it.value().toString().toUtf8());
        e.baseSha256 = json[QStringLiteral("base")].toString().toLatin1();
        e.saved =
            QDateTime::fromString(json[QStringLiteral("saved")].toString(), Qt::ISODateWithMs);
        e.path = dir.filePath(name);
        if (e.file.isEmpty() || (e.kind == Entry::Kind::Page && e.page.isEmpty()))
            continue;
        found.append(e);
    }
    std::sort(found.begin(), found.end(),
              [](const Entry &a, const Entry &b) { return a.saved < b.saved; });
    return found;
}

} // namespace Tilmech
