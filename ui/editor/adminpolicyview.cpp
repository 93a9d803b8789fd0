#include "ui/editor/adminpolicyview.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/io/writer.h"
#include "core/kube/adminconvert.h"
#include "core/validate/validator.h"
#include "ui/document.h"
#include "ui/editor/adminpolicyform.h"
#include "ui/editor/yamlview.h"
#include "ui/workspacetreemodel.h"

namespace ps {

AdminPolicyView::AdminPolicyView(Document *document, ResourceId policy, QWidget *parent)
    : QWidget(parent), m_document(document), m_id(policy), m_note(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_form(new AdminPolicyForm(this)), m_yaml(new YamlView(this)),
      m_converted(new YamlView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note->setWordWrap(true);
    m_note->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_note);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_form, tr("Form"));
    m_tabs->addTab(m_yaml, tr("YAML"));
    m_tabs->addTab(m_converted, tr("As Calico policy"));
    layout->addWidget(m_tabs);
    m_yaml->setReadOnly(true);
    m_converted->setReadOnly(true);

    connect(m_form, &AdminPolicyForm::edited, this,
        [this](const AdminPolicy &policy, const QString &field, const QString &text) {
            const qsizetype index = adminPolicyIndex();
            if (index < 0)
                return;
            m_lastEdit = policy;
            m_lastEdit->source = {};
            m_document->edit(
                text.isEmpty() ? tr("Edit %1").arg(policy.meta.name) : text,
                [index, &policy](WorkspaceData &d) {
                    const Source source = d.adminPolicies[index].source;
                    d.adminPolicies[index] = policy;
                    d.adminPolicies[index].source = source;
                },
                field.isEmpty() ? QString() : Document::mergeKey(m_id, field));
        });
    m_removed = adminPolicyIndex() < 0;
    connect(m_document, &Document::workspaceChanged, this, &AdminPolicyView::onWorkspaceChanged);
    refresh();
}

AdminPolicyView *AdminPolicyView::openIn(
    QTabWidget *tabs, Document *document, ResourceId id, bool *created)
{
    if (created)
        *created = false;
    const qsizetype index = indexOfResource(document->workspace()->adminPolicies, id);
    if (index < 0)
        return nullptr;
    for (int t = 0; t < tabs->count(); ++t) {
        auto *view = qobject_cast<AdminPolicyView *>(tabs->widget(t));
        if (view && view->policyId() == id) {
            tabs->setCurrentIndex(t);
            return view;
        }
    }
    auto *view = new AdminPolicyView(document, id, tabs);
    if (created)
        *created = true;
    const ResourceKind kind = document->workspace()->adminPolicies[index].kind;
    const int t = tabs->addTab(view,
        WorkspaceTreeModel::policyIcon(WorkspaceTreeModel::adminPolicyIcon(kind)), view->title());
    tabs->setTabToolTip(t, tr("%1 %2").arg(kindName(kind), view->title()));
    connect(view, &AdminPolicyView::titleChanged, tabs,
        [tabs, view](const QString &title) { tabs->setTabText(tabs->indexOf(view), title); });
    tabs->setCurrentIndex(t);
    return view;
}

qsizetype AdminPolicyView::adminPolicyIndex() const
{
    return indexOfResource(m_document->workspace()->adminPolicies, m_id);
}

RuleRef AdminPolicyView::policyRef() const
{
    const qsizetype index = adminPolicyIndex();
    if (index < 0)
        return {};
    const Workspace &workspace = m_document->workspace();
    const AdminConversion converted
        = convertAdminPolicy(workspace->adminPolicies[index], workspace->calicoVersion);
    return converted.policy ? ps::policyRef(*converted.policy) : RuleRef {};
}

void AdminPolicyView::revealField(const QString &path)
{
    revealInFormOrYaml(
        m_tabs, m_form, [this](const QString &field) { return m_form->revealField(field); }, m_yaml,
        path);
}

void AdminPolicyView::onWorkspaceChanged(const WorkspaceDelta &delta)
{
    if (!delta.touches(&WorkspaceData::adminPolicies) && !delta.isReplacement())
        return;
    if (adminPolicyIndex() < 0) {
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

void AdminPolicyView::refresh()
{
    const qsizetype index = adminPolicyIndex();
    if (index < 0)
        return;
    const Workspace &workspace = m_document->workspace();
    const AdminPolicy &policy = workspace->adminPolicies[index];
    if (policy.meta.name != m_name) {
        m_name = policy.meta.name;
        Q_EMIT titleChanged(m_name);
    }
    // The form shows what it emitted already; anything else (undo, a reload) is shown again.
    AdminPolicy shown = policy;
    shown.source = {};
    if (!m_lastEdit || !(*m_lastEdit == shown))
        m_form->setPolicy(policy);
    m_lastEdit.reset();
    WorkspaceData data;
    data.calicoVersion = workspace->calicoVersion;
    data.adminPolicies.append(policy);
    const Workspace alone(std::move(data));
    // The policy validated on its own: its findings at the form's fields (the Problems dock
    // has the whole workspace's, with those about other resources).
    m_form->setDiagnostics(Validator().validate(alone));
    m_yaml->setPlainText(QString::fromUtf8(Writer().write(alone)));
    const AdminConversion converted = convertAdminPolicy(policy, workspace->calicoVersion);
    const QString version = calicoVersionName(workspace->calicoVersion);
    if (converted.policy) {
        m_note->setText(tr("%1: edit it in the form (every change is undoable; a save writes "
                           "only what changed). Calico %2 enforces it as the policy of the last "
                           "tab, in tier %3.")
                            .arg(kindName(policy.kind), version, converted.policy->tier));
        m_converted->setPlainText(
            QString::fromUtf8(Writer().write(asCalicoGlobalNetworkPolicy(*converted.policy))));
    } else {
        m_note->setText(tr("%1: edit it in the form (every change is undoable; a save writes "
                           "only what changed). Calico %2 does not enforce it: %3")
                            .arg(kindName(policy.kind), version, converted.skipped));
        m_converted->setPlainText(
            tr("# Calico %1 does not convert this policy: %2").arg(version, converted.skipped));
    }
}

} // namespace ps
