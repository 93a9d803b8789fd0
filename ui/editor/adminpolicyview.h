#pragma once
// AdminPolicyView: one admin-tier policy of a Document (workspace()->adminPolicies:
// AdminNetworkPolicy, BaselineAdminNetworkPolicy, ClusterNetworkPolicy): its form
// (AdminPolicyForm: every change an undoable edit of the document, saved as a minimal change of
// its file), its YAML, and the Calico policy the workspace's Calico release converts it into —
// what the chain, trace and dataplane views show — or why that release does not. It follows its
// policy by ResourceId across edits and says policyRemoved() when it is gone.

#include <optional>

#include <QWidget>

#include "core/model/adminpolicy.h"
#include "core/model/workspacedelta.h"
#include "ui/ruleref.h"

class QLabel;
class QTabWidget;

namespace ps {

class Document;
class AdminPolicyForm;
class YamlView;

class AdminPolicyView : public QWidget {
    Q_OBJECT
public:
    AdminPolicyView(Document *document, ResourceId policy, QWidget *parent = nullptr);
    /// Shows the view of policy `id` in `tabs`: the tab it has, else a new one (its title
    /// following the policy's name; `created` says which). Null when there is no such policy.
    static AdminPolicyView *openIn(
        QTabWidget *tabs, Document *document, ResourceId id, bool *created = nullptr);

    /// The policy this view shows (also while it is removed).
    ResourceId policyId() const { return m_id; }
    /// The index in workspace()->adminPolicies, or -1 once removed.
    qsizetype adminPolicyIndex() const;
    /// The converted policy's reference; invalid when Calico does not convert it.
    RuleRef policyRef() const;
    QString title() const { return m_name; }
    AdminPolicyForm *form() const { return m_form; }
    YamlView *yamlView() const { return m_yaml; }
    YamlView *convertedView() const { return m_converted; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Jumps to the field `path` names (a finding's path, "spec.egress[0].to[1].networks[0]"):
    /// the form's widget for it focused (its direction, rule and cell chosen); a field the form
    /// does not show (metadata, kind) in the YAML tab, the cursor on that field's line.
    void revealField(const QString &path);

Q_SIGNALS:
    void titleChanged(const QString &title);
    void policyRemoved();

private:
    void onWorkspaceChanged(const WorkspaceDelta &delta);
    void refresh();

    Document *m_document;
    ResourceId m_id;
    QString m_name;
    bool m_removed = false;
    QLabel *m_note;
    QTabWidget *m_tabs;
    AdminPolicyForm *m_form;
    std::optional<AdminPolicy> m_lastEdit; // what the form emitted, without source
    YamlView *m_yaml;
    YamlView *m_converted;
};

} // namespace ps
