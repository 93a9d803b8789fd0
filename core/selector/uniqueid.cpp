#include "core/selector/uniqueid.h"

#include <QByteArray>
#include <QCryptographicHash>

namespace ps {

QString makeUniqueId(QStringView prefix, QStringView content)
{
    QByteArray input = prefix.toUtf8();
    input += ':';
    input += content.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha224);
    const QByteArray encoded
        = digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return prefix.toString() + QLatin1Char(':') + QString::fromLatin1(encoded);
}

} // namespace ps
