// tilmech-bench-catalog: loading, indexing and saving after one edit the corpus' real
// en.yml (1.2 MB) and ky.yml (0.8 MB), against yaml-cpp's own parse of the same files, in
// the same run.
//
// Usage: tilmech-bench-catalog [--rounds N] [CORPUS_DIR]

#include "strings/catalog.h"
#include "strings/catalogeditor.h"
#include "strings/stringtable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <yaml-cpp/yaml.h>

using namespace Tilmech;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int rounds = 5;
    const qsizetype roundsAt = args.indexOf(QStringLiteral("--rounds"));
    if (roundsAt >= 0 && roundsAt + 1 < args.size()) {
        rounds = std::max(1, args.at(roundsAt + 1).toInt());
        args.remove(roundsAt, 2);
    }
    QString corpus = args.value(0, qEnvironmentVariable("TILMECH_CORPUS"));
    if (corpus.isEmpty())
        corpus = QStringLiteral(TILMECH_DEFAULT_CORPUS);
    QByteArray bytes[2];
    const char *names[2] = {"en", "ky"};
    for (int i = 0; i < 2; ++i) {
        QFile f(corpus + QStringLiteral("/hourofcode.com/i18n/") + QLatin1String(names[i]) +
                QStringLiteral(".yml"));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "tilmech-bench-catalog: cannot read %s\n",
                         qPrintable(f.fileName()));
            return 2;
        }
        bytes[i] = f.readAll();
    }
    QTemporaryDir dir;
    qint64 bare[2] = {0, 0}, load[2] = {0, 0}, save[2] = {0, 0}, index = 0;
    size_t sink = 0;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        std::shared_ptr<const Catalog> catalogs[2];
        for (int i = 0; i < 2; ++i) {
            timer.start();
            const YAML::Node node = YAML::Load(bytes[i].toStdString());
            bare[i] += timer.nsecsElapsed();
            sink += node.size();

            timer.start();
            catalogs[i] =
                Catalog::fromBytes(bytes[i], QString::fromLatin1(names[i]) + QStringLiteral(".yml"),
                                   QString::fromLatin1(names[i]));
            load[i] += timer.nsecsElapsed();
            sink += size_t(catalogs[i]->size());
        }
        timer.start();
        sink += size_t(StringTable::build(*catalogs[0], catalogs[1].get()).size());
        index += timer.nsecsElapsed();
        for (int i = 0; i < 2; ++i) {
            const QByteArray key = catalogs[i]->keys().at(catalogs[i]->size() / 2);
            timer.start();
            QString error;
            const std::optional<QByteArray> edited = CatalogEditor::apply(
                *catalogs[i], {{key, "Бир өзгөртүү: \"жаңы\" # маани"}}, catalogs[0].get(), &error);
            if (!edited || !CatalogEditor::write(
                               dir.filePath(QLatin1String(names[i]) + QStringLiteral(".yml")),
                               *edited, &error)) {
                std::fprintf(stderr, "tilmech-bench-catalog: %s\n", qPrintable(error));
                return 1;
            }
            save[i] += timer.nsecsElapsed();
        }
    }
    auto ms = [rounds](qint64 ns) { return ns / 1e6 / rounds; };
    for (int i = 0; i < 2; ++i) {
        std::printf(
            "%s.yml (%.0f KiB): yaml-cpp parse %.1f ms; load %.1f ms (%.2fx, goal at most 2.00x); "
            "save after one edit %.2f ms (%.3fx, goal at most 1.00x)\n",
            names[i], bytes[i].size() / 1024.0, ms(bare[i]), ms(load[i]), double(load[i]) / bare[i],
            ms(save[i]), double(save[i]) / bare[i]);
    }
    std::printf("index of both (strings table): %.1f ms\n", ms(index));
    std::fprintf(stderr, "(checksum %zu, %d rounds)\n", sink, rounds);
    return 0;
}
