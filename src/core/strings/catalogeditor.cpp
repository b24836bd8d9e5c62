// A little over 600 lines: reading a locale file's lines as a catalog does and writing edits
// as the smallest diff share the same line model; split, each half would need the other's.

#include "strings/catalogeditor.h"

#include "base/filelock.h"
#include "base/filewriter.h"
#include "site/project.h"
#include "strings/catalog.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cstring>
#include <sstream>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace Tilmech {

namespace {

// Scalars YAML 1.1 readers (Ruby's among them) take for booleans, null or numbers.
bool looksSpecial(const QByteArray &value)
{
    static const QRegularExpression special(
        QStringLiteral("^(?:y|n|yes|no|true|false|on|off|null|~|[-+]?(?:\\d[\\d_]*(?:\\.\\d*)?"
                       "(?:[eE][-+]?\\d+)?|\\.\\d+|0x[0-9a-fA-F_]+|0o?[0-7_]+|\\.inf|\\.nan)"
                       "|\\d+(?::\\d+)+|\\d{4}-\\d\\d?-\\d\\d?.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return special.match(QString::fromUtf8(value)).hasMatch();
}

bool hasControl(const QByteArray &value)
{
    for (const char c : value) {
        const uchar u = uchar(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

bool plainSafe(const QByteArray &value)
{
    if (value.isEmpty() || hasControl(value) || value.contains('\t'))
        return false;
    if (value.front() == ' ' || value.back() == ' ' || value.back() == ':')
        return false;
    static const char indicators[] = "-?:,[]{}#&*!|>'\"%@`";
    if (std::strchr(indicators, value.front()))
        return false;
    if (value.contains(": ") || value.contains(" #") || value.contains("\xEF\xBB\xBF"))
        return false;
    // Flow indicators are fine in block context, but keep values with them unambiguous.
    return !looksSpecial(value);
}

QByteArray singleQuoted(const QByteArray &value)
{
    QByteArray out = "'";
    for (const char c : value) {
        if (c == '\'')
            out += '\'';
        out += c;
    }
    return out + '\'';
}

QByteArray doubleQuoted(const QByteArray &value)
{
    QByteArray out = "\"";
    for (const char c : value) {
        const uchar u = uchar(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (u < 0x20 || u == 0x7f)
                out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

// Whether `text`, written after "k: ", reads back as `value`.
bool readsBack(const QByteArray &text, const QByteArray &value)
{
    try {
        const YAML::Node node = YAML::Load("k: " + text.toStdString());
        return node.IsMap() && node["k"].IsScalar() &&
               QByteArray::fromStdString(node["k"].Scalar()) == value;
    } catch (const YAML::Exception &) {
        return false;
    }
}

struct Change
{
    qsizetype position = 0;
    qsizetype removed = 0;
    QByteArray text;
    int order = 0; // keeps insertions at one position in English order
};

// Whether an entry is a single "key: value" line that nothing below continues: its value
// starts on the key's line, the next line that is not blank is indented no deeper than the
// key, and no lone carriage return (a line break to YAML, not to the line edit) is on the way.
bool isOneLineEntry(const QByteArray &bytes, const Catalog::Entry &e)
{
    auto loneCr = [&](qsizetype i) {
        return bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n');
    };
    qsizetype lineEnd = bytes.indexOf('\n', e.lineStart);
    if (lineEnd < 0)
        lineEnd = bytes.size();
    if (e.valueBegin > lineEnd || e.entryEnd > lineEnd + 1)
        return false;
    for (qsizetype i = e.lineStart; i < lineEnd; ++i) {
        if (loneCr(i))
            return false;
    }
    qsizetype p = lineEnd + 1;
    while (p < bytes.size()) {
        qsizetype q = p;
        int indent = 0;
        while (q < bytes.size() && (bytes[q] == ' ' || bytes[q] == '\t')) {
            ++q;
            ++indent;
        }
        if (q < bytes.size() && loneCr(q))
            return false;
        if (q >= bytes.size())
            return true;
        if (bytes[q] == '\n' ||
            (bytes[q] == '\r' && q + 1 < bytes.size() && bytes[q + 1] == '\n')) {
            p = bytes.indexOf('\n', q) + 1; // a blank line: look further
            continue;
        }
        return indent <= e.indent;
    }
    return true;
}

// Every string of a locale file as a catalog reads it (the first root key's map, nested keys
// joined with '.', non-text values empty), from yaml-cpp's events: reading back a file this
// way costs a fraction of building its node tree.
class ReadBack : public YAML::EventHandler
{
public:
    QHash<QByteArray, QByteArray> values;

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override { m_done = true; }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { leaf(nullptr); }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { leaf(nullptr); }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t,
                  const std::string &value) override
    {
        leaf(&value);
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        open(false);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        open(true);
    }
    void OnMapEnd() override { close(); }

private:
    enum class Role
    {
        Top,
        Strings,
        Skip
    };
    struct Frame
    {
        Role role;
        bool map;
        QByteArray prefix;
        bool expectKey = true;
        QByteArray key;
    };

    void leaf(const std::string *scalar)
    {
        if (m_done || m_stack.empty())
            return;
        Frame &f = m_stack.back();
        if (!f.map || f.role == Role::Skip)
            return;
        if (f.expectKey) {
            f.key = scalar ? QByteArray(scalar->data(), qsizetype(scalar->size())) : QByteArray();
            f.expectKey = false;
            return;
        }
        f.expectKey = true;
        if (f.role == Role::Top) {
            m_rootTaken = true;
        } else {
            values.insert(f.prefix + f.key,
                          scalar ? QByteArray(scalar->data(), qsizetype(scalar->size()))
                                 : QByteArray());
        }
    }

    void open(bool map)
    {
        if (m_done)
            return;
        if (m_stack.empty()) {
            m_stack.push_back(
                {map ? Role::Top : Role::Skip, map, QByteArray(), true, QByteArray()});
            return;
        }
        Frame &f = m_stack.back();
        if (!f.map || f.role == Role::Skip) {
            m_stack.push_back({Role::Skip, map, QByteArray(), true, QByteArray()});
            return;
        }
        if (f.expectKey) { // a key that is itself a map or list: read as no key
            f.key.clear();
            f.expectKey = false;
            m_stack.push_back({Role::Skip, map, QByteArray(), true, QByteArray()});
            return;
        }
        f.expectKey = true;
        if (f.role == Role::Top) {
            const bool strings = map && !m_rootTaken;
            m_rootTaken = true;
            m_stack.push_back(
                {strings ? Role::Strings : Role::Skip, map, QByteArray(), true, QByteArray()});
            return;
        }
        const QByteArray full = f.prefix + f.key;
        if (map) {
            m_stack.push_back({Role::Strings, true, full + '.', true, QByteArray()});
        } else {
            values.insert(full, QByteArray());
            m_stack.push_back({Role::Skip, false, QByteArray(), true, QByteArray()});
        }
    }

    void close()
    {
        if (!m_done && !m_stack.empty())
            m_stack.pop_back();
    }

    std::vector<Frame> m_stack;
    bool m_rootTaken = false;
    bool m_done = false;
};

// Why the catalog cannot be edited safely, if it cannot: it did not read, did not parse, or
// has a layout the line edits cannot follow.
std::optional<QString> editRefusal(const Catalog &catalog)
{
    if (!catalog.isValid() &&
        catalog.problems().value(0).code == QLatin1String("strings-unreadable"))
        return catalog.problems().first().message;
    if (!catalog.isValid()) {
        return CatalogEditor::tr("%1 is not valid YAML (line %2); fix it in a text editor first, "
                                 "Tilmech does not write a file it cannot read")
            .arg(catalog.fileName())
            .arg(catalog.problems().value(0).line);
    }
    if (!catalog.editProblem().isEmpty()) {
        return CatalogEditor::tr(
                   "%1 cannot be changed line by line: %2. Fix that in a text editor first")
            .arg(catalog.fileName(), catalog.editProblem());
    }
    return std::nullopt;
}

// One change per key: the last edit of a key wins, in the order keys were first edited.
QVector<CatalogEditor::Edit> uniqueEdits(const QVector<CatalogEditor::Edit> &edits)
{
    QVector<CatalogEditor::Edit> unique;
    QHash<QByteArray, qsizetype> uniqueIndex;
    for (const CatalogEditor::Edit &edit : edits) {
        const auto it = uniqueIndex.constFind(edit.first);
        if (it != uniqueIndex.cend()) {
            unique[*it].second = edit.second;
        } else {
            uniqueIndex.insert(edit.first, unique.size());
            unique.append(edit);
        }
    }
    return unique;
}

// The changes to the catalog's bytes that make the edits, one edit at a time.
class ChangePlan
{
public:
    ChangePlan(const Catalog &catalog, const Catalog *english)
        : m_catalog(catalog), m_bytes(catalog.bytes()), m_english(english),
          m_br(catalog.lineBreak()), m_needRoot(catalog.map(QByteArray()) == nullptr),
          m_language(QFileInfo(catalog.fileName()).completeBaseName().toUtf8())
    {
        // English order of keys, for placing new ones.
        if (english) {
            for (int i = 0; i < english->keys().size(); ++i)
                m_englishIndex.insert(english->keys().at(i), i);
        }
    }

    // A new value written over an existing entry's, in its quoting style when it can hold it.
    void replaceValue(const Catalog::Entry &e, const QByteArray &value);
    // A new key, with the maps above it that do not exist yet, placed in English order.
    void insertKey(const QByteArray &key, const QByteArray &value);

    QVector<Change> changes;
    bool inserted = false; // lines added (or an entry the line model may misread): read back whole

private:
    qsizetype englishPlace(const QByteArray &key, const QByteArray &siblingPrefix) const;

    const Catalog &m_catalog;
    const QByteArray &m_bytes;
    const Catalog *m_english;
    const QByteArray m_br;
    bool m_needRoot;
    const QByteArray m_language; // the root key a file without one gets: i18n/<language>.yml
    QHash<QByteArray, int> m_englishIndex;
    QSet<QByteArray> m_createdMaps;
    int m_order = 0;
};

void ChangePlan::replaceValue(const Catalog::Entry &e, const QByteArray &value)
{
    QByteArray text = CatalogEditor::scalar(value, e.style == 'n'                       ? char(0)
                                                   : (e.style == '|' || e.style == '>') ? '"'
                                                                                        : e.style);
    if (e.style == 'n' || (e.valueBegin > 0 && m_bytes[e.valueBegin - 1] == ':'))
        text.prepend(' '); // "key:" needs a space before its value
    // Only an entry that is one "key: value" line, not continued below, is changed without
    // reading the whole file back.
    if (!isOneLineEntry(m_bytes, e))
        inserted = true;
    // A value never takes the line break after it along.
    qsizetype end = e.valueEnd;
    while (end > e.valueBegin && (m_bytes[end - 1] == '\n' || m_bytes[end - 1] == '\r'))
        --end;
    changes.append({e.valueBegin, end - e.valueBegin, text, m_order++});
}

// Where a new key goes among the entries of the map `siblingPrefix`: after the English
// predecessor that this map holds, else before the English successor; -1 if neither.
qsizetype ChangePlan::englishPlace(const QByteArray &key, const QByteArray &siblingPrefix) const
{
    qsizetype position = -1;
    auto belongs = [&](const QByteArray &k) {
        return k.startsWith(siblingPrefix) && m_catalog.entry(k);
    };
    const int at = m_englishIndex.value(key, -1);
    if (at < 0)
        return position;
    for (int i = at - 1; i >= 0 && position < 0; --i) {
        const QByteArray &k = m_english->keys().at(i);
        if (belongs(k)) {
            const Catalog::Entry *e = m_catalog.entry(k);
            position = e->entryEnd;
            // An entry of a deeper map: after that map.
            const QByteArray rest = k.mid(siblingPrefix.size());
            const qsizetype dot = rest.indexOf('.');
            if (dot >= 0) {
                if (const Catalog::Map *m = m_catalog.map(siblingPrefix + rest.left(dot + 1)))
                    position = m->end;
            }
        }
    }
    for (int i = at + 1; i < m_english->keys().size() && position < 0; ++i) {
        const QByteArray &k = m_english->keys().at(i);
        if (belongs(k)) {
            const QByteArray rest = k.mid(siblingPrefix.size());
            const qsizetype dot = rest.indexOf('.');
            const Catalog::Map *m =
                dot >= 0 ? m_catalog.map(siblingPrefix + rest.left(dot + 1)) : nullptr;
            position = m ? m_bytes.lastIndexOf('\n', std::max<qsizetype>(0, m->keyLineEnd - 2)) + 1
                         : m_catalog.entry(k)->lineStart;
        }
    }
    return position;
}

void ChangePlan::insertKey(const QByteArray &key, const QByteArray &value)
{
    inserted = true;
    // A new key: its nearest existing parent map, and the maps to create below it.
    QList<QByteArray> parts = key.split('.');
    QByteArray existing; // prefix of the deepest existing map
    int depth = 0;
    while (depth + 1 < parts.size()) {
        const QByteArray next = existing + parts[depth] + '.';
        if (!m_catalog.map(next))
            break;
        existing = next;
        ++depth;
    }
    const Catalog::Map *parent = m_catalog.map(existing);
    // Where: after the English predecessor that this map holds, else before the English
    // successor, else at the end of the map.
    qsizetype position = englishPlace(key, existing);
    int indent = 2;
    if (parent) {
        if (position < 0)
            position = parent->end;
        const int parentIndent = existing.isEmpty() ? 0 : parent->childIndent;
        indent = parent->childIndent >= 0 ? parent->childIndent : parentIndent + 2;
    } else {
        position = m_bytes.size();
    }
    if (position > 0 && position <= m_bytes.size() && m_bytes[position - 1] != '\n') {
        // The file (or map) ends without a line break.
        changes.append({position, 0, m_br, m_order++});
    }
    QByteArray text;
    QByteArray mapPath = existing;
    for (int d = depth; d + 1 < parts.size(); ++d) {
        mapPath += parts[d] + '.';
        if (!m_createdMaps.contains(mapPath)) {
            text += QByteArray(indent, ' ') + CatalogEditor::key(parts[d]) + ':' + m_br;
            m_createdMaps.insert(mapPath);
        }
        indent += 2;
    }
    text += QByteArray(indent, ' ') + CatalogEditor::key(parts.last()) + ": " +
            CatalogEditor::scalar(value) + m_br;
    if (m_needRoot) {
        text.prepend(m_language + ':' + m_br);
        m_needRoot = false;
    }
    changes.append({position, 0, text, m_order++});
}

// The bytes with the changes made, in order of position (and of planning at one position);
// nothing (and *error) if two changes overlap.
std::optional<QByteArray> applyChanges(const Catalog &catalog, QVector<Change> changes,
                                       QString *error)
{
    const QByteArray &bytes = catalog.bytes();
    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        return a.position != b.position ? a.position < b.position : a.order < b.order;
    });
    QByteArray out;
    qsizetype growth = 0;
    for (const Change &c : changes)
        growth += c.text.size() - c.removed;
    out.reserve(bytes.size() + std::max<qsizetype>(0, growth));
    qsizetype copied = 0;
    for (const Change &c : changes) {
        if (c.position < copied) {
            if (error)
                *error = CatalogEditor::tr("two changes overlap in %1").arg(catalog.fileName());
            return std::nullopt;
        }
        out.append(QByteArrayView(bytes).sliced(copied, c.position - copied));
        out.append(c.text);
        copied = c.position + c.removed;
    }
    out.append(QByteArrayView(bytes).sliced(copied));
    return out;
}

// Why `out`, read again, would not hold exactly the new values and every other string as it
// was (a layout the line edits could not follow), if it would not.
std::optional<QString> readBackProblem(const Catalog &catalog,
                                       const QVector<CatalogEditor::Edit> &edits,
                                       const QByteArray &out)
{
    QHash<QByteArray, QByteArray> expected;
    for (const QByteArray &key : catalog.keys())
        expected.insert(key, catalog.value(key));
    for (const CatalogEditor::Edit &edit : edits)
        expected.insert(edit.first, edit.second);
    ReadBack readBack;
    bool read = true;
    try {
        std::istringstream in(std::string(out.constData() + catalog.bodyStart(),
                                          size_t(out.size() - catalog.bodyStart())));
        YAML::Parser parser(in);
        parser.HandleNextDocument(readBack);
    } catch (const YAML::Exception &) {
        read = false;
    }
    if (read && readBack.values == expected)
        return std::nullopt;
    QByteArray wrong; // the first key that would read differently
    for (auto it = expected.cbegin(); read && wrong.isEmpty() && it != expected.cend(); ++it) {
        if (!readBack.values.contains(it.key()) || readBack.values.value(it.key()) != it.value())
            wrong = it.key();
    }
    for (auto it = readBack.values.cbegin();
         read && wrong.isEmpty() && it != readBack.values.cend(); ++it) {
        if (!expected.contains(it.key()))
            wrong = it.key();
    }
    return CatalogEditor::tr(
               "%1 cannot be changed safely: after the change \"%2\" would not read back as "
               "written. Check the file for a line that is not \"key: value\", fix it in a "
               "text editor, and try again")
        .arg(catalog.fileName(),
             read ? QString::fromUtf8(wrong) : CatalogEditor::tr("(the whole file)"));
}

} // namespace

QByteArray CatalogEditor::scalar(const QByteArray &value, char style)
{
    QByteArray text;
    const bool multiline = value.contains('\n') || hasControl(value);
    if (style == '"' || multiline)
        text = doubleQuoted(value);
    else if (style == '\'' || !plainSafe(value))
        text = singleQuoted(value);
    else
        text = value;
    if (!readsBack(text, value))
        text = doubleQuoted(value);
    return text;
}

QByteArray CatalogEditor::key(const QByteArray &name)
{
    return plainSafe(name) && !name.contains(':') && !name.contains('#') ? name
                                                                         : singleQuoted(name);
}

std::optional<QByteArray> CatalogEditor::apply(const Catalog &catalog, const QVector<Edit> &edits,
                                               const Catalog *english, QString *error)
{
    if (const std::optional<QString> refusal = editRefusal(catalog)) {
        if (error)
            *error = *refusal;
        return std::nullopt;
    }
    ChangePlan plan(catalog, english);
    for (const Edit &edit : uniqueEdits(edits)) {
        const QByteArray &key = edit.first;
        if (const Catalog::Entry *e = catalog.entry(key)) {
            plan.replaceValue(*e, edit.second);
            continue;
        }
        if (catalog.map(key + '.')) {
            if (error)
                *error = tr("\"%1\" holds other strings, not text").arg(QString::fromUtf8(key));
            return std::nullopt;
        }
        plan.insertKey(key, edit.second);
    }
    const std::optional<QByteArray> out = applyChanges(catalog, plan.changes, error);
    if (!out)
        return std::nullopt;

    // The file as it would be written, read again, must hold exactly the new values and
    // every other string as it was; a layout the line edits could not follow is not written.
    // A value replaced in place in a well-formed file keeps the file's structure (its new text
    // was read back on its own above); new lines, and any change to a file with problems
    // (other than keys defined twice), are read back with the whole file.
    bool wellFormed = true;
    for (const Diagnostic &d : catalog.problems())
        wellFormed &= d.code == QLatin1String("strings-duplicate-key");
    if (!plan.inserted && wellFormed)
        return out;
    if (const std::optional<QString> problem = readBackProblem(catalog, edits, *out)) {
        if (error)
            *error = *problem;
        return std::nullopt;
    }
    return out;
}

bool CatalogEditor::write(const QString &path, const QByteArray &bytes, QString *error)
{
    return FileWriter::save(path, bytes, error);
}

std::optional<QByteArray> CatalogEditor::update(const Project &project, const QString &language,
                                                const QVector<Edit> &edits, QString *error,
                                                bool *busy)
{
    const QString path = project.catalogPath(language);
    FileLock lock(path);
    if (busy)
        *busy = false;
    if (!lock.acquire(error)) {
        if (busy)
            *busy = lock.busy();
        return std::nullopt;
    }
    // What another process wrote before the lock was ours is the file to edit, not what this
    // process read earlier.
    project.forgetCatalog(language);
    const std::shared_ptr<const Catalog> catalog = project.catalog(language);
    const std::shared_ptr<const Catalog> english = project.catalog(QStringLiteral("en"));
    project.forgetCatalog(language);
    std::optional<QByteArray> bytes = apply(*catalog, edits, english.get(), error);
    SaveOptions options;
    options.siteRoot = project.root();
    if (!bytes || !FileWriter::save(path, *bytes, error, options))
        return std::nullopt;
    return bytes;
}

} // namespace Tilmech
