#include "ui/editor/adminpolicyform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/kube/labelselectortext.h"
#include "ui/editor/formtable.h"
#include "ui/editor/impliedtextdelegate.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

enum PeerColumn { TypeColumn, NamespaceColumn, PodColumn, NetworksColumn, NodesColumn };
enum PortColumn { ProtocolColumn, PortColumn, EndColumn };

const char *const kInvalidStyle = "QLineEdit { background: #ffebee; border: 1px solid #c62828; }";
const QColor kInvalidCell(0xff, 0xcd, 0xd2);
// A validation finding at a field: an error red, a warning amber (the field still reads).
const char *const kErrorBorder = "border: 1px solid #c62828;";
const char *const kWarningBorder = "border: 1px solid #ef6c00;";
const QColor kErrorCell(0xff, 0xeb, 0xee);
const QColor kWarningCell(0xff, 0xf3, 0xe0);
const char *const kErrorText = "QLabel { color: #c62828; }";
const char *const kWarningText = "QLabel { color: #e65100; }";

// The peer type column: a combo of the types the kind and direction take.
class ChoiceDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QStringList choices;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItems(choices);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, int(choices.indexOf(index.data().toString()))));
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }
};

QString number(const std::optional<int> &n)
{
    return n ? QString::number(*n) : QString();
}

QString ruleTitle(const AdminRule &rule, int index, bool ingress)
{
    const QString name = rule.name.isEmpty()
        ? AdminPolicyForm::tr("Rule %1").arg(index)
        : AdminPolicyForm::tr("%1. %2").arg(index).arg(rule.name);
    const QString peers = ingress
        ? AdminPolicyForm::tr("from %n peer(s)", nullptr, int(rule.peers.size()))
        : AdminPolicyForm::tr("to %n peer(s)", nullptr, int(rule.peers.size()));
    const QString ports = rule.ports.isEmpty()
        ? AdminPolicyForm::tr("every port")
        : AdminPolicyForm::tr("%n port(s)", nullptr, int(rule.ports.size()));
    return AdminPolicyForm::tr("%1: %2 %3, %4").arg(name, rule.action, peers, ports);
}

} // namespace

QStringList AdminPolicyForm::actions(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::BaselineAdminNetworkPolicy:
        return {u"Allow"_s, u"Deny"_s};
    case ResourceKind::ClusterNetworkPolicy:
        return {u"Accept"_s, u"Deny"_s, u"Pass"_s};
    default:
        return {u"Allow"_s, u"Deny"_s, u"Pass"_s};
    }
}

QStringList AdminPolicyForm::peerTypes(ResourceKind, int direction)
{
    // Every kind takes namespaces and pods both ways; networks and nodes are egress peers.
    if (direction == 0)
        return {u"namespaces"_s, u"pods"_s};
    return {u"namespaces"_s, u"pods"_s, u"networks"_s, u"nodes"_s};
}

AdminPolicyForm::AdminPolicyForm(QWidget *parent)
    : QWidget(parent), m_kind(new QLabel(this)), m_tier(new QComboBox(this)),
      m_priority(new QLineEdit(this)), m_subjectKind(new QComboBox(this)),
      m_subjectNamespaces(new QLineEdit(this)), m_subjectPods(new QLineEdit(this)),
      m_directions(new QTabWidget(this)), m_problem(new QLabel(this)), m_implied(new QLabel(this)),
      m_fieldMessages(new QLabel(this))
{
    m_sides[0].list = &m_policy.ingress;
    m_sides[1].list = &m_policy.egress;
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_tier->addItems({u"Admin"_s, u"Baseline"_s});
    m_tier->setToolTip(tr("Admin: before every NetworkPolicy (the admin tier); Baseline: after "
                          "them (the baseline tier)"));
    m_priority->setPlaceholderText(tr("0 to 1000, lower first"));
    m_priority->setToolTip(tr("The order among the policies of its tier: lower priorities are "
                              "evaluated first (Calico's order)"));
    m_subjectKind->addItem(tr("Pods of namespaces"), u"namespaces"_s);
    m_subjectKind->addItem(tr("Pods"), u"pods"_s);
    m_subjectNamespaces->setPlaceholderText(tr("{} (every namespace)"));
    m_subjectNamespaces->setToolTip(
        tr("A namespace selector as kubectl -l takes it: kubernetes.io/metadata.name=prod"));
    m_subjectPods->setPlaceholderText(tr("{} (every pod)"));
    m_subjectPods->setToolTip(tr("A pod selector as kubectl -l takes it: app=web"));
    auto *subject = new QHBoxLayout;
    subject->addWidget(m_subjectKind);
    subject->addWidget(m_subjectNamespaces, 1);
    subject->addWidget(m_subjectPods, 1);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("&Tier:"), m_tier);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Subject:"), subject);
    layout->addLayout(form);
    m_fieldMessages->setWordWrap(true);
    m_fieldMessages->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fieldMessages->setVisible(false);
    layout->addWidget(m_fieldMessages);
    m_implied->setWordWrap(true);
    m_implied->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_implied->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_implied);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    m_directions->addTab(sidePage(0), tr("Ingress rules"));
    m_directions->addTab(sidePage(1), tr("Egress rules"));
    layout->addWidget(m_directions, 1);

    const QList<std::pair<QLineEdit *, QString>> fields {{m_priority, u"spec.priority"_s},
        {m_subjectNamespaces, u"spec.subject.namespaces"_s},
        {m_subjectPods, u"spec.subject.pods"_s}};
    for (const auto &entry : fields) {
        connect(entry.first, &QLineEdit::textEdited, this,
            [this, field = entry.second] { changed(field); });
    }
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] { changed(); });
    connect(m_subjectKind, &QComboBox::currentIndexChanged, this, [this] {
        m_subjectPods->setVisible(m_subjectKind->currentData().toString() == u"pods");
        changed();
    });
}

