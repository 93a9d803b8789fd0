#pragma once
// KubernetesPolicyView: a read-only view of one Kubernetes NetworkPolicy of a Document
// (workspace()->kubernetesPolicies): its YAML as written, and the Calico NetworkPolicy Calico
// converts it into, which is what the chain, trace and dataplane views show. It follows its
// policy by namespace and name across edits and says policyRemoved() when it is gone.

#include <QWidget>

#include "ui/ruleref.h"

class QLabel;
class QTabWidget;

namespace ps {

class Document;
class YamlView;

class KubernetesPolicyView : public QWidget {
    Q_OBJECT
public:
    KubernetesPolicyView(
        Document *document, qsizetype kubernetesPolicyIndex, QWidget *parent = nullptr);

    /// The index in workspace()->kubernetesPolicies, or -1 once removed.
    qsizetype kubernetesPolicyIndex() const { return m_removed ? -1 : m_index; }
    RuleRef policyRef() const;
    QString title() const { return m_name; }
    YamlView *yamlView() const { return m_yaml; }
    YamlView *convertedView() const { return m_converted; }

Q_SIGNALS:
    void titleChanged(const QString &title);
    void policyRemoved();

private:
    void onWorkspaceChanged();
    void refresh();

    Document *m_document;
    qsizetype m_index;
    QString m_namespace;
    QString m_name;
    bool m_removed = false;
    QLabel *m_note;
    QTabWidget *m_tabs;
    YamlView *m_yaml;
    YamlView *m_converted;
};

} // namespace ps
