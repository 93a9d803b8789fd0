#include "ui/workspacetreemodel.h"
#include "ui/standardicon.h"

#include <algorithm>
#include <optional>
#include <vector>

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

#include "core/kube/adminconvert.h"
#include "core/kube/kubeconvert.h"
#include "core/model/excerpt.h"

namespace ps {

struct WorkspaceTreeModel::Node : TreeNode {
    QString name; // as shown; policies: "<position in the tier>. <label>"
    QString label; // policies: the name without the position
    QString detail;
    QString tooltip;
    NodeKind kind = NodeKind::Group;
    PolicyIcon icon = PolicyIcon::Global;
    RuleRef ref;
    CalicoPolicy orderKey; // policies: what their place in the tier depends on (policyOrder)
    bool defined = true; // tiers: a Tier resource or a built-in tier

    Node *add(NodeKind k, QString n, QString d, QString nodeKey, ResourceId resource = {})
    {
        auto child = std::make_unique<Node>();
        child->kind = k;
        child->name = std::move(n);
        child->detail = std::move(d);
        child->key = std::move(nodeKey);
        child->id = resource;
        return append(std::move(child));
    }

    static std::unique_ptr<Node> group(QString groupName, QString groupKey)
    {
        auto node = std::make_unique<Node>();
        node->name = std::move(groupName);
        node->key = std::move(groupKey);
        return node;
    }
};

namespace {

/// The most of one name or line the tree shows: longer than any valid name ("namespace/name").
constexpr qsizetype kMaxShownLength = 400;

/// `text` with each line cut to kMaxShownLength characters.
QString shortLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = excerpt(line, 0, kMaxShownLength);
    return lines.join(u'\n');
}

QString formatOrder(const std::optional<double> &order)
{
    return order ? QString::number(*order, 'g', 15) : WorkspaceTreeModel::tr("none");
}

QString namespacedName(const ObjectMeta &meta)
{
    return meta.namespace_.isEmpty() ? meta.name : meta.namespace_ + u'/' + meta.name;
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

const QString kTiersKey = QStringLiteral("group:tiers");
// The groups after the tiers, in the order the tree shows them.
const QStringList kGroupKeys
    = {QStringLiteral("group:adminskipped"), QStringLiteral("group:networksets"),
        QStringLiteral("group:profiles"), QStringLiteral("group:hostendpoints")};

QString tierKey(const QString &tier)
{
    return QStringLiteral("tier:") + tier;
}

QString tierOf(const CalicoPolicy &p)
{
    return p.tier.isEmpty() ? QStringLiteral("default") : p.tier;
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
    case PolicyIcon::Admin:
        color = QColor(0xc6, 0x28, 0x28);
        letter = QStringLiteral("A");
        break;
    case PolicyIcon::Baseline:
        color = QColor(0x45, 0x5a, 0x64);
        letter = QStringLiteral("B");
        break;
    case PolicyIcon::Cluster:
        color = QColor(0x00, 0x83, 0x8f);
        letter = QStringLiteral("C");
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
    } else if (kind == PolicyIcon::Admin || kind == PolicyIcon::Baseline
        || kind == PolicyIcon::Cluster) {
        // The cluster-wide kinds of the network-policy API: a shield, they sit above (admin)
        // or below (baseline) everyone's policies.
        QPainterPath path;
        const qreal w = box.width();
        path.moveTo(box.left() + w / 2, box.top());
        path.lineTo(box.right(), box.top() + w * 0.18);
        path.lineTo(box.right(), box.top() + w * 0.5);
        path.quadTo(box.right(), box.bottom() - w * 0.12, box.left() + w / 2, box.bottom());
        path.quadTo(box.left(), box.bottom() - w * 0.12, box.left(), box.top() + w * 0.5);
        path.lineTo(box.left(), box.top() + w * 0.18);
        path.closeSubpath();
        painter.fillPath(path, color);
        painter.setPen(Qt::white);
        font.setPixelSize(int(size * 0.6));
        painter.setFont(font);
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

WorkspaceTreeModel::PolicyIcon WorkspaceTreeModel::adminPolicyIcon(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::BaselineAdminNetworkPolicy:
        return PolicyIcon::Baseline;
    case ResourceKind::ClusterNetworkPolicy:
        return PolicyIcon::Cluster;
    default:
        return PolicyIcon::Admin;
    }
}

void WorkspaceTreeModel::setWorkspace(const Workspace &workspace, const WorkspaceDelta &delta)
{
    const ResourceListDelta &policies = delta.of(&WorkspaceData::policies);
    const ResourceListDelta &kubernetes = delta.of(&WorkspaceData::kubernetesPolicies);
    const ResourceListDelta &admin = delta.of(&WorkspaceData::adminPolicies);
    const qsizetype touched = policies.added.size() + policies.removed.size()
        + policies.changed.size() + kubernetes.added.size() + kubernetes.removed.size()
        + kubernetes.changed.size() + admin.added.size() + admin.removed.size()
        + admin.changed.size();
    // Past a few hundred rows, one rebuild is cheaper than row-by-row updates; another Calico
    // release converts every admin-tier policy anew.
    if (delta.isReplacement() || touched > kMaxRowUpdates
        || workspace.data().calicoVersion != m_workspace.data().calicoVersion) {
        beginResetModel();
        m_workspace = workspace;
        rebuild();
        endResetModel();
        return;
    }
    m_workspace = workspace;
    // Tiers first: a policy moved to a tier the same edit defined finds its node in place.
    if (delta.touches(&WorkspaceData::tiers))
        updateTiers();
    updatePolicies(policies, PolicySource::Calico);
    updatePolicies(kubernetes, PolicySource::Kubernetes);
    const WorkspaceData &d = m_workspace.data();
    if (delta.touches(&WorkspaceData::adminPolicies)) {
        // One row per policy: the ones not enforced leave their group while rows move.
        replaceGroup(kGroupKeys[0], nullptr);
        updatePolicies(delta.of(&WorkspaceData::adminPolicies), PolicySource::Admin);
        replaceGroup(kGroupKeys[0], skippedAdminGroup(d));
    }
    if (delta.touches(&WorkspaceData::networkSets))
        replaceGroup(kGroupKeys[1], networkSetsGroup(d));
    if (delta.touches(&WorkspaceData::profiles))
        replaceGroup(kGroupKeys[2], profilesGroup(d));
    if (delta.touches(&WorkspaceData::hostEndpoints))
        replaceGroup(kGroupKeys[3], hostEndpointsGroup(d));
}

void WorkspaceTreeModel::describePolicy(Node &node, const CalicoPolicy &p, PolicySource source)
{
    const bool kubernetes = source == PolicySource::Kubernetes;
    node.kind = source == PolicySource::Admin ? NodeKind::AdminPolicy
        : kubernetes                          ? NodeKind::KubernetesPolicy
                                              : NodeKind::Policy;
    node.id = p.source.id;
    node.key = resourceKey(u"policy", p.source.id);
    node.ref = policyRef(p);
    node.label = namespacedName(p.meta);
    node.detail = node.ref.kind + QStringLiteral(", ") + tr("order %1").arg(formatOrder(p.order))
        + QStringLiteral(", ") + p.types.join(u'+');
    node.icon = iconFor(p, kubernetes);
    node.tooltip = node.ref.kind + u' ' + node.ref.policy + u'\n'
        + (p.selector.isEmpty() ? tr("selects: all endpoints") : tr("selects: %1").arg(p.selector));
    if (p.isStaged())
        node.tooltip += u'\n' + tr("staged: evaluated but not enforced");
    node.orderKey = CalicoPolicy {};
    node.orderKey.kind = p.kind;
    node.orderKey.meta.name = p.meta.name;
    node.orderKey.meta.namespace_ = p.meta.namespace_;
    node.orderKey.order = p.order;
}

void WorkspaceTreeModel::describeAdminPolicy(
    Node &node, const AdminPolicy &admin, const QString &tier)
{
    node.kind = NodeKind::AdminPolicy;
    node.id = admin.source.id;
    node.icon = adminPolicyIcon(admin.kind);
    node.label = admin.meta.name;
    const QString kind = kindName(admin.kind);
    QStringList detail {kind};
    // Converted: the tier Calico puts it in; else the tier written (ClusterNetworkPolicy).
    const QString shownTier = tier.isEmpty() ? admin.tier : tier;
    if (!shownTier.isEmpty())
        detail.append(tr("tier %1").arg(shownTier));
    detail.append(admin.priority ? tr("priority %1").arg(*admin.priority) : tr("no priority"));
    node.detail = detail.join(QStringLiteral(", "));
    node.tooltip = kind + u' ' + admin.meta.name + u'\n' + node.tooltip.section(u'\n', 1);
}

std::unique_ptr<WorkspaceTreeModel::Node> WorkspaceTreeModel::skippedAdminGroup(
    const WorkspaceData &d)
{
    std::unique_ptr<Node> group;
    for (const AdminPolicy &a : d.adminPolicies) {
        const AdminConversion converted = convertAdminPolicy(a, d.calicoVersion);
        if (converted.policy)
            continue;
        if (!group)
            group = Node::group(tr("Admin policies not enforced"), kGroupKeys[0]);
        Node *n = group->add(NodeKind::AdminPolicy, a.meta.name, QString(),
            resourceKey(u"policy", a.source.id), a.source.id);
        describeAdminPolicy(*n, a, QString());
        n->name = a.meta.name;
        n->tooltip = kindName(a.kind) + u' ' + a.meta.name + u'\n' + converted.skipped;
        n->detail += QStringLiteral(", ") + tr("not enforced");
    }
    return group;
}

void WorkspaceTreeModel::describeTier(Node &node, const OrderedTier &t)
{
    node.kind = NodeKind::Tier;
    node.name = t.name;
    node.detail = t.defined
        ? tr("order %1, end of tier: %2").arg(formatOrder(t.order), t.defaultAction)
        : tr("not defined: referenced by a policy, treated as Deny");
    node.key = tierKey(t.name);
    node.defined = t.defined;
}

std::unique_ptr<WorkspaceTreeModel::Node> WorkspaceTreeModel::tierNode(const OrderedTier &t)
{
    auto tier = std::make_unique<Node>();
    describeTier(*tier, t);
    return tier;
}

void WorkspaceTreeModel::updateTiers()
{
    TreeNode *tiers = nodeForKey(kTiersKey);
    // The tiers that exist, in evaluation order (no policies given: none is only referenced).
    const QList<OrderedTier> defined = orderPolicies(m_workspace, {}, true);
    int row = 0;
    for (const OrderedTier &t : defined) {
        auto *node = static_cast<Node *>(nodeForKey(tierKey(t.name)));
        if (!node) {
            insertNode(tiers, row++, tierNode(t));
            continue;
        }
        describeTier(*node, t);
        if (node->row != row)
            moveNode(node, tiers, row);
        nodeChanged(node);
        ++row;
    }
    // What is left no longer exists: a tier its policies still name stays, "not defined", among
    // the others only referenced (after the defined tiers, by name); an empty one goes.
    for (int i = int(tiers->children.size()) - 1; i >= row; --i) {
        auto *node = static_cast<Node *>(tiers->children[size_t(i)].get());
        if (node->children.empty()) {
            removeNode(node);
            continue;
        }
        OrderedTier referenced;
        referenced.name = node->name;
        referenced.defined = false;
        describeTier(*node, referenced);
        nodeChanged(node);
    }
    for (int sorted = row; sorted < int(tiers->children.size()); ++sorted) {
        // Selection sort by moves: few tiers, and each move keeps the views' state.
        int least = sorted;
        for (int i = sorted + 1; i < int(tiers->children.size()); ++i) {
            const auto *a = static_cast<const Node *>(tiers->children[size_t(i)].get());
            const auto *b = static_cast<const Node *>(tiers->children[size_t(least)].get());
            if (a->name.compare(b->name, Qt::CaseSensitive) < 0)
                least = i;
        }
        if (least != sorted)
            moveNode(tiers->children[size_t(least)].get(), tiers, sorted);
    }
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
    const qsizetype firstAdmin = policies.size();
    QList<const AdminPolicy *> admins; // what each converted admin-tier policy was
    for (const AdminPolicy &a : d.adminPolicies) {
        if (std::optional<CalicoPolicy> converted = convertAdminPolicy(a, d.calicoVersion).policy) {
            policies.append(*converted);
            admins.append(&a);
        }
    }

    Node *tiers = root->add(NodeKind::Group, tr("Tiers"), tr("in evaluation order"), kTiersKey);
    for (const OrderedTier &t : orderPolicies(m_workspace, policies)) {
        Node *tier = tiers->append(tierNode(t));
        for (qsizetype i : t.policies) {
            auto node = std::make_unique<Node>();
            if (i >= firstAdmin) {
                describePolicy(*node, policies[i], PolicySource::Admin);
                describeAdminPolicy(*node, *admins[i - firstAdmin], tierOf(policies[i]));
            } else {
                describePolicy(*node, policies[i],
                    i >= firstKubernetes ? PolicySource::Kubernetes : PolicySource::Calico);
            }
            number(*node, int(tier->children.size()));
            tier->append(std::move(node));
        }
    }
    std::unique_ptr<Node> groups[]
        = {skippedAdminGroup(d), networkSetsGroup(d), profilesGroup(d), hostEndpointsGroup(d)};
    for (std::unique_ptr<Node> &group : groups) {
        if (group)
            root->append(std::move(group));
    }
    resetTree(std::move(root));
}

std::unique_ptr<WorkspaceTreeModel::Node> WorkspaceTreeModel::networkSetsGroup(
    const WorkspaceData &d)
{
    if (d.networkSets.isEmpty())
        return nullptr;
    auto group = Node::group(tr("Network sets"), kGroupKeys[1]);
    for (const NetworkSet &s : d.networkSets) {
        const QString name = s.global ? s.meta.name : namespacedName(s.meta);
        Node *n = group->add(NodeKind::NetworkSet, name, s.nets.join(QStringLiteral(", ")),
            resourceKey(s.global ? u"gnetset" : u"netset", s.source.id), s.source.id);
        n->tooltip = s.global ? tr("GlobalNetworkSet %1").arg(name) : tr("NetworkSet %1").arg(name);
    }
    return group;
}

std::unique_ptr<WorkspaceTreeModel::Node> WorkspaceTreeModel::profilesGroup(const WorkspaceData &d)
{
    if (d.profiles.isEmpty())
        return nullptr;
    auto group = Node::group(tr("Profiles"), kGroupKeys[2]);
    for (const Profile &p : d.profiles) {
        group->add(NodeKind::Profile, p.meta.name,
            tr("%1 ingress, %2 egress rules").arg(p.ingress.size()).arg(p.egress.size()),
            resourceKey(u"profile", p.source.id), p.source.id);
    }
    return group;
}

std::unique_ptr<WorkspaceTreeModel::Node> WorkspaceTreeModel::hostEndpointsGroup(
    const WorkspaceData &d)
{
    if (d.hostEndpoints.isEmpty())
        return nullptr;
    auto group = Node::group(tr("Host endpoints"), kGroupKeys[3]);
    for (const HostEndpoint &h : d.hostEndpoints) {
        group->add(NodeKind::HostEndpoint, h.meta.name,
            tr("node %1, %2").arg(h.node, h.expectedIPs.join(QStringLiteral(", "))),
            resourceKey(u"hep", h.source.id), h.source.id);
    }
    return group;
}

void WorkspaceTreeModel::replaceGroup(const QString &key, std::unique_ptr<Node> group)
{
    if (TreeNode *old = nodeForKey(key))
        removeNode(old);
    if (!group)
        return;
    // After the tiers and the groups listed before this one.
    const qsizetype rank = kGroupKeys.indexOf(key);
    int row = 0;
    for (const auto &child : root()->children) {
        if (child->key == kTiersKey || kGroupKeys.indexOf(child->key) < rank)
            ++row;
    }
    insertNode(root(), row, std::move(group));
}

WorkspaceTreeModel::Node *WorkspaceTreeModel::tierFor(const QString &name)
{
    if (TreeNode *tier = nodeForKey(tierKey(name)))
        return static_cast<Node *>(tier);
    // Only referenced: after the defined tiers, by name, as orderPolicies() places them.
    TreeNode *tiers = nodeForKey(kTiersKey);
    int row = 0;
    for (const auto &child : tiers->children) {
        const auto *t = static_cast<const Node *>(child.get());
        if (t->defined || t->name.compare(name, Qt::CaseSensitive) < 0)
            ++row;
    }
    OrderedTier t;
    t.name = name;
    t.defined = false;
    return insertNode(tiers, row, tierNode(t));
}

int WorkspaceTreeModel::rowFor(const Node *tier, const CalicoPolicy &key, const Node *except)
{
    // Binary search over the tier's policies in evaluation order, `except` left out; equal
    // keys (duplicates) go last, as a later policy of the list would.
    const int skip = except && except->parent == tier ? except->row : -1;
    const auto at = [&](int i) {
        return static_cast<const Node *>(
            tier->children[size_t(skip >= 0 && i >= skip ? i + 1 : i)].get());
    };
    int low = 0;
    int high = int(tier->children.size()) - (skip >= 0 ? 1 : 0);
    while (low < high) {
        const int mid = (low + high) / 2;
        if (policyEvaluatedBefore(key, at(mid)->orderKey))
            high = mid;
        else
            low = mid + 1;
    }
    return low;
}

void WorkspaceTreeModel::number(Node &policy, int row)
{
    policy.name = QString::number(row + 1) + QStringLiteral(". ") + policy.label;
}

void WorkspaceTreeModel::renumber(Node *tier, int first, int last)
{
    last = std::min(last, int(tier->children.size()) - 1);
    for (int row = first; row <= last; ++row)
        number(*static_cast<Node *>(tier->children[size_t(row)].get()), row);
    rowsChanged(tier, first, last);
}

void WorkspaceTreeModel::policyRowsShifted(Node *tier, int from)
{
    renumber(tier, from, int(tier->children.size()) - 1);
    nodeChanged(tier); // the count in its tooltip
}

void WorkspaceTreeModel::dropIfEmptyAndUndefined(Node *tier)
{
    if (tier->children.empty() && !tier->defined)
        removeNode(tier);
}

void WorkspaceTreeModel::updatePolicies(const ResourceListDelta &delta, PolicySource source)
{
    const auto removeRow = [this](Node *node) {
        auto *tier = static_cast<Node *>(node->parent);
        const int row = node->row;
        removeNode(node);
        policyRowsShifted(tier, row);
        dropIfEmptyAndUndefined(tier);
    };
    // A policy row in a tier (not one of the admin policies Calico does not enforce).
    const auto tierRowFor = [this](ResourceId id) -> Node * {
        auto *node = static_cast<Node *>(nodeForResource(id));
        return node && node->parent && static_cast<Node *>(node->parent)->kind == NodeKind::Tier
            ? node
            : nullptr;
    };
    for (ResourceId id : delta.removed) {
        if (Node *node = tierRowFor(id))
            removeRow(node);
    }
    const WorkspaceData &d = m_workspace.data();
    const auto policyOf = [&](ResourceId id) -> std::optional<CalicoPolicy> {
        if (source == PolicySource::Kubernetes) {
            const qsizetype i = indexOfResource(d.kubernetesPolicies, id);
            if (i >= 0)
                return convertKubernetesPolicy(d.kubernetesPolicies[i]).policy;
        } else if (source == PolicySource::Admin) {
            const qsizetype i = indexOfResource(d.adminPolicies, id);
            if (i >= 0)
                return convertAdminPolicy(d.adminPolicies[i], d.calicoVersion).policy;
        } else if (const qsizetype i = indexOfResource(d.policies, id); i >= 0) {
            return d.policies[i];
        }
        return std::nullopt;
    };
    const auto describe = [&](Node &node, const CalicoPolicy &p, ResourceId id) {
        describePolicy(node, p, source);
        if (source == PolicySource::Admin)
            describeAdminPolicy(
                node, d.adminPolicies[indexOfResource(d.adminPolicies, id)], tierOf(p));
    };
    QList<ResourceId> added = delta.added;
    for (ResourceId id : delta.changed) {
        Node *node = tierRowFor(id);
        const std::optional<CalicoPolicy> p = policyOf(id);
        if (!node) {
            // An admin-tier policy Calico now converts (it was skipped before).
            if (p)
                added.append(id);
            continue;
        }
        if (!p) {
            removeRow(node); // an admin-tier policy Calico no longer converts
            continue;
        }
        auto *from = static_cast<Node *>(node->parent);
        describe(*node, *p, id);
        Node *to = tierFor(tierOf(*p));
        const int oldRow = node->row;
        const int row = rowFor(to, node->orderKey, node);
        if (to == from && row == oldRow) {
            number(*node, row);
            nodeChanged(node);
            continue;
        }
        moveNode(node, to, row);
        if (to == from) {
            renumber(to, std::min(oldRow, row), std::max(oldRow, row));
        } else {
            policyRowsShifted(from, oldRow);
            policyRowsShifted(to, row);
            dropIfEmptyAndUndefined(from);
        }
    }
    for (ResourceId id : std::as_const(added)) {
        const std::optional<CalicoPolicy> p = policyOf(id);
        if (!p)
            continue;
        auto node = std::make_unique<Node>();
        describe(*node, *p, id);
        Node *tier = tierFor(tierOf(*p));
        const int row = rowFor(tier, node->orderKey, nullptr);
        number(*node, row);
        insertNode(tier, row, std::move(node));
        policyRowsShifted(tier, row + 1);
    }
}

const WorkspaceTreeModel::Node *WorkspaceTreeModel::nodeFor(const QModelIndex &index) const
{
    return static_cast<const Node *>(treeNode(index));
}

void WorkspaceTreeModel::setAnalysisNotes(const QHash<ResourceId, QString> &notes)
{
    if (notes == m_notes)
        return;
    QList<ResourceId> touched = m_notes.keys();
    touched += notes.keys();
    m_notes = notes;
    for (const ResourceId id : std::as_const(touched)) {
        const QModelIndex row = indexForResource(id);
        if (row.isValid())
            Q_EMIT dataChanged(
                row, row.siblingAtColumn(ColumnCount - 1), {Qt::DecorationRole, Qt::ToolTipRole});
    }
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
        // Cut, so that a name or selector of 200 KB (invalid, but loaded) is not laid out
        // whole; no valid name is this long.
        return excerpt(index.column() == NameColumn ? n->name : n->detail, 0, kMaxShownLength);
    case Qt::ToolTipRole:
        if (const QString note = m_notes.value(n->id); !n->id.isNull() && !note.isEmpty())
            return shortLines(n->tooltip.isEmpty() ? note : note + u'\n' + n->tooltip);
        if (n->kind == NodeKind::Tier) {
            return tr("Tier %1: %n policies", nullptr, int(n->children.size()))
                .arg(excerpt(n->name, 0, kMaxShownLength));
        }
        return n->tooltip.isEmpty() ? QVariant() : QVariant(shortLines(n->tooltip));
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        if (!n->id.isNull() && m_notes.contains(n->id))
            return standardIcon(QStyle::SP_MessageBoxWarning);
        switch (n->kind) {
        case NodeKind::Policy:
        case NodeKind::KubernetesPolicy:
        case NodeKind::AdminPolicy:
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
    case ResourceIdRole:
        return n->id.isNull() ? QVariant() : QVariant::fromValue(n->id);
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
