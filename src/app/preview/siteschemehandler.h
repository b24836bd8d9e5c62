#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QWebEngineUrlSchemeHandler>

namespace Tilmech {

// Serves the preview: tilmech://site/ is the preview shell (set by the view), and every other
// path is a file of the site folder, looked up below its /<country>/<lang> prefix in
// i18n/public/<language>/ first, then public/. Nothing outside the site folder is ever served.
class SiteSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    explicit SiteSchemeHandler(QObject *parent = nullptr);

    void setSite(const QString &root, const QString &language);
    void setCountry(const QString &country); // the country of the preview's site URLs
    void setShell(const QByteArray &html);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

    static QString mimeType(const QString &path);

private:
    QMutex m_mutex;
    QString m_root;
    QString m_language;
    QString m_country;
    QByteArray m_shell;
};

} // namespace Tilmech
