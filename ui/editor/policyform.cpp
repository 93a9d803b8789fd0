#include "ui/editor/policyform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/eval/policycompiler.h"
#include "core/eval/selectedendpoints.h"
#include "core/selector/selector.h"
#include "ui/editor/addruledialog.h"
#include "ui/editor/formtext.h"
#include "ui/editor/keyvaluetable.h"
#include "ui/editor/ruleeditor.h"
#include "ui/editor/rulelistmodel.h"
#include "ui/editor/selectoredit.h"

namespace ps {

namespace {

void setLine(QLineEdit *edit, const QString &text)
{
    if (edit->text().trimmed() == text.trimmed()) // the form stores trimmed text
        return;
    const int cursor = edit->cursorPosition();
    edit->setText(text);
    if (edit->hasFocus())
        edit->setCursorPosition(std::min(cursor, int(text.size())));
}

void setChecked(QCheckBox *box, bool checked)
{
    const QSignalBlocker blocker(box);
    box->setChecked(checked);
}

QString orderText(const std::optional<double> &order)
{
    return order ? QString::number(*order, 'g', 15) : QString();
}

void markInvalid(QWidget *edit, const QString &error)
{
    edit->setStyleSheet(error.isEmpty()
            ? QString()
            : QStringLiteral("%1 { border: 1px solid #c62828; }")
                  .arg(QString::fromLatin1(edit->metaObject()->className())));
    edit->setToolTip(error);
}

QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // narrower than the fields need (docks open beside a small window): scroll, never clip
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    return area;
}

} // namespace

