#pragma once
// WorkspaceTreeModel: a read-only tree of a Workspace's Calico side — tiers in evaluation order
// with their policies in evaluation order (kind icons: global, namespaced, Kubernetes, staged),
// network sets, profiles and host endpoints. The inventory and the problems have their own
// models (InventoryModel, ProblemsModel).
//
// Every node has a stable key (KeyRole: "tier:default", "policy:GlobalNetworkPolicy/name", ...)
// so a view can keep its expansion and selection across rebuilds.

#include <QIcon>

#include "core/model/workspace.h"
#include "ui/nodetreemodel.h"
#include "ui/ruleref.h"

namespace ps {

class WorkspaceTreeModel : public NodeTreeModel {
    Q_OBJECT
public:
    enum Column { NameColumn, DetailColumn, ColumnCount };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // a NodeKind
        ResourceIndexRole, // index into the workspace list of that kind (qsizetype)
        KeyRole, // stable key, unique in the tree
        RuleRefRole, // policies: the RuleRef naming the policy as a whole
    };
    enum class NodeKind {
        Group,
        Tier,
        Policy,
        KubernetesPolicy,
        Profile,
        NetworkSet,
        HostEndpoint,
    };
    Q_ENUM(NodeKind)
    /// The kinds of policy icon.
    enum class PolicyIcon { Global, Namespaced, Kubernetes, Staged };
    Q_ENUM(PolicyIcon)

    explicit WorkspaceTreeModel(QObject *parent = nullptr);
    ~WorkspaceTreeModel() override;

    void setWorkspace(const Workspace &workspace);
    const Workspace &workspace() const { return m_workspace; }

    /// The icon drawn for a kind of policy (distinct per kind).
    static QIcon policyIcon(PolicyIcon kind);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Node;

private:
    const Node *nodeFor(const QModelIndex &index) const;
    void rebuild();

    Workspace m_workspace;
};

} // namespace ps
