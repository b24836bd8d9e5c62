// libFuzzer target: the locale strings parser (value positions, maps, problems) and the
// minimal-diff editor on any bytes (yaml-cpp reads back what it writes); and the fast subset
// reader, which must read exactly as yaml-cpp wherever it does not decline.

#include "strings/catalog.h"
#include "strings/catalogeditor.h"
#include "strings/catalogyaml.h"
#include "strings/subsetyaml.h"

#include <QByteArray>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Tilmech;

namespace {

bool sameKey(const CatalogYaml::Key &a, const CatalogYaml::Key &b)
{
    return a.name == b.name && a.value == b.value && a.keyPos == b.keyPos &&
           a.valuePos == b.valuePos && a.keyLine == b.keyLine && a.depth == b.depth &&
           a.kind == b.kind;
}

void checkSubsetReader(const QByteArray &bytes)
{
    const CatalogYaml::Result subset = SubsetYaml::read(bytes);
    if (subset.status == CatalogYaml::Result::Declined)
        return;
    const CatalogYaml::Result yaml =
        CatalogYaml::readWithYamlCpp(bytes, {Catalog::MaxKeys, Catalog::MaxTextBytes});
    bool same = subset.status == yaml.status && subset.keys.size() == yaml.keys.size();
    for (qsizetype i = 0; same && i < subset.keys.size(); ++i)
        same = sameKey(subset.keys[i], yaml.keys[i]);
    if (!same) {
        std::fprintf(stderr, "the subset reader and yaml-cpp differ on:\n%s\n",
                     bytes.toPercentEncoding(" \n:\"'#{}%").constData());
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkSubsetReader(bytes);
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
        checkSubsetReader(*edited);
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
