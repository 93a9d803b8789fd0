#include "ui/workspacetreemodel.h"
#include "ui/standardicon.h"

#include <vector>

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

#include "core/eval/policyorder.h"
#include "core/kube/kubeconvert.h"

namespace ps {

struct WorkspaceTreeModel::Node : TreeNode {
    QString name;
    QString detail;
    QString tooltip;
    NodeKind kind = NodeKind::Group;
    PolicyIcon icon = PolicyIcon::Global;
    RuleRef ref;
    qsizetype resourceIndex = -1;

    Node *add(NodeKind k, QString n, QString d, QString nodeKey, qsizetype index = -1)
    {
        auto child = std::make_unique<Node>();
        child->kind = k;
        child->name = std::move(n);
        child->detail = std::move(d);
        child->key = std::move(nodeKey);
        child->resourceIndex = index;
        return append(std::move(child));
    }
};

namespace {

QString formatOrder(const std::optional<double> &order)
{
    return order ? QString::number(*order, 'g', 15) : WorkspaceTreeModel::tr("none");
}

QString namespacedName(const ObjectMeta &meta)
{
    return meta.namespace_.isEmpty() ? meta.name : meta.namespace_ + u'/' + meta.name;
}

/// Policies are named as the engine names them (RuleRef): namespaced kinds always carry a
/// namespace, "default" when none was written.
QString engineName(const CalicoPolicy &p)
{
    if (!kindIsNamespaced(p.kind))
        return p.meta.name;
    const QString ns = p.meta.namespace_.isEmpty() ? QStringLiteral("default") : p.meta.namespace_;
    return ns + u'/' + p.meta.name;
}

WorkspaceTreeModel::PolicyIcon iconFor(const CalicoPolicy &p, bool kubernetes)
{
    if (p.isStaged())
        return WorkspaceTreeModel::PolicyIcon::Staged;
    if (kubernetes)
        return WorkspaceTreeModel::PolicyIcon::Kubernetes;
    return p.isGlobal() ? WorkspaceTreeModel::PolicyIcon::Global
                        : WorkspaceTreeModel::PolicyIcon::Namespaced;
}

QPixmap drawPolicyIcon(WorkspaceTreeModel::PolicyIcon kind, int size)
{
    using PolicyIcon = WorkspaceTreeModel::PolicyIcon;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(0, 0, size, size).adjusted(1, 1, -1, -1);
    QColor color;
    QString letter;
    switch (kind) {
    case PolicyIcon::Global:
        color = QColor(0x2e, 0x7d, 0x32);
        letter = QStringLiteral("G");
        break;
    case PolicyIcon::Namespaced:
        color = QColor(0x15, 0x65, 0xc0);
        letter = QStringLiteral("N");
        break;
    case PolicyIcon::Kubernetes:
        color = QColor(0x6a, 0x1b, 0x9a);
        letter = QStringLiteral("K");
        break;
    case PolicyIcon::Staged:
        color = QColor(0xe6, 0x51, 0x00);
        letter = QStringLiteral("S");
        break;
    }
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(int(size * 0.7));
    painter.setFont(font);
    if (kind == PolicyIcon::Staged) {
        // Staged policies are not enforced: an outline, dashed, instead of a solid badge.
        QPen pen(color, qMax(1.5, size / 10.0), Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(QColor(255, 255, 255, 200));
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), size / 5.0, size / 5.0);
        painter.setPen(color);
    } else if (kind == PolicyIcon::Kubernetes) {
        // A heptagon-ish wheel shape for Kubernetes.
        QPainterPath path;
        path.addEllipse(box);
        painter.fillPath(path, color);
        painter.setPen(Qt::white);
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(box, size / 5.0, size / 5.0);
        painter.setPen(Qt::white);
    }
    painter.drawText(box, Qt::AlignCenter, letter);
    return pixmap;
}

} // namespace

WorkspaceTreeModel::WorkspaceTreeModel(QObject *parent) : NodeTreeModel(parent) { }

WorkspaceTreeModel::~WorkspaceTreeModel() = default;

QIcon WorkspaceTreeModel::policyIcon(PolicyIcon kind)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(kind));
    if (it == cache.end()) {
        QIcon icon;
        for (int size : {16, 24, 32})
            icon.addPixmap(drawPolicyIcon(kind, size));
        it = cache.insert(int(kind), icon);
    }
    return *it;
}

void WorkspaceTreeModel::setWorkspace(const Workspace &workspace)
{
    beginResetModel();
    m_workspace = workspace;
    rebuild();
    endResetModel();
}