QWidget *AdminPolicyForm::sidePage(int direction)
{
    Side &side = m_sides[direction];
    const bool ingress = direction == 0;
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    side.rules = new QListWidget(page);
    side.rules->setAccessibleName(ingress ? tr("Ingress rules") : tr("Egress rules"));
    // One line a rule, as the Calico form lists them; the whole title in its tooltip.
    side.rules->setUniformItemSizes(true);
    side.rules->setTextElideMode(Qt::ElideRight);
    auto *ruleButtons = new QHBoxLayout;
    auto *addRuleButton = new QPushButton(tr("Add Rule"), page);
    auto *removeRuleButton = new QPushButton(tr("Remove Rule"), page);
    // The order decides: the first rule that matches a connection is the policy's verdict.
    side.up = new QPushButton(tr("Up"), page);
    side.up->setToolTip(tr("Move the selected rule up (Alt+Up): rules are matched in order"));
    side.down = new QPushButton(tr("Down"), page);
    side.down->setToolTip(tr("Move the selected rule down (Alt+Down): rules are matched in order"));
    ruleButtons->addWidget(addRuleButton);
    ruleButtons->addWidget(removeRuleButton);
    ruleButtons->addWidget(side.up);
    ruleButtons->addWidget(side.down);
    left->addWidget(side.rules, 1);
    left->addLayout(ruleButtons);
    const auto messageLine = [page] {
        auto *label = new QLabel(page);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setVisible(false);
        return label;
    };
    side.ruleMessages = messageLine();
    side.peerMessages = messageLine();
    side.portMessages = messageLine();
    layout->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    // Name and action on one line: the tables below get the height.
    auto *ruleForm = new QHBoxLayout;
    side.name = new QLineEdit(page);
    side.name->setPlaceholderText(tr("a name for the rule (up to 100 characters)"));
    side.action = new QComboBox(page);
    auto *nameLabel = new QLabel(tr("Name:"), page);
    auto *actionLabel = new QLabel(tr("Action:"), page);
    nameLabel->setBuddy(side.name);
    actionLabel->setBuddy(side.action);
    ruleForm->addWidget(nameLabel);
    ruleForm->addWidget(side.name, 1);
    ruleForm->addWidget(actionLabel);
    ruleForm->addWidget(side.action);
    right->addLayout(ruleForm);
    right->addWidget(side.ruleMessages);
    auto *peersLabel = new QLabel(ingress ? tr("From:") : tr("To:"), page);
    side.peers = new QTableWidget(0, 5, page);
    side.peers->setHorizontalHeaderLabels({tr("Peer"), tr("Namespace selector"), tr("Pod selector"),
        tr("Networks"), tr("Node selector")});
    side.peers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    side.peers->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    side.peers->setToolTip(ingress
            ? tr("namespaces: the pods of the namespaces the namespace selector picks; pods: "
                 "the pods both selectors pick. A selector as kubectl -l takes it, {} for "
                 "everything.")
            : tr("namespaces: the pods of the namespaces the namespace selector picks; pods: "
                 "the pods both selectors pick; networks: CIDRs separated by commas; nodes: "
                 "the host addresses of the nodes the node selector picks (Calico does not "
                 "convert such a peer). A selector as kubectl -l takes it, {} for "
                 "everything."));
    auto *types = new ChoiceDelegate(side.peers);
    types->choices = peerTypes(ResourceKind::AdminNetworkPolicy, direction);
    side.peers->setItemDelegateForColumn(TypeColumn, types);
    auto *peerButtons = new QHBoxLayout;
    auto *addPeerButton = new QPushButton(tr("Add Peer"), page);
    auto *removePeerButton = new QPushButton(tr("Remove Peer"), page);
    peerButtons->addWidget(addPeerButton);
    peerButtons->addWidget(removePeerButton);
    peerButtons->addStretch(1);
    auto *portsLabel = new QLabel(tr("Ports (none: every port):"), page);
    side.ports = new QTableWidget(0, 3, page);
    side.ports->setHorizontalHeaderLabels({tr("Protocol"), tr("Port or name"), tr("End port")});
    side.ports->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    side.ports->setItemDelegateForColumn(
        ProtocolColumn, new ImpliedTextDelegate(QStringLiteral("TCP"), side.ports));
    side.ports->setToolTip(tr("Protocol TCP, UDP or SCTP; a port number, a range (a number and an "
                              "end port) or a named port (no protocol); empty: every port of the "
                              "protocol"));
    for (QTableWidget *table : {side.peers, side.ports})
        setOneLineRows(table); // the whole text in the cell's tooltip
    auto *portButtons = new QHBoxLayout;
    auto *addPortButton = new QPushButton(tr("Add Port"), page);
    auto *removePortButton = new QPushButton(tr("Remove Port"), page);
    portButtons->addWidget(addPortButton);
    portButtons->addWidget(removePortButton);
    portButtons->addStretch(1);
    right->addWidget(peersLabel);
    right->addWidget(side.peers, 3); // peers are more often many than ports
    right->addWidget(side.peerMessages);
    right->addLayout(peerButtons);
    right->addWidget(portsLabel);
    right->addWidget(side.ports, 2);
    right->addWidget(side.portMessages);
    right->addLayout(portButtons);
    layout->addLayout(right, 5);

    connect(side.rules, &QListWidget::currentRowChanged, this,
        [this, direction] { showRule(direction); });
    connect(addRuleButton, &QPushButton::clicked, this, [this, direction] { addRule(direction); });
    connect(removeRuleButton, &QPushButton::clicked, this,
        [this, direction] { removeRule(direction); });
    connect(side.up, &QPushButton::clicked, this, [this, direction] { moveRule(direction, -1); });
    connect(side.down, &QPushButton::clicked, this, [this, direction] { moveRule(direction, 1); });
    for (const int delta : {-1, 1}) {
        auto *shortcut = new QShortcut(
            QKeySequence(Qt::ALT | (delta < 0 ? Qt::Key_Up : Qt::Key_Down)), side.rules);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this,
            [this, direction, delta] { moveRule(direction, delta); });
    }
    connect(addPeerButton, &QPushButton::clicked, this, [this, direction] { addPeer(direction); });
    connect(addPortButton, &QPushButton::clicked, this, [this, direction] { addPort(direction); });
    connect(side.name, &QLineEdit::textEdited, this, [this, direction] {
        // Typing a name is one step per rule.
        changed(QStringLiteral("spec.%1[%2].name")
                    .arg(direction == 0 ? u"ingress"_s : u"egress"_s)
                    .arg(m_sides[direction].rules->currentRow()));
    });
    connect(side.action, &QComboBox::currentIndexChanged, this, [this] { changed(); });
    for (QTableWidget *table : {side.peers, side.ports}) {
        connect(table, &QTableWidget::itemChanged, this, [this, direction, table] {
            if (m_filling)
                return;
            if (table == m_sides[direction].peers)
                updatePeerColumns(direction);
            changed();
        });
    }
    const auto removeCurrent = [this, direction](QTableWidget *table) {
        if (table->currentRow() >= 0) {
            table->removeRow(table->currentRow());
            updatePeerColumns(direction);
            changed();
        }
    };
    connect(removePeerButton, &QPushButton::clicked, this,
        [removeCurrent, table = side.peers] { removeCurrent(table); });
    connect(removePortButton, &QPushButton::clicked, this,
        [removeCurrent, table = side.ports] { removeCurrent(table); });
    return page;
}

