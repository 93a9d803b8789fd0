#pragma once
// PolicyForm: the "Form" side of the policy editor. Metadata (name, namespace, labels,
// annotations), tier, order, selector with its live check and the endpoints it selects,
// namespaceSelector (global kinds), serviceAccountSelector, types, the GlobalNetworkPolicy flags,
// the ingress and egress rule lists (add, remove, duplicate, move with Up / Down or Alt+Up /
// Alt+Down in the list, drag to reorder: each move one edit) and a RuleEditor for the selected
// rule.
//
// The form never changes the workspace: every user change is emitted as policyEdited() with the
// whole changed policy and a field key (same key for consecutive typing in one field, empty for
// structural edits), and the form is refreshed from the document with setPolicy(), which never
// emits.

#include <functional>
#include <memory>

#include <QWidget>

#include "core/eval/policyengine.h"
#include "core/model/policy.h"
#include "ui/editor/inventorycompletions.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QSplitter;
class QToolButton;

namespace ps {

class AddRuleDialog;
class KeyValueTable;
class RuleEditor;
class RuleListModel;
class SelectorEdit;

class PolicyForm : public QWidget {
    Q_OBJECT
public:
    explicit PolicyForm(QWidget *parent = nullptr);

    void setPolicy(const CalicoPolicy &policy);
    const CalicoPolicy &policy() const { return m_policy; }
    void setCompletions(const InventoryCompletions &completions);
    /// The engine used to list the endpoints the selector selects (may be null).
    void setEngine(std::shared_ptr<const PolicyEngine> engine);

    void selectRule(Direction direction, int rule);
    /// The selected rule (direction, index), or rule -1.
    std::pair<Direction, int> selectedRule() const;
    /// Shows and focuses the widget editing `path` ("spec.ingress[0].action"); false if none.
    bool revealField(const QString &path);
    QWidget *fieldWidget(const QString &path);

    // parts, for the editor's tests
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *orderEdit() const { return m_order; }
    QComboBox *tierCombo() const { return m_tier; }
    KeyValueTable *labelsTable() const { return m_labels; }
    KeyValueTable *annotationsTable() const { return m_annotations; }
    SelectorEdit *selectorEdit() const { return m_selector; }
    QCheckBox *typeCheck(Direction direction) const;
    RuleListModel *ruleModel(Direction direction) const;
    QListView *ruleView(Direction direction) const;
    RuleEditor *ruleEditor() const { return m_ruleEditor; }
    /// The Up (-1) or Down (1) button under the rule list of `direction`.
    QToolButton *moveButton(Direction direction, int delta) const
    {
        return m_moveButtons[direction == Direction::Ingress ? 0 : 1][delta < 0 ? 0 : 1];
    }
    QListWidget *matchList() const { return m_matches; }
    /// Calico's defaults the policy's file does not write (the tier, the types inferred from
    /// the rules), greyed under the types; hidden when everything is written.
    QLabel *impliedLabel() const { return m_implied; }
    /// The selected endpoints' REFs as last computed.
    const QStringList &selectedEndpoints() const { return m_selectedEndpoints; }

    // rule list operations on the selected rule (also bound to the list buttons)
    /// Asks for the new rule (AddRuleDialog through the prompt) and inserts it after the
    /// selected rule of that direction (at the end when none is selected); false if cancelled.
    bool askAndAddRule(Direction direction);
    /// Inserts `rule` as askAndAddRule() does, without asking.
    void addRule(Direction direction, const Rule &rule);
    /// Replaces the Add dialog's exec() (tests): fill the dialog, return true to accept.
    void setAddRulePrompt(std::function<bool(AddRuleDialog &)> prompt);
    void removeSelectedRule();
    void duplicateSelectedRule();
    void moveSelectedRule(int delta);
    void moveRule(Direction direction, int from, int to);

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    /// `field` doubles as the merge key: consecutive edits with the same non-empty field merge.
    void policyEdited(const CalicoPolicy &policy, const QString &field, const QString &text);
    void ruleSelected(Direction direction, int rule);

private:
    QWidget *buildRuleList(Direction direction);
    void emitEdit(const CalicoPolicy &policy, const QString &field, const QString &text = {});
    void onFieldEdited(const QString &field);
    void onRuleEdited(const Rule &rule, const QString &field);
    void onRuleSelectionChanged(Direction direction);
    void showSelectedRule();
    /// Up and Down enabled where the selected rule can go.
    void updateMoveButtons();
    void updateMatches();
    void showImplied();
    void updateVisibility();
    QList<Rule> &rulesOf(CalicoPolicy &policy, Direction direction) const;

    CalicoPolicy m_policy;
    InventoryCompletions m_completions;
    std::function<bool(AddRuleDialog &)> m_addRulePrompt;
    std::shared_ptr<const PolicyEngine> m_engine;
    bool m_updating = false;
    QStringList m_selectedEndpoints;
    // What m_selectedEndpoints was computed from: the inventory's objects (shared from one
    // analysis to the next while no inventory input changes) and the selector.
    QList<InventoryObject> m_matchedObjects;
    bool m_matched = false;
    QString m_matchedKey;

    QLineEdit *m_name;
    QLabel *m_kind;
    QLabel *m_implied; // Calico's defaults the file does not write (tier, types)
    QLineEdit *m_namespace;
    QLabel *m_namespaceLabel;
    KeyValueTable *m_labels;
    KeyValueTable *m_annotations;
    QComboBox *m_tier;
    QLineEdit *m_order;
    SelectorEdit *m_selector;
    QListWidget *m_matches;
    SelectorEdit *m_namespaceSelector;
    QLabel *m_namespaceSelectorLabel;
    SelectorEdit *m_serviceAccountSelector;
    QCheckBox *m_ingressType;
    QCheckBox *m_egressType;
    QCheckBox *m_doNotTrack;
    QCheckBox *m_preDNAT;
    QCheckBox *m_applyOnForward;
    QWidget *m_flags;
    QLabel *m_flagsLabel;
    RuleListModel *m_ingressModel;
    RuleListModel *m_egressModel;
    QListView *m_ingressView = nullptr;
    QListView *m_egressView = nullptr;
    QToolButton *m_moveButtons[2][2] = {}; // [ingress, egress][up, down]
    RuleEditor *m_ruleEditor;
    QLabel *m_noRule;
    QSplitter *m_splitter = nullptr;
    Direction m_ruleDirection = Direction::Ingress;
    int m_rule = -1;
};

} // namespace ps
