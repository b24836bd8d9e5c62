#include "base/sha256.h"

#include <QCryptographicHash>
#include <openssl/evp.h>

namespace Tilmech {

QByteArray Sha256::hex(QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr) == 1 &&
        length == 32)
        return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
    // libcrypto could not run the digest (no memory, or a provider missing): Qt's is slower
    // but gives the same answer.
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace Tilmech