PolicyForm::PolicyForm(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_kind(new QLabel(this)),
      m_namespace(new QLineEdit(this)), m_namespaceLabel(new QLabel(tr("Namespace:"), this)),
      m_labels(new KeyValueTable(MetaRules::MapKind::Labels, this)),
      m_annotations(new KeyValueTable(MetaRules::MapKind::Annotations, this)),
      m_tier(new QComboBox(this)), m_order(new QLineEdit(this)), m_selector(new SelectorEdit(this)),
      m_matches(new QListWidget(this)), m_namespaceSelector(new SelectorEdit(this)),
      m_namespaceSelectorLabel(new QLabel(tr("Namespace selector:"), this)),
      m_serviceAccountSelector(new SelectorEdit(this)),
      m_ingressType(new QCheckBox(tr("Ingress"), this)),
      m_egressType(new QCheckBox(tr("Egress"), this)),
      m_doNotTrack(new QCheckBox(tr("Do not track"), this)),
      m_preDNAT(new QCheckBox(tr("Pre-DNAT"), this)),
      m_applyOnForward(new QCheckBox(tr("Apply on forward"), this)), m_flags(new QWidget(this)),
      m_flagsLabel(new QLabel(tr("Host endpoint flags:"), this)),
      m_ingressModel(new RuleListModel(this)), m_egressModel(new RuleListModel(this)),
      m_ruleEditor(new RuleEditor(this)),
      m_noRule(new QLabel(tr("Select a rule to edit it, or add one."), this))
{
    // left: the policy itself and its rule lists
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);

    auto *meta = new QGroupBox(tr("Metadata"), left);
    auto *metaForm = new QFormLayout(meta);
    metaForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    metaForm->addRow(tr("Kind:"), m_kind);
    metaForm->addRow(tr("Name:"), m_name);
    metaForm->addRow(m_namespaceLabel, m_namespace);
    metaForm->addRow(tr("Labels:"), m_labels);
    metaForm->addRow(tr("Annotations:"), m_annotations);
    leftLayout->addWidget(meta);

    auto *spec = new QGroupBox(tr("Policy"), left);
    auto *specForm = new QFormLayout(spec);
    specForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    specForm->addRow(tr("Tier:"), m_tier);
    m_order->setPlaceholderText(tr("none (evaluated last in its tier)"));
    auto *orderValidator = new QDoubleValidator(m_order);
    orderValidator->setLocale(QLocale::c());
    orderValidator->setNotation(QDoubleValidator::StandardNotation);
    m_order->setValidator(orderValidator);
    specForm->addRow(tr("Order:"), m_order);
    m_selector->setPlaceholderText(tr("all() when empty"));
    specForm->addRow(tr("Selector:"), m_selector);
    m_matches->setSelectionMode(QAbstractItemView::NoSelection);
    m_matches->setToolTip(tr("The endpoints this policy applies to"));
    specForm->addRow(QString(), m_matches);
    specForm->addRow(m_namespaceSelectorLabel, m_namespaceSelector);
    specForm->addRow(tr("Account selector:"), m_serviceAccountSelector);
    m_serviceAccountSelector->setPlaceholderText(tr("service accounts by their labels"));
    auto *types = new QWidget(spec);
    auto *typesLayout = new QHBoxLayout(types);
    typesLayout->setContentsMargins(0, 0, 0, 0);
    typesLayout->addWidget(m_ingressType);
    typesLayout->addWidget(m_egressType);
    typesLayout->addStretch(1);
    specForm->addRow(tr("Types:"), types);
    m_implied = new QLabel(spec);
    m_implied->setWordWrap(true);
    m_implied->setForegroundRole(QPalette::PlaceholderText);
    m_implied->setVisible(false);
    specForm->addRow(QString(), m_implied);
    auto *flagsLayout = new QHBoxLayout(m_flags);
    flagsLayout->setContentsMargins(0, 0, 0, 0);
    flagsLayout->addWidget(m_doNotTrack);
    flagsLayout->addWidget(m_preDNAT);
    flagsLayout->addWidget(m_applyOnForward);
    flagsLayout->addStretch(1);
    specForm->addRow(m_flagsLabel, m_flags);
    leftLayout->addWidget(spec);

    leftLayout->addWidget(buildRuleList(Direction::Ingress));
    leftLayout->addWidget(buildRuleList(Direction::Egress));
    leftLayout->addStretch(1);

    // right: the selected rule
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    m_noRule->setAlignment(Qt::AlignCenter);
    m_noRule->setWordWrap(true);
    rightLayout->addWidget(m_noRule);
    rightLayout->addWidget(m_ruleEditor);
    m_ruleEditor->setVisible(false);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(scrolled(left, m_splitter));
    m_splitter->addWidget(scrolled(right, m_splitter));
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({520, 480});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_name, &QLineEdit::textEdited, this,
        [this] { onFieldEdited(QStringLiteral("metadata.name")); });
    connect(m_namespace, &QLineEdit::textEdited, this,
        [this] { onFieldEdited(QStringLiteral("metadata.namespace")); });
    // one committed cell is one undo step: never merged
    connect(m_labels, &KeyValueTable::edited, this, [this](const Labels &labels) {
        CalicoPolicy p = m_policy;
        p.meta.labels = labels;
        emitEdit(p, {}, tr("Edit labels of %1").arg(p.meta.name));
    });
    connect(m_annotations, &KeyValueTable::edited, this, [this](const Labels &annotations) {
        CalicoPolicy p = m_policy;
        p.meta.annotations = annotations;
        emitEdit(p, {}, tr("Edit annotations of %1").arg(p.meta.name));
    });
    connect(m_tier, &QComboBox::currentTextChanged, this, [this] {
        if (!m_updating)
            onFieldEdited(QStringLiteral("spec.tier"));
    });
    connect(m_order, &QLineEdit::textEdited, this,
        [this] { onFieldEdited(QStringLiteral("spec.order")); });
    connect(m_selector, &SelectorEdit::edited, this,
        [this] { onFieldEdited(QStringLiteral("spec.selector")); });
    connect(m_namespaceSelector, &SelectorEdit::edited, this,
        [this] { onFieldEdited(QStringLiteral("spec.namespaceSelector")); });
    connect(m_serviceAccountSelector, &SelectorEdit::edited, this,
        [this] { onFieldEdited(QStringLiteral("spec.serviceAccountSelector")); });
    for (QCheckBox *box : {m_ingressType, m_egressType})
        connect(box, &QCheckBox::toggled, this,
            [this] { onFieldEdited(QStringLiteral("spec.types")); });
    connect(m_doNotTrack, &QCheckBox::toggled, this,
        [this] { onFieldEdited(QStringLiteral("spec.doNotTrack")); });
    connect(m_preDNAT, &QCheckBox::toggled, this,
        [this] { onFieldEdited(QStringLiteral("spec.preDNAT")); });
    connect(m_applyOnForward, &QCheckBox::toggled, this,
        [this] { onFieldEdited(QStringLiteral("spec.applyOnForward")); });
    connect(m_ruleEditor, &RuleEditor::ruleEdited, this, &PolicyForm::onRuleEdited);
    updateVisibility();
}

