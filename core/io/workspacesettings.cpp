#include "core/io/workspacesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include "core/io/loader.h"
#include "core/io/workspacestore.h"

namespace ps {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSettings)
};

const QString kCalicoVersionKey = QStringLiteral("calico-version");

Diagnostic settingsDiagnostic(const QString &file, int line, int column, const QString &message)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.file = file;
    d.line = line;
    d.column = column;
    d.message = message;
    return d;
}

} // namespace

QString workspaceSettingsFile(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral(".policy-studio"));
}

WorkspaceSettings parseWorkspaceSettings(
    QByteArrayView text, const QString &fileName, Diagnostics &diagnostics)
{
    WorkspaceSettings settings;
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const int lineNumber = int(i) + 1;
        const qsizetype equals = line.indexOf(u'=');
        const int keyColumn
            = int(line.size() - line.trimmed().size() == 0 ? 1 : line.indexOf(trimmed.front()) + 1);
        if (equals < 0) {
            diagnostics.append(settingsDiagnostic(fileName, lineNumber, keyColumn,
                Text::tr("expected \"key = value\", got \"%1\"").arg(trimmed)));
            continue;
        }
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (key != kCalicoVersionKey) {
            Diagnostic d = settingsDiagnostic(fileName, lineNumber, keyColumn,
                Text::tr("unknown setting \"%1\" (known: %2); ignored")
                    .arg(key, kCalicoVersionKey));
            d.severity = Severity::Warning;
            diagnostics.append(d);
            continue;
        }
        const std::optional<CalicoVersion> version = calicoVersionFromName(value);
        if (!version) {
            const qsizetype valueAt = value.isEmpty() ? equals + 1 : line.indexOf(value, equals);
            diagnostics.append(settingsDiagnostic(fileName, lineNumber, int(valueAt) + 1,
                Text::tr("calico-version must be one of %1, got \"%2\"; using %3")
                    .arg(calicoVersionNames().join(QStringLiteral(", ")), value,
                        calicoVersionName(kNewestCalicoVersion))));
            continue;
        }
        settings.calicoVersion = version;
    }
    return settings;
}

WorkspaceSettings readWorkspaceSettings(const QString &directory, Diagnostics &diagnostics)
{
    const QString file = workspaceSettingsFile(directory);
    QFile in(file);
    if (!in.exists())
        return {};
    if (!in.open(QIODevice::ReadOnly)) {
        diagnostics.append(
            settingsDiagnostic(file, 0, 0, Text::tr("cannot read: %1").arg(in.errorString())));
        return {};
    }
    const Result<QByteArray> bytes = Loader::readAll(in, 1 << 20);
    if (!bytes) {
        diagnostics.append(settingsDiagnostic(file, 0, 0, bytes.error().message));
        return {};
    }
    return parseWorkspaceSettings(*bytes, file, diagnostics);
}

Result<void> writeWorkspaceSettings(const QString &directory, const WorkspaceSettings &settings)
{
    const QString file = workspaceSettingsFile(directory);
    QStringList lines;
    QFile in(file);
    if (in.open(QIODevice::ReadOnly))
        lines = QString::fromUtf8(in.readAll()).split(u'\n');
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    lines.removeIf([](const QString &line) {
        return line.section(u'=', 0, 0).trimmed() == kCalicoVersionKey && line.contains(u'=');
    });
    if (settings.calicoVersion)
        lines.append(
            kCalicoVersionKey + QStringLiteral(" = ") + calicoVersionName(*settings.calicoVersion));
    const QByteArray bytes = (lines.join(u'\n') + u'\n').toUtf8();
    const Result<FileFingerprint> written = writeFileAtomically(file, bytes);
    if (!written)
        return written.error();
    return {};
}

} // namespace ps