void AdminPolicyForm::showKind()
{
    const ResourceKind kind = m_policy.kind;
    m_kind->setText(kindName(kind));
    const bool cluster = kind == ResourceKind::ClusterNetworkPolicy;
    const bool baseline = kind == ResourceKind::BaselineAdminNetworkPolicy;
    auto *form
        = static_cast<QFormLayout *>(static_cast<QVBoxLayout *>(layout())->itemAt(0)->layout());
    form->setRowVisible(m_tier, cluster);
    form->setRowVisible(m_priority, !baseline);
    for (int direction = 0; direction < 2; ++direction) {
        QComboBox *action = m_sides[direction].action;
        const QStringList wanted = actions(kind);
        QStringList shown;
        for (int i = 0; i < action->count(); ++i)
            shown.append(action->itemText(i));
        if (shown != wanted) {
            action->clear();
            action->addItems(wanted);
        }
        static_cast<ChoiceDelegate *>(m_sides[direction].peers->itemDelegateForColumn(TypeColumn))
            ->choices
            = peerTypes(kind, direction);
        // A ClusterNetworkPolicy's protocol is the key of its entry: nothing implied.
        static_cast<ImpliedTextDelegate *>(
            m_sides[direction].ports->itemDelegateForColumn(ProtocolColumn))
            ->setImplied(cluster ? QString() : QStringLiteral("TCP"));
    }
}

void AdminPolicyForm::setPolicy(const AdminPolicy &policy)
{
    m_filling = true;
    m_policy = policy;
    showKind();
    const int tier = m_tier->findText(policy.tier);
    m_tier->setCurrentIndex(tier < 0 ? 0 : tier);
    const QString priority = number(policy.priority);
    if (m_priority->text() != priority && !m_priority->hasFocus())
        m_priority->setText(priority);
    const bool pods = policy.subjectPods.has_value();
    m_subjectKind->setCurrentIndex(pods ? 1 : 0);
    m_subjectPods->setVisible(pods);
    const QString namespaces = pods
        ? selectorCellText(policy.subjectPods->namespaceSelector)
        : (policy.subjectNamespaces ? selectorCellText(*policy.subjectNamespaces) : QString());
    const QString podText = pods ? selectorCellText(policy.subjectPods->podSelector) : QString();
    if (!m_subjectNamespaces->hasFocus())
        m_subjectNamespaces->setText(namespaces);
    if (!m_subjectPods->hasFocus())
        m_subjectPods->setText(podText);
    for (int direction = 0; direction < 2; ++direction) {
        QListWidget *rules = m_sides[direction].rules;
        const int current = rules->currentRow();
        rules->clear();
        for (qsizetype i = 0; i < m_sides[direction].list->size(); ++i)
            rules->addItem(ruleTitle(m_sides[direction].list->at(i), int(i), direction == 0));
        for (int i = 0; i < rules->count(); ++i)
            rules->item(i)->setToolTip(rules->item(i)->text());
        rules->setCurrentRow(std::min(current < 0 ? 0 : current, rules->count() - 1));
        showRule(direction);
    }
    clearProblem();
    showImplied();
    m_filling = false;
}

