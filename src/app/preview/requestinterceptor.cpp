#include "preview/requestinterceptor.h"

#include "preview/webenginesetup.h"

namespace Tilmech {

RequestInterceptor::RequestInterceptor(QObject *parent) : QWebEngineUrlRequestInterceptor(parent) {}

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == QLatin1String(WebEngineSetup::scheme()) || scheme == QLatin1String("data"))
        return;
    info.block(true);
    m_blocked.fetchAndAddRelaxed(1);
    QMutexLocker lock(&m_mutex);
    if (m_urls.size() < 1000)
        m_urls.append(info.requestUrl().toString());
}

QStringList RequestInterceptor::blockedUrls() const
{
    QMutexLocker lock(&m_mutex);
    return m_urls;
}

} // namespace Tilmech
