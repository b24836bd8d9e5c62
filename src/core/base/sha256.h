#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Tilmech {

// SHA-256 of a byte string, as 64 lowercase hex digits. Uses OpenSSL's libcrypto, which
// uses the processor's SHA instructions where it has them: the export hashes every file of
// a bundle, and Qt's own SHA-256 (plain C) is several times slower.
class Sha256
{
public:
    static QByteArray hex(QByteArrayView data);
};

} // namespace Tilmech
