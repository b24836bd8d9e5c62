#pragma once

#include "site/document.h"
#include "site/pagefile.h"

#include <QObject>
#include <QTextDocument>

namespace Tilmech {

// A page open in the editor: the English and translated texts (each a QTextDocument with
// its own undo history) and the files they come from and go to. Texts stay in memory
// when the user moves to another page, until saved or discarded.
class PageSession : public QObject
{
    Q_OBJECT

public:
    PageSession(const QString &name, const PageFile *english, const PageFile *translation,
                const QString &language, const QString &siteRoot, QObject *parent = nullptr);

    const QString &name() const { return m_name; }
    const QString &language() const { return m_language; }
    bool hasEnglish() const { return m_hasEnglish; }
    const PageFile &englishFile() const { return m_englishFile; }
    const PageFile &translationFile() const { return m_translationFile; }
    bool translationIsNew() const { return m_translationIsNew; }
    QTextDocument *english() const { return m_english; }
    QTextDocument *translation() const { return m_translation; }

    // The bytes the translation (or English) text would be saved as.
    QByteArray translationBytes() const;
    QByteArray englishBytes() const;
    bool isModified() const;

    // Saves modified texts atomically; false with *error (and the texts stay modified). Each
    // file is written under its FileLock and only if it is still what the text is based on
    // (see acceptDiskVersion), never through a link or outside the site, and over a read-only
    // file only when `replaceReadOnly` says so.
    bool save(QString *error, bool replaceReadOnly = false);
    // The modified texts' files that are read-only on disk (relative paths): saving asks first.
    QStringList readOnlyFiles() const;

    // Why a file could not be opened (empty when both loaded): the session then refuses to
    // save over it.
    const QString &loadError() const { return m_loadError; }

    // Where a file of the session stands against what the session last read or wrote.
    enum class DiskState
    {
        Same,
        Changed,
        Missing
    };
    DiskState diskState(bool english) const;
    // Replaces a text with its file's current contents (unmodified afterwards).
    bool reload(bool english, QString *error);
    // Takes the file as it is on disk now as the version the text is based on, keeping the
    // text: saving then writes over it without asking again.
    void acceptDiskVersion(bool english);
    // The file's current contents, decoded as the session decodes it (for Compare).
    QString diskText(bool english) const;
    // Puts recovered bytes (as they would be saved) into a text, marked modified.
    void restore(bool english, const QByteArray &bytes);
    // The SHA-256 (hex) of the file the text is based on; empty when there was none.
    QByteArray baseSha256(bool english) const;

private:
    bool saveFile(bool english, const Document &doc, bool replaceReadOnly, QString *error);

    QString m_name;
    QString m_siteRoot;
    QString m_language;
    bool m_hasEnglish = false;
    bool m_translationIsNew = false;
    PageFile m_englishFile;
    PageFile m_translationFile;
    Document m_englishOriginal;
    Document m_translationOriginal;
    QTextDocument *m_english;
    QTextDocument *m_translation;
    QString m_loadError;
    QByteArray m_englishBase;     // sha256 of the English file as last read or written
    QByteArray m_translationBase; // likewise for the translation; empty when it did not exist
};

} // namespace Tilmech
