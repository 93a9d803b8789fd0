#pragma once
// WorkspaceTreeModel: a read-only tree of a Workspace — tiers in evaluation order with their
// policies in evaluation order, profiles, network sets, host endpoints, the inventory
// (namespaces → pods, services; nodes) and the problems found while loading and validating.

#include <memory>

#include <QAbstractItemModel>

#include "core/model/diagnostic.h"
#include "core/model/workspace.h"

namespace ps {

class WorkspaceTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, DetailColumn, ColumnCount };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // a NodeKind
        ResourceIndexRole,               // index into the workspace list of that kind
    };
    enum class NodeKind {
        Group, Tier, Policy, KubernetesPolicy, Profile, NetworkSet, HostEndpoint, Namespace,
        Pod, Service, Node, Workload, Problem
    };
    Q_ENUM(NodeKind)

    explicit WorkspaceTreeModel(QObject *parent = nullptr);
    ~WorkspaceTreeModel() override;

    void setWorkspace(const Workspace &workspace, const Diagnostics &diagnostics);
    const Workspace &workspace() const { return m_workspace; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    struct Node;

private:
    Node *nodeFor(const QModelIndex &index) const;
    void rebuild(const Diagnostics &diagnostics);

    Workspace m_workspace;
    std::unique_ptr<Node> m_root;
};

} // namespace ps
