#pragma once
// AddRuleDialog: what the policy form's Add asks before it inserts a rule — the action (no
// default: the user chooses), the protocol, the destination ports and the peer (a selector
// and/or nets on the source side of an ingress rule, the destination side of an egress rule).
// Every field is checked as the user types (a selector that does not parse, a port or a net
// Calico would refuse). A rule with no criterion matches all traffic of its direction: the
// dialog says so and OK stays disabled until the user ticks that this is meant.

#include <QDialog>

#include "core/model/action.h"
#include "core/model/rule.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ps {

class SelectorEdit;
struct InventoryCompletions;

class AddRuleDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddRuleDialog(Direction direction, QWidget *parent = nullptr);

    void setCompletions(const InventoryCompletions &completions);

    /// The rule as entered (meaningful when problem() is empty).
    Rule rule() const;
    /// Why OK is disabled (the first problem, one line), or empty.
    QString problem() const;
    /// The rule matches all traffic (the warning is shown).
    bool matchesAllTraffic() const;

    // fields, for tests
    QComboBox *actionCombo() const { return m_action; }
    QComboBox *protocolCombo() const { return m_protocol; }
    QLineEdit *portsEdit() const { return m_ports; }
    SelectorEdit *selectorEdit() const { return m_selector; }
    QLineEdit *netsEdit() const { return m_nets; }
    QCheckBox *matchAllCheck() const { return m_matchAll; }

private:
    void update();

    Direction m_direction;
    QComboBox *m_action;
    QComboBox *m_protocol;
    QLabel *m_portsLabel;
    QLineEdit *m_ports;
    SelectorEdit *m_selector;
    QLineEdit *m_nets;
    QLabel *m_warning;
    QCheckBox *m_matchAll;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace ps
