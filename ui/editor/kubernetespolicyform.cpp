#include "ui/editor/kubernetespolicyform.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolTip>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/eval/selectedendpoints.h"
#include "core/kube/labelselectortext.h"
#include "core/model/apiserverdefaults.h"
#include "ui/editor/formtable.h"
#include "ui/editor/impliedtextdelegate.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

enum PeerColumn { PodColumn, NamespaceColumn, CidrColumn, ExceptColumn };
enum PortColumn { ProtocolColumn, PortColumn, EndPortColumn };

QString ruleTitle(const K8sRule &rule, int index, bool ingress)
{
    const QString peers = rule.peers.isEmpty()
        ? (ingress ? KubernetesPolicyForm::tr("from anywhere")
                   : KubernetesPolicyForm::tr("to anywhere"))
        : (ingress ? KubernetesPolicyForm::tr("from %n peer(s)", nullptr, int(rule.peers.size()))
                   : KubernetesPolicyForm::tr("to %n peer(s)", nullptr, int(rule.peers.size())));
    const QString ports = rule.ports.isEmpty()
        ? KubernetesPolicyForm::tr("every port")
        : KubernetesPolicyForm::tr("%n port(s)", nullptr, int(rule.ports.size()));
    return KubernetesPolicyForm::tr("Rule %1: %2, %3").arg(index).arg(peers, ports);
}

// The types the policy has when it writes none (the API server's defaulting; a staged policy is
// Calico's own kind, without it).
QStringList impliedTypes(KubernetesNetworkPolicy policy)
{
    policy.policyTypes.clear();
    return effectivePolicyTypes(policy);
}

} // namespace

KubernetesPolicyForm::KubernetesPolicyForm(QWidget *parent)
    : QWidget(parent), m_podSelector(new QLineEdit(this)),
      m_ingressType(new QCheckBox(tr("&Ingress"), this)),
      m_egressType(new QCheckBox(tr("E&gress"), this)), m_directions(new QTabWidget(this)),
      m_problem(new QLabel(this)), m_implied(new QLabel(this)),
      m_writeImplied(new QPushButton(tr("&Write Them Out"), this)), m_podCount(new QLabel(this))
{
    m_sides[0].list = &m_policy.ingress;
    m_sides[1].list = &m_policy.egress;
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_podSelector->setPlaceholderText(tr("every pod of the namespace"));
    m_podSelector->setToolTip(
        tr("The pods the policy applies to, as kubectl -l takes it: app=web,tier in (a,b),!debug"));
    m_podSelector->setClearButtonEnabled(true);
    auto *types = new QHBoxLayout;
    types->addWidget(m_ingressType);
    types->addWidget(m_egressType);
    types->addStretch(1);
    form->addRow(tr("&Pod selector:"), m_podSelector);
    m_podCount->setForegroundRole(QPalette::PlaceholderText);
    m_podCount->setTextFormat(Qt::RichText);
    m_podCount->setVisible(false);
    form->addRow(QString(), m_podCount);
    form->addRow(tr("Policy types:"), types);
    layout->addLayout(form);
    // What the API server fills in when the policy is applied: shown, not written.
    auto *implied = new QHBoxLayout;
    m_implied->setWordWrap(true);
    m_implied->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_implied->setForegroundRole(QPalette::PlaceholderText);
    m_writeImplied->setToolTip(tr("Write the values the Kubernetes API server fills in into the "
                                  "policy, so the file says what the cluster holds"));
    implied->addWidget(m_implied, 1);
    implied->addWidget(m_writeImplied, 0, Qt::AlignTop);
    layout->addLayout(implied);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    m_directions->addTab(sidePage(0), tr("Ingress rules"));
    m_directions->addTab(sidePage(1), tr("Egress rules"));
    layout->addWidget(m_directions, 1);

    connect(m_podSelector, &QLineEdit::textEdited, this, &KubernetesPolicyForm::changed);
    connect(m_podSelector, &QLineEdit::textEdited, this, &KubernetesPolicyForm::updatePodCounts);
    connect(m_podCount, &QLabel::linkActivated, this,
        [this] { QToolTip::showText(QCursor::pos(), podListText(m_selectedPods), m_podCount); });
    connect(m_ingressType, &QCheckBox::toggled, this, &KubernetesPolicyForm::changed);
    connect(m_egressType, &QCheckBox::toggled, this, &KubernetesPolicyForm::changed);
    connect(m_writeImplied, &QPushButton::clicked, this, &KubernetesPolicyForm::writeImplied);
}

