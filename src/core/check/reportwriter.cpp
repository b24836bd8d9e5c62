#include "check/reportwriter.h"

#include "base/taskrun.h"
#include "check/diagnosticcatalog.h"
#include "check/fixapplier.h"
#include "version.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrl>
#include <QXmlStreamWriter>
#include <functional>

namespace Tilmech {

namespace {

int count(const Diagnostics &diagnostics, Diagnostic::Severity severity)
{
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                             [&](const Diagnostic &d) { return d.severity == severity; }));
}

QString sarifLevel(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QStringLiteral("error");
    case Diagnostic::Severity::Warning:
        return QStringLiteral("warning");
    case Diagnostic::Severity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("none");
}

QJsonObject location(const QString &file, int line, int column, qsizetype begin, qsizetype end)
{
    QJsonObject artifact{
        {QStringLiteral("uri"), QString::fromUtf8(QUrl::toPercentEncoding(file, "/"))},
        {QStringLiteral("uriBaseId"), QStringLiteral("SITEROOT")}};
    QJsonObject physical{{QStringLiteral("artifactLocation"), artifact}};
    if (line > 0) {
        QJsonObject region{{QStringLiteral("startLine"), line}};
        if (column > 0)
            region.insert(QStringLiteral("startColumn"), column);
        if (begin >= 0) {
            region.insert(QStringLiteral("byteOffset"), double(begin));
            region.insert(QStringLiteral("byteLength"),
                          double(std::max<qsizetype>(0, end - begin)));
        }
        physical.insert(QStringLiteral("region"), region);
    }
    return QJsonObject{{QStringLiteral("physicalLocation"), physical}};
}

} // namespace

std::optional<ReportWriter::Format> ReportWriter::parseFormat(const QString &name)
{
    if (name == QLatin1String("text"))
        return Format::Text;
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("sarif"))
        return Format::Sarif;
    if (name == QLatin1String("junit"))
        return Format::Junit;
    return std::nullopt;
}

QString ReportWriter::summary(const Report &report)
{
    return tr("%1 errors, %2 warnings, %3 notes in %4 files")
        .arg(count(report.diagnostics, Diagnostic::Severity::Error))
        .arg(count(report.diagnostics, Diagnostic::Severity::Warning))
        .arg(count(report.diagnostics, Diagnostic::Severity::Info))
        .arg(report.files.size());
}

QByteArray ReportWriter::write(Format format, const Report &report)
{
    switch (format) {
    case Format::Text:
        return text(report);
    case Format::Json:
        return json(report);
    case Format::Sarif:
        return sarif(report);
    case Format::Junit:
        return junit(report);
    }
    return QByteArray();
}

namespace {

QJsonObject jsonOf(const Diagnostic &d)
{
    QJsonObject o{{QStringLiteral("code"), d.code},
                  {QStringLiteral("severity"), Diagnostic::severityName(d.severity)},
                  {QStringLiteral("message"), d.message},
                  {QStringLiteral("file"), d.file},
                  {QStringLiteral("line"), d.line},
                  {QStringLiteral("column"), d.column},
                  {QStringLiteral("begin"), double(d.begin)},
                  {QStringLiteral("end"), double(d.end)},
                  {QStringLiteral("language"), d.language}};
    if (d.fix.isValid()) {
        o.insert(QStringLiteral("fix"), d.fix.text);
        o.insert(QStringLiteral("fixBegin"), double(d.fix.begin));
        o.insert(QStringLiteral("fixEnd"), double(d.fix.end));
    }
    if (!d.sourceFile.isEmpty()) {
        o.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("file"), d.sourceFile},
                                                       {QStringLiteral("line"), d.sourceLine},
                                                       {QStringLiteral("column"), d.sourceColumn}});
    }
    return o;
}

// Each diagnostic written by `write` (with its index), in order, on every core: the
// diagnostics are most of a report, and tens of thousands on a site of many languages.
QByteArray
writtenInParallel(const Diagnostics &diagnostics,
                  const std::function<void(QByteArray &, const Diagnostic &, qsizetype)> &write)
{
    constexpr qsizetype Chunk = 256;
    const qsizetype chunks = (diagnostics.size() + Chunk - 1) / Chunk;
    QVector<QByteArray> parts(chunks);
    TaskRun::run(TaskRun::inOrder(chunks), [&](qsizetype chunk) {
        const qsizetype end = std::min(diagnostics.size(), (chunk + 1) * Chunk);
        for (qsizetype i = chunk * Chunk; i < end; ++i)
            write(parts[chunk], diagnostics.at(i), i);
    });
    return parts.join();
}

