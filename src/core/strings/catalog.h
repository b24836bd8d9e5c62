#pragma once

#include "base/diagnostic.h"
#include "strings/catalogyaml.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>
#include <memory>
#include <string>

namespace Tilmech {

// The locale strings of one language: `i18n/<lang>.yml`, one root key (the language)
// mapping string ids to text, read by CatalogYaml. Nested maps are flattened to dotted keys
// in file order. Loading never refuses a usable file: duplicate keys (the last one wins, as
// on the live site) and a wrong root key are reported in problems() and the strings are
// still there. A file that is not valid YAML loads empty and invalid, with the error's line
// and column, and is never written back (CatalogEditor refuses it).
//
// Besides the values, the catalog keeps the file's bytes and where each value is written,
// so that CatalogEditor can change one value by rewriting only its own bytes.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    struct Entry
    {
        QByteArray value;         // UTF-8
        int line = 0;             // line of the key in the file
        qsizetype lineStart = 0;  // start of the key's line
        qsizetype valueBegin = 0; // the value as written (quotes included)
        qsizetype valueEnd = 0;
        qsizetype entryEnd = 0; // after the line break that ends the entry
        int indent = 0;         // column of the key (bytes)
        char style = 0;         // '\'', '"', '|', '>', 0 for plain, 'n' for no value
    };

    // A nested map (the root language map has the empty prefix).
    struct Map
    {
        int line = 0;
        qsizetype keyLineEnd = 0; // after the line of the map's own key
        qsizetype end = 0;        // after the last line of its last entry
        int childIndent = -1;     // column of its keys, -1 while it has none
    };

    static std::shared_ptr<const Catalog> load(const QString &path);
    static std::shared_ptr<const Catalog>
    fromBytes(const QByteArray &bytes, const QString &fileName, const QString &expectedLanguage);

    const QString &fileName() const { return m_fileName; }
    // Which reading of a file this is: each catalog read gets a number of its own, so a
    // cache keyed by it never serves a reloaded catalog (which may take the memory of the
    // old one) what was made from the old strings. A copy keeps the number: same strings.
    quint64 serial() const { return m_serial; }
    const QString &rootKey() const { return m_rootKey; }
    bool isValid() const { return m_valid; }
    // Why the file, though readable, cannot be edited line by line (empty when it can).
    const QString &editProblem() const { return m_editProblem; }
    const Diagnostics &problems() const { return m_problems; }
    const QByteArray &bytes() const { return m_bytes; }
    // The line break the file uses ("\n" or "\r\n").
    QByteArray lineBreak() const
    {
        return m_crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    }
    qsizetype bodyStart() const { return m_bomLength; }

    bool contains(const QByteArray &key) const { return m_entries.contains(key); }
    const Entry *entry(const QByteArray &key) const;
    QByteArray value(const QByteArray &key) const;
    const QVector<QByteArray> &keys() const { return m_order; }
    qsizetype size() const { return m_order.size(); }
    const Map *map(const QByteArray &prefix) const;

    // What loading refuses to make: the keys and bytes (keys and values) of the flattened
    // strings, aliases expanded. Far above any real catalog, far below what exhausts memory.
    static constexpr qsizetype MaxKeys = 500000;
    static constexpr qsizetype MaxTextBytes = 64 * 1024 * 1024;

private:
    static quint64 nextSerial();
    void parse(const QString &expectedLanguage);
    // The phases of parse(), in order.
    bool readText();
    bool acceptDocument(const CatalogYaml::Result &read);
    void walkKeys(const QVector<CatalogYaml::Key> &keys, const QString &expectedLanguage);
    void closeMaps(QVector<QByteArray> &prefixes, int depth);
    void reportExtraRoot(const CatalogYaml::Key &key);
    void readRoot(const CatalogYaml::Key &key, const QString &expectedLanguage);
    void readKey(const CatalogYaml::Key &key, qsizetype keyPos, const QByteArray &parentPrefix);
    void refuseKey(const CatalogYaml::Key &key, const QString &message);
    void addMap(const CatalogYaml::Key &key, qsizetype keyPos, const QByteArray &parentPrefix,
                const QByteArray &childPrefix);
    Entry readEntry(const CatalogYaml::Key &key, const QByteArray &fullKey, qsizetype keyPos);
    void readValue(const CatalogYaml::Key &key, const QByteArray &fullKey, Entry &entry);
    void addEntry(const QByteArray &fullKey, const Entry &entry, const QByteArray &parentPrefix);
    qsizetype filePosition(qsizetype pos) const;
    // Drops what was read and reports a file that expands past MaxKeys or MaxTextBytes.
    void refuseExpansion(int line);
    void addProblem(Diagnostic::Severity severity, const QString &code, const QString &message,
                    int line, int column = 0);

    QString m_fileName;
    quint64 m_serial = nextSerial();
    QString m_rootKey;
    QByteArray m_bytes;
    qsizetype m_bomLength = 0;
    bool m_crlf = false;
    bool m_valid = false;
    QString m_editProblem;
    QHash<QByteArray, Entry> m_entries;
    QHash<QByteArray, Map> m_maps;
    QVector<QByteArray> m_order;
    Diagnostics m_problems;
};

} // namespace Tilmech
