#pragma once
// InventoryModel: a read-only tree of a Workspace's cluster inventory — namespaces → pods,
// workload templates and services, then nodes — with labels and service accounts in columns.
// Namespaces are sorted by name; in each, pods, then workload templates, then services, each
// sorted by name. Pods and workload templates carry their endpoint REF ("namespace/name", what
// traces and the chain view take) in EndpointRefRole. Stable keys (KeyRole; resources by their
// ResourceId, so duplicate names are two rows) let views keep expansion and selection across
// edits, which update just the rows they touched.

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
    /// inventory alone (every policy edit) change no row; edits of namespaces, pods, workload
    /// templates and services insert, remove, move and update just their rows; a replacement,
    /// or an edit of more than kMaxRowUpdates of them, rebuilds the tree (a model reset).
    void setWorkspace(
        const Workspace &workspace, const WorkspaceDelta &delta = WorkspaceDelta::replacement());
    static constexpr qsizetype kMaxRowUpdates = 200;
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
    /// Row-level updates for `delta`; false when it needs a rebuild instead.
    bool update(const WorkspaceDelta &delta);
    /// The namespace's node; a namespace only referenced gets one when first needed.
    Node *namespaceNode(const QString &name);
    /// Inserts an endpoint or service node in its namespace, in its sorted place.
    void insertSorted(Node *parent, std::unique_ptr<Node> node);
    /// Updates a namespace node from the namespace it shows, or marks it "not defined"; a
    /// node left without a namespace and without children goes.
    void describeNamespace(Node *node, const Namespace *ns, qsizetype index);
    void countEndpoints(Node *ns) const;
    std::unique_ptr<Node> nodesGroup() const;

    Workspace m_workspace;
};

} // namespace ps