QWidget *PolicyForm::buildRuleList(Direction direction)
{
    const bool ingress = direction == Direction::Ingress;
    auto *box = new QGroupBox(ingress ? tr("Ingress rules") : tr("Egress rules"), this);
    auto *layout = new QVBoxLayout(box);
    auto *view = new QListView(box);
    RuleListModel *model = ingress ? m_ingressModel : m_egressModel;
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setDragDropMode(QAbstractItemView::InternalMove);
    view->setDefaultDropAction(Qt::MoveAction);
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->setUniformItemSizes(true);
    // room for a handful of rules; longer lists scroll, and the egress list stays in sight
    view->setMinimumHeight(view->fontMetrics().lineSpacing() * 3 + 8);
    view->setMaximumHeight(view->fontMetrics().lineSpacing() * 8 + 8);
    view->setTextElideMode(Qt::ElideRight);
    (ingress ? m_ingressView : m_egressView) = view;
    layout->addWidget(view, 1);

    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(box);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(false);
        connect(b, &QToolButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("Add"), tr("Add a rule after the selected one"),
        [this, direction] { askAndAddRule(direction); });
    button(tr("Remove"), tr("Remove the selected rule"), [this] { removeSelectedRule(); });
    button(tr("Duplicate"), tr("Insert a copy of the selected rule"),
        [this] { duplicateSelectedRule(); });
    // The order decides: the first rule that matches a connection gives the policy's action.
    QToolButton *(&move)[2] = m_moveButtons[ingress ? 0 : 1];
    move[0] = button(tr("Up"), tr("Move the selected rule up (Alt+Up): rules are matched in order"),
        [this] { moveSelectedRule(-1); });
    move[1] = button(tr("Down"),
        tr("Move the selected rule down (Alt+Down): rules are matched in order"),
        [this] { moveSelectedRule(1); });
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *remove = new QShortcut(QKeySequence::Delete, view);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] { removeSelectedRule(); });
    for (const int delta : {-1, 1}) {
        auto *move
            = new QShortcut(QKeySequence(Qt::ALT | (delta < 0 ? Qt::Key_Up : Qt::Key_Down)), view);
        move->setContext(Qt::WidgetShortcut);
        connect(move, &QShortcut::activated, this, [this, direction, delta] {
            if (m_ruleDirection == direction) // the list's own selected rule, not the other's
                moveSelectedRule(delta);
        });
    }

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this, direction] { onRuleSelectionChanged(direction); });
    connect(
        model, &RuleListModel::moveRequested, this,
        [this, direction](int from, int to) { moveRule(direction, from, to); },
        Qt::QueuedConnection);
    return box;
}

QCheckBox *PolicyForm::typeCheck(Direction direction) const
{
    return direction == Direction::Ingress ? m_ingressType : m_egressType;
}

RuleListModel *PolicyForm::ruleModel(Direction direction) const
{
    return direction == Direction::Ingress ? m_ingressModel : m_egressModel;
}

QListView *PolicyForm::ruleView(Direction direction) const
{
    return direction == Direction::Ingress ? m_ingressView : m_egressView;
}

