#include "ui/nodetreemodel.h"

#include <algorithm>

namespace ps {

NodeTreeModel::NodeTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<TreeNode>())
{
}

NodeTreeModel::~NodeTreeModel() = default;

void NodeTreeModel::resetTree(std::unique_ptr<TreeNode> root)
{
    m_byKey.clear();
    m_byId.clear();
    m_root = root ? std::move(root) : std::make_unique<TreeNode>();
    m_root->parent = nullptr;
    for (const auto &child : m_root->children)
        indexKeys(child.get());
}

void NodeTreeModel::indexKeys(TreeNode *node)
{
    if (!node->key.isEmpty() && !m_byKey.contains(node->key))
        m_byKey.insert(node->key, node);
    if (!node->id.isNull() && !m_byId.contains(node->id))
        m_byId.insert(node->id, node);
    for (const auto &child : node->children)
        indexKeys(child.get());
}

void NodeTreeModel::forgetKeys(TreeNode *node)
{
    if (m_byKey.value(node->key) == node)
        m_byKey.remove(node->key);
    if (m_byId.value(node->id) == node)
        m_byId.remove(node->id);
    for (const auto &child : node->children)
        forgetKeys(child.get());
}

void NodeTreeModel::renumber(TreeNode *parent, int from)
{
    for (size_t i = size_t(from); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

QModelIndex NodeTreeModel::indexOf(const TreeNode *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<TreeNode *>(node));
}

QString NodeTreeModel::resourceKey(QStringView prefix, ResourceId id)
{
    return prefix.toString() + QStringLiteral(":#") + QString::number(id.value());
}

void NodeTreeModel::insertTreeNode(TreeNode *parent, int row, std::unique_ptr<TreeNode> node)
{
    beginInsertRows(indexOf(parent), row, row);
    node->parent = parent;
    TreeNode *raw = node.get();
    parent->children.insert(parent->children.begin() + row, std::move(node));
    renumber(parent, row);
    indexKeys(raw);
    endInsertRows();
}

void NodeTreeModel::removeNode(TreeNode *node)
{
    TreeNode *parent = node->parent;
    const int row = node->row;
    beginRemoveRows(indexOf(parent), row, row);
    forgetKeys(node);
    parent->children.erase(parent->children.begin() + row);
    renumber(parent, row);
    endRemoveRows();
}

void NodeTreeModel::moveNode(TreeNode *node, TreeNode *parent, int row)
{
    TreeNode *from = node->parent;
    const int oldRow = node->row;
    if (from == parent && oldRow == row)
        return;
    // beginMoveRows counts the destination before the move: below the node, one more.
    const int destination = from == parent && row > oldRow ? row + 1 : row;
    beginMoveRows(indexOf(from), oldRow, oldRow, indexOf(parent), destination);
    std::unique_ptr<TreeNode> owned = std::move(from->children[size_t(oldRow)]);
    from->children.erase(from->children.begin() + oldRow);
    owned->parent = parent;
    parent->children.insert(parent->children.begin() + row, std::move(owned));
    renumber(from, from == parent ? std::min(oldRow, row) : oldRow);
    if (from != parent)
        renumber(parent, row);
    endMoveRows();
}

void NodeTreeModel::setNodeResource(TreeNode *node, ResourceId id)
{
    if (m_byId.value(node->id) == node)
        m_byId.remove(node->id);
    node->id = id;
    if (!id.isNull() && !m_byId.contains(id))
        m_byId.insert(id, node);
}

void NodeTreeModel::rowsChanged(TreeNode *parent, int first, int last)
{
    if (first > last)
        return;
    const QModelIndex p = indexOf(parent);
    Q_EMIT dataChanged(index(first, 0, p), index(last, columnCount(p) - 1, p));
}

NodeTreeModel::TreeNode *NodeTreeModel::treeNode(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<TreeNode *>(index.internalPointer()) : m_root.get();
}

QModelIndex NodeTreeModel::indexForKey(const QString &key) const
{
    return indexOf(m_byKey.value(key));
}

QModelIndex NodeTreeModel::indexForResource(ResourceId id) const
{
    return indexOf(m_byId.value(id));
}

QModelIndex NodeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, treeNode(parent)->children[size_t(row)].get());
}

QModelIndex NodeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    TreeNode *p = treeNode(child)->parent;
    if (p == m_root.get() || p == nullptr)
        return {};
    return createIndex(p->row, 0, p);
}

int NodeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(treeNode(parent)->children.size());
}

} // namespace ps
