#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

#include <memory>

namespace Tilmech {

// The locale strings of one language: `i18n/<lang>.yml`, one root key (the language)
// mapping string ids to text. Nested maps are flattened to dotted keys. Loading never
// refuses a usable file: duplicate keys (the last one wins, as on the live site) and a wrong
// root key are reported in problems() and the strings are still there. A file that is not
// valid YAML loads empty, with the error's line and column.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    struct Entry
    {
        QByteArray value; // UTF-8
        int line = 0;     // line of the key in the file
    };

    static std::shared_ptr<const Catalog> load(const QString &path);
    static std::shared_ptr<const Catalog> fromBytes(const QByteArray &bytes,
                                                    const QString &fileName,
                                                    const QString &expectedLanguage);

    const QString &fileName() const { return m_fileName; }
    const QString &rootKey() const { return m_rootKey; }
    bool isValid() const { return m_valid; }
    const Diagnostics &problems() const { return m_problems; }

    bool contains(const QByteArray &key) const { return m_entries.contains(key); }
    const Entry *entry(const QByteArray &key) const;
    QByteArray value(const QByteArray &key) const;
    const QVector<QByteArray> &keys() const { return m_order; }
    qsizetype size() const { return m_order.size(); }

private:
    void parse(const QByteArray &bytes, const QString &expectedLanguage);

    QString m_fileName;
    QString m_rootKey;
    bool m_valid = false;
    QHash<QByteArray, Entry> m_entries;
    QVector<QByteArray> m_order;
    Diagnostics m_problems;
};

} // namespace Tilmech
