#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Tilmech {

// The page frame around a rendered body: Tilmech's own stand-ins for the site's layouts
// ("default", "wide"; "none" leaves the body alone), with the site stylesheet inlined so a
// page is complete in one file. The body sits in <main id="tilmech-page">, which the
// preview replaces in place on every edit.
class Layout
{
public:
    static bool exists(const QString &name);
    static QByteArray wrap(QByteArrayView body, const QString &name, const QString &title,
                           const QString &language);
    static QByteArray stylesheet();
};

} // namespace Tilmech
