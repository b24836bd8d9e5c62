// libFuzzer target: the locale strings parser (value positions, maps, problems) and the
// minimal-diff editor on any bytes (yaml-cpp reads back what it writes).

#include "strings/catalog.h"
#include "strings/catalogeditor.h"

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
    // Change the first string in place; then also add a new one. Each result, parsed again,
    // must hold the new values and every other string as it was.
    const QVector<QByteArray> &keys = catalog->keys();
    QVector<QVector<CatalogEditor::Edit>> attempts;
    if (!keys.isEmpty())
        attempts.append(QVector<CatalogEditor::Edit>{{keys.first(), "өзгөртүлдү: \"бир\" # эки"}});
    attempts.append(
        QVector<CatalogEditor::Edit>{{"fuzz_added_key", "Жаңы \"маани\" # эмес: %{n}"}});
    if (!keys.isEmpty())
        attempts.last().append({keys.last(), "акыркы"});
    for (const QVector<CatalogEditor::Edit> &edits : qAsConst(attempts)) {
        QString error;
        const std::optional<QByteArray> edited =
            CatalogEditor::apply(*catalog, edits, nullptr, &error);
        if (!edited)
            continue;
        const auto again =
            Catalog::fromBytes(*edited, QStringLiteral("ky.yml"), QStringLiteral("ky"));
        QHash<QByteArray, QByteArray> expected;
        for (const QByteArray &key : keys)
            expected.insert(key, catalog->value(key));
        for (const CatalogEditor::Edit &e : edits)
            expected.insert(e.first, e.second);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (again->value(it.key()) != it.value() || !again->entry(it.key())) {
                std::fprintf(stderr, "value of %s did not read back (%s) from:\n%s\n",
                             it.key().constData(),
                             again->value(it.key()).toPercentEncoding(" \n").constData(),
                             edited->toPercentEncoding(" \n:\"'#{}%").constData());
                std::abort();
            }
        }
    }
    return 0;
}
