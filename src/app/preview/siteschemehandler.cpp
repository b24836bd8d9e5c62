#include "preview/siteschemehandler.h"

#include "base/filereader.h"
#include "site/project.h"

#include <QBuffer>
#include <QDir>
#include <QUrl>
#include <QWebEngineUrlRequestJob>

namespace Tilmech {

SiteSchemeHandler::SiteSchemeHandler(QObject *parent) : QWebEngineUrlSchemeHandler(parent) {}

void SiteSchemeHandler::setSite(const QString &root, const QString &language)
{
    QMutexLocker lock(&m_mutex);
    m_root = root;
    m_language = language;
}

void SiteSchemeHandler::setCountry(const QString &country)
{
    QMutexLocker lock(&m_mutex);
    m_country = country;
}

void SiteSchemeHandler::setShell(const QByteArray &html)
{
    QMutexLocker lock(&m_mutex);
    m_shell = html;
}

QString SiteSchemeHandler::mimeType(const QString &path)
{
    static const struct
    {
        const char *suffix;
        const char *type;
    } types[] = {{".png", "image/png"},    {".jpg", "image/jpeg"},      {".jpeg", "image/jpeg"},
                 {".gif", "image/gif"},    {".svg", "image/svg+xml"},   {".webp", "image/webp"},
                 {".css", "text/css"},     {".pdf", "application/pdf"}, {".ico", "image/x-icon"},
                 {".woff2", "font/woff2"}, {".woff", "font/woff"}};
    for (const auto &t : types) {
        if (path.endsWith(QLatin1String(t.suffix), Qt::CaseInsensitive))
            return QString::fromLatin1(t.type);
    }
    return QStringLiteral("application/octet-stream");
}

void SiteSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QString path = QUrl::fromPercentEncoding(job->requestUrl().path().toUtf8());
    QMutexLocker lock(&m_mutex);
    if (path.isEmpty() || path == QLatin1String("/")) {
        auto *buffer = new QBuffer(job);
        buffer->setData(m_shell);
        job->reply("text/html;charset=utf-8", buffer);
        return;
    }
    // A site file, named below the /<country>/<lang> prefix of site URLs (localized_image) as
    // the live router reads it: never outside the site's public folders, never through a link.
    // The English pane's URLs name English.
    const Project::SiteUrlPath site =
        Project::siteUrlPath(path, m_country, {m_language, QStringLiteral("en")});
    const QStringList &parts = site.parts;
    if (m_root.isEmpty() || parts.contains(QStringLiteral("..")) ||
        parts.contains(QStringLiteral("."))) {
        job->fail(QWebEngineUrlRequestJob::UrlInvalid);
        return;
    }
    const QString relative = parts.join(QLatin1Char('/'));
    const QDir root(m_root);
    const QString candidates[] = {
        root.filePath(QStringLiteral("i18n/public/") + site.language + QLatin1Char('/') + relative),
        root.filePath(QStringLiteral("public/") + relative)};
    // Opened as every site file is read (a regular file, not a link, within the size limit, so
    // that a pipe or device put in the site cannot block the window), then streamed: a large
    // file is not read whole on the window's thread.
    for (const QString &candidate : candidates) {
        std::unique_ptr<QFile> file = FileReader::open(candidate, nullptr);
        if (!file)
            continue;
        file->setParent(job);
        job->reply(mimeType(candidate).toUtf8(), file.release());
        return;
    }
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

} // namespace Tilmech
