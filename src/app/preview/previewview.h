#pragma once

#include <QByteArray>
#include <QHash>
#include <QUrl>
#include <QVariant>
#include <QWebEngineView>
#include <functional>

class QWebEngineProfile;

namespace Tilmech {

class PreviewPage;
class RequestInterceptor;
class SiteSchemeHandler;

// The live preview. Its shell (site stylesheet, a column for the translation and one for
// the English page) is loaded once; every later update replaces the columns' content in
// place from Tilmech's own script world (page scripts never run), keeping the scroll
// position, so the preview does not flicker. Links are handed out through linkActivated.
class PreviewView : public QWebEngineView
{
    Q_OBJECT

public:
    enum class Mode
    {
        Translation,
        Source,
        Both
    };

    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    void setSite(const QString &root, const QString &language);
    void setCountry(const QString &country);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Replaces the content; `serial` comes back with contentUpdated once the DOM has it.
    void setContent(const QByteArray &translationBody, const QByteArray &sourceBody,
                    const QString &title, const QString &layout, int serial);
    bool isShellLoaded() const { return m_shellLoaded; }

    // Marks the blocks that start on lines [first, last] of the translation (or the English
    // page) and scrolls the first into view when `scroll` is set.
    void highlightLines(bool source, int first, int last, bool scroll);
    // Scrolls the shown column to the element whose id (or name) is `anchor`; when the page
    // shown has none yet (another page is loading), once content with it arrives.
    void scrollToAnchor(const QString &anchor);
    // The first line (data-sourcepos) of the topmost visible block of a column.
    void topVisibleLine(bool source, const std::function<void(int)> &callback);
    // A finding of the validator on the translation: its span in the page file.
    struct Finding
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        QString message;
        int severity = 0;
    };
    // The outline of a refused tag's output shows, on hover, the first of these findings
    // that overlaps the tag.
    void setRefusalMessages(const QVector<Finding> &findings);
    // Runs a script in Tilmech's own world (for tests and tools).
    void evaluate(const QString &script, const std::function<void(const QVariant &)> &callback);

    RequestInterceptor *interceptor() const { return m_interceptor; }
    PreviewPage *previewPage() const { return m_page; }

signals:
    void linkActivated(const QUrl &url);
    void contentUpdated(int serial);
    void scrolledByUser();
    // A click on the outline of a refused tag's output: the tag's span in the page file.
    void refusedTagClicked(qsizetype begin, qsizetype end, const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Column
    {
        bool known = false;      // whether the DOM holds exactly `hashes`
        QVector<quint64> hashes; // chunks last sent
    };
    QString columnScript(const char *id, const QByteArray &body, Column &column);
    void loadShell();
    void applyPending();
    void installFilter();
    QString outlineScript() const;
    void outlineRefused();
    void clickAt(const QPointF &pos, const QPoint &globalPos);

    QWebEngineProfile *m_profile = nullptr;
    PreviewPage *m_page = nullptr;
    RequestInterceptor *m_interceptor = nullptr;
    SiteSchemeHandler *m_handler = nullptr;
    Mode m_mode = Mode::Translation;
    QString m_pendingAnchor;
    void scrollTo(const QString &anchor);
    bool m_shellLoaded = false;
    bool m_hasPending = false;
    QString m_pendingScript;
    int m_pendingSerial = 0;
    QObject *m_filtered = nullptr;
    Column m_translation;
    Column m_source;
    struct Content
    {
        QByteArray translationBody, sourceBody;
        QString title, layout;
    };
    Content m_last;           // what setContent was given last, for sending it again whole
    QString m_highlighted[2]; // the last highlight asked for, per column
    QString m_refusalMessages = QStringLiteral("[]"); // JSON: [begin, end, message]…
};

} // namespace Tilmech