// The diagnostics as the elements of the report's "diagnostics" array: each a JSON document
// of its own, indented to its depth in the report (JSON strings hold no line breaks, so
// every line break of a document is one of its layout).
QByteArray diagnosticsArray(const Diagnostics &diagnostics)
{
    const QByteArray items =
        writtenInParallel(diagnostics, [](QByteArray &out, const Diagnostic &d, qsizetype index) {
            QByteArray item = QJsonDocument(jsonOf(d)).toJson();
            item.chop(1); // the document's final line break
            if (index > 0)
                out += ",\n";
            out += "        ";
            out += item.replace('\n', "\n        ");
        });
    return "[\n" + items + "\n    ]";
}

} // namespace

QByteArray ReportWriter::text(const Report &report)
{
    return writtenInParallel(
        report.diagnostics, [](QByteArray &out, const Diagnostic &d, qsizetype) {
            out += d.toText().toUtf8();
            out += '\n';
            if (!d.sourceFile.isEmpty()) {
                out += tr("%1:%2:%3: note: the matching place in the English page [%4]")
                           .arg(d.sourceFile)
                           .arg(d.sourceLine)
                           .arg(d.sourceColumn)
                           .arg(d.code)
                           .toUtf8();
                out += '\n';
            }
        });
}

QByteArray ReportWriter::json(const Report &report)
{
    QJsonArray files;
    for (const CheckedFile &f : report.files)
        files.append(QJsonObject{{QStringLiteral("file"), f.file},
                                 {QStringLiteral("language"), f.language}});
    const QJsonObject root{
        {QStringLiteral("tool"), QStringLiteral("tilmech")},
        {QStringLiteral("version"), QStringLiteral(TILMECH_VERSION)},
        {QStringLiteral("site"), report.siteRoot},
        {QStringLiteral("languages"), QJsonArray::fromStringList(report.languages)},
        {QStringLiteral("files"), files},
        {QStringLiteral("summary"),
         QJsonObject{
             {QStringLiteral("errors"), count(report.diagnostics, Diagnostic::Severity::Error)},
             {QStringLiteral("warnings"), count(report.diagnostics, Diagnostic::Severity::Warning)},
             {QStringLiteral("notes"), count(report.diagnostics, Diagnostic::Severity::Info)}}},
        {QStringLiteral("diagnostics"), QJsonArray()}};
    QByteArray whole = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (report.diagnostics.isEmpty())
        return whole;
    // The empty array stands where the diagnostics go: "diagnostics" is the first key.
    const QByteArray empty = "\"diagnostics\": [\n    ]";
    const qsizetype at = whole.indexOf(empty);
    Q_ASSERT(at >= 0);
    return whole.replace(at + 15, empty.size() - 15, diagnosticsArray(report.diagnostics));
}