void AdminPolicyForm::showRule(int direction)
{
    Side &side = m_sides[direction];
    const bool filling = m_filling;
    m_filling = true;
    side.peers->setRowCount(0);
    side.ports->setRowCount(0);
    const int row = side.rules->currentRow();
    const bool any = row >= 0 && row < side.list->size();
    for (QWidget *w :
        std::initializer_list<QWidget *> {side.name, side.action, side.peers, side.ports})
        w->setEnabled(any);
    updateMoveButtons(direction);
    side.shownRule = any ? row : -1;
    if (!any) {
        side.name->clear();
    } else {
        const AdminRule &rule = side.list->at(row);
        // While typing, the name is left alone; another rule's is always shown.
        if (!side.name->hasFocus() || side.shownRule != row)
            side.name->setText(rule.name);
        const int action = side.action->findText(rule.action);
        if (action < 0 && !rule.action.isEmpty())
            side.action->addItem(rule.action); // as written, for the validator to say
        side.action->setCurrentIndex(side.action->findText(rule.action));
        for (const AdminPeer &peer : rule.peers) {
            const int r = side.peers->rowCount();
            side.peers->insertRow(r);
            if (peer.pods) {
                setTableCell(side.peers, r, TypeColumn, QStringLiteral("pods"));
                setTableCell(
                    side.peers, r, NamespaceColumn, selectorCellText(peer.pods->namespaceSelector));
                setTableCell(side.peers, r, PodColumn, selectorCellText(peer.pods->podSelector));
            } else if (peer.namespaces) {
                setTableCell(side.peers, r, TypeColumn, QStringLiteral("namespaces"));
                setTableCell(side.peers, r, NamespaceColumn, selectorCellText(*peer.namespaces));
            } else if (!peer.networks.isEmpty()) {
                setTableCell(side.peers, r, TypeColumn, QStringLiteral("networks"));
                setTableCell(side.peers, r, NetworksColumn, peer.networks.join(u", "_s));
            } else if (peer.nodes) {
                setTableCell(side.peers, r, TypeColumn, QStringLiteral("nodes"));
                setTableCell(side.peers, r, NodesColumn, selectorCellText(*peer.nodes));
            }
        }
        for (const AdminPort &port : rule.ports) {
            const int r = side.ports->rowCount();
            side.ports->insertRow(r);
            setTableCell(side.ports, r, ProtocolColumn, port.protocol.toUpper());
            setTableCell(side.ports, r, PortColumn,
                !port.namedPort.isEmpty() ? port.namedPort
                                          : number(port.port ? port.port : port.start));
            setTableCell(side.ports, r, EndColumn, number(port.end));
        }
    }
    m_filling = filling;
    updatePeerColumns(direction);
    showDiagnostics();
}

void AdminPolicyForm::updatePeerColumns(int direction)
{
    // The columns the rule's peers use: a table of five columns is too narrow to read. With no
    // peer, the columns of every type the direction takes.
    const Side &side = m_sides[direction];
    QList<int> used;
    for (int r = 0; r < side.peers->rowCount(); ++r) {
        const QString type = tableCell(side.peers, r, TypeColumn);
        if (type == u"namespaces" || type == u"pods")
            used << NamespaceColumn;
        if (type == u"pods")
            used << PodColumn;
        if (type == u"networks")
            used << NetworksColumn;
        if (type == u"nodes")
            used << NodesColumn;
    }
    if (used.isEmpty()) {
        used = {NamespaceColumn, PodColumn};
        if (direction == 1)
            used << NetworksColumn << NodesColumn;
    }
    for (const int column : {NamespaceColumn, PodColumn, NetworksColumn, NodesColumn})
        side.peers->setColumnHidden(column, !used.contains(column));
}

void AdminPolicyForm::clearProblem()
{
    m_problem->setVisible(false);
    m_problem->clear();
    if (auto *edit = qobject_cast<QLineEdit *>(m_problemWidget))
        edit->setStyleSheet(QString());
    for (const Side &side : m_sides) {
        for (QTableWidget *table : {side.peers, side.ports}) {
            const bool filling = m_filling;
            m_filling = true;
            for (int r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    if (QTableWidgetItem *item = table->item(r, c);
                        item && item->background() != QBrush())
                        item->setBackground(QBrush());
            m_filling = filling;
        }
    }
    m_problemWidget = nullptr;
    showDiagnostics(); // the findings' marks went with the problem's
}

bool AdminPolicyForm::fail(QWidget *widget, const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(true);
    m_problemWidget = widget;
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        edit->setStyleSheet(QString::fromLatin1(kInvalidStyle));
    }
    return false;
}

void AdminPolicyForm::failCell(QTableWidget *table, int row, int column)
{
    const bool filling = m_filling;
    m_filling = true;
    if (!table->item(row, column))
        setTableCell(table, row, column, QString());
    table->item(row, column)->setBackground(kInvalidCell);
    table->item(row, column)->setToolTip(m_problem->text());
    m_filling = filling;
}

