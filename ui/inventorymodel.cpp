#include "ui/inventorymodel.h"
#include "core/model/protocol.h"
#include "ui/standardicon.h"

#include <algorithm>
#include <array>
#include <vector>

#include <QApplication>
#include <QSet>
#include <map>
#include <type_traits>
#include <QStyle>

namespace ps {

struct InventoryModel::Node : TreeNode {
    // Pods, workload templates and services (tens of thousands in a large cluster) get their
    // columns and tooltip when a view first asks for them; see describe().
    mutable std::array<QString, ColumnCount> text;
    mutable QString tooltip;
    mutable bool described = true;
    QString endpointRef;
    QString nodeName;
    NodeKind kind = NodeKind::Group;
    qsizetype resourceIndex = -1;

    Node *add(NodeKind k, const QString &name, QString nodeKey, qsizetype index = -1)
    {
        auto child = std::make_unique<Node>();
        child->kind = k;
        child->text[NameColumn] = name;
        child->key = std::move(nodeKey);
        child->resourceIndex = index;
        return append(std::move(child));
    }
};

namespace {

QString formatLabels(const Labels &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(QStringLiteral(", "));
}

QString labelLines(const Labels &labels)
{
    if (labels.isEmpty())
        return InventoryModel::tr("no labels");
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts.append(QStringLiteral("  ") + it.key() + u'=' + it.value());
    return InventoryModel::tr("labels:") + u'\n' + parts.join(u'\n');
}

// Sort order of a namespace's rows: pods, then workload templates, then services; each by
// name (byte-wise, like Calico and kubectl), duplicates by id.
int rankOf(InventoryModel::NodeKind kind)
{
    switch (kind) {
    case InventoryModel::NodeKind::Pod:
        return 0;
    case InventoryModel::NodeKind::Workload:
        return 1;
    default:
        return 2;
    }
}

bool shownBefore(const InventoryModel::Node &a, const InventoryModel::Node &b)
{
    const int ra = rankOf(a.kind);
    const int rb = rankOf(b.kind);
    if (ra != rb)
        return ra < rb;
    const int byName = a.text[InventoryModel::NameColumn].compare(
        b.text[InventoryModel::NameColumn], Qt::CaseSensitive);
    if (byName != 0)
        return byName < 0;
    return a.id.value() < b.id.value();
}

const QString kNodesKey = QStringLiteral("group:nodes");

QString namespaceKey(const QString &name)
{
    return QStringLiteral("ns:") + name;
}

// The index of the resource with `id` in `list`; `hint` is where it was last seen.
template<class T> qsizetype findResource(const QList<T> &list, ResourceId id, qsizetype hint)
{
    if (hint >= 0 && hint < list.size() && list[hint].source.id == id)
        return hint;
    return indexOfResource(list, id);
}

} // namespace

InventoryModel::InventoryModel(QObject *parent) : NodeTreeModel(parent) { }

InventoryModel::~InventoryModel() = default;

void InventoryModel::setWorkspace(const Workspace &workspace, const WorkspaceDelta &delta)
{
    if (!delta.isReplacement() && !delta.touches(&WorkspaceData::namespaces)
        && !delta.touches(&WorkspaceData::pods) && !delta.touches(&WorkspaceData::workloads)
        && !delta.touches(&WorkspaceData::services) && !delta.touches(&WorkspaceData::nodes)) {
        m_workspace = workspace; // nothing this tree shows changed
        return;
    }
    const Workspace before = m_workspace;
    m_workspace = workspace;
    if (!delta.isReplacement() && update(delta))
        return;
    beginResetModel();
    rebuild();
    endResetModel();
}

void InventoryModel::describeNamespace(Node *n, const Namespace *ns, qsizetype index)
{
    if (ns) {
        n->resourceIndex = index;
        setNodeResource(n, ns->source.id);
        n->text[LabelsColumn] = formatLabels(ns->meta.labels);
        n->tooltip = tr("Namespace %1").arg(ns->meta.name) + u'\n' + labelLines(ns->meta.labels);
        return;
    }
    const QString name = n->text[NameColumn];
    n->resourceIndex = -1;
    setNodeResource(n, {});
    n->text[LabelsColumn].clear();
    n->text[DetailColumn] = tr("not defined in the workspace");
    n->tooltip = tr("Namespace %1 (referenced, not defined)").arg(name);
}

void InventoryModel::countEndpoints(Node *ns) const
{
    if (ns->resourceIndex < 0)
        return; // keeps "not defined in the workspace"
    const auto endpoints = std::count_if(ns->children.begin(), ns->children.end(),
        [](const auto &c) { return !static_cast<const Node *>(c.get())->endpointRef.isEmpty(); });
    ns->text[DetailColumn] = tr("%n endpoints", nullptr, int(endpoints));
}

std::unique_ptr<InventoryModel::Node> InventoryModel::nodesGroup() const
{
    const WorkspaceData &d = m_workspace.data();
    if (d.nodes.isEmpty())
        return nullptr;
    auto group = std::make_unique<Node>();
    group->kind = NodeKind::Group;
    group->text[NameColumn] = tr("Nodes");
    group->key = kNodesKey;
    group->text[DetailColumn] = tr("%n nodes", nullptr, int(d.nodes.size()));
    for (qsizetype i = 0; i < d.nodes.size(); ++i) {
        const ps::Node &node = d.nodes[i];
        Node *n
            = group->add(NodeKind::Node, node.meta.name, resourceKey(u"node", node.source.id), i);
        n->id = node.source.id;
        n->nodeName = node.meta.name;
        QStringList addresses;
        for (const NodeAddress &a : node.addresses) {
            if (a.type == u"InternalIP" || a.type == u"ExternalIP")
                addresses.append(a.address);
        }
        n->text[LabelsColumn] = formatLabels(node.meta.labels);
        n->text[DetailColumn] = addresses.join(QStringLiteral(", "));
        n->tooltip = tr("Node %1").arg(node.meta.name) + u'\n' + labelLines(node.meta.labels);
    }
    return group;
}

namespace {

// A pod, workload template or service row, described lazily (see describe()).
template<class T>
std::unique_ptr<InventoryModel::Node> endpointNode(
    InventoryModel::NodeKind kind, QStringView keyPrefix, const T &resource, qsizetype index)
{
    auto n = std::make_unique<InventoryModel::Node>();
    n->kind = kind;
    n->text[InventoryModel::NameColumn] = resource.meta.name;
    n->key = NodeTreeModel::resourceKey(keyPrefix, resource.source.id);
    n->id = resource.source.id;
    n->resourceIndex = index;
    n->described = false;
    if (kind != InventoryModel::NodeKind::Service)
        n->endpointRef = resource.meta.namespace_ + u'/' + resource.meta.name;
    if constexpr (std::is_same_v<T, Pod>)
        n->nodeName = resource.nodeName;
    return n;
}

} // namespace

void InventoryModel::rebuild()
{
    auto root = std::make_unique<Node>();
    const WorkspaceData &d = m_workspace.data();

    std::map<QString, std::unique_ptr<Node>> namespaces; // sorted by name
    const auto namespaceOf = [&](const QString &name) -> Node * {
        std::unique_ptr<Node> &n = namespaces[name];
        if (!n) {
            n = std::make_unique<Node>();
            n->kind = NodeKind::Namespace;
            n->text[NameColumn] = name;
            n->key = namespaceKey(name);
            describeNamespace(n.get(), nullptr, -1);
        }
        return n.get();
    };
    for (qsizetype i = 0; i < d.namespaces.size(); ++i) {
        Node *n = namespaceOf(d.namespaces[i].meta.name);
        n->id = {}; // a later namespace of the same name wins, as before
        describeNamespace(n, &d.namespaces[i], i);
    }
    for (qsizetype i = 0; i < d.pods.size(); ++i)
        namespaceOf(d.pods[i].meta.namespace_)
            ->append(endpointNode(NodeKind::Pod, u"pod", d.pods[i], i));
    for (qsizetype i = 0; i < d.workloads.size(); ++i)
        namespaceOf(d.workloads[i].meta.namespace_)
            ->append(endpointNode(NodeKind::Workload, u"workload", d.workloads[i], i));
    for (qsizetype i = 0; i < d.services.size(); ++i)
        namespaceOf(d.services[i].meta.namespace_)
            ->append(endpointNode(NodeKind::Service, u"svc", d.services[i], i));
    for (auto &[name, ns] : namespaces) {
        std::stable_sort(
            ns->children.begin(), ns->children.end(), [](const auto &a, const auto &b) {
                return shownBefore(static_cast<const Node &>(*a), static_cast<const Node &>(*b));
            });
        for (size_t row = 0; row < ns->children.size(); ++row)
            ns->children[row]->row = int(row);
        countEndpoints(ns.get());
        root->append(std::move(ns));
    }
    if (std::unique_ptr<Node> group = nodesGroup())
        root->append(std::move(group));
    resetTree(std::move(root));
}

InventoryModel::Node *InventoryModel::namespaceNode(const QString &name)
{
    if (TreeNode *n = nodeForKey(namespaceKey(name)))
        return static_cast<Node *>(n);
    auto n = std::make_unique<Node>();
    n->kind = NodeKind::Namespace;
    n->text[NameColumn] = name;
    n->key = namespaceKey(name);
    describeNamespace(n.get(), nullptr, -1);
    // Namespaces by name, before the Nodes group.
    int row = 0;
    for (const auto &child : root()->children) {
        const auto *c = static_cast<const Node *>(child.get());
        if (c->kind == NodeKind::Namespace && c->text[NameColumn].compare(name) < 0)
            ++row;
    }
    return insertNode(root(), row, std::move(n));
}

void InventoryModel::insertSorted(Node *parent, std::unique_ptr<Node> node)
{
    const auto at = std::upper_bound(
        parent->children.begin(), parent->children.end(), node, [](const auto &a, const auto &b) {
            return shownBefore(static_cast<const Node &>(*a), static_cast<const Node &>(*b));
        });
    insertNode(parent, int(at - parent->children.begin()), std::move(node));
}

bool InventoryModel::update(const WorkspaceDelta &delta)
{
    const ResourceListDelta &namespaces = delta.of(&WorkspaceData::namespaces);
    const ResourceListDelta &pods = delta.of(&WorkspaceData::pods);
    const ResourceListDelta &workloads = delta.of(&WorkspaceData::workloads);
    const ResourceListDelta &services = delta.of(&WorkspaceData::services);
    qsizetype touched = 0;
    for (const ResourceListDelta *l : {&namespaces, &pods, &workloads, &services})
        touched += l->added.size() + l->removed.size() + l->changed.size();
    if (touched > kMaxRowUpdates)
        return false;
    const WorkspaceData &d = m_workspace.data();
    // Two namespaces of one name share a row; leave that rare case to a rebuild.
    QSet<QString> names;
    for (const Namespace &ns : d.namespaces) {
        if (names.contains(ns.meta.name))
            return false;
        names.insert(ns.meta.name);
    }

    QSet<Node *> recount;
    const auto removeRow = [&](Node *n) {
        auto *ns = static_cast<Node *>(n->parent);
        removeNode(n);
        recount.insert(ns);
        recount.remove(n);
    };
    // Endpoints and services: the same steps for each list.
    const auto updateList = [&](const auto &list, const ResourceListDelta &ld, NodeKind kind,
                                QStringView prefix) {
        for (ResourceId id : ld.removed) {
            if (auto *n = static_cast<Node *>(nodeForResource(id)))
                removeRow(n);
        }
        for (ResourceId id : ld.changed) {
            auto *n = static_cast<Node *>(nodeForResource(id));
            const qsizetype i = findResource(list, id, n ? n->resourceIndex : -1);
            if (!n || i < 0)
                continue;
            const auto &r = list[i];
            auto *ns = static_cast<Node *>(n->parent);
            if (ns->text[NameColumn] != r.meta.namespace_ || n->text[NameColumn] != r.meta.name) {
                removeRow(n);
                Node *to = namespaceNode(r.meta.namespace_);
                insertSorted(to, endpointNode(kind, prefix, r, i));
                recount.insert(to);
                continue;
            }
            auto fresh = endpointNode(kind, prefix, r, i);
            n->endpointRef = fresh->endpointRef;
            n->nodeName = fresh->nodeName;
            n->described = false;
            nodeChanged(n);
        }
        for (ResourceId id : ld.added) {
            const qsizetype i = indexOfResource(list, id);
            if (i < 0)
                continue;
            Node *to = namespaceNode(list[i].meta.namespace_);
            insertSorted(to, endpointNode(kind, prefix, list[i], i));
            recount.insert(to);
        }
    };

    // Namespaces first, so endpoints moved into a namespace the edit defined find it.
    for (ResourceId id : namespaces.removed) {
        if (auto *n = static_cast<Node *>(nodeForResource(id))) {
            describeNamespace(n, nullptr, -1);
            recount.insert(n);
        }
    }
    for (ResourceId id : namespaces.changed) {
        auto *n = static_cast<Node *>(nodeForResource(id));
        const qsizetype i = findResource(d.namespaces, id, n ? n->resourceIndex : -1);
        if (i < 0)
            continue;
        if (n && n->text[NameColumn] != d.namespaces[i].meta.name) {
            describeNamespace(n, nullptr, -1); // renamed: the old name is only referenced now
            recount.insert(n);
            n = nullptr;
        }
        if (!n)
            n = namespaceNode(d.namespaces[i].meta.name);
        describeNamespace(n, &d.namespaces[i], i);
        recount.insert(n);
    }
    for (ResourceId id : namespaces.added) {
        const qsizetype i = indexOfResource(d.namespaces, id);
        if (i < 0)
            continue;
        Node *n = namespaceNode(d.namespaces[i].meta.name);
        describeNamespace(n, &d.namespaces[i], i);
        recount.insert(n);
    }
    updateList(d.pods, pods, NodeKind::Pod, u"pod");
    updateList(d.workloads, workloads, NodeKind::Workload, u"workload");
    updateList(d.services, services, NodeKind::Service, u"svc");

    // Rows keep the index of their resource: lists whose slots moved are walked once.
    const auto reindex = [&](const auto &list, const ResourceListDelta &ld) {
        if (ld.added.isEmpty() && ld.removed.isEmpty() && !ld.reordered)
            return;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (auto *n = static_cast<Node *>(nodeForResource(list[i].source.id)))
                n->resourceIndex = i;
        }
    };
    reindex(d.namespaces, namespaces);
    reindex(d.pods, pods);
    reindex(d.workloads, workloads);
    reindex(d.services, services);

