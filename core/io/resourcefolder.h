#pragma once
// writeResourceFolder: a workspace written as a folder with one file per resource, in the
// Writer's YAML — what a pull from a cluster produces, so the folder opens in the studio and in
// every policyctl command. Files are `<folder>/<kind>/<name>.yaml` for cluster-scoped kinds and
// `<folder>/<kind>/<namespace>/<name>.yaml` for namespaced ones (kind lower-cased as
// kindDisplayName() spells it, so Calico's and Kubernetes' NetworkPolicy stay apart), plus the
// workspace settings file with the workspace's Calico version.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/model/result.h"
#include "core/model/workspace.h"

namespace ps {

struct ResourceFolderWriter {
    Q_DECLARE_TR_FUNCTIONS(ResourceFolderWriter)

public:
    /// Writes every resource of `workspace` into `folder`, which must not exist or be empty
    /// (a pull never mixes with files already there). Each file is written atomically. The
    /// files written, or an Error naming the file or folder that could not be.
    static Result<QStringList> write(const Workspace &workspace, const QString &folder);
};

} // namespace ps
