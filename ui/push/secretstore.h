#pragma once
// SecretStore: where the studio keeps a secret the user asked it to remember (the etcd
// password of the push dialog). The platform keychain when one answers — the Secret Service of
// GNOME Keyring or KWallet over D-Bus, through QtKeychain — else a file in the application's
// configuration folder that only the user can read (mode 0600, created so before the secret is
// written). Forgetting removes it from both. Calls wait for the keychain (its jobs are
// asynchronous), up to a few seconds; a keychain that does not answer counts as none.

#include <optional>

#include <QString>

#include "core/model/result.h"

namespace ps {

class SecretStore {
public:
    enum class Where { Keychain, File };

    /// `service` names the application's entries ("policy-studio"); `fileFolder` holds the
    /// fallback files.
    SecretStore(QString service, QString fileFolder);

    /// Keeps `secret` under `key`; where it went, or why it could not be kept anywhere.
    Result<Where> store(const QString &key, const QString &secret) const;
    /// The secret kept under `key` (and where), or nothing.
    std::optional<QString> load(const QString &key, Where *where = nullptr) const;
    /// Forgets `key` everywhere.
    void remove(const QString &key) const;
    /// The fallback file of `key`.
    QString fileOf(const QString &key) const;

private:
    QString m_service;
    QString m_folder;
};

} // namespace ps
