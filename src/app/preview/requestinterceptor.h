#pragma once

#include <QAtomicInt>
#include <QMutex>
#include <QStringList>
#include <QWebEngineUrlRequestInterceptor>

namespace Tilmech {

// Lets the preview load only what Tilmech itself serves (its own scheme, and data: URLs);
// every other request (remote images, stylesheets, iframes, refreshes) is blocked and
// counted, so nothing leaves the program.
class RequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit RequestInterceptor(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    int blockedCount() const { return m_blocked.loadRelaxed(); }
    QStringList blockedUrls() const;

private:
    QAtomicInt m_blocked;
    mutable QMutex m_mutex;
    QStringList m_urls;
};

} // namespace Tilmech
