#include "redcarpetoracle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

// One JSON array of documents a line in, one JSON array of HTML a line out: a batch at a
// time, the renderer built once.
const char Script[] =
    "require 'redcarpet'; require 'json'\n"
    "md = Redcarpet::Markdown.new(Redcarpet::Render::HTML, autolink: true, tables: true,\n"
    "  fenced_code_blocks: true, lax_spacing: true, space_after_headers: true)\n"
    "STDOUT.sync = true\n"
    "while (line = STDIN.gets)\n"
    "  puts JSON.generate(JSON.parse(line).map { |s| md.render(s) })\n"
    "end\n";

// Documents a line: small enough that neither side holds much in its pipe buffers at once.
constexpr qsizetype BatchSize = 400;
constexpr int TimeoutMs = 120000;

// Each rewrites cmark-gfm's spelling to Redcarpet's.
struct Spelling
{
    const char *name;
    const char *pattern;
    const char *replacement;
};
const Spelling Spellings[] = {
    {"void tags closed with \" />\" (<hr />, <img />, <br />)", "\\s*/>", ">"},
    {"table alignment as align=\"…\", not style=\"text-align: …\"",
     " align=\"(left|center|right)\"", " style=\"text-align: \\1\""},
    {"fenced code class \"language-X\", not \"X\"", "<code class=\"language-", "<code class=\""},
    {"\"&\" in a link or image address written \"&amp;\"", "((?:href|src)=\"[^\"]*?)&amp;", "\\1&"},
    {"&nbsp; written as the character U+00A0", "\xc2\xa0", "&nbsp;"},
};

} // namespace

RedcarpetOracle::RedcarpetOracle() = default;

RedcarpetOracle::~RedcarpetOracle()
{
    if (m_ruby) {
        m_ruby->closeWriteChannel();
        if (!m_ruby->waitForFinished(5000))
            m_ruby->kill();
        m_ruby->waitForFinished(5000);
    }
}

bool RedcarpetOracle::available()
{
    QString error;
    const QStringList probe = render({QByteArray("*x*\n")}, &error);
    return probe.size() == 1 && probe.first().contains(QLatin1String("<em>x</em>"));
}

bool RedcarpetOracle::start(QString *error)
{
    if (m_ruby && m_ruby->state() == QProcess::Running)
        return true;
    m_ruby = std::make_unique<QProcess>();
    m_ruby->setProcessChannelMode(QProcess::SeparateChannels);
    m_ruby->start(QStringLiteral("ruby"), {QStringLiteral("-e"), QString::fromLatin1(Script)});
    if (!m_ruby->waitForStarted(30000)) {
        *error = QStringLiteral("ruby could not be started: %1").arg(m_ruby->errorString());
        m_ruby.reset();
        return false;
    }
    return true;
}

QStringList RedcarpetOracle::render(const QList<QByteArray> &markdown, QString *error)
{
    QStringList html;
    if (!start(error))
        return {};
    for (qsizetype from = 0; from < markdown.size(); from += BatchSize) {
        QJsonArray inputs;
        const qsizetype to = std::min(markdown.size(), from + BatchSize);
        for (qsizetype i = from; i < to; ++i)
            inputs.append(QString::fromUtf8(markdown.at(i)));
        m_ruby->write(QJsonDocument(inputs).toJson(QJsonDocument::Compact) + '\n');
        QByteArray line;
        while (!line.endsWith('\n')) {
            if (!m_ruby->canReadLine() && !m_ruby->waitForReadyRead(TimeoutMs)) {
                *error = QStringLiteral("ruby gave no answer (%1): %2")
                             .arg(m_ruby->errorString(),
                                  QString::fromUtf8(m_ruby->readAllStandardError()));
                m_ruby.reset();
                return {};
            }
            line += m_ruby->readLine();
        }
        const QJsonArray outputs = QJsonDocument::fromJson(line).array();
        if (outputs.size() != inputs.size()) {
            *error = QStringLiteral("ruby answered %1 documents for %2")
                         .arg(outputs.size())
                         .arg(inputs.size());
            return {};
        }
        for (const QJsonValue &value : outputs)
            html.append(value.toString());
    }
    return html;
}

QString RedcarpetOracle::normalised(QString html)
{
    // Spellings a browser reads as the same document: a void element closed with " />",
    // a character written as a reference, "&amp;" for "&" in an address.
    static const QRegularExpression voidSlash(
        QStringLiteral("<(area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)\\b("
                       "[^>]*?)\\s*/>"));
    html.replace(voidSlash, QStringLiteral("<\\1\\2>"));
    html.replace(QStringLiteral("&nbsp;"), QChar(0xA0));
    static const QRegularExpression numeric(QStringLiteral("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});"));
    for (QRegularExpressionMatch m = numeric.match(html); m.hasMatch();
         m = numeric.match(html, m.capturedStart() + 1)) {
        const QString code = m.captured(1);
        bool ok = false;
        const uint value =
            code.startsWith(u'x') ? code.mid(1).toUInt(&ok, 16) : code.toUInt(&ok, 10);
        if (!ok || value == '<' || value == '>' || value == '&' || value > 0x10FFFF || value == 0)
            continue;
        html.replace(m.capturedStart(), m.capturedLength(),
                     QString::fromUcs4(reinterpret_cast<const char32_t *>(&value), 1));
    }
    static const QRegularExpression ampInAddress(QStringLiteral("((?:href|src)=\"[^\"]*?)&amp;"));
    for (QString last; last != html;) {
        last = html;
        html.replace(ampInAddress, QStringLiteral("\\1&"));
    }
    html.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    html.replace(QStringLiteral("&#x27;"), QStringLiteral("'"));
    html.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    html.replace(space, QStringLiteral(" "));
    static const QRegularExpression between(QStringLiteral(">\\s+<"));
    html.replace(between, QStringLiteral("><"));
    static const QRegularExpression beforeClose(QStringLiteral("\\s+</"));
    html.replace(beforeClose, QStringLiteral("</"));
    static const QRegularExpression afterOpen(QStringLiteral("(<(p|li|td|th|h[1-6])>)\\s+"));
    html.replace(afterOpen, QStringLiteral("\\1"));
    return html.trimmed();
}

bool RedcarpetOracle::differsInSpellingOnly(QString ours, QString theirs, QStringList *used)
{
    for (const Spelling &spelling : Spellings) {
        const QRegularExpression pattern(QString::fromUtf8(spelling.pattern));
        const QString replacement = QString::fromUtf8(spelling.replacement);
        if (used && ours.count(pattern) != theirs.count(pattern))
            used->append(QString::fromUtf8(spelling.name));
        // Until nothing changes: one address can hold more than one "&amp;".
        for (QString last; last != ours;) {
            last = ours;
            ours.replace(pattern, replacement);
        }
        for (QString last; last != theirs;) {
            last = theirs;
            theirs.replace(pattern, replacement);
        }
    }
    return ours == theirs;
}
