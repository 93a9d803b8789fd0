#pragma once
// KubernetesPolicyForm: a Kubernetes NetworkPolicy edited in a form of its own — the pod
// selector (kubectl's -l text, core/kube/labelselectortext.h), the policy types, and per
// direction its rules, each with its peers (pod selector, namespace selector, or an IP block
// with its exceptions; "{}" is the empty selector that selects everything, an empty cell no
// selector) and its ports (protocol, number or name, end port). Every change that reads back
// into a valid policy is emitted as edited(); a cell that does not is marked and said, and
// nothing is emitted until it is fixed. What the API server fills in (the policy types, a
// port's TCP) is shown as implied — greyed, listed under the types — and written into the
// policy only when the user asks ("Write Them Out"). With the workspace's pods given
// (setPods), the pod selector and each peer show how many pods they select, live as the user
// types, the pods listed on hover and click.

#include <memory>

#include <QWidget>

#include "core/eval/policyengine.h"
#include "core/model/kubernetes.h"
#include "core/model/result.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace ps {

class KubernetesPolicyForm : public QWidget {
    Q_OBJECT
public:
    explicit KubernetesPolicyForm(QWidget *parent = nullptr);

    /// The analysis the selectors' pods are counted in (null: no counts shown).
    void setEngine(std::shared_ptr<const PolicyEngine> engine);
    /// "Selects N pods in NAMESPACE" under the pod selector (hidden without pods).
    QLabel *podCountLabel() const { return m_podCount; }
    /// The peer tables' column of the pods each peer selects (read-only).
    static constexpr int kPodsColumn = 4;
    /// The pods the pod selector selects now, and those of the peer in `row` of `direction`.
    QStringList selectedPods() const { return m_selectedPods; }
    QStringList peerPods(int direction, int row) const;

    /// Show `policy` (keeps the rule chosen in each direction when it still exists).
    void setPolicy(const KubernetesNetworkPolicy &policy);
    /// The policy the form holds now, or why it cannot be read.
    Result<KubernetesNetworkPolicy> read();
    QString problemText() const;

    QLineEdit *podSelectorEdit() const { return m_podSelector; }
    QCheckBox *ingressCheck() const { return m_ingressType; }
    QCheckBox *egressCheck() const { return m_egressType; }
    /// 0: ingress, 1: egress.
    QListWidget *ruleList(int direction) const { return m_sides[direction].rules; }
    QTableWidget *peerTable(int direction) const { return m_sides[direction].peers; }
    QTableWidget *portTable(int direction) const { return m_sides[direction].ports; }
    void addRule(int direction);
    void removeRule(int direction);
    void addPeer(int direction);
    void addPort(int direction);
    /// The values the API server fills in (impliedValues), as shown; and the button that writes
    /// them into the policy.
    QLabel *impliedLabel() const { return m_implied; }
    QPushButton *writeImpliedButton() const { return m_writeImplied; }
    void writeImplied();
    /// The widget editing `path` (a finding's path, "spec.ingress[0].from[1].ipBlock.cidr"): its
    /// direction's tab and its rule chosen, a peer's or port's cell current; null for a field
    /// the form does not show (metadata, kind).
    QWidget *fieldWidget(const QString &path);
    /// Shows and focuses fieldWidget(path); false, and nothing moves, when the form does not
    /// show that field.
    bool revealField(const QString &path);

Q_SIGNALS:
    void edited(const ps::KubernetesNetworkPolicy &policy);

private:
    struct Side {
        QListWidget *rules = nullptr;
        QTableWidget *peers = nullptr;
        QTableWidget *ports = nullptr;
        QList<K8sRule> *list = nullptr;
    };
    // Where a field path is in the form: the widget, and for a rule's field its direction, rule
    // and table cell (-1: none).
    struct FieldSpot {
        QWidget *widget = nullptr;
        int direction = -1;
        int rule = -1;
        int row = -1;
        int column = -1;
    };
    FieldSpot spotOf(const QString &path) const;
    QWidget *sidePage(int direction);
    void showRule(int direction);
    /// Reads the shown rule's tables back into m_policy; false (and the problem shown) when a
    /// cell is wrong.
    bool storeRule(int direction);
    void changed();
    void refreshRuleTitles(int direction);
    void showImplied();
    void showImplied(const KubernetesNetworkPolicy &policy);
    void updatePodCounts();
    void updatePeerCounts(int direction);
    static QString podListText(const QStringList &pods);

    KubernetesNetworkPolicy m_policy;
    QLineEdit *m_podSelector;
    QCheckBox *m_ingressType;
    QCheckBox *m_egressType;
    QTabWidget *m_directions;
    QLabel *m_problem;
    QLabel *m_implied;
    QPushButton *m_writeImplied;
    QLabel *m_podCount;
    std::shared_ptr<const PolicyEngine> m_engine;
    bool m_hasPods = false; // an engine to count in
    QStringList m_selectedPods;
    Side m_sides[2];
    bool m_typesWritten = false; // the policy writes its policyTypes
    bool m_filling = false; // setPolicy() is filling the widgets: no edited()
};

} // namespace ps
