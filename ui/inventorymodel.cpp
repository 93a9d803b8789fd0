#include "ui/inventorymodel.h"
#include "core/model/protocol.h"
#include "ui/standardicon.h"

#include <algorithm>
#include <array>
#include <vector>

#include <QApplication>
#include <QMap>
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

} // namespace

InventoryModel::InventoryModel(QObject *parent) : NodeTreeModel(parent) { }

InventoryModel::~InventoryModel() = default;

void InventoryModel::setWorkspace(const Workspace &workspace, const WorkspaceDelta &delta)
{
    if (!delta.touches(&WorkspaceData::namespaces) && !delta.touches(&WorkspaceData::pods)
        && !delta.touches(&WorkspaceData::workloads) && !delta.touches(&WorkspaceData::services)
        && !delta.touches(&WorkspaceData::nodes)) {
        m_workspace = workspace; // nothing this tree shows changed
        return;
    }
    beginResetModel();
    m_workspace = workspace;
    rebuild();
    endResetModel();
}

void InventoryModel::rebuild()
{
    auto root = std::make_unique<Node>();
    const WorkspaceData &d = m_workspace.data();

    QMap<QString, Node *> namespaces;
    auto namespaceNode = [&](const QString &name) {
        auto it = namespaces.find(name);
        if (it == namespaces.end()) {
            Node *n = root->add(NodeKind::Namespace, name, QStringLiteral("ns:") + name);
            n->text[DetailColumn] = tr("not defined in the workspace");
            n->tooltip = tr("Namespace %1 (referenced, not defined)").arg(name);
            it = namespaces.insert(name, n);
        }
        return *it;
    };
    for (qsizetype i = 0; i < d.namespaces.size(); ++i) {
        const Namespace &ns = d.namespaces[i];
        Node *n = namespaceNode(ns.meta.name);
        n->resourceIndex = i;
        n->id = ns.source.id;
        n->text[LabelsColumn] = formatLabels(ns.meta.labels);
        n->text[DetailColumn].clear();
        n->tooltip = tr("Namespace %1").arg(ns.meta.name) + u'\n' + labelLines(ns.meta.labels);
    }
    for (qsizetype i = 0; i < d.pods.size(); ++i) {
        const Pod &p = d.pods[i];
        const QString ref = p.meta.namespace_ + u'/' + p.meta.name;
        Node *n = namespaceNode(p.meta.namespace_)
                      ->add(NodeKind::Pod, p.meta.name, resourceKey(u"pod", p.source.id), i);
        n->id = p.source.id;
        n->endpointRef = ref;
        n->nodeName = p.nodeName;
        n->described = false;
    }
    for (qsizetype i = 0; i < d.workloads.size(); ++i) {
        const WorkloadTemplate &w = d.workloads[i];
        const QString ref = w.meta.namespace_ + u'/' + w.meta.name;
        Node *n
            = namespaceNode(w.meta.namespace_)
                  ->add(NodeKind::Workload, w.meta.name, resourceKey(u"workload", w.source.id), i);
        n->id = w.source.id;
        n->endpointRef = ref;
        n->described = false;
    }
    for (qsizetype i = 0; i < d.services.size(); ++i) {
        const Service &s = d.services[i];
        Node *n = namespaceNode(s.meta.namespace_)
                      ->add(NodeKind::Service, s.meta.name, resourceKey(u"svc", s.source.id), i);
        n->id = s.source.id;
        n->described = false;
    }
    if (!d.nodes.isEmpty()) {
        Node *group = root->add(NodeKind::Group, tr("Nodes"), QStringLiteral("group:nodes"));
        group->text[DetailColumn] = tr("%n nodes", nullptr, int(d.nodes.size()));
        for (qsizetype i = 0; i < d.nodes.size(); ++i) {
            const ps::Node &node = d.nodes[i];
            Node *n = group->add(
                NodeKind::Node, node.meta.name, resourceKey(u"node", node.source.id), i);
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
    }
    for (Node *ns : std::as_const(namespaces)) {
        if (ns->resourceIndex < 0)
            continue; // keeps "not defined in the workspace"
        const auto endpoints
            = std::count_if(ns->children.begin(), ns->children.end(), [](const auto &c) {
                  return !static_cast<const Node *>(c.get())->endpointRef.isEmpty();
              });
        ns->text[DetailColumn] = tr("%n endpoints", nullptr, int(endpoints));
    }
    resetTree(std::move(root));
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