void WorkspaceTreeModel::rebuild()
{
    auto root = std::make_unique<Node>();
    const WorkspaceData &d = m_workspace.data();

    // Calico policies and converted Kubernetes policies share the tier ordering.
    QList<CalicoPolicy> policies = d.policies;
    const qsizetype firstKubernetes = policies.size();
    for (const KubernetesNetworkPolicy &k : d.kubernetesPolicies)
        policies.append(convertKubernetesPolicy(k).policy);

    Node *tiers = root->add(
        NodeKind::Group, tr("Tiers"), tr("in evaluation order"), QStringLiteral("group:tiers"));
    for (const OrderedTier &t : orderPolicies(m_workspace, policies)) {
        const QString detail = t.defined
            ? tr("order %1, end of tier: %2").arg(formatOrder(t.order), t.defaultAction)
            : tr("not defined: referenced by a policy, treated as Deny");
        Node *tier = tiers->add(NodeKind::Tier, t.name, detail, QStringLiteral("tier:") + t.name);
        tier->tooltip = tr("Tier %1: %n policies", nullptr, int(t.policies.size())).arg(t.name);
        int position = 1;
        for (qsizetype i : t.policies) {
            const CalicoPolicy &p = policies[i];
            const bool kubernetes = i >= firstKubernetes;
            RuleRef ref;
            ref.kind = kindDisplayName(p.kind);
            ref.policy = engineName(p);
            const QString detail = ref.kind + QStringLiteral(", ")
                + tr("order %1").arg(formatOrder(p.order)) + QStringLiteral(", ")
                + p.types.join(u'+');
            Node *node = tier->add(kubernetes ? NodeKind::KubernetesPolicy : NodeKind::Policy,
                QString::number(position++) + QStringLiteral(". ") + namespacedName(p.meta), detail,
                QStringLiteral("policy:") + ref.kind + u'/' + ref.policy,
                kubernetes ? i - firstKubernetes : i);
            node->icon = iconFor(p, kubernetes);
            node->ref = ref;
            node->tooltip = ref.kind + u' ' + ref.policy + u'\n'
                + (p.selector.isEmpty() ? tr("selects: all endpoints")
                                        : tr("selects: %1").arg(p.selector));
            if (p.isStaged())
                node->tooltip += u'\n' + tr("staged: evaluated but not enforced");
        }
    }

    if (!d.networkSets.isEmpty()) {
        Node *group = root->add(
            NodeKind::Group, tr("Network sets"), {}, QStringLiteral("group:networksets"));
        for (qsizetype i = 0; i < d.networkSets.size(); ++i) {
            const NetworkSet &s = d.networkSets[i];
            const QString name = s.global ? s.meta.name : namespacedName(s.meta);
            Node *n = group->add(NodeKind::NetworkSet, name, s.nets.join(QStringLiteral(", ")),
                (s.global ? QStringLiteral("gnetset:") : QStringLiteral("netset:")) + name, i);
            n->tooltip
                = s.global ? tr("GlobalNetworkSet %1").arg(name) : tr("NetworkSet %1").arg(name);
        }
    }
    if (!d.profiles.isEmpty()) {
        Node *group
            = root->add(NodeKind::Group, tr("Profiles"), {}, QStringLiteral("group:profiles"));
        for (qsizetype i = 0; i < d.profiles.size(); ++i)
            group->add(NodeKind::Profile, d.profiles[i].meta.name,
                tr("%1 ingress, %2 egress rules")
                    .arg(d.profiles[i].ingress.size())
                    .arg(d.profiles[i].egress.size()),
                QStringLiteral("profile:") + d.profiles[i].meta.name, i);
    }
    if (!d.hostEndpoints.isEmpty()) {
        Node *group = root->add(
            NodeKind::Group, tr("Host endpoints"), {}, QStringLiteral("group:hostendpoints"));
        for (qsizetype i = 0; i < d.hostEndpoints.size(); ++i) {
            const HostEndpoint &h = d.hostEndpoints[i];
            group->add(NodeKind::HostEndpoint, h.meta.name,
                tr("node %1, %2").arg(h.node, h.expectedIPs.join(QStringLiteral(", "))),
                QStringLiteral("hep:") + h.meta.name, i);
        }
    }
    resetTree(std::move(root));
}

const WorkspaceTreeModel::Node *WorkspaceTreeModel::nodeFor(const QModelIndex &index) const
{
    return static_cast<const Node *>(treeNode(index));
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
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        switch (n->kind) {
        case NodeKind::Policy:
        case NodeKind::KubernetesPolicy:
            return policyIcon(n->icon);
        case NodeKind::Group:
        case NodeKind::Tier:
            return standardIcon(QStyle::SP_DirIcon);
        case NodeKind::NetworkSet:
            return standardIcon(QStyle::SP_DriveNetIcon);
        case NodeKind::Profile:
            return standardIcon(QStyle::SP_FileDialogDetailedView);
        case NodeKind::HostEndpoint:
            return standardIcon(QStyle::SP_ComputerIcon);
        }
        return {};
    case NodeKindRole:
        return QVariant::fromValue(n->kind);
    case ResourceIndexRole:
        return QVariant::fromValue(n->resourceIndex);
    case KeyRole:
        return n->key;
    case RuleRefRole:
        return n->ref.isValid() ? QVariant::fromValue(n->ref) : QVariant();
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