bool AdminPolicyForm::storeRule(int direction)
{
    const Side &side = m_sides[direction];
    const int row = side.rules->currentRow();
    if (row < 0 || row >= side.list->size())
        return true;
    const QString where
        = direction == 0 ? tr("ingress rule %1").arg(row) : tr("egress rule %1").arg(row);
    const auto failAt = [&](QTableWidget *table, int r, int column, const QString &message) {
        fail(table, tr("%1: %2").arg(where, message));
        failCell(table, r, column);
        return false;
    };
    AdminRule rule = side.list->at(row);
    rule.name = side.name->text();
    if (rule.name.size() > 100)
        return fail(side.name, tr("%1: a rule's name has at most 100 characters").arg(where));
    rule.action = side.action->currentText();
    rule.peers.clear();
    const QStringList types = peerTypes(m_policy.kind, direction);
    for (int r = 0; r < side.peers->rowCount(); ++r) {
        AdminPeer peer;
        const QString type = tableCell(side.peers, r, TypeColumn);
        if (!types.contains(type))
            return failAt(side.peers, r, TypeColumn,
                tr("peer %1: the peer is one of %2, not “%3”")
                    .arg(r)
                    .arg(types.join(u", "_s), type));
        const auto selectorAt = [&](int column, LabelSelector &out) {
            const Result<LabelSelector> parsed
                = parseSelectorCell(tableCell(side.peers, r, column));
            if (!parsed)
                return failAt(side.peers, r, column,
                    tr("peer %1, %2: %3")
                        .arg(r)
                        .arg(column == PodColumn        ? tr("pod selector")
                                : column == NodesColumn ? tr("node selector")
                                                        : tr("namespace selector"),
                            parsed.error().message));
            out = *parsed;
            return true;
        };
        if (type == u"namespaces") {
            LabelSelector s;
            if (!selectorAt(NamespaceColumn, s))
                return false;
            peer.namespaces = s;
        } else if (type == u"pods") {
            AdminPods pods;
            if (!selectorAt(NamespaceColumn, pods.namespaceSelector)
                || !selectorAt(PodColumn, pods.podSelector))
                return false;
            peer.pods = pods;
        } else if (type == u"networks") {
            for (const QString &n :
                tableCell(side.peers, r, NetworksColumn).split(u',', Qt::SkipEmptyParts))
                peer.networks.append(n.trimmed());
            if (peer.networks.isEmpty())
                return failAt(side.peers, r, NetworksColumn,
                    tr("peer %1: give the networks, CIDRs separated by commas").arg(r));
        } else {
            LabelSelector s;
            if (!selectorAt(NodesColumn, s))
                return false;
            peer.nodes = s;
        }
        rule.peers.append(peer);
    }
    rule.ports.clear();
    const bool cluster = m_policy.kind == ResourceKind::ClusterNetworkPolicy;
    for (int r = 0; r < side.ports->rowCount(); ++r) {
        AdminPort port;
        const QString protocol = tableCell(side.ports, r, ProtocolColumn).toUpper();
        if (!protocol.isEmpty() && protocol != u"TCP" && protocol != u"UDP" && protocol != u"SCTP")
            return failAt(side.ports, r, ProtocolColumn,
                tr("port %1: the protocol is TCP, UDP or SCTP, not “%2”")
                    .arg(r)
                    .arg(tableCell(side.ports, r, ProtocolColumn)));
        const QString value = tableCell(side.ports, r, PortColumn);
        const QString end = tableCell(side.ports, r, EndColumn);
        bool isNumber = false;
        const int n = value.toInt(&isNumber);
        if (!value.isEmpty() && !isNumber) {
            if (!protocol.isEmpty() && !cluster)
                return failAt(side.ports, r, ProtocolColumn,
                    tr("port %1: a named port goes without a protocol").arg(r));
            if (!end.isEmpty())
                return failAt(
                    side.ports, r, EndColumn, tr("port %1: a named port has no end port").arg(r));
            port.namedPort = value;
            rule.ports.append(port);
            continue;
        }
        if (cluster && protocol.isEmpty())
            return failAt(side.ports, r, ProtocolColumn,
                tr("port %1: a ClusterNetworkPolicy port names its protocol").arg(r));
        // ClusterNetworkPolicy keeps the protocol as its key is written.
        port.protocol = cluster ? protocol.toLower() : protocol;
        if (isNumber && (n < 1 || n > 65535))
            return failAt(side.ports, r, PortColumn,
                tr("port %1: a port is from 1 to 65535, not %2").arg(r).arg(n));
        if (!end.isEmpty()) {
            bool ok = false;
            const int e = end.toInt(&ok);
            if (!isNumber || !ok || e < n || e > 65535)
                return failAt(side.ports, r, EndColumn,
                    tr("port %1: an end port needs a start port and is from it to 65535").arg(r));
            port.start = n;
            port.end = e;
        } else if (isNumber) {
            port.port = n;
        } else if (!cluster) {
            return failAt(side.ports, r, PortColumn,
                tr("port %1: give a port number, a range or a named port").arg(r));
        }
        rule.ports.append(port);
    }
    (*side.list)[row] = rule;
    return true;
}

