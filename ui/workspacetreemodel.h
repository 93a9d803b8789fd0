#pragma once
// WorkspaceTreeModel: a read-only tree of a Workspace's Calico side — tiers in evaluation order
// with their policies in evaluation order (kind icons: global, namespaced, Kubernetes, staged),
// network sets, profiles and host endpoints. The inventory and the problems have their own
// models (InventoryModel, ProblemsModel).
//
// Every node has a stable key (KeyRole: "tier:default", "policy:GlobalNetworkPolicy/name", ...)
// so a view can keep its expansion and selection across rebuilds.

#include <memory>

#include <QAbstractItemModel>
#include <QIcon>

#include "core/model/workspace.h"
#include "ui/ruleref.h"

namespace ps {

class WorkspaceTreeModel : public QAbstractItemModel {
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
    /// The index of the node with `key`, or an invalid index.
    QModelIndex indexForKey(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Node;

private:
    Node *nodeFor(const QModelIndex &index) const;
    void rebuild();

    Workspace m_workspace;
    std::unique_ptr<Node> m_root;
};

} // namespace ps