QByteArray ReportWriter::sarif(const Report &report)
{
    QJsonArray rules;
    QMap<QString, int> ruleIndex;
    for (const DiagnosticCatalog::Entry &e : DiagnosticCatalog::entries()) {
        ruleIndex.insert(e.code, int(rules.size()));
        rules.append(QJsonObject{
            {QStringLiteral("id"), e.code},
            {QStringLiteral("name"), e.code},
            {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), e.summary}}},
            {QStringLiteral("helpUri"),
             QStringLiteral("https://tilmech.example.org/docs/validator.html#") + e.code},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("category"), e.area}}},
            {QStringLiteral("defaultConfiguration"),
             QJsonObject{{QStringLiteral("level"), sarifLevel(e.severity)}}}});
    }
    QJsonArray results;
    for (const Diagnostic &d : report.diagnostics) {
        QJsonObject result{
            {QStringLiteral("ruleId"), d.code},
            {QStringLiteral("level"), sarifLevel(d.severity)},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), d.message}}},
            {QStringLiteral("locations"),
             QJsonArray{location(d.file, d.line, d.column, d.begin, d.end)}}};
        if (ruleIndex.contains(d.code))
            result.insert(QStringLiteral("ruleIndex"), ruleIndex.value(d.code));
        if (!d.sourceFile.isEmpty()) {
            QJsonObject related = location(d.sourceFile, d.sourceLine, d.sourceColumn, -1, -1);
            related.insert(QStringLiteral("id"), 1);
            related.insert(QStringLiteral("message"),
                           QJsonObject{{QStringLiteral("text"),
                                        tr("the matching place in the English page")}});
            result.insert(QStringLiteral("relatedLocations"), QJsonArray{related});
        }
        if (d.fix.isValid()) {
            QJsonObject replacement{
                {QStringLiteral("deletedRegion"),
                 QJsonObject{{QStringLiteral("byteOffset"), double(d.fix.begin)},
                             {QStringLiteral("byteLength"), double(d.fix.end - d.fix.begin)}}},
                {QStringLiteral("insertedContent"),
                 QJsonObject{{QStringLiteral("text"), d.fix.text}}}};
            QJsonObject change{
                {QStringLiteral("artifactLocation"),
                 QJsonObject{{QStringLiteral("uri"),
                              QString::fromUtf8(QUrl::toPercentEncoding(d.file, "/"))},
                             {QStringLiteral("uriBaseId"), QStringLiteral("SITEROOT")}}},
                {QStringLiteral("replacements"), QJsonArray{replacement}}};
            result.insert(QStringLiteral("fixes"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("description"),
                               QJsonObject{{QStringLiteral("text"), FixApplier::describe(d)}}},
                              {QStringLiteral("artifactChanges"), QJsonArray{change}}}});
        }
        if (!d.language.isEmpty())
            result.insert(QStringLiteral("properties"),
                          QJsonObject{{QStringLiteral("language"), d.language}});
        results.append(result);
    }
    QString root = QUrl::fromLocalFile(report.siteRoot).toString();
    if (!root.endsWith(QLatin1Char('/')))
        root += QLatin1Char('/');
    const QJsonObject run{
        {QStringLiteral("tool"),
         QJsonObject{{QStringLiteral("driver"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Tilmech")},
                                  {QStringLiteral("version"), QStringLiteral(TILMECH_VERSION)},
                                  {QStringLiteral("informationUri"),
                                   QStringLiteral("https://tilmech.example.org")},
                                  {QStringLiteral("rules"), rules}}}}},
        {QStringLiteral("originalUriBaseIds"),
         QJsonObject{{QStringLiteral("SITEROOT"), QJsonObject{{QStringLiteral("uri"), root}}}}},
        {QStringLiteral("columnKind"), QStringLiteral("unicodeCodePoints")},
        {QStringLiteral("results"), results}};
    const QJsonObject log{{QStringLiteral("$schema"),
                           QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                          {QStringLiteral("version"), QStringLiteral("2.1.0")},
                          {QStringLiteral("runs"), QJsonArray{run}}};
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

QByteArray ReportWriter::junit(const Report &report)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("tilmech validate"));
    int allTests = 0, allFailures = 0;
    QMap<QString, QVector<const CheckedFile *>> byLanguage;
    for (const CheckedFile &f : report.files)
        byLanguage[f.language].append(&f);
    for (const CheckedFile &f : report.files) {
        ++allTests;
        allFailures += std::any_of(
            report.diagnostics.cbegin(), report.diagnostics.cend(), [&](const Diagnostic &d) {
                return d.file == f.file && d.severity == Diagnostic::Severity::Error;
            });
    }
    xml.writeAttribute(QStringLiteral("tests"), QString::number(allTests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(allFailures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
        int failures = 0;
        QByteArray suite;
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("tilmech.") + it.key());
        xml.writeAttribute(QStringLiteral("tests"), QString::number(it.value().size()));
        for (const CheckedFile *f : it.value()) {
            failures += std::any_of(
                report.diagnostics.cbegin(), report.diagnostics.cend(), [&](const Diagnostic &d) {
                    return d.file == f->file && d.severity == Diagnostic::Severity::Error;
                });
        }
        xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
        xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
        for (const CheckedFile *f : it.value()) {
            QStringList errors, others;
            for (const Diagnostic &d : report.diagnostics) {
                if (d.file != f->file)
                    continue;
                (d.severity == Diagnostic::Severity::Error ? errors : others).append(d.toText());
            }
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"),
                               QStringLiteral("tilmech.") + f->language);
            xml.writeAttribute(QStringLiteral("name"), f->file);
            xml.writeAttribute(QStringLiteral("file"), f->file);
            if (!errors.isEmpty()) {
                xml.writeStartElement(QStringLiteral("failure"));
                xml.writeAttribute(QStringLiteral("message"),
                                   tr("%n error(s)", nullptr, int(errors.size())));
                xml.writeAttribute(QStringLiteral("type"), QStringLiteral("tilmech"));
                xml.writeCharacters(errors.join(QLatin1Char('\n')));
                xml.writeEndElement();
            }
            if (!others.isEmpty())
                xml.writeTextElement(QStringLiteral("system-out"), others.join(QLatin1Char('\n')));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace Tilmech