Result<AdminPolicy> AdminPolicyForm::read()
{
    clearProblem();
    const auto failed = [this](QWidget *widget, const QString &message) -> Result<AdminPolicy> {
        fail(widget, message);
        return Error {message};
    };
    if (m_policy.kind == ResourceKind::ClusterNetworkPolicy)
        m_policy.tier = m_tier->currentText();
    if (m_policy.kind != ResourceKind::BaselineAdminNetworkPolicy) {
        const QString text = m_priority->text().trimmed();
        bool ok = false;
        const int priority = text.toInt(&ok);
        if (!ok || priority < 0 || priority > 1000)
            return failed(m_priority, tr("priority: a number from 0 to 1000"));
        m_policy.priority = priority;
    }
    const Result<LabelSelector> namespaces = parseSelectorCell(m_subjectNamespaces->text());
    if (!namespaces)
        return failed(m_subjectNamespaces,
            tr("subject, namespace selector: %1").arg(namespaces.error().message));
    if (m_subjectKind->currentData().toString() == u"pods") {
        const Result<LabelSelector> pods = parseSelectorCell(m_subjectPods->text());
        if (!pods)
            return failed(m_subjectPods, tr("subject, pod selector: %1").arg(pods.error().message));
        m_policy.subjectNamespaces.reset();
        m_policy.subjectPods = AdminPods {*namespaces, *pods};
    } else {
        m_policy.subjectPods.reset();
        m_policy.subjectNamespaces = *namespaces;
    }
    for (int direction = 0; direction < 2; ++direction) {
        if (!storeRule(direction))
            return Error {m_problem->text()};
    }
    return m_policy;
}

QString AdminPolicyForm::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void AdminPolicyForm::changed(const QString &field, const QString &text)
{
    if (m_filling)
        return;
    const Result<AdminPolicy> policy = read();
    if (!policy)
        return;
    refreshRuleTitles(0);
    refreshRuleTitles(1);
    showImplied();
    Q_EMIT edited(*policy, field, text);
}

void AdminPolicyForm::showImplied()
{
    // What the API server and Calico take for what is not written.
    QStringList lines;
    const auto portsWithoutProtocol = [](const QList<AdminRule> &rules) {
        qsizetype n = 0;
        for (const AdminRule &rule : rules)
            for (const AdminPort &port : rule.ports)
                n += port.protocol.isEmpty() && port.namedPort.isEmpty() ? 1 : 0;
        return n;
    };
    if (m_policy.kind != ResourceKind::ClusterNetworkPolicy) {
        if (const qsizetype n
            = portsWithoutProtocol(m_policy.ingress) + portsWithoutProtocol(m_policy.egress))
            lines.append(tr("protocol TCP on %n port(s)", nullptr, int(n)));
    }
    if (m_policy.kind == ResourceKind::BaselineAdminNetworkPolicy)
        lines.append(tr("order 1000 in the baseline tier (no priority)"));
    for (int direction = 0; direction < 2; ++direction) {
        for (const AdminRule &rule : *m_sides[direction].list) {
            if (rule.peers.isEmpty()) {
                lines.append(tr("a rule without peers matches nothing"));
                break;
            }
        }
    }
    m_implied->setText(
        lines.isEmpty() ? QString() : tr("Implied, not written: %1").arg(lines.join(u"; "_s)));
    m_implied->setVisible(!lines.isEmpty());
}

void AdminPolicyForm::refreshRuleTitles(int direction)
{
    const Side &side = m_sides[direction];
    for (int i = 0; i < side.rules->count() && i < side.list->size(); ++i) {
        side.rules->item(i)->setText(ruleTitle(side.list->at(i), i, direction == 0));
        side.rules->item(i)->setToolTip(side.rules->item(i)->text());
    }
}

void AdminPolicyForm::addRule(int direction)
{
    if (!storeRule(direction))
        return;
    Side &side = m_sides[direction];
    AdminRule rule;
    rule.action = actions(m_policy.kind).value(1); // Deny: what an admin rule mostly says
    side.list->append(rule);
    const bool filling = m_filling;
    m_filling = true;
    side.rules->addItem(ruleTitle(side.list->last(), int(side.list->size() - 1), direction == 0));
    side.rules->setCurrentRow(side.rules->count() - 1);
    m_filling = filling;
    changed({}, direction == 0 ? tr("Add ingress rule") : tr("Add egress rule"));
}

void AdminPolicyForm::removeRule(int direction)
{
    Side &side = m_sides[direction];
    const int row = side.rules->currentRow();
    if (row < 0 || row >= side.list->size())
        return;
    side.list->removeAt(row);
    const bool filling = m_filling;
    m_filling = true;
    delete side.rules->takeItem(row);
    showRule(direction);
    m_filling = filling;
    changed({}, tr("Remove rule"));
}

void AdminPolicyForm::moveRule(int direction, int delta)
{
    Side &side = m_sides[direction];
    const int from = side.rules->currentRow();
    const int to = from + delta;
    if (from < 0 || from >= side.list->size() || to < 0 || to >= side.list->size())
        return;
    // What is typed into the rule moves with it; a rule that does not read stays put.
    if (!storeRule(direction))
        return;
    side.list->move(from, to);
    {
        const QSignalBlocker blocker(side.rules); // the rule is shown once, where it lands
        side.rules->insertItem(to, side.rules->takeItem(from));
        side.rules->setCurrentRow(to);
    }
    showRule(direction);
    changed({}, tr("Move rule"));
}