QWidget *KubernetesPolicyForm::sidePage(int direction)
{
    Side &side = m_sides[direction];
    const bool ingress = direction == 0;
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    side.rules = new QListWidget(page);
    side.rules->setAccessibleName(ingress ? tr("Ingress rules") : tr("Egress rules"));
    auto *ruleButtons = new QHBoxLayout;
    auto *addRuleButton = new QPushButton(tr("Add Rule"), page);
    auto *removeRuleButton = new QPushButton(tr("Remove Rule"), page);
    ruleButtons->addWidget(addRuleButton);
    ruleButtons->addWidget(removeRuleButton);
    left->addWidget(side.rules, 1);
    left->addLayout(ruleButtons);
    layout->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    auto *peersLabel = new QLabel(
        ingress ? tr("From (none: from anywhere):") : tr("To (none: to anywhere):"), page);
    side.peers = new QTableWidget(0, 5, page);
    side.peers->setHorizontalHeaderLabels(
        {tr("Pod selector"), tr("Namespace selector"), tr("IP block"), tr("Except"), tr("Pods")});
    // The selectors share what is left; an address is read whole (a finding about the second
    // exception is about text an elided cell would hide).
    side.peers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (const int column : {int(CidrColumn), int(ExceptColumn), kPodsColumn})
        side.peers->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    side.peers->setColumnHidden(kPodsColumn, true);
    setOneLineRows(side.peers); // more peers fit; a cut header reads from its start
    side.peers->setToolTip(tr("A selector as kubectl -l takes it; {} selects everything; an empty "
                              "cell means no such selector. An IP block is a CIDR, its "
                              "exceptions CIDRs separated by commas."));
    auto *peerButtons = new QHBoxLayout;
    auto *addPeerButton = new QPushButton(tr("Add Peer"), page);
    auto *removePeerButton = new QPushButton(tr("Remove Peer"), page);
    peerButtons->addWidget(addPeerButton);
    peerButtons->addWidget(removePeerButton);
    peerButtons->addStretch(1);
    auto *portsLabel = new QLabel(tr("Ports (none: every port):"), page);
    side.ports = new QTableWidget(0, 3, page);
    side.ports->setHorizontalHeaderLabels({tr("Protocol"), tr("Port"), tr("End port")});
    side.ports->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    side.ports->setItemDelegateForColumn(
        ProtocolColumn, new ImpliedTextDelegate(QStringLiteral("TCP"), side.ports));
    side.ports->setToolTip(tr("Protocol TCP (when empty), UDP or SCTP; a port number or a named "
                              "port, empty for every port of the protocol; an end port makes a "
                              "range"));
    auto *portButtons = new QHBoxLayout;
    auto *addPortButton = new QPushButton(tr("Add Port"), page);
    auto *removePortButton = new QPushButton(tr("Remove Port"), page);
    portButtons->addWidget(addPortButton);
    portButtons->addWidget(removePortButton);
    portButtons->addStretch(1);
    right->addWidget(peersLabel);
    right->addWidget(side.peers, 3); // peers are more often many than ports
    right->addLayout(peerButtons);
    right->addWidget(portsLabel);
    right->addWidget(side.ports, 2);
    right->addLayout(portButtons);
    layout->addLayout(right, 5);

    connect(side.rules, &QListWidget::currentRowChanged, this,
        [this, direction] { showRule(direction); });
    connect(addRuleButton, &QPushButton::clicked, this, [this, direction] { addRule(direction); });
    connect(removeRuleButton, &QPushButton::clicked, this,
        [this, direction] { removeRule(direction); });
    connect(addPeerButton, &QPushButton::clicked, this, [this, direction] { addPeer(direction); });
    connect(addPortButton, &QPushButton::clicked, this, [this, direction] { addPort(direction); });
    connect(removePeerButton, &QPushButton::clicked, this, [this, direction] {
        QTableWidget *peers = m_sides[direction].peers;
        if (peers->currentRow() >= 0) {
            peers->removeRow(peers->currentRow());
            changed();
        }
    });
    connect(removePortButton, &QPushButton::clicked, this, [this, direction] {
        QTableWidget *ports = m_sides[direction].ports;
        if (ports->currentRow() >= 0) {
            ports->removeRow(ports->currentRow());
            changed();
        }
    });
    for (QTableWidget *table : {side.peers, side.ports}) {
        connect(table, &QTableWidget::itemChanged, this, [this] {
            if (!m_filling)
                changed();
        });
    }
    connect(
        side.peers, &QTableWidget::itemChanged, this, [this, direction](QTableWidgetItem *item) {
            if (!m_filling && item->column() != kPodsColumn)
                updatePeerCounts(direction);
        });
    connect(side.peers, &QTableWidget::cellClicked, this, [this, direction](int row, int column) {
        if (column == kPodsColumn) {
            QToolTip::showText(
                QCursor::pos(), podListText(peerPods(direction, row)), m_sides[direction].peers);
        }
    });
    return page;
}

