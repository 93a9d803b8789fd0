#include "tests/support/golden.h"

#include <QProcess>
#include <QTemporaryDir>

#include "tests/support/testfiles.h"

namespace ps::test {

bool regeneratingGoldens()
{
    return qEnvironmentVariableIntValue("POLICY_REGENERATE_GOLDEN") == 1;
}

QString unifiedDiff(const QByteArray &expected, const QByteArray &actual, const QString &label)
{
    QTemporaryDir dir;
    const QString expectedFile = dir.filePath(QStringLiteral("expected"));
    const QString actualFile = dir.filePath(QStringLiteral("actual"));
    if (!dir.isValid() || !writeFile(expectedFile, expected) || !writeFile(actualFile, actual))
        return QStringLiteral("(cannot write a temporary folder for the diff)");
    QProcess diff;
    diff.start(QStringLiteral("diff"),
        {QStringLiteral("-u"), QStringLiteral("--label"), label, QStringLiteral("--label"),
            QStringLiteral("actual"), expectedFile, actualFile});
    if (!diff.waitForFinished(30000))
        return QStringLiteral("(diff did not run: %1)").arg(diff.errorString());
    return QString::fromUtf8(diff.readAllStandardOutput());
}

QString compareWithReference(const QByteArray &actual, const QString &path)
{
    const QByteArray expected = readFile(path);
    if (expected.isNull())
        return QStringLiteral("missing reference %1").arg(path);
    if (expected == actual)
        return {};
    return QStringLiteral("output differs from the reference %1:\n%2")
        .arg(path, unifiedDiff(expected, actual, path));
}

QString compareWithGolden(const QByteArray &actual, const QString &path)
{
    if (regeneratingGoldens()) {
        return writeFile(path, actual) ? QString()
                                       : QStringLiteral("cannot write the reference %1").arg(path);
    }
    const QByteArray expected = readFile(path);
    if (expected.isNull()) {
        return QStringLiteral("missing reference %1 (POLICY_REGENERATE_GOLDEN=1 writes it)")
            .arg(path);
    }
    if (expected == actual)
        return {};
    return QStringLiteral("output differs from %1 (POLICY_REGENERATE_GOLDEN=1 rewrites it):\n%2")
        .arg(path, unifiedDiff(expected, actual, path));
}

} // namespace ps::test
