#pragma once

#include "base/onceperkey.h"
#include "export/exporter.h"
#include "export/exporttarget.h"
#include "export/linkrewriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>
#include <QSet>
#include <QTemporaryDir>
#include <atomic>
#include <memory>
#include <optional>

namespace Tilmech {

class FileAnalyses;
class PageAnalysis;
struct PageFile;

// One export, phase by phase (Exporter says what an export makes and promises). Each phase
// returns false when the export stops there, with the reason in the result; nothing reaches
// the destination before the last phase.
class ExportRun
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    ExportRun(const Exporter::Parts &parts, const Exporter::Options &options,
              QPromise<Exporter::Result> &promise);
    ~ExportRun();
    Exporter::Result run();

private:
    struct Planned
    {
        QString language;
        const PageFile *file = nullptr;
        bool fallback = false; // the English file, shown because there is no translation
        QString output;
    };
    // What exporting one page gave.
    struct Outcome
    {
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        Diagnostics findings; // errors and warnings
        bool written = false;
        QString writeError;
        QJsonObject item; // the page's manifest entry
        QSet<QString> assets;
        QStringList broken;
    };

    bool fail(const QString &message);
    bool cancelled();
    void report(int done, const QString &what);
    bool checkOptions();
    bool judgeTarget();
    void plan();
    bool makeWorkFolder();
    bool exportPages();
    void exportPage(const Planned &p, Outcome &o);
    Diagnostics checkPage(const Planned &p, const PageAnalysis *analysis,
                          const PageAnalysis *source, const PageFile *sourceFile);
    void writePage(const Planned &p, const PageAnalysis &analysis, const PageAnalysis *source,
                   const PageFile *sourceFile, Outcome &o);
    bool gatherOutcomes();
    bool copyAssets();
    bool writeManifest();
    bool writeZipBeside();
    bool moveIntoPlace();
    bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

    const Exporter::Parts &m_parts;
    const Exporter::Options &m_options;
    QPromise<Exporter::Result> &m_promise;
    Exporter::Result m_result;
    QString m_siteRoot;
    ExportTarget::Check m_target;
    QString m_parentPath;
    bool m_destinationExists = false;
    QVector<Planned> m_planned;
    QHash<QString, QSet<QString>> m_pagesOf; // language → pages in the bundle
    int m_total = 0;                         // progress steps: the pages and the end
    std::unique_ptr<QTemporaryDir> m_work;
    OncePerKey<bool> m_folders; // folder path → made
    LinkRewriter::AssetLookups m_assetLookups;
    std::unique_ptr<FileAnalyses> m_analyses;
    // An English page stands for every language that has no translation of it, and is
    // checked once.
    OncePerKey<Diagnostics> m_englishFindings;
    std::atomic_bool m_stopRendering{false}; // an error was found and the export is not forced
    std::atomic_bool m_stopAll{false};       // cancelled, or a page could not be written
    QVector<Outcome> m_outcomes;
    QHash<QString, QSet<QString>> m_assetsOf;
    QJsonArray m_pageItems;
    QJsonArray m_assetItems;
    QString m_zipPartial;
};

} // namespace Tilmech