void KubernetesPolicyForm::setPolicy(const KubernetesNetworkPolicy &policy)
{
    m_filling = true;
    m_policy = policy;
    if (m_podSelector->text() != LabelSelectorText::format(policy.podSelector)
        || !m_podSelector->hasFocus())
        m_podSelector->setText(LabelSelectorText::format(policy.podSelector));
    // Without policyTypes Kubernetes means Ingress, plus Egress when there are egress rules:
    // shown ticked, and not written unless the user changes them.
    m_typesWritten = !policy.policyTypes.isEmpty();
    const QStringList types = m_typesWritten ? policy.policyTypes : impliedTypes(policy);
    m_ingressType->setChecked(types.contains(QStringLiteral("Ingress")));
    m_egressType->setChecked(types.contains(QStringLiteral("Egress")));
    const QString implied = m_typesWritten
        ? QString()
        : tr("Not written: Kubernetes implies Ingress, and Egress when there are egress rules");
    m_ingressType->setToolTip(implied);
    m_egressType->setToolTip(implied);
    for (int direction = 0; direction < 2; ++direction) {
        QListWidget *rules = m_sides[direction].rules;
        const int current = rules->currentRow();
        rules->clear();
        for (qsizetype i = 0; i < m_sides[direction].list->size(); ++i)
            rules->addItem(ruleTitle(m_sides[direction].list->at(i), int(i), direction == 0));
        rules->setCurrentRow(std::min(current < 0 ? 0 : current, rules->count() - 1));
        showRule(direction);
    }
    m_problem->setVisible(false);
    showImplied();
    m_filling = false;
    updatePodCounts();
}