QList<Rule> &PolicyForm::rulesOf(CalicoPolicy &policy, Direction direction) const
{
    return direction == Direction::Ingress ? policy.ingress : policy.egress;
}

void PolicyForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Policy and rule side by side need about 900 px; a narrower editor (a laptop screen
    // with the docks open) stacks them, each with the full width, and scrolls vertically.
    constexpr int kSideBySideWidth = 900;
    const Qt::Orientation wanted = width() >= kSideBySideWidth ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() == wanted)
        return;
    m_splitter->setOrientation(wanted);
    // Stacked, the policy (metadata, selector, rule lists) gets two thirds: the rule editor
    // below is empty until a rule is chosen.
    const int extent = wanted == Qt::Horizontal ? width() : height();
    const int first = wanted == Qt::Horizontal ? extent / 2 : extent * 2 / 3;
    m_splitter->setSizes({first, extent - first});
}

void PolicyForm::setCompletions(const InventoryCompletions &completions)
{
    m_completions = completions;
    m_selector->setCompletions(completions.endpointSelectorTerms);
    m_namespaceSelector->setCompletions(completions.namespaceSelectorTerms);
    m_serviceAccountSelector->setCompletions(completions.serviceAccountSelectorTerms);
    m_ruleEditor->setCompletions(completions);
    m_labels->setCompletions(completions.labelKeys, completions.labelValues);
    m_updating = true;
    QStringList tiers = completions.tiers;
    if (!m_policy.tier.isEmpty() && !tiers.contains(m_policy.tier))
        tiers.append(m_policy.tier);
    QStringList current;
    for (int i = 0; i < m_tier->count(); ++i)
        current.append(m_tier->itemText(i));
    if (current != tiers) {
        m_tier->clear();
        m_tier->addItems(tiers);
        m_tier->setCurrentText(m_policy.tier);
    }
    m_updating = false;
}

void PolicyForm::setEngine(std::shared_ptr<const PolicyEngine> engine)
{
    m_engine = std::move(engine);
    updateMatches();
}

void PolicyForm::setPolicy(const CalicoPolicy &p)
{
    m_updating = true;
    const bool kindChanged = p.kind != m_policy.kind;
    m_policy = p;
    m_kind->setText(kindDisplayName(p.kind));
    setLine(m_name, p.meta.name);
    setLine(m_namespace, p.meta.namespace_);
    m_labels->setMap(p.meta.labels);
    m_annotations->setMap(p.meta.annotations);
    if (m_tier->findText(p.tier) < 0)
        m_tier->addItem(p.tier);
    m_tier->setCurrentText(p.tier);
    bool orderOk = false;
    const double typed = m_order->text().toDouble(&orderOk);
    if (!(orderOk && p.order && typed == *p.order) && !(m_order->text().isEmpty() && !p.order)) {
        setLine(m_order, orderText(p.order));
        markInvalid(m_order, {});
    }
    m_selector->setText(p.selector);
    m_namespaceSelector->setText(p.namespaceSelector);
    m_serviceAccountSelector->setText(p.serviceAccountSelector);
    setChecked(m_ingressType, p.types.contains(QStringLiteral("Ingress")));
    setChecked(m_egressType, p.types.contains(QStringLiteral("Egress")));
    setChecked(m_doNotTrack, p.doNotTrack);
    setChecked(m_preDNAT, p.preDNAT);
    setChecked(m_applyOnForward, p.applyOnForward);
    showImplied();

    const Direction direction = m_ruleDirection;
    const int rule = m_rule;
    m_ingressModel->setRules(p.ingress);
    m_egressModel->setRules(p.egress);
    const int count = int(rulesOf(m_policy, direction).size());
    m_updating = false;
    selectRule(direction, rule >= count ? count - 1 : rule);
    if (kindChanged)
        updateVisibility();
    updateMatches();
}

void PolicyForm::updateVisibility()
{
    const bool global = m_policy.isGlobal();
    m_namespace->setVisible(!global);
    m_namespaceLabel->setVisible(!global);
    m_namespaceSelector->setVisible(global);
    m_namespaceSelectorLabel->setVisible(global);
    m_flags->setVisible(global);
    m_flagsLabel->setVisible(global);
}

