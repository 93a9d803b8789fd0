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

PolicyEditor::PolicyEditor(Document *document, ResourceId policy, QWidget *parent)
    : QWidget(parent), m_document(document), m_id(policy), m_tabs(new QTabWidget(this)),
      m_form(new PolicyForm(this)), m_yaml(new YamlView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_form, tr("Form"));
    m_tabs->addTab(m_yaml, tr("YAML"));
    layout->addWidget(m_tabs);

    m_removed = current() == nullptr;

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

qsizetype PolicyEditor::policyIndex() const
{
    const QList<CalicoPolicy> &policies = m_document->workspace()->policies;
    if (m_index < 0 || m_index >= policies.size() || policies[m_index].source.id != m_id)
        m_index = indexOfResource(policies, m_id);
    return m_index;
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
    const qsizetype index = policyIndex();
    return index < 0 ? nullptr : &m_document->workspace()->policies[index];
}

void PolicyEditor::onWorkspaceChanged(const WorkspaceDelta &delta)
{
    // Edits of other resources leave this editor alone (cheap with many editors open), as
    // long as the choices the form offers (tiers, inventory) did not change either.
    if (!m_removed && !delta.touches(&WorkspaceData::policies) && inventoryKey() == m_inventoryKey)
        return;
    const qsizetype found = policyIndex();
    if (found < 0) {
        if (!m_removed) {
            m_removed = true;
            setEnabled(false);
            Q_EMIT policyRemoved();
        }
        return;
    }
    if (m_removed) { // back again (redo of an add, undo of a removal)
        m_removed = false;
        setEnabled(true);
    }
    const CalicoPolicy &policy = m_document->workspace()->policies[found];
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

void PolicyEditor::apply(const CalicoPolicy &policy, const QString &field, const QString &text)
{
    if (!current())
        return;
    m_document->replacePolicy(
        m_id, policy, field.isEmpty() ? QString() : Document::mergeKey(m_id, field), text);
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