void KubernetesPolicyForm::showRule(int direction)
{
    const Side &side = m_sides[direction];
    const bool filling = m_filling;
    m_filling = true;
    side.peers->setRowCount(0);
    side.ports->setRowCount(0);
    const int row = side.rules->currentRow();
    const bool any = row >= 0 && row < side.list->size();
    side.peers->setEnabled(any);
    side.ports->setEnabled(any);
    if (any) {
        const K8sRule &rule = side.list->at(row);
        for (const K8sPeer &peer : rule.peers) {
            const int r = side.peers->rowCount();
            side.peers->insertRow(r);
            setTableCell(side.peers, r, PodColumn, selectorCellText(peer.podSelector));
            setTableCell(side.peers, r, NamespaceColumn, selectorCellText(peer.namespaceSelector));
            setTableCell(side.peers, r, CidrColumn, peer.ipBlock ? peer.ipBlock->cidr : QString());
            setTableCell(side.peers, r, ExceptColumn,
                peer.ipBlock ? peer.ipBlock->except.join(QStringLiteral(", ")) : QString());
            auto *pods = new QTableWidgetItem;
            pods->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            side.peers->setItem(r, kPodsColumn, pods);
        }
        for (const K8sPort &port : rule.ports) {
            const int r = side.ports->rowCount();
            side.ports->insertRow(r);
            setTableCell(side.ports, r, ProtocolColumn, port.protocol);
            setTableCell(
                side.ports, r, PortColumn, port.number ? QString::number(*port.number) : port.name);
            setTableCell(side.ports, r, EndPortColumn,
                port.endPort ? QString::number(*port.endPort) : QString());
        }
    }
    m_filling = filling;
    updatePeerCounts(direction);
}

bool KubernetesPolicyForm::storeRule(int direction)
{
    const Side &side = m_sides[direction];
    const int row = side.rules->currentRow();
    if (row < 0 || row >= side.list->size())
        return true;
    const QString where
        = direction == 0 ? tr("ingress rule %1").arg(row) : tr("egress rule %1").arg(row);
    const auto fail = [this, &where](const QString &message) {
        m_problem->setText(tr("%1: %2").arg(where, message));
        m_problem->setVisible(true);
        return false;
    };
    K8sRule rule;
    for (int r = 0; r < side.peers->rowCount(); ++r) {
        K8sPeer peer;
        for (const int column : {PodColumn, NamespaceColumn}) {
            const QString text = tableCell(side.peers, r, column);
            if (text.isEmpty())
                continue;
            const Result<LabelSelector> parsed = parseSelectorCell(text);
            if (!parsed)
                return fail(
                    tr("peer %1, %2: %3")
                        .arg(r)
                        .arg(column == PodColumn ? tr("pod selector") : tr("namespace selector"),
                            parsed.error().message));
            (column == PodColumn ? peer.podSelector : peer.namespaceSelector) = *parsed;
        }
        const QString cidr = tableCell(side.peers, r, CidrColumn);
        const QString except = tableCell(side.peers, r, ExceptColumn);
        if (!cidr.isEmpty()) {
            if (peer.podSelector || peer.namespaceSelector)
                return fail(tr("peer %1: an IP block goes without selectors").arg(r));
            IpBlock block;
            block.cidr = cidr;
            for (const QString &e : except.split(u',', Qt::SkipEmptyParts))
                block.except.append(e.trimmed());
            peer.ipBlock = block;
        } else if (!except.isEmpty()) {
            return fail(tr("peer %1: exceptions need an IP block").arg(r));
        }
        if (!peer.podSelector && !peer.namespaceSelector && !peer.ipBlock)
            return fail(tr("peer %1: give a pod selector, a namespace selector or an IP block "
                           "({} selects everything)")
                            .arg(r));
        rule.peers.append(peer);
    }
    for (int r = 0; r < side.ports->rowCount(); ++r) {
        K8sPort port;
        port.protocol = tableCell(side.ports, r, ProtocolColumn).toUpper();
        if (!port.protocol.isEmpty() && port.protocol != u"TCP" && port.protocol != u"UDP"
            && port.protocol != u"SCTP")
            return fail(tr("port %1: the protocol is TCP, UDP or SCTP, not “%2”")
                            .arg(r)
                            .arg(tableCell(side.ports, r, ProtocolColumn)));
        const QString value = tableCell(side.ports, r, PortColumn);
        bool number = false;
        const int n = value.toInt(&number);
        if (number) {
            if (n < 1 || n > 65535)
                return fail(tr("port %1: a port is from 1 to 65535, not %2").arg(r).arg(n));
            port.number = n;
        } else {
            port.name = value;
        }
        if (const QString end = tableCell(side.ports, r, EndPortColumn); !end.isEmpty()) {
            bool ok = false;
            const int e = end.toInt(&ok);
            if (!ok || !port.number || e < *port.number || e > 65535)
                return fail(tr("port %1: an end port needs a port number and is from it to "
                               "65535")
                                .arg(r));
            port.endPort = e;
        }
        rule.ports.append(port);
    }
    (*side.list)[row] = rule;
    return true;
}

