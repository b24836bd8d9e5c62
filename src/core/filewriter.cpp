#include "filewriter.h"

#include <QFile>
#include <QSaveFile>

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

} // namespace

bool FileWriter::save(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, reason(file));
        return false;
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
