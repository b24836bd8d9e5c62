#include "preview/webenginesetup.h"

#include <QCoreApplication>
#include <QWebEngineUrlScheme>
#include <QtGlobal>
#include <unistd.h>

namespace Tilmech {

const QByteArray &WebEngineSetup::scheme()
{
    static const QByteArray name("tilmech");
    return name;
}

void WebEngineSetup::prepare()
{
    // Chromium refuses to start as root with its sandbox on. Page scripts never run in the
    // preview and no request leaves the program, so this is the documented way here.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    // No background requests of Chromium's own (updates, safe browsing, metrics).
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    for (const char *flag : {"--disable-background-networking", "--disable-component-update",
                             "--disable-domain-reliability", "--no-pings"}) {
        if (!flags.contains(flag))
            flags += QByteArray(" ") + flag;
    }
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());

    // The preview is a document, not a game: Qt Quick's software scene graph composites it
    // without OpenGL. Where OpenGL is itself software (no GPU, remote desktops, Xvfb), the
    // OpenGL path costs a core per frame and multiplies the preview's latency; on a GPU the
    // difference is small. TILMECH_OPENGL=1 or an explicit QT_QUICK_BACKEND choose otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND") &&
        qEnvironmentVariableIsEmpty("TILMECH_OPENGL"))
        qputenv("QT_QUICK_BACKEND", "software");
    // Qt WebEngine needs OpenGL contexts shared across windows, set before the application.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);

    static bool registered = false;
    if (registered)
        return;
    registered = true;
    QWebEngineUrlScheme site(scheme());
    site.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    site.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme |
                  QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(site);
}

} // namespace Tilmech
