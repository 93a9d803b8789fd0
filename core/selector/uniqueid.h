#pragma once
// Calico's MakeUniqueID (libcalico-go/lib/hash): prefix + ":" + base64url-nopad(SHA-224(prefix +
// ":" + content)). Selectors use prefix "s"; named-port and service IP sets use "n", "svc",
// "svcnoport" (felix-rendering §4.5). Content is hashed as UTF-8.

#include <QString>
#include <QStringView>

namespace ps {

QString makeUniqueId(QStringView prefix, QStringView content);

} // namespace ps
