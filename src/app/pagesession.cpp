#include "pagesession.h"

#include "pageanalysis.h"
#include "renderer.h"

#include <QDir>
#include <QFileInfo>
#include <QPlainTextDocumentLayout>

namespace Tilmech {

namespace {

Document loadOrEmpty(const PageFile *file, QString *error)
{
    if (!file)
        return Document();
    std::optional<Document> doc = Document::load(file->absolutePath, error);
    return doc ? *doc : Document();
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

PageSession::PageSession(const QString &name, const PageFile *english,
                         const PageFile *translation, const QString &language,
                         const QString &siteRoot, QObject *parent)
    : QObject(parent), m_name(name)
{
    QString error;
    m_hasEnglish = english != nullptr;
    if (english) {
        m_englishFile = *english;
        m_englishOriginal = loadOrEmpty(english, &error);
    }
    if (translation) {
        m_translationFile = *translation;
        m_translationOriginal = loadOrEmpty(translation, &error);
    } else if (english) {
        // A new translation starts as a copy of the English page, in the same variant.
        m_translationIsNew = true;
        m_translationFile = *english;
        m_translationFile.language = language;
        m_translationFile.relativePath = QStringLiteral("i18n/public/") + language
                                         + QLatin1Char('/') + name
                                         + PageFile::suffix(english->variant);
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

bool PageSession::save(QString *error)
{
    if (m_english->isModified() && m_hasEnglish) {
        const Document doc = Document::fromBytes(englishBytes(), m_englishFile.absolutePath);
        if (!doc.save(m_englishFile.absolutePath, error))
            return false;
        m_englishOriginal = doc;
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
        if (!doc.save(m_translationFile.absolutePath, error))
            return false;
        m_translationOriginal = doc;
        m_translationIsNew = false;
        m_translation->setModified(false);
    }
    return true;
}

std::shared_ptr<const PageAnalysis> PageSession::englishAnalysis(const Renderer &renderer)
{
    if (!m_englishAnalysis && m_hasEnglish) {
        m_englishAnalysis = renderer.analyse(
            Document::fromBytes(englishBytes(), m_englishFile.relativePath), m_englishFile.variant,
            true);
    }
    return m_englishAnalysis;
}

} // namespace Tilmech
