#pragma once
// NodeTreeModel: the plumbing shared by the studio's read-only tree models (the workspace tree,
// the inventory). Rows are TreeNodes, each owned by its parent; subclasses derive their node
// type from TreeNode, build a whole tree and hand it over with resetTree(), or change it row
// by row (insertNode, removeNode, moveNode, nodeChanged: the views keep their expansion and
// selection), and answer data(). Every node has a stable key ("tier:default", "policy:#42")
// by which views keep their expansion and selection across rebuilds; indexForKey() looks it up
// in a hash. Nodes of resources carry the resource's id; indexForResource() finds them.

#include <memory>
#include <vector>

#include <QAbstractItemModel>
#include <QHash>

#include "core/model/resourceid.h"

namespace ps {

class NodeTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    /// A row of the tree. Subclasses add their columns and roles.
    struct TreeNode {
        virtual ~TreeNode() = default;

        QString key; // unique in the tree; empty for the root
        ResourceId id; // the resource the node shows; null for groups
        TreeNode *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<TreeNode>> children;

        /// Appends `child` (row = its position) and returns it.
        template<class N> N *append(std::unique_ptr<N> child)
        {
            N *raw = child.get();
            raw->parent = this;
            raw->row = int(children.size());
            children.push_back(std::move(child));
            return raw;
        }
    };

    explicit NodeTreeModel(QObject *parent = nullptr);
    ~NodeTreeModel() override;

    /// The index (column 0) of the node with `key`, or an invalid index. When keys repeat, the
    /// first node in depth-first order wins.
    QModelIndex indexForKey(const QString &key) const;
    /// The index (column 0) of the node showing resource `id`, or an invalid index.
    QModelIndex indexForResource(ResourceId id) const;
    /// "<prefix>:#<id>": the key of a resource's node, unique whatever the resource's name.
    static QString resourceKey(QStringView prefix, ResourceId id);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    /// Replaces the tree (call between beginResetModel() and endResetModel()).
    void resetTree(std::unique_ptr<TreeNode> root);
    /// The node of `index`; the root for an invalid index.
    TreeNode *treeNode(const QModelIndex &index) const;
    TreeNode *root() const { return m_root.get(); }
    /// The index (column 0) of `node`; invalid for the root.
    QModelIndex indexOf(const TreeNode *node) const;
    /// The node with `key` / showing resource `id`, or nullptr.
    TreeNode *nodeForKey(const QString &key) const { return m_byKey.value(key); }
    TreeNode *nodeForResource(ResourceId id) const { return m_byId.value(id); }

    /// Row-level changes, each wrapped in the model's begin/end signals.
    /// Inserts `node` (and its children) as row `row` of `parent`; returns it.
    template<class N> N *insertNode(TreeNode *parent, int row, std::unique_ptr<N> node)
    {
        N *raw = node.get();
        insertTreeNode(parent, row, std::move(node));
        return raw;
    }
    void removeNode(TreeNode *node);
    /// Moves `node` to row `row` of `parent` (`row` counted without the node).
    void moveNode(TreeNode *node, TreeNode *parent, int row);
    /// Every column of rows [first, last] of `parent` changed.
    void rowsChanged(TreeNode *parent, int first, int last);
    void nodeChanged(TreeNode *node) { rowsChanged(node->parent, node->row, node->row); }
    /// Gives `node` another resource id (null for none), keeping the lookup by id right.
    void setNodeResource(TreeNode *node, ResourceId id);

private:
    void insertTreeNode(TreeNode *parent, int row, std::unique_ptr<TreeNode> node);
    void indexKeys(TreeNode *node);
    void forgetKeys(TreeNode *node);
    static void renumber(TreeNode *parent, int from);

    std::unique_ptr<TreeNode> m_root;
    QHash<QString, TreeNode *> m_byKey;
    QHash<ResourceId, TreeNode *> m_byId;
};

} // namespace ps
