#include "ui/workspacetreemodel.h"

#include <vector>

#include <QMap>

#include "core/eval/policyorder.h"
#include "core/io/kubeconvert.h"

namespace ps {

struct WorkspaceTreeModel::Node {
    QString name;
    QString detail;
    QString tooltip;
    NodeKind kind = NodeKind::Group;
    qsizetype resourceIndex = -1;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(NodeKind k, QString n, QString d = {}, qsizetype index = -1)
    {
        auto child = std::make_unique<Node>();
        child->kind = k;
        child->name = std::move(n);
        child->detail = std::move(d);
        child->resourceIndex = index;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

QString formatOrder(const std::optional<double> &order)
{
    return order ? QString::number(*order, 'g', 15) : WorkspaceTreeModel::tr("none");
}

QString formatLabels(const Labels &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(QStringLiteral(", "));
}

} // namespace

WorkspaceTreeModel::WorkspaceTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

WorkspaceTreeModel::~WorkspaceTreeModel() = default;

void WorkspaceTreeModel::setWorkspace(const Workspace &workspace, const Diagnostics &diagnostics)
{
    beginResetModel();
    m_workspace = workspace;
    rebuild(diagnostics);
    endResetModel();
}

void WorkspaceTreeModel::rebuild(const Diagnostics &diagnostics)
{
    m_root = std::make_unique<Node>();
    const WorkspaceData &d = m_workspace.data();

    // Calico policies and converted Kubernetes policies share the tier ordering.
    QList<CalicoPolicy> policies = d.policies;
    const qsizetype firstKubernetes = policies.size();
    for (const KubernetesNetworkPolicy &k : d.kubernetesPolicies)
        policies.append(convertKubernetesPolicy(k).policy);

    Node *tiers = m_root->add(NodeKind::Group, tr("Tiers"), tr("in evaluation order"));
    for (const OrderedTier &t : orderPolicies(m_workspace, policies)) {
        const QString detail = t.defined
            ? tr("order %1, end of tier: %2").arg(formatOrder(t.order), t.defaultAction)
            : tr("not defined: referenced by a policy, treated as Deny");
        Node *tier = tiers->add(NodeKind::Tier, t.name, detail);
        int position = 1;
        for (qsizetype i : t.policies) {
            const CalicoPolicy &p = policies[i];
            const bool kubernetes = i >= firstKubernetes;
            const QString name = p.meta.namespace_.isEmpty() ? p.meta.name
                                                             : p.meta.namespace_ + u'/' + p.meta.name;
            QString detail = kindDisplayName(p.kind) + QStringLiteral(", ")
                + tr("order %1").arg(formatOrder(p.order)) + QStringLiteral(", ")
                + p.types.join(u'+');
            Node *node = tier->add(kubernetes ? NodeKind::KubernetesPolicy : NodeKind::Policy,
                                   QString::number(position++) + QStringLiteral(". ") + name,
                                   detail, kubernetes ? i - firstKubernetes : i);
            node->tooltip = p.selector.isEmpty() ? tr("selects: all endpoints")
                                                 : tr("selects: %1").arg(p.selector);
        }
    }

    if (!d.profiles.isEmpty()) {
        Node *group = m_root->add(NodeKind::Group, tr("Profiles"));
        for (qsizetype i = 0; i < d.profiles.size(); ++i)
            group->add(NodeKind::Profile, d.profiles[i].meta.name,
                       tr("%1 ingress, %2 egress rules")
                           .arg(d.profiles[i].ingress.size())
                           .arg(d.profiles[i].egress.size()),
                       i);
    }
    if (!d.networkSets.isEmpty()) {
        Node *group = m_root->add(NodeKind::Group, tr("Network sets"));
        for (qsizetype i = 0; i < d.networkSets.size(); ++i) {
            const NetworkSet &s = d.networkSets[i];
            const QString name = s.global ? s.meta.name : s.meta.namespace_ + u'/' + s.meta.name;
            group->add(NodeKind::NetworkSet, name, s.nets.join(QStringLiteral(", ")), i);
        }
    }
    if (!d.hostEndpoints.isEmpty()) {
        Node *group = m_root->add(NodeKind::Group, tr("Host endpoints"));
        for (qsizetype i = 0; i < d.hostEndpoints.size(); ++i) {
            const HostEndpoint &h = d.hostEndpoints[i];
            group->add(NodeKind::HostEndpoint, h.meta.name,
                       tr("node %1, %2").arg(h.node, h.expectedIPs.join(QStringLiteral(", "))), i);
        }
    }

    Node *inventory = m_root->add(NodeKind::Group, tr("Inventory"),
                                  tr("%1 namespaces, %2 pods").arg(d.namespaces.size()).arg(d.pods.size()));
    QMap<QString, Node *> namespaces;
    auto namespaceNode = [&](const QString &name) {
        auto it = namespaces.find(name);
        if (it == namespaces.end())
            it = namespaces.insert(name, inventory->add(NodeKind::Namespace, name));
        return *it;
    };
    for (qsizetype i = 0; i < d.namespaces.size(); ++i) {
        Node *n = namespaceNode(d.namespaces[i].meta.name);
        n->detail = formatLabels(d.namespaces[i].meta.labels);
        n->resourceIndex = i;
    }
    for (qsizetype i = 0; i < d.pods.size(); ++i) {
        const Pod &p = d.pods[i];
        Node *n = namespaceNode(p.meta.namespace_)->add(
            NodeKind::Pod, p.meta.name,
            tr("%1  sa %2  %3").arg(p.podIPs.join(QStringLiteral(", ")), p.serviceAccountName,
                                     formatLabels(p.meta.labels)),
            i);
        n->tooltip = tr("node %1").arg(p.nodeName);
    }
    for (qsizetype i = 0; i < d.workloads.size(); ++i) {
        const WorkloadTemplate &w = d.workloads[i];
        namespaceNode(w.meta.namespace_)
            ->add(NodeKind::Workload, w.meta.name,
                  kindName(w.kind) + QStringLiteral("  ") + formatLabels(w.templateLabels), i);
    }
    for (qsizetype i = 0; i < d.services.size(); ++i) {
        const Service &s = d.services[i];
        namespaceNode(s.meta.namespace_)
            ->add(NodeKind::Service, tr("service %1").arg(s.meta.name), s.clusterIP, i);
    }
    if (!d.nodes.isEmpty()) {
        Node *group = inventory->add(NodeKind::Group, tr("Nodes"));
        for (qsizetype i = 0; i < d.nodes.size(); ++i) {
            QStringList addresses;
            for (const NodeAddress &a : d.nodes[i].addresses) {
                if (a.type == u"InternalIP" || a.type == u"ExternalIP")
                    addresses.append(a.address);
            }
            group->add(NodeKind::Node, d.nodes[i].meta.name, addresses.join(QStringLiteral(", ")), i);
        }
    }

    Node *problems = m_root->add(NodeKind::Group, tr("Problems"),
                                 diagnostics.isEmpty() ? tr("none") : QString::number(diagnostics.size()));
    for (qsizetype i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic &diag = diagnostics[i];
        Node *n = problems->add(NodeKind::Problem, diag.message,
                                QStringLiteral("%1:%2:%3").arg(diag.file).arg(diag.line).arg(diag.column), i);
        n->tooltip = diag.toString();
    }
}

WorkspaceTreeModel::Node *WorkspaceTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex WorkspaceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeFor(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex WorkspaceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *p = nodeFor(child)->parent;
    if (p == m_root.get() || p == nullptr)
        return {};
    return createIndex(p->row, 0, p);
}

int WorkspaceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int WorkspaceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant WorkspaceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? n->name : n->detail;
    case Qt::ToolTipRole:
        return n->tooltip.isEmpty() ? QVariant() : QVariant(n->tooltip);
    case NodeKindRole:
        return QVariant::fromValue(n->kind);
    case ResourceIndexRole:
        return QVariant::fromValue(n->resourceIndex);
    default:
        return {};
    }
}

QVariant WorkspaceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Details");
}

} // namespace ps
