#pragma once

#include "base/diagnostic.h"
#include "base/filewriter.h"
#include "base/lineindex.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <optional>

namespace Tilmech {

// One top-level key of a page's front matter, in file order.
struct FrontMatterEntry
{
    QString key;
    QString value; // the scalar's text; empty for maps and sequences
    bool isScalar = true;
    int line = 0; // line of the key in the file
};

// A page file: its exact bytes, split into YAML front matter and markdown body with byte
// offsets into those bytes. Nothing is normalised on load, so saving an unedited document
// writes back the same bytes; editing goes through text()/encode(), which keep the file's
// byte order mark and line-end style.
class Document
{
    Q_DECLARE_TR_FUNCTIONS(Document)

public:
    enum class LineEnding
    {
        None,
        LF,
        CRLF,
        Mixed
    };

    Document() = default;

    // Reads a file; returns nothing (and sets *error) only when the file cannot be read.
    // Content problems (invalid UTF-8, broken front matter) are in problems().
    static std::optional<Document> load(const QString &path, QString *error);
    static Document fromBytes(QByteArray bytes, const QString &fileName = QString());

    const QByteArray &bytes() const { return m_bytes; }
    const QString &fileName() const { return m_fileName; }
    void setFileName(const QString &fileName) { m_fileName = fileName; }

    bool hasBom() const { return m_hasBom; }
    LineEnding lineEnding() const { return m_lineEnding; }
    bool endsWithNewline() const;
    bool isValidUtf8() const { return m_invalidUtf8At < 0; }
    qsizetype firstInvalidUtf8() const { return m_invalidUtf8At; }

    // Front matter: the block from the opening "---" line to the end of the closing one.
    bool hasFrontMatter() const { return m_yamlBegin >= 0; }
    qsizetype yamlBegin() const { return m_yamlBegin; }
    qsizetype yamlEnd() const { return m_yamlEnd; }
    QByteArrayView yamlText() const;
    qsizetype bodyOffset() const { return m_bodyOffset; }
    QByteArrayView body() const;
    const QVector<FrontMatterEntry> &frontMatter() const { return m_frontMatter; }
    QString frontMatterValue(const QString &key) const;
    bool hasFrontMatterKey(const QString &key) const;

    const Diagnostics &problems() const { return m_problems; }
    bool hasErrors() const { return Tilmech::hasErrors(m_problems); }
    const LineIndex &lines() const { return m_lines; }

    // The text for an editor: without the byte order mark, with "\n" line ends.
    QString text() const;
    // Bytes for `text` in this document's style (byte order mark, CRLF if the file used it).
    QByteArray encode(const QString &text) const;

    // Atomic write of bytes() to `path` (QSaveFile), by FileWriter's rules.
    bool save(const QString &path, QString *error,
              const SaveOptions &options = SaveOptions()) const;

private:
    void analyse();
    void splitFrontMatter();
    void parseFrontMatter();
    bool parseSimpleFrontMatter(int firstLine);
    void addProblem(const QString &code, const QString &message, qsizetype offset);

    QByteArray m_bytes;
    QString m_fileName;
    bool m_hasBom = false;
    LineEnding m_lineEnding = LineEnding::None;
    qsizetype m_invalidUtf8At = -1;
    qsizetype m_yamlBegin = -1;
    qsizetype m_yamlEnd = -1;
    qsizetype m_bodyOffset = 0;
    QVector<FrontMatterEntry> m_frontMatter;
    Diagnostics m_problems;
    LineIndex m_lines;
};

} // namespace Tilmech