void AdminPolicyForm::updateMoveButtons(int direction)
{
    const Side &side = m_sides[direction];
    const int row = side.rules->currentRow();
    const bool any = row >= 0 && row < side.list->size();
    const bool up = any && row > 0;
    const bool down = any && row + 1 < side.list->size();
    // A button that moved its rule to the end keeps the focus in the list, not in the next
    // field (where it would go when the button is disabled).
    if ((side.up->hasFocus() && !up) || (side.down->hasFocus() && !down))
        side.rules->setFocus(Qt::OtherFocusReason);
    side.up->setEnabled(up);
    side.down->setEnabled(down);
}

void AdminPolicyForm::addPeer(int direction)
{
    const Side &side = m_sides[direction];
    if (side.rules->currentRow() < 0)
        addRule(direction);
    const bool filling = m_filling;
    m_filling = true;
    const int r = side.peers->rowCount();
    side.peers->insertRow(r);
    setTableCell(side.peers, r, TypeColumn, QStringLiteral("namespaces"));
    setTableCell(side.peers, r, NamespaceColumn, QStringLiteral("{}"));
    m_filling = filling;
    updatePeerColumns(direction);
    side.peers->setCurrentCell(r, NamespaceColumn);
    changed();
}

void AdminPolicyForm::addPort(int direction)
{
    const Side &side = m_sides[direction];
    if (side.rules->currentRow() < 0)
        addRule(direction);
    const bool filling = m_filling;
    m_filling = true;
    const int r = side.ports->rowCount();
    side.ports->insertRow(r);
    setTableCell(side.ports, r, ProtocolColumn, QStringLiteral("TCP"));
    setTableCell(side.ports, r, PortColumn, QString());
    m_filling = filling;
    side.ports->setCurrentCell(r, PortColumn);
    side.ports->editItem(side.ports->item(r, PortColumn));
}

void AdminPolicyForm::setDiagnostics(const Diagnostics &diagnostics)
{
    m_diagnostics = diagnostics;
    showDiagnostics();
}

AdminPolicyForm::FieldSpot AdminPolicyForm::spotOf(const QString &path) const
{
    FieldSpot spot;
    spot.line = m_fieldMessages;
    const auto under = [&path](const QString &prefix) {
        return path == prefix || path.startsWith(prefix + u'.') || path.startsWith(prefix + u'[');
    };
    if (under(u"spec.tier"_s)) {
        spot.widget = m_tier;
    } else if (under(u"spec.priority"_s)) {
        spot.widget = m_priority;
    } else if (under(u"spec.subject.pods.podSelector"_s)) {
        spot.widget = m_subjectPods;
    } else if (under(u"spec.subject.pods"_s) || under(u"spec.subject.namespaces"_s)) {
        spot.widget = m_subjectNamespaces;
    } else if (under(u"spec.subject"_s)) {
        spot.widget = m_subjectKind;
    }
    if (spot.widget)
        return spot;
    static const QRegularExpression rulePath(
        QStringLiteral(R"(^spec\.(ingress|egress)(?:\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?(.*))?)?$)"));
    const QRegularExpressionMatch m = rulePath.match(path);
    if (!m.hasMatch())
        return spot; // metadata, or the spec as a whole: said under the policy's fields
    spot.direction = m.captured(1) == u"ingress" ? 0 : 1;
    const Side &side = m_sides[spot.direction];
    spot.widget = side.rules;
    spot.line = side.ruleMessages;
    if (m.captured(2).isEmpty())
        return spot; // the list as a whole
    spot.rule = m.captured(2).toInt();
    const QString field = m.captured(3);
    const QString rest = m.captured(5);
    if (field == u"name") {
        spot.widget = side.name;
    } else if (field == u"action") {
        spot.widget = side.action;
    } else if (field == u"from" || field == u"to") {
        spot.widget = side.peers;
        spot.line = side.peerMessages;
        if (!m.captured(4).isEmpty()) {
            spot.row = m.captured(4).toInt();
            const auto at = [&rest](const QString &prefix) {
                return rest == prefix || rest.startsWith(prefix + u'.')
                    || rest.startsWith(prefix + u'[');
            };
            spot.column = at(u".pods.podSelector"_s)     ? PodColumn
                : at(u".pods"_s) || at(u".namespaces"_s) ? NamespaceColumn
                : at(u".networks"_s)                     ? NetworksColumn
                : at(u".nodes"_s)                        ? NodesColumn
                                                         : TypeColumn;
        }
    } else if (field == u"ports" || field == u"protocols") {
        spot.widget = side.ports;
        spot.line = side.portMessages;
        if (!m.captured(4).isEmpty()) {
            spot.row = m.captured(4).toInt();
            spot.column = rest.startsWith(u".namedPort") ? int(PortColumn) : -1; // -1: the row
        }
    }
    return spot;
}

QWidget *AdminPolicyForm::fieldWidget(const QString &path)
{
    const FieldSpot spot = spotOf(path);
    if (spot.direction >= 0) {
        m_directions->setCurrentIndex(spot.direction);
        const Side &side = m_sides[spot.direction];
        if (spot.rule >= 0 && spot.rule < side.rules->count())
            side.rules->setCurrentRow(spot.rule);
        auto *table = qobject_cast<QTableWidget *>(spot.widget);
        if (table && spot.row >= 0 && spot.row < table->rowCount())
            table->setCurrentCell(spot.row, std::max(spot.column, 0));
    }
    return spot.widget;
}

bool AdminPolicyForm::revealField(const QString &path)
{
    if (!spotOf(path).widget)
        return false;
    QWidget *widget = fieldWidget(path);
    widget->setFocus(Qt::OtherFocusReason);
    return true;
}

