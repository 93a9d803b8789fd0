#pragma once
// WorkspaceTreeModel: a read-only tree of a Workspace's Calico side — tiers in evaluation order
// with their policies in evaluation order (kind icons: global, namespaced, Kubernetes, staged,
// and the admin-tier kinds AdminNetworkPolicy, BaselineAdminNetworkPolicy and
// ClusterNetworkPolicy in the tier Calico converts them into), the admin-tier policies the
// chosen Calico release does not enforce, network sets, profiles and host endpoints. The inventory
// and the problems have their own models (InventoryModel, ProblemsModel).
//
// Every node has a stable key (KeyRole: "tier:default", "policy:#42", ...) so a view can keep its
// expansion and selection across rebuilds; resources are keyed by their ResourceId, so policies
// with the same name are two rows. An edit updates just the rows it touched (see setWorkspace).

#include <QIcon>

#include "core/eval/policyorder.h"
#include "core/model/workspace.h"
#include "core/model/workspacedelta.h"
#include "ui/nodetreemodel.h"
#include "ui/ruleref.h"

namespace ps {

class WorkspaceTreeModel : public NodeTreeModel {
    Q_OBJECT
public:
    enum Column { NameColumn, DetailColumn, ColumnCount };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // a NodeKind
        ResourceIdRole, // the ResourceId of the node's resource (policies, sets, profiles...)
        KeyRole, // stable key, unique in the tree
        RuleRefRole, // policies: the RuleRef naming the policy as a whole
    };
    enum class NodeKind {
        Group,
        Tier,
        Policy,
        KubernetesPolicy,
        AdminPolicy, // AdminNetworkPolicy, BaselineAdminNetworkPolicy, ClusterNetworkPolicy
        Profile,
        NetworkSet,
        HostEndpoint,
    };
    Q_ENUM(NodeKind)
    /// The kinds of policy icon.
    enum class PolicyIcon { Global, Namespaced, Kubernetes, Staged, Admin, Baseline, Cluster };
    Q_ENUM(PolicyIcon)

    explicit WorkspaceTreeModel(QObject *parent = nullptr);
    ~WorkspaceTreeModel() override;

    /// Show `workspace`, which `delta` says how it differs from the one shown: rows are
    /// inserted, removed, moved and updated for the policies it touched (their place in the
    /// tier follows their order) and the tiers it touched (their place follows their order). A
    /// replacement or a change of more than kMaxRowUpdates policies rebuilds the tree (a model
    /// reset).
    void setWorkspace(
        const Workspace &workspace, const WorkspaceDelta &delta = WorkspaceDelta::replacement());
    static constexpr qsizetype kMaxRowUpdates = 200;
    const Workspace &workspace() const { return m_workspace; }

    /// Notes on policies the analysis does not use as written (analysed in their last valid
    /// version, or left out), by identity: such rows get a warning icon, and the note leads
    /// their tooltip.
    void setAnalysisNotes(const QHash<ResourceId, QString> &notes);
    QString analysisNote(ResourceId id) const { return m_notes.value(id); }

    /// The icon drawn for a kind of policy (distinct per kind).
    static QIcon policyIcon(PolicyIcon kind);
    /// The icon kind of an admin-tier kind (AdminNetworkPolicy, BaselineAdminNetworkPolicy,
    /// ClusterNetworkPolicy).
    static PolicyIcon adminPolicyIcon(ResourceKind kind);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Node;

private:
    const Node *nodeFor(const QModelIndex &index) const;
    void rebuild();
    /// Where a policy row comes from: the list it is in.
    enum class PolicySource { Calico, Kubernetes, Admin };
    static void describePolicy(Node &node, const CalicoPolicy &policy, PolicySource source);
    /// Admin-tier policies: the kind, the tier (`tier`: the one Calico converts it into, empty
    /// when it does not) and the priority.
    static void describeAdminPolicy(Node &node, const AdminPolicy &admin, const QString &tier);
    static std::unique_ptr<Node> skippedAdminGroup(const WorkspaceData &d);
    static std::unique_ptr<Node> tierNode(const OrderedTier &tier);
    static void describeTier(Node &node, const OrderedTier &tier);
    void updateTiers();
    static std::unique_ptr<Node> networkSetsGroup(const WorkspaceData &d);
    static std::unique_ptr<Node> profilesGroup(const WorkspaceData &d);
    static std::unique_ptr<Node> hostEndpointsGroup(const WorkspaceData &d);
    void replaceGroup(const QString &key, std::unique_ptr<Node> group);
    void updatePolicies(const ResourceListDelta &delta, PolicySource source);
    /// The tier's node; a tier only referenced gets one when first needed.
    Node *tierFor(const QString &name);
    /// The row of `tier` where a policy with `key` belongs, leaving out `except`.
    static int rowFor(const Node *tier, const CalicoPolicy &key, const Node *except);
    /// Policies are shown numbered by their place in the tier.
    static void number(Node &policy, int row);
    /// Renumbers rows [first, last] of `tier` and says they changed.
    void renumber(Node *tier, int first, int last);
    /// Rows from `from` on moved up or down: renumbered; the tier's count changed.
    void policyRowsShifted(Node *tier, int from);
    void dropIfEmptyAndUndefined(Node *tier);

    Workspace m_workspace;
    QHash<ResourceId, QString> m_notes;
};

} // namespace ps
