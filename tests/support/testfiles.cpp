#include "tests/support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ps::test {

QString fixturePath(QStringView relative)
{
    return QStringLiteral(POLICY_FIXTURES_DIR) + u'/' + relative.toString();
}

QString projectPath(QStringView relative)
{
    return QStringLiteral(POLICY_SOURCE_DIR) + u'/' + relative.toString();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.isNull())
        bytes = QByteArray(""); // an empty file is not a missing one
    return bytes;
}

QString readText(const QString &path)
{
    return QString::fromUtf8(readFile(path));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size() && file.flush();
}

} // namespace ps::test
