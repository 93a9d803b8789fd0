#include "ui/editor/kubernetespolicyview.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/kube/kubeconvert.h"
#include "core/io/writer.h"
#include "ui/document.h"
#include "ui/editor/yamlview.h"

namespace ps {

KubernetesPolicyView::KubernetesPolicyView(
    Document *document, qsizetype kubernetesPolicyIndex, QWidget *parent)
    : QWidget(parent), m_document(document), m_index(kubernetesPolicyIndex),
      m_note(new QLabel(this)), m_tabs(new QTabWidget(this)), m_yaml(new YamlView(this)),
      m_converted(new YamlView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note->setWordWrap(true);
    m_note->setContentsMargins(8, 4, 8, 4);
    m_note->setText(tr("A Kubernetes NetworkPolicy is shown read-only. Calico enforces it as the "
                       "converted NetworkPolicy in the second tab."));
    layout->addWidget(m_note);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_yaml, tr("YAML"));
    m_tabs->addTab(m_converted, tr("As Calico policy"));
    layout->addWidget(m_tabs);
    m_yaml->setReadOnly(true);
    m_converted->setReadOnly(true);

    const QList<KubernetesNetworkPolicy> &policies = document->workspace()->kubernetesPolicies;
    if (m_index >= 0 && m_index < policies.size()) {
        m_namespace = policies[m_index].meta.namespace_;
        m_name = policies[m_index].meta.name;
    } else {
        m_removed = true;
    }
    connect(
        m_document, &Document::workspaceChanged, this, &KubernetesPolicyView::onWorkspaceChanged);
    refresh();
}

RuleRef KubernetesPolicyView::policyRef() const
{
    RuleRef ref;
    if (m_removed)
        return ref;
    ref.kind = kindDisplayName(ResourceKind::KubernetesNetworkPolicy);
    ref.policy = (m_namespace.isEmpty() ? QStringLiteral("default") : m_namespace) + u'/' + m_name;
    return ref;
}

void KubernetesPolicyView::onWorkspaceChanged()
{
    const QList<KubernetesNetworkPolicy> &policies = m_document->workspace()->kubernetesPolicies;
    qsizetype found = -1;
    for (qsizetype i = 0; i < policies.size() && found < 0; ++i)
        if (policies[i].meta.namespace_ == m_namespace && policies[i].meta.name == m_name)
            found = i;
    if (found < 0) {
        if (!m_removed) {
            m_removed = true;
            setEnabled(false);
            Q_EMIT policyRemoved();
        }
        return;
    }
    m_index = found;
    m_removed = false;
    setEnabled(true);
    refresh();
}

void KubernetesPolicyView::refresh()
{
    const QList<KubernetesNetworkPolicy> &policies = m_document->workspace()->kubernetesPolicies;
    if (m_removed || m_index >= policies.size())
        return;
    const KubernetesNetworkPolicy &policy = policies[m_index];
    WorkspaceData data;
    data.kubernetesPolicies.append(policy);
    m_yaml->setPlainText(QString::fromUtf8(Writer().write(Workspace(std::move(data)))));
    const KubeConversion converted = convertKubernetesPolicy(policy);
    m_converted->setPlainText(
        QString::fromUtf8(Writer().write(asCalicoNetworkPolicy(converted.policy))));
}

} // namespace ps
