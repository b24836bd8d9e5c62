// libFuzzer target: the locale strings parser (value positions, maps, problems) and the
// minimal-diff editor on any bytes (yaml-cpp reads back what it writes).

#include "catalog.h"
#include "catalogeditor.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Tilmech;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto catalog = Catalog::fromBytes(bytes, QStringLiteral("ky.yml"), QStringLiteral("ky"));
    for (const Diagnostic &d : catalog->problems())
        (void)d.toText();
    if (!catalog->isValid())
        return 0;
    // Change the first string, add a new one, and parse the result again: it must still be
    // a catalog with the new values.
    QVector<CatalogEditor::Edit> edits{{"fuzz_added_key", "Жаңы \"маани\" # эмес: %{n}"}};
    const QVector<QByteArray> &keys = catalog->keys();
    if (!keys.isEmpty())
        edits.append({keys.first(), "өзгөртүлдү"});
    QString error;
    const std::optional<QByteArray> edited = CatalogEditor::apply(*catalog, edits, nullptr, &error);
    if (!edited)
        return 0;
    const auto again = Catalog::fromBytes(*edited, QStringLiteral("ky.yml"), QStringLiteral("ky"));
    for (const CatalogEditor::Edit &e : edits) {
        if (again->value(e.first) != e.second) {
            std::fprintf(stderr, "edited value of %s did not read back (%s) from:\n%s\n", e.first.constData(),
                         again->value(e.first).toPercentEncoding(" \n").constData(),
                         edited->toPercentEncoding(" \n:\"'#{}%").constData());
            std::abort();
        }
    }
    return 0;
}