void PolicyForm::showImplied()
{
    // Only a policy read from a file knows what it did not write; a new one is written whole.
    const std::shared_ptr<const SourceMap> &fields = m_policy.source.fields;
    QStringList implied;
    if (fields && fields->size() > 0) {
        if (!fields->contains(u"spec.tier"))
            implied.append(tr("tier %1").arg(m_policy.tier));
        if (!fields->contains(u"spec.types")) {
            implied.append(tr("types %1 (from the rules)").arg(m_policy.types.join(u'+')));
        }
        if (m_policy.isStaged() && !fields->contains(u"spec.stagedAction"))
            implied.append(tr("staged action %1").arg(m_policy.stagedAction));
    }
    m_implied->setText(implied.isEmpty()
            ? QString()
            : tr("Calico's defaults, not written: %1").arg(implied.join(QStringLiteral("; "))));
    m_implied->setVisible(!implied.isEmpty());
    const QString typesTip = fields && fields->size() > 0 && !fields->contains(u"spec.types")
        ? tr("Not written: Calico infers the types from the rules (Egress when there are egress "
             "rules, Ingress when there are ingress rules or no egress rules)")
        : QString();
    m_ingressType->setToolTip(typesTip);
    m_egressType->setToolTip(typesTip);
}

void PolicyForm::updateMatches()
{
    // Recomputed only when the compiled selector or the inventory changed: a policy's edits
    // mostly touch its rules, every edit brings a new engine, and the scan visits every
    // endpoint of the cluster.
    const SelectorText text = policySelectorText(m_policy);
    const QString key = text.text + u'\n' + text.error;
    if (m_engine && m_matched && key == m_matchedKey
        && m_engine->inventory().objects().isSharedWith(m_matchedObjects))
        return;
    m_matched = m_engine != nullptr;
    m_matchedObjects = m_engine ? m_engine->inventory().objects() : QList<InventoryObject>();
    m_matchedKey = key;
    m_selectedEndpoints.clear();
    m_matches->clear();
    if (!m_engine) {
        m_selector->setInfo({});
        m_matches->setVisible(false);
        return;
    }
    const Result<Selector> selector = Selector::parse(text.text);
    if (!text.error.isEmpty() || !selector.ok()) {
        m_selector->setInfo(text.error.isEmpty() ? tr("Selects nothing: a selector does not parse")
                                                 : tr("Selects nothing: %1").arg(text.error));
        m_matches->setVisible(false);
        return;
    }
    m_selectedEndpoints = endpointsSelectedBy(*m_engine, *selector);
    m_selector->setInfo(m_selectedEndpoints.isEmpty()
            ? tr("Selects no endpoint in the inventory")
            : tr("Endpoints selected: %1").arg(m_selectedEndpoints.size()));
    m_matches->addItems(m_selectedEndpoints);
    const int rows = int(std::min<qsizetype>(m_selectedEndpoints.size(), 6));
    m_matches->setFixedHeight(
        m_matches->sizeHintForRow(0) * rows + 2 * m_matches->frameWidth() + 4);
    m_matches->setVisible(!m_selectedEndpoints.isEmpty());
}

void PolicyForm::emitEdit(const CalicoPolicy &policy, const QString &field, const QString &text)
{
    if (m_updating || policy == m_policy)
        return;
    // Types the file does not write are what Calico infers from the rules when the file is
    // applied (and read back): they follow the rules, or the analysis would differ from it.
    const std::shared_ptr<const SourceMap> &fields = policy.source.fields;
    if (fields && fields->size() > 0 && !fields->contains(u"spec.types")
        && !field.startsWith(u"spec.types")) {
        CalicoPolicy inferred = policy;
        inferred.types
            = defaultPolicyTypes({}, !policy.ingress.isEmpty(), !policy.egress.isEmpty());
        if (inferred.types != policy.types) {
            Q_EMIT policyEdited(inferred, field, text);
            return;
        }
    }
    Q_EMIT policyEdited(policy, field, text);
}