Result<KubernetesNetworkPolicy> KubernetesPolicyForm::read()
{
    const Result<LabelSelector> selector = LabelSelectorText::parse(m_podSelector->text());
    if (!selector)
        return Error {tr("pod selector: %1").arg(selector.error().message)};
    m_policy.podSelector = *selector;
    QStringList types;
    if (m_ingressType->isChecked())
        types.append(QStringLiteral("Ingress"));
    if (m_egressType->isChecked())
        types.append(QStringLiteral("Egress"));
    for (int direction = 0; direction < 2; ++direction) {
        if (!storeRule(direction))
            return Error {m_problem->text()};
    }
    // What Kubernetes implies stays unwritten, as it was.
    m_policy.policyTypes
        = !m_typesWritten && types == impliedTypes(m_policy) ? QStringList() : types;
    return m_policy;
}

QString KubernetesPolicyForm::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void KubernetesPolicyForm::changed()
{
    if (m_filling)
        return;
    const Result<KubernetesNetworkPolicy> policy = read();
    if (!policy) {
        m_problem->setText(policy.error().message);
        m_problem->setVisible(true);
        return;
    }
    m_problem->setVisible(false);
    refreshRuleTitles(0);
    refreshRuleTitles(1);
    showImplied(*policy);
    Q_EMIT edited(*policy);
}

void KubernetesPolicyForm::showImplied()
{
    showImplied(m_policy);
}

void KubernetesPolicyForm::showImplied(const KubernetesNetworkPolicy &policy)
{
    const QList<ImpliedValue> values = impliedValues(policy);
    QStringList lines;
    for (const ImpliedValue &v : values)
        lines.append(tr("%1: %2").arg(v.path, v.value));
    m_implied->setText(values.isEmpty()
            ? QString()
            : tr("Implied by the API server, not written: %1").arg(lines.join(u"; "_s)));
    m_implied->setVisible(!values.isEmpty());
    m_writeImplied->setVisible(!values.isEmpty());
}

void KubernetesPolicyForm::writeImplied()
{
    const Result<KubernetesNetworkPolicy> policy = read();
    if (!policy) {
        m_problem->setText(policy.error().message);
        m_problem->setVisible(true);
        return;
    }
    const KubernetesNetworkPolicy written = withApiServerDefaults(*policy);
    setPolicy(written);
    Q_EMIT edited(written);
}

void KubernetesPolicyForm::refreshRuleTitles(int direction)
{
    const Side &side = m_sides[direction];
    for (int i = 0; i < side.rules->count() && i < side.list->size(); ++i)
        side.rules->item(i)->setText(ruleTitle(side.list->at(i), i, direction == 0));
}

void KubernetesPolicyForm::addRule(int direction)
{
    if (!storeRule(direction))
        return;
    Side &side = m_sides[direction];
    side.list->append(K8sRule {});
    const bool filling = m_filling;
    m_filling = true;
    side.rules->addItem(ruleTitle(side.list->last(), int(side.list->size() - 1), direction == 0));
    side.rules->setCurrentRow(side.rules->count() - 1);
    m_filling = filling;
    // A rule in a direction the policy does not enforce would do nothing: enforce it.
    (direction == 0 ? m_ingressType : m_egressType)->setChecked(true);
    changed();
}

