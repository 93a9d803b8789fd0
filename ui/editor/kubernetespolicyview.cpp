#include "ui/editor/kubernetespolicyview.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/kube/kubeconvert.h"
#include "core/io/writer.h"
#include "ui/document.h"
#include "ui/editor/kubernetespolicyform.h"
#include "ui/editor/yamlview.h"

namespace ps {

KubernetesPolicyView::KubernetesPolicyView(Document *document, ResourceId policy, QWidget *parent)
    : QWidget(parent), m_document(document), m_id(policy), m_note(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_form(new KubernetesPolicyForm(this)),
      m_yaml(new YamlView(this)), m_converted(new YamlView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note->setWordWrap(true);
    m_note->setContentsMargins(8, 4, 8, 4);
    m_note->setText(tr("A Kubernetes NetworkPolicy: edit it in the form (every change is undoable; "
                       "a save writes only what changed). Calico enforces it as the converted "
                       "NetworkPolicy of the last tab."));
    layout->addWidget(m_note);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_form, tr("Form"));
    m_tabs->addTab(m_yaml, tr("YAML"));
    m_tabs->addTab(m_converted, tr("As Calico policy"));
    layout->addWidget(m_tabs);
    m_yaml->setReadOnly(true);
    m_converted->setReadOnly(true);

    connect(
        m_form, &KubernetesPolicyForm::edited, this, [this](const KubernetesNetworkPolicy &policy) {
            m_lastEdit = policy;
            m_lastEdit->source = {};
            m_document->replaceKubernetesPolicy(
                m_id, policy, QStringLiteral("kubernetes-form:%1").arg(m_id.value()));
        });
    m_removed = kubernetesPolicyIndex() < 0;
    connect(m_document, &Document::analysisReady, this, &KubernetesPolicyView::onAnalysisReady);
    onAnalysisReady();
    connect(
        m_document, &Document::workspaceChanged, this, &KubernetesPolicyView::onWorkspaceChanged);
    refresh();
}

qsizetype KubernetesPolicyView::kubernetesPolicyIndex() const
{
    return indexOfResource(m_document->workspace()->kubernetesPolicies, m_id);
}

RuleRef KubernetesPolicyView::policyRef() const
{
    const qsizetype index = kubernetesPolicyIndex();
    if (index < 0)
        return {};
    return ps::policyRef(
        convertKubernetesPolicy(m_document->workspace()->kubernetesPolicies[index]).policy);
}

void KubernetesPolicyView::revealField(const QString &path)
{
    revealInFormOrYaml(
        m_tabs, m_form, [this](const QString &field) { return m_form->revealField(field); }, m_yaml,
        path);
}

void KubernetesPolicyView::onAnalysisReady()
{
    // The pods are counted in the analysis's inventory, which an edit of a policy leaves as it
    // was (shared from one analysis to the next): count again only when it changed.
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (!analysis || !analysis->engine)
        return;
    const QList<InventoryObject> &objects = analysis->engine->inventory().objects();
    if (m_counted && objects.isSharedWith(m_countedObjects))
        return;
    m_counted = true;
    m_countedObjects = objects;
    m_form->setEngine(analysis->engine);
}

void KubernetesPolicyView::onWorkspaceChanged(const WorkspaceDelta &delta)
{
    if (!delta.touches(&WorkspaceData::kubernetesPolicies))
        return;
    if (kubernetesPolicyIndex() < 0) {
        if (!m_removed) {
            m_removed = true;
            setEnabled(false);
            Q_EMIT policyRemoved();
        }
        return;
    }
    m_removed = false;
    setEnabled(true);
    refresh();
}

void KubernetesPolicyView::refresh()
{
    const qsizetype index = kubernetesPolicyIndex();
    if (index < 0)
        return;
    const KubernetesNetworkPolicy &policy = m_document->workspace()->kubernetesPolicies[index];
    if (policy.meta.name != m_name) {
        m_name = policy.meta.name;
        Q_EMIT titleChanged(m_name);
    }
    // The form shows what it emitted already; anything else (undo, a reload) is shown again.
    KubernetesNetworkPolicy shown = policy;
    shown.source = {};
    if (!m_lastEdit || !(*m_lastEdit == shown))
        m_form->setPolicy(policy);
    m_lastEdit.reset();
    WorkspaceData data;
    data.kubernetesPolicies.append(policy);
    m_yaml->setPlainText(QString::fromUtf8(Writer().write(Workspace(std::move(data)))));
    const KubeConversion converted = convertKubernetesPolicy(policy);
    m_converted->setPlainText(
        QString::fromUtf8(Writer().write(asCalicoNetworkPolicy(converted.policy))));
}

} // namespace ps