void PolicyForm::onFieldEdited(const QString &field)
{
    if (m_updating)
        return;
    CalicoPolicy p = m_policy;
    if (field == u"metadata.name") {
        p.meta.name = m_name->text().trimmed();
    } else if (field == u"metadata.namespace") {
        p.meta.namespace_ = m_namespace->text().trimmed();
    } else if (field == u"spec.tier") {
        p.tier = m_tier->currentText();
    } else if (field == u"spec.order") {
        const QString text = m_order->text().trimmed();
        bool ok = true;
        const double order = text.toDouble(&ok);
        markInvalid(m_order, ok || text.isEmpty() ? QString() : tr("not a number"));
        if (!text.isEmpty() && !ok)
            return;
        p.order = text.isEmpty() ? std::nullopt : std::optional<double>(order);
    } else if (field == u"spec.selector") {
        p.selector = m_selector->text().trimmed();
    } else if (field == u"spec.namespaceSelector") {
        p.namespaceSelector = m_namespaceSelector->text().trimmed();
    } else if (field == u"spec.serviceAccountSelector") {
        p.serviceAccountSelector = m_serviceAccountSelector->text().trimmed();
    } else if (field == u"spec.types") {
        p.types.clear();
        if (m_ingressType->isChecked())
            p.types.append(QStringLiteral("Ingress"));
        if (m_egressType->isChecked())
            p.types.append(QStringLiteral("Egress"));
    } else if (field == u"spec.doNotTrack") {
        p.doNotTrack = m_doNotTrack->isChecked();
    } else if (field == u"spec.preDNAT") {
        p.preDNAT = m_preDNAT->isChecked();
    } else if (field == u"spec.applyOnForward") {
        p.applyOnForward = m_applyOnForward->isChecked();
    }
    // checkboxes and combos are one click each: never merged
    const bool typing = !field.startsWith(u"spec.types") && field != u"spec.doNotTrack"
        && field != u"spec.preDNAT" && field != u"spec.applyOnForward" && field != u"spec.tier";
    emitEdit(p, typing ? field : QString());
}

void PolicyForm::onRuleEdited(const Rule &rule, const QString &field)
{
    if (m_rule < 0)
        return;
    CalicoPolicy p = m_policy;
    QList<Rule> &rules = rulesOf(p, m_ruleDirection);
    if (m_rule >= rules.size())
        return;
    rules[m_rule] = rule;
    const QString prefix = m_ruleDirection == Direction::Ingress ? QStringLiteral("spec.ingress")
                                                                 : QStringLiteral("spec.egress");
    // empty: a one-click change or a committed table cell, never merged
    const bool click = field.isEmpty() || field == u"action" || field == u"ipVersion";
    emitEdit(p, click ? QString() : QStringLiteral("%1[%2].%3").arg(prefix).arg(m_rule).arg(field));
}

void PolicyForm::onRuleSelectionChanged(Direction direction)
{
    if (m_updating)
        return;
    QListView *view = ruleView(direction);
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    if (selected.isEmpty()) {
        if (m_ruleDirection == direction && m_rule >= 0) {
            m_rule = -1;
            showSelectedRule();
        }
        return;
    }
    const int row = selected.first().row();
    if (direction == m_ruleDirection && row == m_rule)
        return;
    m_ruleDirection = direction;
    m_rule = row;
    // one selection across both lists
    QListView *other
        = ruleView(direction == Direction::Ingress ? Direction::Egress : Direction::Ingress);
    {
        const QSignalBlocker blocker(other->selectionModel());
        other->selectionModel()->clearSelection();
    }
    other->viewport()->update();
    showSelectedRule();
    Q_EMIT ruleSelected(direction, row);
}

