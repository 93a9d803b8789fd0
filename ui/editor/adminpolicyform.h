#pragma once
// AdminPolicyForm: an AdminNetworkPolicy, BaselineAdminNetworkPolicy or ClusterNetworkPolicy
// edited in a form — the tier (ClusterNetworkPolicy: Admin or Baseline), the priority (not in a
// BaselineAdminNetworkPolicy), the subject (the pods of the namespaces a selector picks, or pods
// by namespace and pod selectors) and per direction its rules, each with a name, an action
// (the ones the kind has), its peers (namespaces, pods; egress also networks and nodes) and its
// ports (protocol, a number, a name, or a range). Selectors are kubectl's -l text
// (core/kube/labelselectortext.h; "{}" selects everything), a nodes peer's too. Rules are
// reordered with Up / Down (Alt+Up / Alt+Down in the list): the first matching rule of a policy
// decides. Every change that reads back into a valid policy is emitted as edited(); a field or
// cell that does not is marked red, its problem said under the fields, and nothing is emitted
// until it is fixed. The core validation's findings for the policy (setDiagnostics()) are shown
// at the field they concern (fieldWidget(), the paths the validator and the Problems dock use):
// the field or cell marked, the message under that part of the form, a rule with findings
// flagged in its list. What the API server fills in (a port's TCP) is shown greyed and not
// written.

#include <QWidget>

#include "core/model/adminpolicy.h"
#include "core/model/diagnostic.h"
#include "core/model/result.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
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
    QPushButton *moveUpButton(int direction) const { return m_sides[direction].up; }
    QPushButton *moveDownButton(int direction) const { return m_sides[direction].down; }
    void addRule(int direction);
    void removeRule(int direction);
    /// Moves the chosen rule of `direction` by `delta` places (-1: up), one edit; it stays chosen.
    void moveRule(int direction, int delta);
    void addPeer(int direction);
    void addPort(int direction);

    /// The actions a rule of `kind` takes, as written.
    static QStringList actions(ResourceKind kind);
    /// The peer types a rule of `kind` in `direction` (0: ingress) takes, as written.
    static QStringList peerTypes(ResourceKind kind, int direction);

    /// The validation findings of the shown policy (paths as "spec.egress[0].to[1].nodes"),
    /// shown at their fields until the next call.
    void setDiagnostics(const Diagnostics &diagnostics);
    /// The widget editing `path` (a table for a peer or a port; its rule is chosen), or null.
    QWidget *fieldWidget(const QString &path);
    /// Shows and focuses the widget editing `path` (a table with the peer's or port's cell
    /// current); false, and nothing moves, when the form does not show that field (metadata,
    /// kind).
    bool revealField(const QString &path);
    /// The findings shown at `widget` (a line edit, combo, table or rule list), one a line.
    QString fieldMessages(const QWidget *widget) const;
    /// The findings shown at cell (row, column) of a peer or port table, one a line.
    QString cellMessages(const QTableWidget *table, int row, int column) const;

Q_SIGNALS:
    /// `field` doubles as the undo merge key: consecutive edits of one non-empty field merge;
    /// structural edits (a rule added, removed or moved) have none. `text` names the step.
    void edited(const ps::AdminPolicy &policy, const QString &field, const QString &text);

private:
    struct Side {
        QListWidget *rules = nullptr;
        QLineEdit *name = nullptr;
        QComboBox *action = nullptr;
        QTableWidget *peers = nullptr;
        QTableWidget *ports = nullptr;
        QPushButton *up = nullptr;
        QPushButton *down = nullptr;
        QLabel *ruleMessages = nullptr; // findings about the rule, its name or action
        QLabel *peerMessages = nullptr;
        QLabel *portMessages = nullptr;
        QList<AdminRule> *list = nullptr;
        int shownRule = -1; // the rule the fields were last filled with
    };
    /// Where a finding is shown: a widget (or a table's cell) and the message line under it.
    struct FieldSpot {
        QWidget *widget = nullptr;
        int row = -1; // a table's row and column, or -1
        int column = -1;
        QLabel *line = nullptr;
        int direction = -1; // the rule's direction and index, or -1
        int rule = -1;
        QString prefix; // "peer 1: "
    };
    QWidget *sidePage(int direction);
    void showRule(int direction);
    bool storeRule(int direction);
    void changed(const QString &field = {}, const QString &text = {});
    void updateMoveButtons(int direction);
    void updatePeerColumns(int direction);
    FieldSpot spotOf(const QString &path) const;
    void showDiagnostics();
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
    QLabel *m_fieldMessages; // findings about the kind, tier, priority or subject
    QWidget *m_problemWidget = nullptr;
    Diagnostics m_diagnostics;
    Side m_sides[2];
    bool m_filling = false; // setPolicy() is filling the widgets: no edited()
};

} // namespace ps
