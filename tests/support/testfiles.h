#pragma once
// Files for tests: the fixtures folder (found through the configured path, never the working
// directory) and small read/write helpers whose failures fail the test loudly instead of
// returning empty data.

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace ps::test {

/// The absolute path of `relative` inside tests/fixtures.
QString fixturePath(QStringView relative);
/// The absolute path of `relative` inside the source tree (resources/demo, ...).
QString projectPath(QStringView relative);
/// The bytes of `path`; a null QByteArray when it cannot be read (check with isNull()).
QByteArray readFile(const QString &path);
/// `readFile` as UTF-8 text.
QString readText(const QString &path);
/// Writes `bytes` to `path`, creating its folder; false when that fails.
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace ps::test
