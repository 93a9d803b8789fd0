#include "ui/push/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace ps {

namespace {

// How long a keychain may take to answer before it counts as none.
constexpr int kKeychainWaitMs = 5000;

// Runs a keychain job to its end (or the time limit); true when it finished without error.
bool run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kKeychainWaitMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished && job.error() == QKeychain::NoError;
}

} // namespace

SecretStore::SecretStore(QString service, QString fileFolder)
    : m_service(std::move(service)), m_folder(std::move(fileFolder))
{
}

QString SecretStore::fileOf(const QString &key) const
{
    return QDir(m_folder).filePath(key);
}

Result<SecretStore::Where> SecretStore::store(const QString &key, const QString &secret) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    if (run(job)) {
        QFile::remove(fileOf(key)); // only one copy
        return Where::Keychain;
    }
    // No keychain: a file only the user can read, made so before the secret goes in.
    const QString file = fileOf(key);
    if (!QDir().mkpath(QFileInfo(file).path()))
        return Error {QCoreApplication::translate("SecretStore", "cannot create %1").arg(m_folder)};
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || f.write(secret.toUtf8()) != secret.toUtf8().size() || !f.flush()) {
        const QString why = f.errorString();
        f.remove();
        return Error {
            QCoreApplication::translate("SecretStore", "cannot write %1: %2").arg(file, why)};
    }
    return Where::File;
}

std::optional<QString> SecretStore::load(const QString &key, Where *where) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (run(job)) {
        if (where)
            *where = Where::Keychain;
        return job.textData();
    }
    QFile f(fileOf(key));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    if (where)
        *where = Where::File;
    return QString::fromUtf8(f.readAll());
}

void SecretStore::remove(const QString &key) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    run(job);
    QFile::remove(fileOf(key));
}

} // namespace ps
