#pragma once
// PolicyEditor: the editor tab for one Calico policy (GlobalNetworkPolicy, NetworkPolicy and
// their staged kinds) of a Document, with two synchronized views — a form (PolicyForm) and
// the YAML as core/io Writer writes it (YamlView). Every change is one undoable edit through the
// Document (typing in one field merges into one undo step); undo/redo and edits made elsewhere
// refresh both views. The editor follows its policy across edits by identity (kind, namespace,
// name — renames made here move the identity along) and says policyRemoved() when it is gone.

#include <QWidget>

#include "core/model/policy.h"
#include "ui/ruleref.h"

class QTabWidget;

namespace ps {

class Document;
class PolicyForm;
class YamlView;

class PolicyEditor : public QWidget {
    Q_OBJECT
public:
    PolicyEditor(Document *document, qsizetype policyIndex, QWidget *parent = nullptr);

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
    struct Identity {
        ResourceKind kind = ResourceKind::GlobalNetworkPolicy;
        QString namespace_;
        QString name;
        bool matches(const CalicoPolicy &policy) const
        {
            return policy.kind == kind && policy.meta.namespace_ == namespace_
                && policy.meta.name == name;
        }
    };
    static Identity identityOf(const CalicoPolicy &policy);

    void onWorkspaceChanged();
    void onAnalysisReady();
    void refresh();
    void refreshCompletions();
    QList<const void *> inventoryKey() const;
    void validate();
    void apply(CalicoPolicy policy, const QString &field, const QString &text);
    const CalicoPolicy *current() const;

    Document *m_document;
    qsizetype m_index;
    Identity m_identity;
    qsizetype m_policyCount = 0;
    bool m_removed = false;
    QString m_title;
    QList<const void *> m_inventoryKey; // data pointers of the inventory lists last completed
    QTabWidget *m_tabs;
    PolicyForm *m_form;
    YamlView *m_yaml;
};

} // namespace ps
