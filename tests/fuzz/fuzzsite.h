#pragma once

// The site the renderer and validator targets work in: a copy of the bundled sample site,
// made once per process in a temporary folder.

#include "site/project.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace FuzzSite {

inline std::shared_ptr<const Tilmech::Project> project()
{
    static QTemporaryDir dir;
    static std::shared_ptr<const Tilmech::Project> site = [] {
        const QString from = QStringLiteral(TILMECH_SOURCE_DIR "/resources/sample-site");
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString target = dir.filePath(QDir(from).relativeFilePath(path));
            QDir().mkpath(QFileInfo(target).path());
            QFile::copy(path, target);
        }
        QString error;
        auto opened = Tilmech::Project::open(dir.path(), &error);
        if (!opened) {
            std::fprintf(stderr, "fuzz: cannot open the sample site: %s\n", qPrintable(error));
            std::abort();
        }
        return opened;
    }();
    return site;
}

// A page variant from one byte of the input.
inline Tilmech::PageVariant variant(unsigned char byte)
{
    return static_cast<Tilmech::PageVariant>(byte % 4);
}

} // namespace FuzzSite
