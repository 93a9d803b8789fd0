#pragma once
// KubernetesPolicyView: one Kubernetes NetworkPolicy of a Document
// (workspace()->kubernetesPolicies): its form (KubernetesPolicyForm: every change an undoable
// edit of the document), its YAML, and the Calico NetworkPolicy Calico converts it into, which
// is what the chain, trace and dataplane views show. It follows its
// policy by ResourceId across edits and says policyRemoved() when it is gone.

#include <QWidget>

#include "core/model/workspacedelta.h"
#include "ui/ruleref.h"

#include <optional>

#include "core/eval/inventory.h"
#include "core/model/kubernetes.h"

class QLabel;
class QTabWidget;

namespace ps {

class Document;
class KubernetesPolicyForm;
class YamlView;

class KubernetesPolicyView : public QWidget {
    Q_OBJECT
public:
    KubernetesPolicyView(Document *document, ResourceId policy, QWidget *parent = nullptr);

    /// The policy this view shows (also while it is removed).
    ResourceId policyId() const { return m_id; }
    /// The index in workspace()->kubernetesPolicies, or -1 once removed.
    qsizetype kubernetesPolicyIndex() const;
    RuleRef policyRef() const;
    QString title() const { return m_name; }
    KubernetesPolicyForm *form() const { return m_form; }
    YamlView *yamlView() const { return m_yaml; }
    YamlView *convertedView() const { return m_converted; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Jumps to the field `path` names (a finding's path, "spec.ingress[0].from[1].podSelector"):
    /// the form's widget for it focused (its direction, rule and cell chosen); a field the form
    /// does not show (metadata, kind) in the YAML tab, the cursor on that field's line.
    void revealField(const QString &path);

Q_SIGNALS:
    void titleChanged(const QString &title);
    void policyRemoved();

private:
    void onAnalysisReady();
    void onWorkspaceChanged(const WorkspaceDelta &delta);
    void refresh();

    Document *m_document;
    ResourceId m_id;
    QString m_name;
    bool m_removed = false;
    QLabel *m_note;
    QTabWidget *m_tabs;
    KubernetesPolicyForm *m_form;
    std::optional<KubernetesNetworkPolicy> m_lastEdit; // what the form emitted, without source
    YamlView *m_yaml;
    YamlView *m_converted;
    // The inventory objects the form's pods were last counted in.
    QList<InventoryObject> m_countedObjects;
    bool m_counted = false;
};

} // namespace ps