namespace {

// The message of a finding as its field shows it: which row of a table it is about first.
QString spotMessage(const Diagnostic &d, const QTableWidget *table, int row, bool peers)
{
    if (!table || row < 0)
        return d.message;
    return AdminPolicyForm::tr("%1: %2").arg(
        peers ? AdminPolicyForm::tr("peer %1").arg(row) : AdminPolicyForm::tr("port %1").arg(row),
        d.message);
}

} // namespace

QString AdminPolicyForm::fieldMessages(const QWidget *widget) const
{
    QStringList lines;
    for (const Diagnostic &d : m_diagnostics) {
        const FieldSpot spot = spotOf(d.path);
        if (spot.widget != widget
            || (spot.rule >= 0 && spot.rule != m_sides[spot.direction].rules->currentRow()))
            continue;
        const auto *table = qobject_cast<const QTableWidget *>(widget);
        lines.append(spotMessage(
            d, table, spot.row, spot.direction >= 0 && table == m_sides[spot.direction].peers));
    }
    return lines.join(u'\n');
}

QString AdminPolicyForm::cellMessages(const QTableWidget *table, int row, int column) const
{
    QStringList lines;
    for (const Diagnostic &d : m_diagnostics) {
        const FieldSpot spot = spotOf(d.path);
        if (spot.widget == table && spot.row == row && (spot.column < 0 || spot.column == column)
            && spot.rule == m_sides[spot.direction].rules->currentRow())
            lines.append(d.message);
    }
    return lines.join(u'\n');
}

void AdminPolicyForm::showDiagnostics()
{
    const bool filling = m_filling;
    m_filling = true;
    // The marks of the last findings go; a problem of the form's own stays marked.
    QList<QWidget *> fields {m_tier, m_priority, m_subjectKind, m_subjectNamespaces, m_subjectPods};
    QList<QLabel *> lines {m_fieldMessages};
    for (const Side &side : m_sides) {
        fields << side.name << side.action;
        lines << side.ruleMessages << side.peerMessages << side.portMessages;
        for (int i = 0; i < side.rules->count(); ++i) {
            side.rules->item(i)->setIcon(QIcon());
            side.rules->item(i)->setToolTip(side.rules->item(i)->text());
        }
        for (QTableWidget *table : {side.peers, side.ports}) {
            for (int r = 0; r < table->rowCount(); ++r) {
                for (int c = 0; c < table->columnCount(); ++c) {
                    QTableWidgetItem *item = table->item(r, c);
                    if (item
                        && (item->background() == QBrush(kErrorCell)
                            || item->background() == QBrush(kWarningCell))) {
                        item->setBackground(QBrush());
                        item->setToolTip(item->text());
                    }
                }
            }
        }
    }
    for (QWidget *field : fields)
        if (field != m_problemWidget)
            field->setStyleSheet(QString());
    QHash<QLabel *, QStringList> messages;
    QHash<QLabel *, bool> errors;
    for (const Diagnostic &d : std::as_const(m_diagnostics)) {
        const FieldSpot spot = spotOf(d.path);
        const bool error = d.severity == Severity::Error;
        if (spot.direction >= 0 && spot.rule >= 0) {
            // The rule is flagged in its list whether or not it is the one shown.
            const Side &side = m_sides[spot.direction];
            if (QListWidgetItem *item = side.rules->item(spot.rule)) {
                if (error || item->icon().isNull())
                    item->setIcon(style()->standardIcon(
                        error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
                item->setToolTip(item->toolTip() + u'\n' + d.message);
            }
            if (spot.rule != side.rules->currentRow())
                continue;
        }
        auto *table = qobject_cast<QTableWidget *>(spot.widget);
        messages[spot.line].append(spotMessage(
            d, table, spot.row, spot.direction >= 0 && table == m_sides[spot.direction].peers));
        errors[spot.line] = errors.value(spot.line) || error;
        if (table && spot.row >= 0 && spot.row < table->rowCount()) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (spot.column >= 0 && c != spot.column)
                    continue;
                if (!table->item(spot.row, c))
                    setTableCell(table, spot.row, c, QString());
                QTableWidgetItem *item = table->item(spot.row, c);
                if (item->background() == QBrush(kInvalidCell))
                    continue; // the form's own problem is the one to fix first
                if (error || item->background() != QBrush(kErrorCell))
                    item->setBackground(error ? kErrorCell : kWarningCell);
                item->setToolTip(cellMessages(table, spot.row, c));
            }
        } else if (spot.widget && spot.widget != m_problemWidget && !table
            && qobject_cast<QListWidget *>(spot.widget) == nullptr) {
            if (error || spot.widget->styleSheet().isEmpty())
                spot.widget->setStyleSheet(
                    QStringLiteral("%1 { %2 }")
                        .arg(QString::fromLatin1(spot.widget->metaObject()->className()),
                            QString::fromLatin1(error ? kErrorBorder : kWarningBorder)));
        }
    }
    for (QLabel *line : std::as_const(lines)) {
        const QStringList text = messages.value(line);
        line->setText(text.join(u'\n'));
        line->setStyleSheet(QString::fromLatin1(errors.value(line) ? kErrorText : kWarningText));
        line->setVisible(!text.isEmpty());
    }
    m_filling = filling;
}

} // namespace ps
