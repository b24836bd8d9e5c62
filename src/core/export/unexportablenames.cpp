#include "export/unexportablenames.h"

#include "base/utf8.h"

#include <QFile>
#include <algorithm>
#include <cstring>
#include <dirent.h>
#include <memory>
#include <sys/stat.h>

namespace Tilmech {

namespace {

Diagnostic finding(const QByteArray &path, bool folder, bool invalidUtf8, const QString &language)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.code = QStringLiteral("file-name-unexportable");
    d.file = UnexportableNames::readable(path);
    d.language = language;
    if (invalidUtf8)
        d.message =
            folder ? UnexportableNames::tr("This folder's name is not valid UTF-8, so the bundle "
                                           "leaves out everything in it; rename it in UTF-8")
                   : UnexportableNames::tr("This file's name is not valid UTF-8, so the bundle "
                                           "leaves it out; rename it in UTF-8");
    else
        d.message =
            folder ? UnexportableNames::tr("This folder's name holds a backslash, which links and "
                                           "zips read as a folder separator, so the bundle leaves "
                                           "out everything in it; rename it without one")
                   : UnexportableNames::tr("This file's name holds a backslash, which links and "
                                           "zips read as a folder separator, so the bundle leaves "
                                           "it out; rename it without one");
    return d;
}

// Walks `folder` (bytes, relative to `root`) without recursion: a deep tree cannot exhaust
// the stack.
void scan(const QByteArray &root, const QByteArray &folder, const QString &language,
          Diagnostics *found)
{
    QList<QByteArray> pending{folder};
    while (!pending.isEmpty()) {
        const QByteArray relative = pending.takeLast();
        const std::unique_ptr<DIR, int (*)(DIR *)> dir(
            ::opendir((root + '/' + relative).constData()), ::closedir);
        if (!dir)
            continue;
        QList<QByteArray> names;
        while (const dirent *entry = ::readdir(dir.get())) {
            if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
                names.append(QByteArray(entry->d_name));
        }
        std::sort(names.begin(), names.end()); // findings in a stable order
        for (const QByteArray &name : qAsConst(names)) {
            const QByteArray path = relative + '/' + name;
            struct stat status;
            if (::lstat((root + '/' + path).constData(), &status) != 0)
                continue;
            const bool folder = S_ISDIR(status.st_mode);
            const bool invalidUtf8 = Utf8::firstInvalid(name) >= 0;
            if (invalidUtf8 || name.contains('\\'))
                found->append(finding(path, folder, invalidUtf8, language));
            else if (folder)
                pending.append(path);
        }
    }
}

} // namespace

Diagnostics UnexportableNames::find(const QString &siteRoot, const QStringList &languages)
{
    Diagnostics found;
    const QByteArray root = QFile::encodeName(siteRoot);
    scan(root, "public", QStringLiteral("en"), &found);
    for (const QString &language : languages) {
        if (language != QLatin1String("en"))
            scan(root, "i18n/public/" + QFile::encodeName(language), language, &found);
    }
    return found;
}

QString UnexportableNames::readable(const QByteArray &name)
{
    QString text;
    QByteArrayView rest(name);
    while (!rest.isEmpty()) {
        const qsizetype bad = Utf8::firstInvalid(rest);
        if (bad < 0) {
            text += QString::fromUtf8(rest);
            break;
        }
        text += QString::fromUtf8(rest.first(bad));
        text += QStringLiteral("\\x") +
                QString::number(uchar(rest[bad]), 16).rightJustified(2, QLatin1Char('0')).toUpper();
        rest = rest.sliced(bad + 1);
    }
    return text;
}

} // namespace Tilmech
