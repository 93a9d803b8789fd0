#pragma once
// Calico's MakeUniqueID (libcalico-go/lib/hash): prefix + ":" + base64url-nopad(SHA-224(prefix +
// ":" + content)). Selectors use prefix "s"; named-port and service IP sets use "n", "svc",
// "svcnoport" (docs/rendering.md: "Names and hashes"). Content is hashed as UTF-8.

#include <QString>
#include <QStringView>

namespace ps {

QString makeUniqueId(QStringView prefix, QStringView content);

} // namespace ps
