#pragma once
// Writer: canonical YAML (and JSON) that `calicoctl apply -f` / `kubectl apply -f` accept.
// Documents are separated by "---", fields are written in Calico's field order, defaults
// that Calico fills in are written explicitly, and load → write → load gives an equal
// Workspace.

#include <QByteArray>

#include "core/model/workspace.h"

namespace ps {

enum class OutputFormat { Yaml, Json };

class Writer {
public:
    /// Every resource of the workspace: Calico resources first (tiers, policies, profiles,
    /// sets, host endpoints), then Kubernetes policies, then the inventory.
    /// JSON output is one `{"apiVersion":"v1","kind":"List","items":[...]}` document.
    QByteArray write(const Workspace &workspace, OutputFormat format = OutputFormat::Yaml) const;

    QByteArray write(const CalicoPolicy &policy, OutputFormat format = OutputFormat::Yaml) const;

    /// One resource of any kind as one document: YAML without a "---" line, or a JSON object.
    template<class T>
    QByteArray writeResource(const T &resource, OutputFormat format = OutputFormat::Yaml) const;
    /// One resource as compact JSON on one line, fields in the Writer's (Calico's) order: the
    /// form Calico's etcd datastore stores an object in.
    template<class T> QByteArray writeResourceCompactJson(const T &resource) const;
};

} // namespace ps
