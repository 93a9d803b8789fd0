#pragma once
// WorkspaceSettings: the settings a workspace folder keeps for itself, in the file
// `.policy-studio` at its top (one `key = value` a line, `#` comments). Today one key:
// `calico-version` (3.28 … 3.32), the Calico release the workspace is read, validated and
// evaluated for. The Loader applies the settings of every folder it reads; policyctl's
// --calico-version overrides them. A bad line is a diagnostic naming the file, line and column,
// and the setting keeps its default.

#include <optional>

#include <QString>

#include "core/model/calicoversion.h"
#include "core/model/diagnostic.h"
#include "core/model/result.h"

namespace ps {

struct WorkspaceSettings {
    std::optional<CalicoVersion> calicoVersion;
};

/// The settings file of the workspace folder `directory`.
QString workspaceSettingsFile(const QString &directory);

/// The settings read from `text` (the file's contents); problems go to `diagnostics`, each
/// naming `fileName`.
WorkspaceSettings parseWorkspaceSettings(
    QByteArrayView text, const QString &fileName, Diagnostics &diagnostics);
/// The settings of folder `directory`: none when it has no settings file.
WorkspaceSettings readWorkspaceSettings(const QString &directory, Diagnostics &diagnostics);
/// Writes the settings file of `directory` (atomically); the lines of other keys and comments
/// are kept.
Result<void> writeWorkspaceSettings(const QString &directory, const WorkspaceSettings &settings);

} // namespace ps
