#pragma once
// PolicyEditor: the editor tab for one Calico policy (GlobalNetworkPolicy, NetworkPolicy and
// their staged kinds) of a Document, with two synchronized views — a form (PolicyForm) and
// the YAML as core/io Writer writes it (YamlView). Every change is one undoable edit through the
// Document (typing in one field merges into one undo step); undo/redo and edits made elsewhere
// refresh both views. The editor follows its policy across edits, renames and moves by its
// ResourceId and says policyRemoved() when it is gone (and comes back when an undo restores
// it).

#include <QWidget>

#include "core/model/policy.h"
#include "core/model/workspacedelta.h"
#include "ui/ruleref.h"

class QTabWidget;

namespace ps {

class Document;
class PolicyForm;
class YamlView;

class PolicyEditor : public QWidget {
    Q_OBJECT
public:
    PolicyEditor(Document *document, ResourceId policy, QWidget *parent = nullptr);

    /// The policy this editor edits (also while it is removed).
    ResourceId policyId() const { return m_id; }
    /// The policy's index in workspace()->policies, or -1 once it was removed.
    qsizetype policyIndex() const;
    RuleRef policyRef() const;
    /// The policy's name, as the tab shows it.
    QString title() const;
    bool isRemoved() const { return m_removed; }

    void selectRule(Direction direction, int rule);
    /// Focuses the form widget for `fieldPath` ("spec.ingress[0].destination.ports[1]") and puts
    /// the YAML cursor on it. When the YAML tab is showing it stays, with the focus in the text.
    void revealField(const QString &fieldPath);

    PolicyForm *form() const { return m_form; }
    YamlView *yamlView() const { return m_yaml; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void ruleSelected(const RuleRef &rule);
    void titleChanged(const QString &title);
    /// The policy no longer exists (deleted, or its addition was undone).
    void policyRemoved();

private:
    void onWorkspaceChanged(const WorkspaceDelta &delta);
    void onAnalysisReady();
    void refresh();
    void refreshCompletions();
    QList<const void *> inventoryKey() const;
    void validate();
    void apply(const CalicoPolicy &policy, const QString &field, const QString &text);
    const CalicoPolicy *current() const;

    Document *m_document;
    ResourceId m_id;
    mutable qsizetype m_index = -1; // where the policy was last found: looked at first
    bool m_removed = false;
    QString m_title;
    QList<const void *> m_inventoryKey; // data pointers of the inventory lists last completed
    QTabWidget *m_tabs;
    PolicyForm *m_form;
    YamlView *m_yaml;
};

} // namespace ps
