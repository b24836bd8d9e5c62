#pragma once

#include "base/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPromise>
#include <QString>
#include <QStringList>
#include <memory>

namespace Tilmech {

class Project;
class Renderer;
class Validator;

// Exports the pages of one or more languages as an HTML bundle for upload:
// <out>/<lang>/<page>.html for every page (a page not translated yet is rendered from its
// English file, as the live site shows it), the local files the pages use (images, style
// sheets, documents) copied beside them, links between exported pages made relative, links
// to pages outside the bundle made absolute to the live site, a manifest.json, and on
// request a zip of the same. Pages with errors stop the export unless they are allowed (the
// manifest says so). Before anything is written, ExportTarget judges the destination and the
// zip: never the site or anything in it, never the bundle's own folder for the zip, and a
// folder Tilmech did not make only when its replacement is allowed. Files whose names a
// bundle cannot hold are reported as warnings. The bundle is built in a temporary folder
// next to the destination and swapped into place at the end: a cancelled or failed export
// leaves the destination as it was, and nothing is ever written outside it.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    struct Options
    {
        QStringList languages;
        QString destination;
        QString zipFile;             // empty: no zip
        bool allowErrors = false;    // export although pages have errors (the manifest says so)
        bool replaceForeign = false; // replace a non-empty folder that Tilmech did not make
        QString siteUrl = QStringLiteral("https://hourofcode.com");
        int threads = 0; // pages exported at once; 0: as many as the machine has cores
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        bool refusedForErrors = false;
        bool refusedForeignFolder = false;
        QString error; // why it failed, for people
        int pages = 0;
        int assets = 0;
        int errors = 0;
        int warnings = 0;
        int brokenLinks = 0;  // links left as unevaluated template text (forced exports)
        Diagnostics findings; // errors and warnings of the exported pages
        QString manifest;     // path of manifest.json
    };

    // What an export works with: the site, and the renderer and validator that serve it.
    struct Parts
    {
        std::shared_ptr<const Project> project;
        std::shared_ptr<const Renderer> renderer;
        std::shared_ptr<const Validator> validator;
    };

    Exporter(std::shared_ptr<const Project> project, std::shared_ptr<const Renderer> renderer,
             std::shared_ptr<const Validator> validator);

    // Exports on the calling thread (QtConcurrent::run gives it one of its own). The promise
    // gets the progress (pages exported, then one step for the files and the manifest, with
    // what is being done as its text) and stops the export when cancelled; its one result is
    // the Result, cancelled or not.
    void run(QPromise<Result> &promise, const Options &options) const;
    // The same, waited for, without progress or cancelling.
    Result run(const Options &options) const;
    // What a cancelled export gives.
    static Result cancelledResult();

    // The output path of a page in the bundle, relative to the bundle root.
    static QString outputPath(const QString &language, const QString &page);
    // `target` relative to the folder of `from` (both bundle paths, '/'-separated).
    static QString relativePath(const QString &from, const QString &target);

private:
    Parts m_parts;
};

} // namespace Tilmech
