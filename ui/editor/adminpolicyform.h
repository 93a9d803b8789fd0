#pragma once
// AdminPolicyForm: an AdminNetworkPolicy, BaselineAdminNetworkPolicy or ClusterNetworkPolicy
// edited in a form — the tier (ClusterNetworkPolicy: Admin or Baseline), the priority (not in a
// BaselineAdminNetworkPolicy), the subject (the pods of the namespaces a selector picks, or pods
// by namespace and pod selectors) and per direction its rules, each with a name, an action
// (the ones the kind has), its peers (namespaces, pods; egress also networks and nodes) and its
// ports (protocol, a number, a name, or a range). Selectors are kubectl's -l text
// (core/kube/labelselectortext.h; "{}" selects everything). Every change that reads back into a
// valid policy is emitted as edited(); a field or cell that does not is marked red, its problem
// said under the fields, and nothing is emitted until it is fixed. What the API server fills in
// (a port's TCP) is shown greyed and not written.

#include <QWidget>

#include "core/model/adminpolicy.h"
#include "core/model/result.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QTableWidget;

namespace ps {

class AdminPolicyForm : public QWidget {
    Q_OBJECT
public:
    explicit AdminPolicyForm(QWidget *parent = nullptr);

    /// Show `policy` (keeps the rule chosen in each direction when it still exists).
    void setPolicy(const AdminPolicy &policy);
    /// The policy the form holds now, or why it cannot be read (the field is marked).
    Result<AdminPolicy> read();
    QString problemText() const;
    /// The widget the last problem is about (a line edit or a table), or null.
    QWidget *problemWidget() const { return m_problemWidget; }

    QComboBox *tierCombo() const { return m_tier; }
    QLineEdit *priorityEdit() const { return m_priority; }
    QComboBox *subjectCombo() const { return m_subjectKind; }
    QLineEdit *subjectNamespacesEdit() const { return m_subjectNamespaces; }
    QLineEdit *subjectPodsEdit() const { return m_subjectPods; }
    QLabel *impliedLabel() const { return m_implied; }
    /// 0: ingress, 1: egress.
    QListWidget *ruleList(int direction) const { return m_sides[direction].rules; }
    QLineEdit *ruleNameEdit(int direction) const { return m_sides[direction].name; }
    QComboBox *actionCombo(int direction) const { return m_sides[direction].action; }
    QTableWidget *peerTable(int direction) const { return m_sides[direction].peers; }
    QTableWidget *portTable(int direction) const { return m_sides[direction].ports; }
    void addRule(int direction);
    void removeRule(int direction);
    void addPeer(int direction);
    void addPort(int direction);

    /// The actions a rule of `kind` takes, as written.
    static QStringList actions(ResourceKind kind);
    /// The peer types a rule of `kind` in `direction` (0: ingress) takes, as written.
    static QStringList peerTypes(ResourceKind kind, int direction);

Q_SIGNALS:
    void edited(const ps::AdminPolicy &policy);

private:
    struct Side {
        QListWidget *rules = nullptr;
        QLineEdit *name = nullptr;
        QComboBox *action = nullptr;
        QTableWidget *peers = nullptr;
        QTableWidget *ports = nullptr;
        QList<AdminRule> *list = nullptr;
    };
    QWidget *sidePage(int direction);
    void showRule(int direction);
    bool storeRule(int direction);
    void changed();
    void refreshRuleTitles(int direction);
    void showKind();
    void showImplied();
    void clearProblem();
    bool fail(QWidget *widget, const QString &message);
    void failCell(QTableWidget *table, int row, int column);

    AdminPolicy m_policy;
    QLabel *m_kind;
    QComboBox *m_tier;
    QLineEdit *m_priority;
    QComboBox *m_subjectKind;
    QLineEdit *m_subjectNamespaces;
    QLineEdit *m_subjectPods;
    QTabWidget *m_directions;
    QLabel *m_problem;
    QLabel *m_implied;
    QWidget *m_problemWidget = nullptr;
    Side m_sides[2];
    bool m_filling = false; // setPolicy() is filling the widgets: no edited()
};

} // namespace ps
