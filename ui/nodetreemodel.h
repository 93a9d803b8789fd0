#pragma once
// NodeTreeModel: the plumbing shared by the studio's read-only tree models (the workspace tree,
// the inventory). Rows are TreeNodes, each owned by its parent; subclasses derive their node
// type from TreeNode, build a whole tree and hand it over with resetTree(), and answer data().
// Every node has a stable key ("tier:default", "pod:ns/name") by which views keep their
// expansion and selection across rebuilds; indexForKey() looks it up in a hash.

#include <memory>
#include <vector>

#include <QAbstractItemModel>
#include <QHash>

namespace ps {

class NodeTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    /// A row of the tree. Subclasses add their columns and roles.
    struct TreeNode {
        virtual ~TreeNode() = default;

        QString key; // unique in the tree; empty for the root
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

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    /// Replaces the tree (call between beginResetModel() and endResetModel()).
    void resetTree(std::unique_ptr<TreeNode> root);
    /// The node of `index`; the root for an invalid index.
    TreeNode *treeNode(const QModelIndex &index) const;

private:
    void indexKeys(TreeNode *node);

    std::unique_ptr<TreeNode> m_root;
    QHash<QString, TreeNode *> m_byKey;
};

} // namespace ps
