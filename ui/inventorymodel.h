#pragma once
// InventoryModel: a read-only tree of a Workspace's cluster inventory — namespaces → pods,
// workload templates and services, then nodes — with labels and service accounts in columns.
// Pods and workload templates carry their endpoint REF ("namespace/name", what traces and the
// chain view take) in EndpointRefRole. Stable keys (KeyRole; resources by their ResourceId, so
// duplicate names are two rows) let views keep expansion and selection across rebuilds.

#include "core/model/workspace.h"
#include "core/model/workspacedelta.h"
#include "ui/nodetreemodel.h"

namespace ps {

class InventoryModel : public NodeTreeModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ServiceAccountColumn, LabelsColumn, DetailColumn, ColumnCount };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // a NodeKind
        ResourceIdRole, // the ResourceId of the node's resource (null for groups)
        KeyRole, // stable key, unique in the tree
        EndpointRefRole, // pods and workload templates: "namespace/name"
        NodeNameRole, // pods: the node they run on; nodes: their name
    };
    enum class NodeKind { Group, Namespace, Pod, Workload, Service, Node };
    Q_ENUM(NodeKind)

    explicit InventoryModel(QObject *parent = nullptr);
    ~InventoryModel() override;

    /// Show `workspace`; `delta` says how it differs from the one shown. Edits that leave the
    /// inventory alone (every policy edit) change no row; others rebuild the tree.
    void setWorkspace(
        const Workspace &workspace, const WorkspaceDelta &delta = WorkspaceDelta::replacement());
    const Workspace &workspace() const { return m_workspace; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Node;

private:
    const Node *nodeFor(const QModelIndex &index) const;
    void describe(const Node &node) const;
    void rebuild();

    Workspace m_workspace;
};

} // namespace ps
