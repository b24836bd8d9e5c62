#pragma once

#include "document.h"
#include "pagefile.h"

#include <QObject>
#include <QTextDocument>

#include <memory>

namespace Tilmech {

class PageAnalysis;
class Renderer;

// A page open in the editor: the English and translated texts (each a QTextDocument with
// its own undo history), the files they come from and go to, and the analysis of the
// English text that the translation is checked and previewed against. Texts stay in memory
// when the user moves to another page, until saved or discarded.
class PageSession : public QObject
{
    Q_OBJECT

public:
    PageSession(const QString &name, const PageFile *english, const PageFile *translation,
                const QString &language, const QString &siteRoot, QObject *parent = nullptr);

    const QString &name() const { return m_name; }
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

    // Saves modified texts atomically; false with *error (and the texts stay modified).
    bool save(QString *error);

    std::shared_ptr<const PageAnalysis> englishAnalysis(const Renderer &renderer);
    void englishChanged() { m_englishAnalysis.reset(); }

private:
    QString m_name;
    bool m_hasEnglish = false;
    bool m_translationIsNew = false;
    PageFile m_englishFile;
    PageFile m_translationFile;
    Document m_englishOriginal;
    Document m_translationOriginal;
    QTextDocument *m_english;
    QTextDocument *m_translation;
    std::shared_ptr<const PageAnalysis> m_englishAnalysis;
};

} // namespace Tilmech
