#include "session/pagesession.h"

#include "base/filelock.h"
#include "base/filereader.h"
#include "base/filewriter.h"
#include "base/sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QPlainTextDocumentLayout>
#include <QTextCursor>

namespace Tilmech {

namespace {

Document loadOrEmpty(const PageFile *file, QString *error)
{
    if (!file)
        return Document();
    QString reason;
    std::optional<Document> doc = Document::load(file->absolutePath, &reason);
    if (doc) {
        // Text the editor cannot hold as it is: editing it would change bytes never touched.
        for (const Diagnostic &d : doc->problems()) {
            if (d.code == QLatin1String("file-invalid-utf8") ||
                d.code == QLatin1String("file-binary")) {
                reason = PageSession::tr("%1, line %2: %3")
                             .arg(file->relativePath)
                             .arg(d.line)
                             .arg(d.message);
                doc.reset();
                break;
            }
        }
    }
    if (!doc && error && error->isEmpty())
        *error = reason;
    return doc ? *doc : Document();
}

QByteArray fileSha256(const QString &path, bool *exists)
{
    const std::optional<QByteArray> bytes = FileReader::read(path, nullptr);
    *exists = bytes.has_value();
    return *exists ? Sha256::hex(*bytes) : QByteArray();
}

QTextDocument *makeDocument(const QString &text, QObject *parent)
{
    auto *document = new QTextDocument(parent);
    document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    document->setPlainText(text);
    document->setModified(false);
    document->clearUndoRedoStacks();
    return document;
}

} // namespace

PageSession::PageSession(const QString &name, const PageFile *english, const PageFile *translation,
                         const QString &language, const QString &siteRoot, QObject *parent)
    : QObject(parent), m_name(name), m_siteRoot(siteRoot), m_language(language)
{
    m_hasEnglish = english != nullptr;
    if (english) {
        m_englishFile = *english;
        m_englishOriginal = loadOrEmpty(english, &m_loadError);
        m_englishBase = Sha256::hex(m_englishOriginal.bytes());
    }
    if (translation) {
        m_translationFile = *translation;
        m_translationOriginal = loadOrEmpty(translation, &m_loadError);
        m_translationBase = Sha256::hex(m_translationOriginal.bytes());
    } else if (english) {
        // A new translation starts as a copy of the English page, in the same variant.
        m_translationIsNew = true;
        m_translationFile = *english;
        m_translationFile.language = language;
        m_translationFile.relativePath = QStringLiteral("i18n/public/") + language +
                                         QLatin1Char('/') + name +
                                         PageFile::suffix(english->variant);
        m_translationFile.absolutePath = QDir(siteRoot).filePath(m_translationFile.relativePath);
        m_translationOriginal = m_englishOriginal;
    }
    m_english = makeDocument(m_englishOriginal.text(), this);
    m_translation = makeDocument(m_translationOriginal.text(), this);
}

QByteArray PageSession::translationBytes() const
{
    if (!m_translation->isModified() && !m_translationIsNew)
        return m_translationOriginal.bytes();
    return m_translationOriginal.encode(m_translation->toPlainText());
}

QByteArray PageSession::englishBytes() const
{
    if (!m_english->isModified())
        return m_englishOriginal.bytes();
    return m_englishOriginal.encode(m_english->toPlainText());
}

bool PageSession::isModified() const
{
    return m_english->isModified() || m_translation->isModified();
}

QStringList PageSession::readOnlyFiles() const
{
    QStringList files;
    if (m_hasEnglish && m_english->isModified() &&
        FileWriter::isReadOnly(m_englishFile.absolutePath))
        files << m_englishFile.relativePath;
    if (m_translation->isModified() && FileWriter::isReadOnly(m_translationFile.absolutePath))
        files << m_translationFile.relativePath;
    return files;
}

bool PageSession::saveFile(bool english, const Document &doc, bool replaceReadOnly, QString *error)
{
    const QString &path = english ? m_englishFile.absolutePath : m_translationFile.absolutePath;
    FileLock lock(path);
    if (!lock.acquire(error))
        return false;
    SaveOptions options;
    options.siteRoot = m_siteRoot;
    options.replaceReadOnly = replaceReadOnly;
    // What another program wrote since the text was read is not written over unnoticed: the
    // check is made under the lock, so no Tilmech process can write in between.
    options.expectedSha256 = english ? m_englishBase : m_translationBase;
    return doc.save(path, error, options);
}

bool PageSession::save(QString *error, bool replaceReadOnly)
{
    if (!m_loadError.isEmpty()) {
        if (error)
            *error =
                tr("the page could not be read when it was opened (%1), so it is not written over")
                    .arg(m_loadError);
        return false;
    }
    if (m_english->isModified() && m_hasEnglish) {
        const Document doc = Document::fromBytes(englishBytes(), m_englishFile.absolutePath);
        if (!saveFile(true, doc, replaceReadOnly, error))
            return false;
        m_englishOriginal = doc;
        m_englishBase = Sha256::hex(doc.bytes());
        m_english->setModified(false);
    }
    if (m_translation->isModified()) {
        const QByteArray bytes = translationBytes();
        if (!QDir().mkpath(QFileInfo(m_translationFile.absolutePath).path())) {
            if (error)
                *error = tr("Cannot create the folder %1")
                             .arg(QFileInfo(m_translationFile.absolutePath).path());
            return false;
        }
        const Document doc = Document::fromBytes(bytes, m_translationFile.absolutePath);
        if (!saveFile(false, doc, replaceReadOnly, error))
            return false;
        m_translationOriginal = doc;
        m_translationBase = Sha256::hex(doc.bytes());
        m_translationIsNew = false;
        m_translation->setModified(false);
    }
    return true;
}

PageSession::DiskState PageSession::diskState(bool english) const
{
    if (english && !m_hasEnglish)
        return DiskState::Same;
    const QString path = english ? m_englishFile.absolutePath : m_translationFile.absolutePath;
    bool exists = false;
    const QByteArray sha = fileSha256(path, &exists);
    if (!english && m_translationIsNew)
        return exists ? DiskState::Changed : DiskState::Same;
    if (!exists)
        return DiskState::Missing;
    return sha == (english ? m_englishBase : m_translationBase) ? DiskState::Same
                                                                : DiskState::Changed;
}

bool PageSession::reload(bool english, QString *error)
{
    const PageFile &file = english ? m_englishFile : m_translationFile;
    std::optional<Document> doc = Document::load(file.absolutePath, error);
    if (!doc)
        return false;
    QTextDocument *text = english ? m_english : m_translation;
    (english ? m_englishOriginal : m_translationOriginal) = *doc;
    (english ? m_englishBase : m_translationBase) = Sha256::hex(doc->bytes());
    if (!english)
        m_translationIsNew = false;
    // One undoable step, so that a reload can be taken back like an edit.
    QTextCursor cursor(text);
    cursor.select(QTextCursor::Document);
    cursor.insertText(doc->text());
    text->setModified(false);
    return true;
}

void PageSession::acceptDiskVersion(bool english)
{
    bool exists = false;
    const QByteArray sha =
        fileSha256(english ? m_englishFile.absolutePath : m_translationFile.absolutePath, &exists);
    (english ? m_englishBase : m_translationBase) = sha;
    // A file deleted on disk is written again on the next save: the text counts as modified.
    if (!exists)
        (english ? m_english : m_translation)->setModified(true);
}

QString PageSession::diskText(bool english) const
{
    QString error;
    const std::optional<Document> doc = Document::load(
        english ? m_englishFile.absolutePath : m_translationFile.absolutePath, &error);
    return doc ? doc->text() : QString();
}

void PageSession::restore(bool english, const QByteArray &bytes)
{
    QTextDocument *text = english ? m_english : m_translation;
    QTextCursor cursor(text);
    cursor.select(QTextCursor::Document);
    cursor.insertText(Document::fromBytes(bytes).text());
    text->setModified(true);
}

QByteArray PageSession::baseSha256(bool english) const
{
    if (!english && m_translationIsNew)
        return QByteArray();
    return english ? m_englishBase : m_translationBase;
}

} // namespace Tilmech
