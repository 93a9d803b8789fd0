#pragma once
// RuleListModel: one direction's rules of the edited policy as a list, each row summarised in
// one line ("Allow TCP from app == 'web' to ports 80, 443"). The model only shows rules: moves
// dropped by drag and drop come back as moveRequested(), and the policy editor turns them into
// an undoable edit through the Document, which then refreshes the model with setRules().

#include <QAbstractListModel>
#include <QList>

#include "core/model/rule.h"

namespace ps {

/// The one-line summary of a rule.
QString ruleSummary(const Rule &rule);

class RuleListModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit RuleListModel(QObject *parent = nullptr);

    /// Replaces the rules: rows whose count is unchanged are updated in place (the view keeps
    /// its selection), otherwise the model is reset.
    void setRules(const QList<Rule> &rules);
    const QList<Rule> &rules() const { return m_rules; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

Q_SIGNALS:
    /// The user dragged rule `from` to land before row `to` (0..rowCount()).
    void moveRequested(int from, int to);

private:
    QList<Rule> m_rules;
};

} // namespace ps