void PolicyForm::selectRule(Direction direction, int rule)
{
    const int count = int(rulesOf(m_policy, direction).size());
    if (rule >= count)
        rule = -1;
    m_ruleDirection = direction;
    m_rule = rule;
    for (Direction d : {Direction::Ingress, Direction::Egress}) {
        QListView *view = ruleView(d);
        const QSignalBlocker blocker(view->selectionModel());
        if (d == direction && rule >= 0) {
            const QModelIndex index = view->model()->index(rule, 0);
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            view->scrollTo(index);
        } else {
            view->selectionModel()->clearSelection();
        }
        view->viewport()->update();
    }
    showSelectedRule();
}

std::pair<Direction, int> PolicyForm::selectedRule() const
{
    return {m_ruleDirection, m_rule};
}

void PolicyForm::showSelectedRule()
{
    const QList<Rule> &rules
        = m_ruleDirection == Direction::Ingress ? m_policy.ingress : m_policy.egress;
    const bool shown = m_rule >= 0 && m_rule < rules.size();
    m_ruleEditor->setVisible(shown);
    m_noRule->setVisible(!shown);
    updateMoveButtons();
    if (!shown)
        return;
    m_ruleEditor->setRule(rules[m_rule],
        m_ruleDirection == Direction::Ingress ? tr("Ingress rule %1").arg(m_rule)
                                              : tr("Egress rule %1").arg(m_rule));
}

void PolicyForm::updateMoveButtons()
{
    for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
        const int count = int(rulesOf(m_policy, direction).size());
        const bool chosen = direction == m_ruleDirection && m_rule >= 0 && m_rule < count;
        QToolButton *up = moveButton(direction, -1);
        QToolButton *down = moveButton(direction, 1);
        if (!up || !down)
            continue; // the form is being built
        const bool canUp = chosen && m_rule > 0;
        const bool canDown = chosen && m_rule + 1 < count;
        // A button that moved its rule to the end keeps the focus in the list, not in the next
        // field (where it would go when the button is disabled).
        if ((up->hasFocus() && !canUp) || (down->hasFocus() && !canDown))
            ruleView(direction)->setFocus(Qt::OtherFocusReason);
        up->setEnabled(canUp);
        down->setEnabled(canDown);
    }
}

void PolicyForm::setAddRulePrompt(std::function<bool(AddRuleDialog &)> prompt)
{
    m_addRulePrompt = std::move(prompt);
}

bool PolicyForm::askAndAddRule(Direction direction)
{
    AddRuleDialog dialog(direction, this);
    dialog.setCompletions(m_completions);
    const bool accepted
        = m_addRulePrompt ? m_addRulePrompt(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted || !dialog.problem().isEmpty())
        return false;
    addRule(direction, dialog.rule());
    return true;
}

void PolicyForm::addRule(Direction direction, const Rule &rule)
{
    CalicoPolicy p = m_policy;
    QList<Rule> &rules = rulesOf(p, direction);
    const int at = direction == m_ruleDirection && m_rule >= 0 ? m_rule + 1 : int(rules.size());
    rules.insert(at, rule);
    emitEdit(
        p, {}, direction == Direction::Ingress ? tr("Add ingress rule") : tr("Add egress rule"));
    selectRule(direction, at);
}

void PolicyForm::removeSelectedRule()
{
    if (m_rule < 0)
        return;
    CalicoPolicy p = m_policy;
    QList<Rule> &rules = rulesOf(p, m_ruleDirection);
    if (m_rule >= rules.size())
        return;
    const int removed = m_rule;
    rules.removeAt(removed);
    const Direction direction = m_ruleDirection;
    emitEdit(p, {}, tr("Remove rule"));
    selectRule(direction, std::min(removed, int(rules.size()) - 1));
}

void PolicyForm::duplicateSelectedRule()
{
    if (m_rule < 0)
        return;
    CalicoPolicy p = m_policy;
    QList<Rule> &rules = rulesOf(p, m_ruleDirection);
    if (m_rule >= rules.size())
        return;
    const int at = m_rule + 1;
    rules.insert(at, rules[m_rule]);
    const Direction direction = m_ruleDirection;
    emitEdit(p, {}, tr("Duplicate rule"));
    selectRule(direction, at);
}

