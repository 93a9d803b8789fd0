#pragma once
// KubernetesPolicyView: a read-only view of one Kubernetes NetworkPolicy of a Document
// (workspace()->kubernetesPolicies): its YAML as written, and the Calico NetworkPolicy Calico
// converts it into, which is what the chain, trace and dataplane views show. It follows its
// policy by ResourceId across edits and says policyRemoved() when it is gone.

#include <QWidget>

#include "core/model/workspacedelta.h"
#include "ui/ruleref.h"

class QLabel;
class QTabWidget;

namespace ps {

class Document;
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
    YamlView *yamlView() const { return m_yaml; }
    YamlView *convertedView() const { return m_converted; }

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
    YamlView *m_yaml;
    YamlView *m_converted;
};

} // namespace ps
