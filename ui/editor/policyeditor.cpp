#include "ui/editor/policyeditor.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/validate/validator.h"
#include "ui/document.h"
#include "ui/editor/inventorycompletions.h"
#include "ui/editor/policyform.h"
#include "ui/editor/yamlview.h"

namespace ps {

PolicyEditor::PolicyEditor(Document *document, qsizetype policyIndex, QWidget *parent)
    : QWidget(parent), m_document(document), m_index(policyIndex), m_tabs(new QTabWidget(this)),
      m_form(new PolicyForm(this)), m_yaml(new YamlView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_form, tr("Form"));
    m_tabs->addTab(m_yaml, tr("YAML"));
    layout->addWidget(m_tabs);

    const QList<CalicoPolicy> &policies = document->workspace()->policies;
    m_policyCount = policies.size();
    if (m_index >= 0 && m_index < policies.size())
        m_identity = identityOf(policies[m_index]);
    else
        m_removed = true;

    connect(m_document, &Document::workspaceChanged, this, &PolicyEditor::onWorkspaceChanged);
    connect(m_document, &Document::analysisReady, this, &PolicyEditor::onAnalysisReady);
    connect(m_form, &PolicyForm::policyEdited, this,
        [this](const CalicoPolicy &p, const QString &field, const QString &text) {
            apply(p, field, text);
        });
    connect(m_form, &PolicyForm::ruleSelected, this, [this](Direction direction, int rule) {
        RuleRef ref = policyRef();
        ref.direction = direction;
        ref.rule = rule;
        Q_EMIT ruleSelected(ref);
    });
    connect(m_yaml, &YamlView::policyParsed, this, [this](const CalicoPolicy &p) {
        if (const CalicoPolicy *old = current()) {
            CalicoPolicy edited = p;
            edited.source = old->source; // it stays in its file
            apply(edited, QStringLiteral("yaml"), tr("Edit %1 as YAML").arg(p.meta.name));
        }
    });

    refresh();
    if (document->analysis())
        m_form->setEngine(document->analysis()->engine);
}

PolicyEditor::Identity PolicyEditor::identityOf(const CalicoPolicy &policy)
{
    return {policy.kind, policy.meta.namespace_, policy.meta.name};
}

qsizetype PolicyEditor::policyIndex() const
{
    return m_removed ? -1 : m_index;
}

RuleRef PolicyEditor::policyRef() const
{
    return ps::policyRef(m_document->workspace(), policyIndex());
}

QString PolicyEditor::title() const
{
    return m_title;
}

const CalicoPolicy *PolicyEditor::current() const
{
    const QList<CalicoPolicy> &policies = m_document->workspace()->policies;
    if (m_removed || m_index < 0 || m_index >= policies.size())
        return nullptr;
    return &policies[m_index];
}

void PolicyEditor::onWorkspaceChanged()
{
    const QList<CalicoPolicy> &policies = m_document->workspace()->policies;
    qsizetype found = -1;
    if (m_index >= 0 && m_index < policies.size() && m_identity.matches(policies[m_index]))
        found = m_index;
    for (qsizetype i = 0; found < 0 && i < policies.size(); ++i)
        if (m_identity.matches(policies[i]))
            found = i;
    // Renamed in place (undo/redo of a rename, an edit elsewhere): same count, same slot.
    if (found < 0 && !m_removed && policies.size() == m_policyCount && m_index >= 0
        && m_index < policies.size() && policies[m_index].kind == m_identity.kind) {
        found = m_index;
        m_identity = identityOf(policies[m_index]);
    }
    m_policyCount = policies.size();
    if (found < 0) {
        if (!m_removed) {
            m_removed = true;
            setEnabled(false);
            Q_EMIT policyRemoved();
        }
        return;
    }
    m_index = found;
    if (m_removed) { // back again (redo of an add, undo of a removal)
        m_removed = false;
        setEnabled(true);
    }
    // Edits of other resources leave this editor alone (cheap with many editors open), as
    // long as the choices the form offers (tiers, inventory) did not change either.
    const CalicoPolicy &policy = policies[m_index];
    if (policy == m_form->policy() && policy == m_yaml->lastGoodPolicy()
        && inventoryKey() == m_inventoryKey)
        return;
    refresh();
}

