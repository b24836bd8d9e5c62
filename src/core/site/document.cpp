#include "site/document.h"

#include "base/filereader.h"
#include "base/filewriter.h"
#include "base/utf8.h"

#include <QStringDecoder>
#include <cstring>
#include <yaml-cpp/yaml.h>

namespace Tilmech {

namespace {

// End of the line that starts at `from`: offset of its '\n', or the size.
qsizetype lineEnd(QByteArrayView bytes, qsizetype from)
{
    const qsizetype nl = bytes.indexOf('\n', from);
    return nl < 0 ? bytes.size() : nl;
}

// True when the line [begin, end) is `marker` followed only by spaces, tabs or '\r'.
bool isDelimiterLine(QByteArrayView bytes, qsizetype begin, qsizetype end, QByteArrayView marker)
{
    if (end - begin < marker.size() || bytes.sliced(begin, marker.size()) != marker)
        return false;
    for (qsizetype i = begin + marker.size(); i < end; ++i) {
        const char c = bytes[i];
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

} // namespace

std::optional<Document> Document::load(const QString &path, QString *error)
{
    std::optional<QByteArray> bytes = FileReader::read(path, error);
    if (!bytes)
        return std::nullopt;
    return fromBytes(std::move(*bytes), path);
}

Document Document::fromBytes(QByteArray bytes, const QString &fileName)
{
    Document doc;
    doc.m_bytes = std::move(bytes);
    doc.m_fileName = fileName;
    doc.analyse();
    return doc;
}

void Document::analyse()
{
    m_lines = LineIndex(m_bytes);
    m_hasBom = m_bytes.startsWith("\xEF\xBB\xBF");

    const qsizetype lf = m_lines.lineCount() - 1;
    qsizetype crlf = 0;
    for (int line = 2; line <= m_lines.lineCount(); ++line) {
        const qsizetype start = m_lines.lineStart(line);
        if (start >= 2 && m_bytes.at(start - 2) == '\r')
            ++crlf;
    }
    if (lf == 0)
        m_lineEnding = LineEnding::None;
    else if (crlf == 0)
        m_lineEnding = LineEnding::LF;
    else if (crlf == lf)
        m_lineEnding = LineEnding::CRLF;
    else
        m_lineEnding = LineEnding::Mixed;

    m_invalidUtf8At = Utf8::firstInvalid(m_bytes);
    if (m_invalidUtf8At >= 0) {
        addProblem(QStringLiteral("file-invalid-utf8"),
                   tr("The file is not valid UTF-8 (byte 0x%1 cannot start or continue a "
                      "character here); save it as UTF-8 in your editor")
                       .arg(uchar(m_bytes.at(m_invalidUtf8At)), 2, 16, QLatin1Char('0')),
                   m_invalidUtf8At);
    }
    const qsizetype nul = m_bytes.indexOf('\0');
    if (nul >= 0) {
        addProblem(QStringLiteral("file-binary"),
                   tr("The file holds a NUL byte, so it is not text (a binary file, or a damaged "
                      "one); a page must be plain UTF-8 text"),
                   nul);
    }
    splitFrontMatter();
}

void Document::splitFrontMatter()
{
    const QByteArrayView bytes(m_bytes);
    const qsizetype start = m_hasBom ? 3 : 0;
    m_bodyOffset = start;
    const qsizetype firstEnd = lineEnd(bytes, start);
    if (!isDelimiterLine(bytes, start, firstEnd, "---"))
        return;
    if (firstEnd >= bytes.size()) {
        addProblem(QStringLiteral("front-matter-unterminated"),
                   tr("The front matter block opened on this line is never closed; add a "
                      "line \"---\" after its last key"),
                   start);
        return;
    }
    const qsizetype yamlBegin = firstEnd + 1;
    for (qsizetype pos = yamlBegin; pos < bytes.size();) {
        const qsizetype end = lineEnd(bytes, pos);
        if (isDelimiterLine(bytes, pos, end, "---") || isDelimiterLine(bytes, pos, end, "...")) {
            m_yamlBegin = yamlBegin;
            m_yamlEnd = pos;
            m_bodyOffset = end < bytes.size() ? end + 1 : end;
            parseFrontMatter();
            return;
        }
        pos = end + 1;
    }
    addProblem(QStringLiteral("front-matter-unterminated"),
               tr("The front matter block opened on this line is never closed; add a line "
                  "\"---\" after its last key"),
               start);
}

// The front matter of nearly every page is a few "key: plain value" lines. Those are read
// here directly; anything else (nesting, flow collections, escapes, anchors, tags, comments
// after values) goes to yaml-cpp, which decides and reports errors.
bool Document::parseSimpleFrontMatter(int firstLine)
{
    const QByteArrayView yaml = yamlText();
    QVector<FrontMatterEntry> entries;
    qsizetype pos = 0;
    int line = firstLine;
    for (; pos < yaml.size(); ++line) {
        qsizetype end = yaml.indexOf('\n', pos);
        if (end < 0)
            end = yaml.size();
        QByteArrayView text = yaml.sliced(pos, end - pos);
        pos = end + 1;
        if (text.endsWith('\r'))
            text.chop(1);
        if (text.trimmed().isEmpty())
            continue;
        if (text.contains('\t') || text.startsWith('#'))
            return false;
        qsizetype k = 0;
        while (k < text.size() &&
               ((text[k] >= 'a' && text[k] <= 'z') || (text[k] >= 'A' && text[k] <= 'Z') ||
                (text[k] >= '0' && text[k] <= '9') || text[k] == '_' || text[k] == '-'))
            ++k;
        if (k == 0 || k >= text.size() || text[k] != ':')
            return false;
        QByteArrayView value = text.sliced(k + 1);
        if (!value.isEmpty() && value[0] != ' ')
            return false;
        value = value.trimmed();
        FrontMatterEntry entry;
        entry.key = QString::fromUtf8(text.first(k));
        entry.line = line;
        if (value.isEmpty())
            return false; // a nested block or null: let yaml-cpp decide
        const char c = value[0];
        if (c == '\'') {
            if (value.size() < 2 || !value.endsWith('\''))
                return false;
            QByteArray unquoted;
            for (qsizetype i = 1; i + 1 < value.size(); ++i) {
                if (value[i] == '\'') {
                    if (i + 2 >= value.size() || value[i + 1] != '\'')
                        return false;
                    ++i;
                }
                unquoted += value[i];
            }
            entry.value = QString::fromUtf8(unquoted);
        } else if (c == '"') {
            const QByteArrayView inner = value.sliced(1, value.size() - 1);
            if (value.size() < 2 || !value.endsWith('"') || inner.chopped(1).contains('"') ||
                inner.contains('\\'))
                return false;
            entry.value = QString::fromUtf8(inner.chopped(1));
        } else {
            static const char indicators[] = "-?:,[]{}#&*!|>%@`";
            if (std::strchr(indicators, c) || value.contains(": ") || value.contains(" #") ||
                value.endsWith(':'))
                return false;
            entry.value = QString::fromUtf8(value);
        }
        entries.append(entry);
    }
    m_frontMatter = entries;
    return true;
}

void Document::parseFrontMatter()
{
    const QByteArrayView yaml = yamlText();
    const int firstLine = m_lines.position(m_yamlBegin).line;
    if (parseSimpleFrontMatter(firstLine))
        return;
    try {
        const YAML::Node root = YAML::Load(std::string(yaml.data(), size_t(yaml.size())));
        if (root.IsNull())
            return;
        if (!root.IsMap()) {
            addProblem(QStringLiteral("front-matter-not-map"),
                       tr("The front matter must be a YAML map of \"key: value\" lines, "
                          "not a list or a single value"),
                       m_yamlBegin);
            return;
        }
        // yaml-cpp shares an aliased value; copying it for every key that names it is what
        // could grow a small page into gigabytes, so the copies are counted.
        qsizetype copied = 0;
        for (const auto &item : root) {
            FrontMatterEntry entry;
            entry.key = QString::fromStdString(item.first.as<std::string>(std::string()));
            entry.isScalar = item.second.IsScalar() || item.second.IsNull();
            entry.line = firstLine + item.first.Mark().line;
            if (item.second.IsScalar()) {
                copied += qsizetype(item.second.Scalar().size());
                if (copied > FileReader::MaxBytes) {
                    m_frontMatter.clear();
                    addProblem(QStringLiteral("front-matter-yaml"),
                               tr("The front matter's values, with their aliases (*name) "
                                  "expanded, come to more than %1 MiB; a page needs far less. "
                                  "Write the values out instead of repeating them through aliases")
                                   .arg(FileReader::MaxBytes >> 20),
                               m_lines.offset(entry.line, 1));
                    return;
                }
                entry.value = QString::fromStdString(item.second.Scalar());
            }
            m_frontMatter.append(entry);
        }
    } catch (const YAML::Exception &e) {
        Diagnostic d;
        d.code = QStringLiteral("front-matter-yaml");
        d.message = tr("The front matter is not valid YAML: %1; check quoting and indentation")
                        .arg(QString::fromStdString(e.msg));
        d.file = m_fileName;
        d.line = firstLine + std::max(0, e.mark.line);
        d.column = std::max(0, e.mark.column) + 1;
        d.begin = m_lines.offset(d.line, d.column);
        d.end = d.begin;
        m_problems.append(d);
    }
}

void Document::addProblem(const QString &code, const QString &message, qsizetype offset)
{
    Diagnostic d;
    d.code = code;
    d.message = message;
    d.file = m_fileName;
    d.line = m_lines.position(offset).line;
    d.column = m_lines.characterColumn(m_bytes, offset);
    d.begin = offset;
    d.end = offset;
    m_problems.append(d);
}

bool Document::endsWithNewline() const
{
    return m_bytes.endsWith('\n');
}

QByteArrayView Document::yamlText() const
{
    if (m_yamlBegin < 0)
        return {};
    return QByteArrayView(m_bytes).sliced(m_yamlBegin, m_yamlEnd - m_yamlBegin);
}

QByteArrayView Document::body() const
{
    return QByteArrayView(m_bytes).sliced(m_bodyOffset);
}

QString Document::frontMatterValue(const QString &key) const
{
    for (const FrontMatterEntry &entry : m_frontMatter) {
        if (entry.key == key)
            return entry.value;
    }
    return QString();
}

bool Document::hasFrontMatterKey(const QString &key) const
{
    for (const FrontMatterEntry &entry : m_frontMatter) {
        if (entry.key == key)
            return true;
    }
    return false;
}

QString Document::text() const
{
    QByteArrayView bytes(m_bytes);
    if (m_hasBom)
        bytes = bytes.sliced(3);
    // A second byte order mark after the first is text (U+FEFF), not to be dropped.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder(bytes);
    if (m_lineEnding == LineEnding::CRLF || m_lineEnding == LineEnding::Mixed)
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

QByteArray Document::encode(const QString &text) const
{
    QByteArray out;
    if (m_hasBom)
        out = "\xEF\xBB\xBF";
    QByteArray utf8 = text.toUtf8();
    if (m_lineEnding == LineEnding::CRLF)
        utf8.replace("\n", "\r\n");
    out += utf8;
    return out;
}

bool Document::save(const QString &path, QString *error, const SaveOptions &options) const
{
    return FileWriter::save(path, m_bytes, error, options);
}

} // namespace Tilmech