    for (Node *ns : std::as_const(recount)) {
        if (ns->resourceIndex < 0 && ns->children.empty()) {
            removeNode(ns); // neither defined nor referenced any more
            continue;
        }
        countEndpoints(ns);
        nodeChanged(ns);
    }
    if (delta.touches(&WorkspaceData::nodes)) {
        if (TreeNode *old = nodeForKey(kNodesKey))
            removeNode(old);
        if (std::unique_ptr<Node> group = nodesGroup())
            insertNode(root(), int(root()->children.size()), std::move(group));
    }
    return true;
}

const InventoryModel::Node *InventoryModel::nodeFor(const QModelIndex &index) const
{
    return static_cast<const Node *>(treeNode(index));
}

int InventoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

// The columns and tooltip of a pod, workload template or service, from its resource.
void InventoryModel::describe(const Node &n) const
{
    n.described = true;
    const WorkspaceData &d = m_workspace.data();
    switch (n.kind) {
    case NodeKind::Pod: {
        const Pod &p = d.pods[n.resourceIndex];
        n.text[ServiceAccountColumn] = p.serviceAccountName;
        n.text[LabelsColumn] = formatLabels(p.meta.labels);
        QStringList detail;
        if (!p.podIPs.isEmpty())
            detail.append(p.podIPs.join(QStringLiteral(", ")));
        if (!p.nodeName.isEmpty())
            detail.append(tr("on %1").arg(p.nodeName));
        if (p.hostNetwork)
            detail.append(tr("host network"));
        n.text[DetailColumn] = detail.join(QStringLiteral("  "));
        n.tooltip = tr("Pod %1").arg(n.endpointRef) + u'\n'
            + tr("service account: %1").arg(p.serviceAccountName) + u'\n'
            + labelLines(p.meta.labels);
        break;
    }
    case NodeKind::Workload: {
        const WorkloadTemplate &w = d.workloads[n.resourceIndex];
        n.text[ServiceAccountColumn] = w.serviceAccountName;
        n.text[LabelsColumn] = formatLabels(w.templateLabels);
        n.text[DetailColumn] = kindName(w.kind);
        n.tooltip = tr("%1 %2").arg(kindName(w.kind), n.endpointRef) + u'\n'
            + tr("service account: %1").arg(w.serviceAccountName) + u'\n'
            + labelLines(w.templateLabels);
        break;
    }
    case NodeKind::Service: {
        const Service &s = d.services[n.resourceIndex];
        if (s.selector)
            n.text[LabelsColumn] = tr("selects %1").arg(formatLabels(*s.selector));
        QStringList ports;
        for (const ServicePort &port : s.ports)
            ports.append(QString::number(port.port) + u'/' + kubernetesPortProtocol(port.protocol));
        n.text[DetailColumn] = tr("service %1 %2").arg(s.clusterIP, ports.join(u' ')).trimmed();
        n.tooltip = tr("Service %1").arg(s.meta.namespace_ + u'/' + s.meta.name);
        break;
    }
    default:
        break;
    }
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeFor(index);
    if (!n->described && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        describe(*n);
    switch (role) {
    case Qt::DisplayRole:
        return n->text[size_t(index.column())];
    case Qt::ToolTipRole:
        return n->tooltip.isEmpty() ? QVariant() : QVariant(n->tooltip);
    case Qt::DecorationRole: {
        if (index.column() != NameColumn)
            return {};
        switch (n->kind) {
        case NodeKind::Group:
        case NodeKind::Namespace:
            return standardIcon(QStyle::SP_DirIcon);
        case NodeKind::Pod:
            return standardIcon(QStyle::SP_FileIcon);
        case NodeKind::Workload:
            return standardIcon(QStyle::SP_FileDialogContentsView);
        case NodeKind::Service:
            return standardIcon(QStyle::SP_DriveNetIcon);
        case NodeKind::Node:
            return standardIcon(QStyle::SP_ComputerIcon);
        }
        return {};
    }
    case NodeKindRole:
        return QVariant::fromValue(n->kind);
    case ResourceIdRole:
        return n->id.isNull() ? QVariant() : QVariant::fromValue(n->id);
    case KeyRole:
        return n->key;
    case EndpointRefRole:
        return n->endpointRef.isEmpty() ? QVariant() : QVariant(n->endpointRef);
    case NodeNameRole:
        return n->nodeName.isEmpty() ? QVariant() : QVariant(n->nodeName);
    default:
        return {};
    }
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ServiceAccountColumn:
        return tr("Service account");
    case LabelsColumn:
        return tr("Labels");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace ps