void PolicyEditor::onAnalysisReady()
{
    if (const std::shared_ptr<const Analysis> analysis = m_document->analysis())
        m_form->setEngine(analysis->engine);
}

void PolicyEditor::refresh()
{
    const CalicoPolicy *policy = current();
    if (!policy) {
        setEnabled(false);
        return;
    }
    refreshCompletions();
    m_form->setPolicy(*policy);
    m_yaml->setPolicy(*policy);
    validate();
    const QString title = policy->meta.name;
    if (title != m_title) {
        m_title = title;
        Q_EMIT titleChanged(title);
    }
}

QList<const void *> PolicyEditor::inventoryKey() const
{
    // the lists are implicitly shared: unchanged lists keep their data across edits
    const WorkspaceData &d = m_document->workspace().data();
    return {d.pods.constData(), d.workloads.constData(), d.namespaces.constData(),
        d.serviceAccounts.constData(), d.services.constData(), d.tiers.constData(),
        d.hostEndpoints.constData(), d.networkSets.constData()};
}

void PolicyEditor::refreshCompletions()
{
    const QList<const void *> key = inventoryKey();
    if (key == m_inventoryKey)
        return;
    m_inventoryKey = key;
    m_form->setCompletions(InventoryCompletions::fromWorkspace(m_document->workspace()));
}

void PolicyEditor::validate()
{
    const CalicoPolicy *policy = current();
    if (!policy || !m_yaml->fields()) {
        m_yaml->setDiagnostics({});
        return;
    }
    // Validate this one policy against the YAML text's positions, so findings land exactly
    // where the text shows the field (the Problems dock has the whole workspace's findings).
    WorkspaceData data;
    data.tiers = m_document->workspace()->tiers;
    CalicoPolicy shown = *policy;
    shown.source = Source {};
    shown.source.file = YamlView::fileName();
    shown.source.pos = {1, 1};
    shown.source.fields = m_yaml->fields();
    data.policies.append(shown);
    Diagnostics diagnostics;
    for (const Diagnostic &d : Validator().validate(Workspace(std::move(data))))
        if (d.file == YamlView::fileName())
            diagnostics.append(d);
    m_yaml->setDiagnostics(diagnostics);
}

void PolicyEditor::apply(CalicoPolicy policy, const QString &field, const QString &text)
{
    const CalicoPolicy *old = current();
    if (!old)
        return;
    if (policy.source.file.isEmpty() && !old->source.file.isEmpty())
        policy.source = old->source;
    m_identity = identityOf(policy); // the edit may rename it: follow it
    const qsizetype index = m_index;
    const QString mergeKey = field.isEmpty()
        ? QString()
        : QStringLiteral("policyeditor/%1/%2").arg(quintptr(this)).arg(field);
    m_document->edit(
        text.isEmpty() ? tr("Edit %1").arg(policy.meta.name) : text,
        [index, policy](WorkspaceData &d) {
            if (index < d.policies.size())
                d.policies[index] = policy;
        },
        mergeKey);
}

void PolicyEditor::selectRule(Direction direction, int rule)
{
    m_form->selectRule(direction, rule);
}

void PolicyEditor::revealField(const QString &fieldPath)
{
    m_yaml->revealPath(fieldPath);
    if (m_tabs->currentWidget() == m_yaml) {
        m_form->fieldWidget(fieldPath); // selects the rule the field belongs to
        m_yaml->textEdit()->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_tabs->setCurrentWidget(m_form);
    m_form->revealField(fieldPath);
}

} // namespace ps
