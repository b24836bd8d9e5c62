#include "catalog.h"

#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace Tilmech {

std::shared_ptr<const Catalog> Catalog::load(const QString &path)
{
    QFile file(path);
    const QString language = QFileInfo(path).completeBaseName();
    if (!file.open(QIODevice::ReadOnly)) {
        auto catalog = std::make_shared<Catalog>();
        catalog->m_fileName = path;
        Diagnostic d;
        d.code = QStringLiteral("strings-unreadable");
        d.message = tr("Cannot read the locale strings: %1").arg(file.errorString());
        d.file = path;
        catalog->m_problems.append(d);
        return catalog;
    }
    return fromBytes(file.readAll(), path, language);
}

std::shared_ptr<const Catalog> Catalog::fromBytes(const QByteArray &bytes,
                                                  const QString &fileName,
                                                  const QString &expectedLanguage)
{
    auto catalog = std::make_shared<Catalog>();
    catalog->m_fileName = fileName;
    catalog->parse(bytes, expectedLanguage);
    return catalog;
}

const Catalog::Entry *Catalog::entry(const QByteArray &key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() ? nullptr : &it.value();
}

QByteArray Catalog::value(const QByteArray &key) const
{
    const Entry *e = entry(key);
    return e ? e->value : QByteArray();
}

void Catalog::parse(const QByteArray &bytes, const QString &expectedLanguage)
{
    YAML::Node root;
    try {
        root = YAML::Load(std::string(bytes.constData(), size_t(bytes.size())));
    } catch (const YAML::Exception &e) {
        Diagnostic d;
        d.code = QStringLiteral("strings-yaml");
        d.message = tr("The locale strings are not valid YAML: %1; fix the file at this "
                       "place (quote values that contain \": \" or start with a special "
                       "character)")
                        .arg(QString::fromStdString(e.msg));
        d.file = m_fileName;
        d.line = e.mark.line + 1;
        d.column = e.mark.column + 1;
        m_problems.append(d);
        return;
    }
    m_valid = true;
    if (root.IsNull())
        return;
    if (!root.IsMap()) {
        Diagnostic d;
        d.code = QStringLiteral("strings-not-map");
        d.message = tr("The locale strings must be a map with the language as its only key");
        d.file = m_fileName;
        d.line = 1;
        m_problems.append(d);
        return;
    }

    // The first root key holds the strings; further root keys are reported.
    bool first = true;
    for (const auto &top : root) {
        const QString key = QString::fromStdString(top.first.as<std::string>(std::string()));
        const int line = top.first.Mark().line + 1;
        if (!first) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.code = QStringLiteral("strings-extra-root");
            d.message = tr("A second root key \"%1\": the site reads only the first one; move "
                           "its strings under \"%2:\"")
                            .arg(key, m_rootKey);
            d.file = m_fileName;
            d.line = line;
            m_problems.append(d);
            continue;
        }
        first = false;
        m_rootKey = key;
        if (!expectedLanguage.isEmpty() && key != expectedLanguage) {
            Diagnostic d;
            d.code = QStringLiteral("strings-wrong-root");
            d.message = tr("The root key is \"%1\" but the file is for language \"%2\"; "
                           "rename the first line to \"%2:\"")
                            .arg(key, expectedLanguage);
            d.file = m_fileName;
            d.line = line;
            m_problems.append(d);
        }

        // Flatten nested maps to dotted keys, depth first, keeping file order.
        struct Frame
        {
            YAML::Node node;
            QByteArray prefix;
        };
        QVector<Frame> stack{{top.second, QByteArray()}};
        while (!stack.isEmpty()) {
            const Frame frame = stack.takeLast();
            if (!frame.node.IsMap())
                continue;
            QVector<Frame> children;
            for (const auto &item : frame.node) {
                const std::string name = item.first.as<std::string>(std::string());
                const QByteArray fullKey =
                    frame.prefix + QByteArray(name.data(), qsizetype(name.size()));
                if (item.second.IsMap()) {
                    children.append({item.second, fullKey + '.'});
                    continue;
                }
                Entry entry;
                entry.line = item.first.Mark().line + 1;
                if (item.second.IsScalar()) {
                    const std::string &text = item.second.Scalar();
                    entry.value = QByteArray(text.data(), qsizetype(text.size()));
                }
                const auto existing = m_entries.find(fullKey);
                if (existing != m_entries.end()) {
                    Diagnostic d;
                    d.severity = Diagnostic::Severity::Warning;
                    d.code = QStringLiteral("strings-duplicate-key");
                    d.message = tr("The key \"%1\" is defined again (first on line %2); the "
                                   "site uses this last value, so delete the other one")
                                    .arg(QString::fromUtf8(fullKey))
                                    .arg(existing->line);
                    d.file = m_fileName;
                    d.line = entry.line;
                    m_problems.append(d);
                    *existing = entry;
                } else {
                    m_entries.insert(fullKey, entry);
                    m_order.append(fullKey);
                }
            }
            // Reverse so that the first child map is processed first.
            for (auto it = children.rbegin(); it != children.rend(); ++it)
                stack.append(*it);
        }
    }
}

} // namespace Tilmech
