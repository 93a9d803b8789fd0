#include "ui/nodetreemodel.h"

namespace ps {

NodeTreeModel::NodeTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<TreeNode>())
{
}

NodeTreeModel::~NodeTreeModel() = default;

void NodeTreeModel::resetTree(std::unique_ptr<TreeNode> root)
{
    m_byKey.clear();
    m_root = root ? std::move(root) : std::make_unique<TreeNode>();
    m_root->parent = nullptr;
    for (const auto &child : m_root->children)
        indexKeys(child.get());
}

void NodeTreeModel::indexKeys(TreeNode *node)
{
    if (!node->key.isEmpty() && !m_byKey.contains(node->key))
        m_byKey.insert(node->key, node);
    for (const auto &child : node->children)
        indexKeys(child.get());
}

NodeTreeModel::TreeNode *NodeTreeModel::treeNode(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<TreeNode *>(index.internalPointer()) : m_root.get();
}

QModelIndex NodeTreeModel::indexForKey(const QString &key) const
{
    TreeNode *node = m_byKey.value(key);
    return node ? createIndex(node->row, 0, node) : QModelIndex();
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
