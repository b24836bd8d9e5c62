#include "strings/catalog.h"

#include "base/filereader.h"
#include "base/utf8.h"
#include "strings/catalogyaml.h"

#include <QFileInfo>
#include <atomic>

namespace Tilmech {

namespace {

qsizetype lineStartOf(const QByteArray &bytes, qsizetype pos)
{
    const qsizetype nl = bytes.lastIndexOf('\n', std::max<qsizetype>(0, pos - 1));
    return pos == 0 ? 0 : nl + 1;
}

qsizetype lineEndOf(const QByteArray &bytes, qsizetype pos)
{
    const qsizetype nl = bytes.indexOf('\n', pos);
    return nl < 0 ? bytes.size() : nl;
}

// Whether the key `name` is written at `pos` and followed by its colon on the same line:
// "key:", "'key':" or "\"key\":" (not an explicit "? key", not a key over several lines).
bool isKeyLine(const QByteArray &bytes, qsizetype pos, const std::string &name)
{
    const qsizetype end = lineEndOf(bytes, pos);
    qsizetype p = pos;
    if (name.empty() || p >= end || bytes[p] == '?')
        return false;
    if (bytes[p] != '"' && bytes[p] != '\'' &&
        QByteArrayView(bytes)
                .sliced(p, end - p)
                .startsWith(QByteArrayView(name.data(), qsizetype(name.size()))) == false)
        return false;
    if (p < end && (bytes[p] == '"' || bytes[p] == '\'')) {
        const char quote = bytes[p++];
        for (; p < end; ++p) {
            if (quote == '"' && bytes[p] == '\\') {
                ++p;
                continue;
            }
            if (bytes[p] == quote) {
                if (quote == '\'' && p + 1 < end && bytes[p + 1] == '\'') {
                    ++p;
                    continue;
                }
                break;
            }
        }
        if (p >= end)
            return false;
        ++p;
        while (p < end && (bytes[p] == ' ' || bytes[p] == '\t'))
            ++p;
        return p < end && bytes[p] == ':';
    }
    for (; p < end; ++p) {
        if (bytes[p] == ':' &&
            (p + 1 >= end || bytes[p + 1] == ' ' || bytes[p + 1] == '\t' || bytes[p + 1] == '\r'))
            return true;
    }
    return false;
}

// Whether the quoted scalar that opens at `pos` (with ' or ") is closed before the end of the
// file. yaml-cpp takes an unclosed quote as running to the end.
bool closesQuote(const QByteArray &bytes, qsizetype pos)
{
    const char quote = bytes[pos];
    for (qsizetype p = pos + 1; p < bytes.size(); ++p) {
        if (quote == '"' && bytes[p] == '\\') {
            ++p;
        } else if (bytes[p] == quote) {
            if (quote == '\'' && p + 1 < bytes.size() && bytes[p + 1] == '\'') {
                ++p;
                continue;
            }
            return true;
        }
    }
    return false;
}

// After the line break of the line holding `pos`.
qsizetype nextLine(const QByteArray &bytes, qsizetype pos)
{
    const qsizetype nl = bytes.indexOf('\n', pos);
    return nl < 0 ? bytes.size() : nl + 1;
}

int indentOf(const QByteArray &bytes, qsizetype lineStart)
{
    int n = 0;
    while (lineStart + n < bytes.size() && bytes[lineStart + n] == ' ')
        ++n;
    return n;
}

bool blankOrComment(const QByteArray &bytes, qsizetype lineStart, qsizetype lineEnd, bool *comment)
{
    qsizetype i = lineStart;
    while (i < lineEnd && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r'))
        ++i;
    *comment = i < lineEnd && bytes[i] == '#';
    return i >= lineEnd || *comment;
}

// The " #" that starts a comment within [from, to), or -1 (searching the line only).
qsizetype commentIn(const QByteArray &bytes, qsizetype from, qsizetype to)
{
    const qsizetype at = QByteArrayView(bytes).sliced(from, to - from).indexOf(" #");
    return at < 0 ? -1 : from + at;
}

// Where the value that starts at `begin` ends, for a key at column `indent`. Quoted values
// end at their closing quote; block scalars and plain values run over the following lines
// indented deeper than the key.
qsizetype valueEnd(const QByteArray &bytes, qsizetype begin, int indent)
{
    const qsizetype n = bytes.size();
    const char c = bytes[begin];
    if (c == '\'') {
        for (qsizetype i = begin + 1; i < n; ++i) {
            if (bytes[i] == '\'') {
                if (i + 1 < n && bytes[i + 1] == '\'') {
                    ++i;
                    continue;
                }
                return i + 1;
            }
        }
        return n;
    }
    if (c == '"') {
        for (qsizetype i = begin + 1; i < n; ++i) {
            if (bytes[i] == '\\')
                ++i;
            else if (bytes[i] == '"')
                return i + 1;
        }
        return n;
    }
    // Plain or block: the first line, then deeper lines.
    qsizetype end = lineEndOf(bytes, begin);
    if (c != '|' && c != '>') {
        const qsizetype comment = commentIn(bytes, begin, end);
        if (comment >= 0)
            end = comment;
    }
    while (end > begin &&
           (bytes[end - 1] == ' ' || bytes[end - 1] == '\t' || bytes[end - 1] == '\r'))
        --end;
    const bool block = c == '|' || c == '>';
    qsizetype line = nextLine(bytes, begin);
    while (line < n) {
        const qsizetype lineEnd = lineEndOf(bytes, line);
        bool comment = false;
        if (blankOrComment(bytes, line, lineEnd, &comment)) {
            if (comment && !block)
                break; // a comment ends a plain scalar
            line = lineEnd + 1;
            continue;
        }
        if (indentOf(bytes, line) <= indent)
            break;
        end = lineEnd;
        if (!block) {
            const qsizetype hash = commentIn(bytes, line, lineEnd);
            if (hash >= 0)
                end = hash;
        }
        while (end > line && (bytes[end - 1] == ' ' || bytes[end - 1] == '\r'))
            --end;
        line = lineEnd + 1;
    }
    return end;
}

} // namespace

std::shared_ptr<const Catalog> Catalog::load(const QString &path)
{
    const QString language = QFileInfo(path).completeBaseName();
    QString error;
    const std::optional<QByteArray> bytes = FileReader::read(path, &error);
    if (!bytes) {
        auto catalog = std::make_shared<Catalog>();
        catalog->m_fileName = path;
        catalog->addProblem(Diagnostic::Severity::Error, QStringLiteral("strings-unreadable"),
                            tr("Cannot read the locale strings: %1").arg(error), 0);
        return catalog;
    }
    return fromBytes(*bytes, path, language);
}

quint64 Catalog::nextSerial()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

std::shared_ptr<const Catalog> Catalog::fromBytes(const QByteArray &bytes, const QString &fileName,
                                                  const QString &expectedLanguage)
{
    auto catalog = std::make_shared<Catalog>();
    catalog->m_fileName = fileName;
    catalog->m_bytes = bytes;
    catalog->parse(expectedLanguage);
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

const Catalog::Map *Catalog::map(const QByteArray &prefix) const
{
    const auto it = m_maps.constFind(prefix);
    return it == m_maps.cend() ? nullptr : &it.value();
}

void Catalog::addProblem(Diagnostic::Severity severity, const QString &code, const QString &message,
                         int line, int column)
{
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.message = message;
    d.file = m_fileName;
    d.line = line;
    d.column = column;
    m_problems.append(d);
}

void Catalog::refuseExpansion(int line)
{
    m_entries.clear();
    m_maps.clear();
    m_order.clear();
    m_valid = false;
    // What was said of single keys goes with them: the file is not used at all.
    m_problems.erase(std::remove_if(m_problems.begin(), m_problems.end(),
                                    [](const Diagnostic &d) {
                                        return d.code == QLatin1String("strings-not-key-value");
                                    }),
                     m_problems.end());
    addProblem(Diagnostic::Severity::Error, QStringLiteral("strings-expansion-limit"),
               tr("The locale strings expand to more than %1 keys or %2 MiB of text, far more "
                  "than any real catalog: YAML aliases (*name) repeat what their anchor "
                  "(&name) holds, and those on this line go past the limit. Write the strings "
                  "out without anchors and aliases; Tilmech does not use this file until then")
                   .arg(MaxKeys)
                   .arg(MaxTextBytes / (1024 * 1024)),
               line);
}

void Catalog::parse(const QString &expectedLanguage)
{
    if (!readText())
        return;
    const CatalogYaml::Result read = CatalogYaml::read(QByteArrayView(m_bytes).sliced(m_bomLength),
                                                       CatalogYaml::Limits{MaxKeys, MaxTextBytes});
    if (!acceptDocument(read))
        return;
    walkKeys(read.keys, expectedLanguage);
    if (read.status == CatalogYaml::Result::TooLarge)
        refuseExpansion(read.errorLine + 1);
}

// The file's layout (byte order mark, line breaks), and whether its bytes are text YAML can
// read: yaml-cpp reads up to a NUL byte and takes bytes as they come, so a file that is not
// UTF-8 text would be read only in part, and edited wrongly.
bool Catalog::readText()
{
    m_bomLength = m_bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype firstBreak = m_bytes.indexOf('\n');
    m_crlf = firstBreak > 0 && m_bytes[firstBreak - 1] == '\r';

    const QByteArrayView text = QByteArrayView(m_bytes).sliced(m_bomLength);
    const qsizetype invalid = Utf8::firstInvalid(text);
    qsizetype nul = -1; // NUL, or another control character YAML does not allow
    for (qsizetype i = 0; i < text.size() && nul < 0; ++i) {
        const uchar c = uchar(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
            nul = i;
    }
    if (invalid >= 0 || nul >= 0) {
        const qsizetype at =
            m_bomLength + (invalid >= 0 && (nul < 0 || invalid < nul) ? invalid : nul);
        const int line = int(QByteArrayView(m_bytes).first(at).count('\n')) + 1;
        addProblem(
            Diagnostic::Severity::Error, QStringLiteral("strings-encoding"),
            at == m_bomLength + nul
                ? tr("The file holds a control character (byte 0x%1) on this line, which "
                     "YAML does not allow in text; remove it, or restore the file from a good "
                     "copy")
                      .arg(uchar(m_bytes[at]), 2, 16, QLatin1Char('0'))
                : tr("The file is not valid UTF-8 on this line; save it as UTF-8 in a text "
                     "editor"),
            line);
        return false;
    }
    return true;
}

// Whether the document reads and is a map with keys to walk (an empty one is valid, with
// nothing to walk).
bool Catalog::acceptDocument(const CatalogYaml::Result &read)
{
    switch (read.status) {
    case CatalogYaml::Result::Invalid:
        addProblem(Diagnostic::Severity::Error, QStringLiteral("strings-yaml"),
                   tr("The locale strings are not valid YAML: %1; fix the file at this place "
                      "(quote values that contain \": \" or start with a special character). "
                      "Tilmech will not write this file until it reads again")
                       .arg(read.error),
                   read.errorLine + 1, read.errorColumn + 1);
        return false;
    case CatalogYaml::Result::NotMap:
        addProblem(Diagnostic::Severity::Error, QStringLiteral("strings-not-map"),
                   tr("The locale strings must be a map with the language as its only key"), 1);
        return false; // nothing of it can be edited in place
    case CatalogYaml::Result::Empty:
        m_valid = true;
        return false;
    default:
        m_valid = true;
        return true;
    }
}

qsizetype Catalog::filePosition(qsizetype pos) const
{
    return m_bomLength + pos;
}

// The keys in file order: the root key, the strings under it (maps and entries with where
// they are written), and any further root key.
void Catalog::walkKeys(const QVector<CatalogYaml::Key> &keys, const QString &expectedLanguage)
{
    QVector<QByteArray> prefixes; // of the maps open at each depth
    int roots = 0;
    for (const CatalogYaml::Key &key : keys) {
        if (key.depth == 0) {
            closeMaps(prefixes, 0);
            if (roots++ > 0)
                reportExtraRoot(key);
            else
                readRoot(key, expectedLanguage);
            prefixes = {QByteArray()};
            continue;
        }
        closeMaps(prefixes, key.depth);
        const QByteArray parentPrefix = prefixes.last();
        const QByteArray fullKey =
            parentPrefix + QByteArray(key.name.data(), qsizetype(key.name.size()));
        const qsizetype keyPos = filePosition(key.keyPos);
        readKey(key, keyPos, parentPrefix);
        if (key.kind == CatalogYaml::Key::Map) {
            addMap(key, keyPos, parentPrefix, fullKey + '.');
            prefixes.append(fullKey + '.');
            continue;
        }
        addEntry(fullKey, readEntry(key, fullKey, keyPos), parentPrefix);
    }
    closeMaps(prefixes, 1);
}

// Closes the maps open deeper than `depth`: a finished map extends its parent.
void Catalog::closeMaps(QVector<QByteArray> &prefixes, int depth)
{
    while (prefixes.size() > std::max(depth, 1)) {
        const QByteArray prefix = prefixes.takeLast();
        const qsizetype childEnd = m_maps.value(prefix).end;
        Map &parent = m_maps[prefixes.last()];
        parent.end = std::max(parent.end, childEnd);
    }
    if (depth == 0)
        prefixes.clear();
}

// A root key after the first: the site ignores it, and the line editor cannot follow it.
void Catalog::reportExtraRoot(const CatalogYaml::Key &key)
{
    const QString name = QString::fromStdString(key.name);
    const int line = key.keyLine + 1;
    if (m_editProblem.isEmpty())
        m_editProblem = tr("it has a second root key on line %1").arg(line);
    addProblem(Diagnostic::Severity::Warning, QStringLiteral("strings-extra-root"),
               tr("A second root key \"%1\": the site reads only the first one; move "
                  "its strings under \"%2:\"")
                   .arg(name, m_rootKey),
               line);
}

// The root key (the language) and the map under it.
void Catalog::readRoot(const CatalogYaml::Key &key, const QString &expectedLanguage)
{
    const QString name = QString::fromStdString(key.name);
    const int line = key.keyLine + 1;
    m_rootKey = name;
    if (!expectedLanguage.isEmpty() && name != expectedLanguage) {
        addProblem(Diagnostic::Severity::Error, QStringLiteral("strings-wrong-root"),
                   tr("The root key is \"%1\" but the file is for language \"%2\"; rename "
                      "the first line to \"%2:\"")
                       .arg(name, expectedLanguage),
                   line);
    }
    Map rootMap;
    rootMap.line = line;
    rootMap.keyLineEnd = nextLine(m_bytes, filePosition(key.keyPos));
    rootMap.end = rootMap.keyLineEnd;
    if (key.kind != CatalogYaml::Key::Map && key.kind != CatalogYaml::Key::Null) {
        // "ky: some text": there are no strings to show or edit.
        addProblem(Diagnostic::Severity::Error, QStringLiteral("strings-not-map"),
                   tr("Under \"%1:\" there must be \"key: value\" lines, indented; the file "
                      "has a single value there instead")
                       .arg(name),
                   line);
        m_valid = false;
    }
    m_maps.insert(QByteArray(), rootMap);
}

// A key the line editor cannot follow: said with `message` (%1 its line, %2 the key), and
// the catalog is no longer edited in place.
void Catalog::refuseKey(const CatalogYaml::Key &key, const QString &message)
{
    addProblem(Diagnostic::Severity::Error, QStringLiteral("strings-not-key-value"),
               message.arg(key.keyLine + 1).arg(QString::fromStdString(key.name)), key.keyLine + 1);
    m_valid = false;
}

// One key of the walk: whether the line editor can follow it, and the column of its map's
// keys.
void Catalog::readKey(const CatalogYaml::Key &key, qsizetype keyPos, const QByteArray &parentPrefix)
{
    const qsizetype lineStart = lineStartOf(m_bytes, keyPos);
    if (!isKeyLine(m_bytes, keyPos, key.name)) {
        // yaml-cpp reads more than YAML allows (a key running over several lines, a key
        // without its colon); the line-by-line editor cannot follow that.
        refuseKey(key, tr("Line %1 is not \"key: value\" (the key \"%2\" has no colon on its "
                          "line); fix the line in a text editor"));
    } else if (lineStart + indentOf(m_bytes, lineStart) != keyPos && m_valid) {
        // "? key" (an explicit key) or "{key: value}" (a flow map): more than the line
        // editor follows. Said once: a flow map may hold many keys.
        refuseKey(key, tr("Line %1 is not \"key: value\" at the start of the line (the key "
                          "\"%2\" comes after other text); fix the line in a text editor"));
    }
    Map &parent = m_maps[parentPrefix];
    if (parent.childIndent < 0)
        parent.childIndent = int(keyPos - lineStart);
}

// A key holding a map: the map, which for now ends after its key's line and extends its
// parent.
void Catalog::addMap(const CatalogYaml::Key &key, qsizetype keyPos, const QByteArray &parentPrefix,
                     const QByteArray &childPrefix)
{
    Map child;
    child.line = key.keyLine + 1;
    child.keyLineEnd = nextLine(m_bytes, keyPos);
    child.end = child.keyLineEnd;
    m_maps.insert(childPrefix, child);
    Map &parent = m_maps[parentPrefix];
    parent.end = std::max(parent.end, child.end);
}

// One string: its value and where the value is written, noting what the line editor cannot
// follow and a quote that is never closed.
Catalog::Entry Catalog::readEntry(const CatalogYaml::Key &key, const QByteArray &fullKey,
                                  qsizetype keyPos)
{
    const qsizetype lineStart = lineStartOf(m_bytes, keyPos);
    Entry entry;
    entry.line = key.keyLine + 1;
    entry.lineStart = lineStart;
    entry.indent = int(keyPos - lineStart);
    if (key.kind == CatalogYaml::Key::Null &&
        (key.valuePos < 0 || filePosition(key.valuePos) >= lineEndOf(m_bytes, keyPos))) {
        // "key:" with nothing after it. (A null written on a later line, "~" or "null",
        // is more than the line editor follows.)
        if (key.valuePos >= 0) {
            const qsizetype at = filePosition(key.valuePos);
            if (at < m_bytes.size() && at > lineEndOf(m_bytes, keyPos) && m_bytes[at] != ' ' &&
                m_bytes[at] != '\n' && m_bytes[at] != '\r' && m_bytes[at] != '#' &&
                m_editProblem.isEmpty())
                m_editProblem =
                    tr("the value of line %1 is on the line after its key").arg(key.keyLine + 1);
        }
        const qsizetype colon = m_bytes.indexOf(':', keyPos + qsizetype(key.name.size()));
        entry.valueBegin = entry.valueEnd = colon < 0 ? lineEndOf(m_bytes, keyPos) : colon + 1;
        entry.style = 'n';
    } else {
        readValue(key, fullKey, entry);
    }
    entry.entryEnd = nextLine(m_bytes, std::max(entry.valueEnd - 1, keyPos));
    return entry;
}

// Where a written value begins and ends, its quoting style, and its text.
void Catalog::readValue(const CatalogYaml::Key &key, const QByteArray &fullKey, Entry &entry)
{
    entry.valueBegin = filePosition(key.valuePos);
    const char c = entry.valueBegin < m_bytes.size() ? m_bytes[entry.valueBegin] : 0;
    entry.style = (c == '\'' || c == '"' || c == '|' || c == '>') ? c : 0;
    if ((c == '&' || c == '*' || c == '!') && m_editProblem.isEmpty())
        m_editProblem = tr("line %1 uses a YAML anchor, alias or tag").arg(entry.line);
    if ((c == '\'' || c == '"') && !closesQuote(m_bytes, entry.valueBegin)) {
        addProblem(Diagnostic::Severity::Error, QStringLiteral("strings-yaml"),
                   tr("The quote (%1) that opens the value of \"%2\" is never closed; "
                      "close it at the end of the value")
                       .arg(QLatin1Char(c))
                       .arg(QString::fromUtf8(fullKey)),
                   entry.line);
        m_valid = false;
    }
    entry.valueEnd = valueEnd(m_bytes, entry.valueBegin, entry.indent);
    if (key.kind == CatalogYaml::Key::Scalar)
        entry.value = QByteArray(key.value.data(), qsizetype(key.value.size()));
}

// Keeps a string, extending its map; a key defined again replaces the first (as on the site).
void Catalog::addEntry(const QByteArray &fullKey, const Entry &entry,
                       const QByteArray &parentPrefix)
{
    {
        Map &parent = m_maps[parentPrefix];
        parent.end = std::max(parent.end, entry.entryEnd);
    }
    const auto existing = m_entries.find(fullKey);
    if (existing != m_entries.end()) {
        addProblem(Diagnostic::Severity::Warning, QStringLiteral("strings-duplicate-key"),
                   tr("The key \"%1\" is defined again (first on line %2); the site "
                      "uses this last value, so delete the other one")
                       .arg(QString::fromUtf8(fullKey))
                       .arg(existing->line),
                   entry.line);
        *existing = entry;
    } else {
        m_entries.insert(fullKey, entry);
        m_order.append(fullKey);
    }
}

} // namespace Tilmech