void KubernetesPolicyForm::removeRule(int direction)
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
    changed();
}

void KubernetesPolicyForm::addPeer(int direction)
{
    const Side &side = m_sides[direction];
    if (side.rules->currentRow() < 0)
        addRule(direction);
    const bool filling = m_filling;
    m_filling = true;
    const int r = side.peers->rowCount();
    side.peers->insertRow(r);
    setTableCell(side.peers, r, NamespaceColumn, QString());
    m_filling = filling;
    updatePeerCounts(direction);
    side.peers->setCurrentCell(r, NamespaceColumn);
    side.peers->editItem(side.peers->item(r, NamespaceColumn));
}

void KubernetesPolicyForm::setEngine(std::shared_ptr<const PolicyEngine> engine)
{
    m_engine = std::move(engine);
    m_hasPods = m_engine != nullptr;
    updatePodCounts();
}

QString KubernetesPolicyForm::podListText(const QStringList &pods)
{
    constexpr qsizetype kMaxListed = 40;
    if (pods.isEmpty())
        return tr("No pod of the inventory");
    QStringList lines = pods.mid(0, kMaxListed);
    if (pods.size() > kMaxListed)
        lines.append(tr("… and %n more", nullptr, int(pods.size() - kMaxListed)));
    return lines.join(u'\n');
}

QStringList KubernetesPolicyForm::peerPods(int direction, int row) const
{
    const QTableWidget *peers = m_sides[direction].peers;
    if (!tableCell(peers, row, CidrColumn).isEmpty())
        return {};
    std::optional<LabelSelector> selectors[2];
    for (const int column : {PodColumn, NamespaceColumn}) {
        const QString text = tableCell(peers, row, column);
        if (text.isEmpty())
            continue;
        const Result<LabelSelector> parsed = parseSelectorCell(text);
        if (!parsed)
            return {};
        selectors[column == PodColumn ? 0 : 1] = *parsed;
    }
    if (!selectors[0] && !selectors[1])
        return {};
    if (!m_engine)
        return {};
    return kubernetesSelectedPods(*m_engine, m_policy.meta.namespace_, selectors[0], selectors[1]);
}

void KubernetesPolicyForm::updatePodCounts()
{
    m_podCount->setVisible(m_hasPods);
    if (m_hasPods) {
        const Result<LabelSelector> selector = LabelSelectorText::parse(m_podSelector->text());
        if (!selector) {
            m_selectedPods.clear();
            m_podCount->setText(tr("Selects no pod: the selector does not parse"));
            m_podCount->setToolTip(QString());
        } else {
            m_selectedPods = kubernetesSelectedPods(
                *m_engine, m_policy.meta.namespace_, *selector, std::nullopt);
            // A link: a click lists them, as hovering does.
            m_podCount->setText(tr("Selects <a href=\"#pods\">%n pod(s)</a> in %1", nullptr,
                int(m_selectedPods.size()))
                                    .arg(m_policy.meta.namespace_.toHtmlEscaped()));
            m_podCount->setToolTip(podListText(m_selectedPods));
        }
    }
    updatePeerCounts(0);
    updatePeerCounts(1);
}

void KubernetesPolicyForm::updatePeerCounts(int direction)
{
    QTableWidget *peers = m_sides[direction].peers;
    peers->setColumnHidden(kPodsColumn, !m_hasPods);
    if (!m_hasPods)
        return;
    const bool filling = m_filling;
    m_filling = true;
    for (int r = 0; r < peers->rowCount(); ++r) {
        QTableWidgetItem *item = peers->item(r, kPodsColumn);
        if (!item) {
            item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            peers->setItem(r, kPodsColumn, item);
        }
        if (!tableCell(peers, r, CidrColumn).isEmpty()) {
            item->setText(tr("IP block"));
            item->setToolTip(tr("An IP block selects addresses, not pods"));
            continue;
        }
        const QStringList pods = peerPods(direction, r);
        item->setText(tr("%n pod(s)", nullptr, int(pods.size())));
        item->setToolTip(podListText(pods));
    }
    m_filling = filling;
}