void PolicyForm::moveSelectedRule(int delta)
{
    if (m_rule < 0)
        return;
    const int to = m_rule + delta;
    // moveRule's `to` is the row the rule lands before, in the list as it was
    moveRule(m_ruleDirection, m_rule, delta > 0 ? to + 1 : to);
}

void PolicyForm::moveRule(Direction direction, int from, int to)
{
    CalicoPolicy p = m_policy;
    QList<Rule> &rules = rulesOf(p, direction);
    if (from < 0 || from >= rules.size() || to < 0 || to > rules.size())
        return;
    const int target = to > from ? to - 1 : to;
    if (target == from)
        return;
    rules.move(from, target);
    emitEdit(p, {}, tr("Move rule"));
    selectRule(direction, target);
}

QWidget *PolicyForm::fieldWidget(const QString &path)
{
    static const QRegularExpression rulePath(
        QStringLiteral(R"(^spec\.(ingress|egress)\[(\d+)\]\.?(.*)$)"));
    const QRegularExpressionMatch m = rulePath.match(path);
    if (m.hasMatch()) {
        const Direction direction
            = m.captured(1) == u"ingress" ? Direction::Ingress : Direction::Egress;
        const int rule = m.captured(2).toInt();
        if (rule >= rulesOf(m_policy, direction).size())
            return ruleView(direction);
        selectRule(direction, rule);
        QWidget *w = m.captured(3).isEmpty() ? nullptr : m_ruleEditor->fieldWidget(m.captured(3));
        return w ? w : ruleView(direction);
    }
    if (path.startsWith(u"spec.ingress"))
        return m_ingressView;
    if (path.startsWith(u"spec.egress"))
        return m_egressView;
    // "metadata.labels.app": the row of that key
    for (KeyValueTable *table : {m_labels, m_annotations}) {
        const QString map = table == m_labels ? QStringLiteral("metadata.labels.")
                                              : QStringLiteral("metadata.annotations.");
        if (path.startsWith(map)) {
            table->selectKey(path.mid(map.size()));
            return table->view();
        }
    }
    const QList<std::pair<QString, QWidget *>> fields {
        {QStringLiteral("metadata.name"), m_name},
        {QStringLiteral("metadata.namespace"), m_namespace},
        {QStringLiteral("metadata.labels"), m_labels->view()},
        {QStringLiteral("metadata.annotations"), m_annotations->view()},
        {QStringLiteral("spec.tier"), m_tier},
        {QStringLiteral("spec.order"), m_order},
        {QStringLiteral("spec.selector"), m_selector->lineEdit()},
        {QStringLiteral("spec.namespaceSelector"), m_namespaceSelector->lineEdit()},
        {QStringLiteral("spec.serviceAccountSelector"), m_serviceAccountSelector->lineEdit()},
        {QStringLiteral("spec.types"), m_ingressType},
        {QStringLiteral("spec.doNotTrack"), m_doNotTrack},
        {QStringLiteral("spec.preDNAT"), m_preDNAT},
        {QStringLiteral("spec.applyOnForward"), m_applyOnForward},
        {QStringLiteral("metadata"), m_name},
        {QStringLiteral("spec"), m_selector->lineEdit()},
    };
    for (const auto &[prefix, widget] : fields)
        if (path == prefix || path.startsWith(prefix + u'.') || path.startsWith(prefix + u'['))
            return widget;
    return nullptr;
}

bool PolicyForm::revealField(const QString &path)
{
    QWidget *w = fieldWidget(path);
    if (!w)
        return false;
    // scroll the enclosing scroll area to the widget; a rule list with its buttons (Up, Down)
    const bool ruleList = w == m_ingressView || w == m_egressView;
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(p)) {
            area->ensureWidgetVisible(ruleList ? w->parentWidget() : w);
            break;
        }
    w->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace ps