void KubernetesPolicyForm::addPort(int direction)
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

KubernetesPolicyForm::FieldSpot KubernetesPolicyForm::spotOf(const QString &path) const
{
    FieldSpot spot;
    const auto under = [](const QString &field, const QString &prefix) {
        return field == prefix || field.startsWith(prefix + u'.')
            || field.startsWith(prefix + u'[');
    };
    if (under(path, u"spec.podSelector"_s)) {
        spot.widget = m_podSelector;
        return spot;
    }
    static const QRegularExpression typePath(QStringLiteral(R"(^spec\.policyTypes(?:\[(\d+)\])?)"));
    if (const QRegularExpressionMatch m = typePath.match(path); m.hasMatch()) {
        // The box of the type written at that index ("egress" misspelt is still about egress).
        const qsizetype index = m.captured(1).isEmpty() ? -1 : m.captured(1).toInt();
        const bool egress = index >= 0 && index < m_policy.policyTypes.size()
            && m_policy.policyTypes[index].contains(u"egress"_s, Qt::CaseInsensitive);
        spot.widget = egress ? m_egressType : m_ingressType;
        return spot;
    }
    static const QRegularExpression rulePath(
        QStringLiteral(R"(^spec\.(ingress|egress)(?:\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?(.*))?)?$)"));
    const QRegularExpressionMatch m = rulePath.match(path);
    if (!m.hasMatch())
        return spot; // metadata, kind, the spec as a whole: the YAML shows them
    spot.direction = m.captured(1) == u"ingress" ? 0 : 1;
    const Side &side = m_sides[spot.direction];
    spot.widget = side.rules;
    if (m.captured(2).isEmpty())
        return spot; // the list as a whole
    spot.rule = m.captured(2).toInt();
    if (spot.rule >= side.list->size())
        return spot;
    const QString field = m.captured(3);
    const QString rest = m.captured(5);
    const bool row = !m.captured(4).isEmpty();
    if (field == u"from" || field == u"to") {
        spot.widget = side.peers;
        if (row) {
            spot.row = m.captured(4).toInt();
            spot.column = under(rest, u".ipBlock.except"_s) ? ExceptColumn
                : under(rest, u".ipBlock"_s)                ? CidrColumn
                : under(rest, u".namespaceSelector"_s)      ? NamespaceColumn
                                                            : PodColumn;
        }
    } else if (field == u"ports") {
        spot.widget = side.ports;
        if (row) {
            spot.row = m.captured(4).toInt();
            spot.column = under(rest, u".protocol"_s) ? ProtocolColumn
                : under(rest, u".endPort"_s)          ? EndPortColumn
                                                      : PortColumn;
        }
    }
    return spot;
}

QWidget *KubernetesPolicyForm::fieldWidget(const QString &path)
{
    const FieldSpot spot = spotOf(path);
    if (spot.direction >= 0) {
        m_directions->setCurrentIndex(spot.direction);
        const Side &side = m_sides[spot.direction];
        if (spot.rule >= 0 && spot.rule < side.rules->count())
            side.rules->setCurrentRow(spot.rule); // shows its peers and ports
        auto *table = qobject_cast<QTableWidget *>(spot.widget);
        if (table && spot.row >= 0 && spot.row < table->rowCount())
            table->setCurrentCell(spot.row, spot.column);
    }
    return spot.widget;
}

bool KubernetesPolicyForm::revealField(const QString &path)
{
    QWidget *widget = fieldWidget(path);
    if (!widget)
        return false;
    widget->setFocus(Qt::OtherFocusReason);
    if (auto *table = qobject_cast<QTableWidget *>(widget))
        table->scrollTo(table->currentIndex());
    return true;
}

} // namespace ps
