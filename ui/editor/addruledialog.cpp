#include "ui/editor/addruledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "core/model/protocol.h"
#include "core/net/ipnetwork.h"
#include "ui/editor/formtext.h"
#include "ui/editor/inventorycompletions.h"
#include "ui/editor/selectoredit.h"

namespace ps {

namespace {

// Item data of the protocol combo's "any protocol" entry.
constexpr int kAnyProtocol = 0;

} // namespace

AddRuleDialog::AddRuleDialog(Direction direction, QWidget *parent)
    : QDialog(parent), m_direction(direction), m_action(new QComboBox(this)),
      m_protocol(new QComboBox(this)), m_portsLabel(new QLabel(tr("Destination &ports:"), this)),
      m_ports(new QLineEdit(this)), m_selector(new SelectorEdit(this)), m_nets(new QLineEdit(this)),
      m_warning(new QLabel(this)),
      m_matchAll(new QCheckBox(tr("&Yes, this rule is meant to match all traffic"), this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool ingress = direction == Direction::Ingress;
    setWindowTitle(ingress ? tr("Add Ingress Rule") : tr("Add Egress Rule"));

    // No action is chosen for the user: an accidental Allow is what this dialog prevents.
    m_action->addItem(tr("Choose an action…"));
    for (const QString &action : {QStringLiteral("Allow"), QStringLiteral("Deny"),
             QStringLiteral("Pass"), QStringLiteral("Log")})
        m_action->addItem(action, action);
    m_action->setItemData(0,
        tr("Allow accepts the traffic, Deny drops it, Pass hands it to the "
           "next tier, Log logs it and goes on to the next rule."),
        Qt::ToolTipRole);
    m_action->setToolTip(m_action->itemData(0, Qt::ToolTipRole).toString());

    m_protocol->addItem(tr("Any protocol"), kAnyProtocol);
    for (const ProtocolFacts &facts : knownProtocols())
        m_protocol->addItem(facts.nameText(), facts.number);
    m_protocol->setCurrentIndex(m_protocol->findData(6)); // TCP: what most rules are about

    m_ports->setPlaceholderText(tr("e.g. 80, 443, 8000:8100, http — empty for any port"));
    m_selector->setPlaceholderText(tr("e.g. app == 'frontend' — empty for any endpoint"));
    m_nets->setPlaceholderText(tr("e.g. 10.0.0.0/8, 192.168.1.10 — empty for any address"));

    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral(
        "QLabel { background-color: #fff4e5; color: #6d3b00; border: 1px solid #f0b46a;"
        " border-radius: 4px; padding: 6px; }"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));

    auto *form = new QFormLayout(this);
    auto *actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);
    form->addRow(actionLabel, m_action);
    auto *protocolLabel = new QLabel(tr("P&rotocol:"), this);
    protocolLabel->setBuddy(m_protocol);
    form->addRow(protocolLabel, m_protocol);
    m_portsLabel->setBuddy(m_ports);
    form->addRow(m_portsLabel, m_ports);
    auto *selectorLabel = new QLabel(
        ingress ? tr("&From endpoints (selector):") : tr("&To endpoints (selector):"), this);
    selectorLabel->setBuddy(m_selector->lineEdit());
    form->addRow(selectorLabel, m_selector);
    auto *netsLabel = new QLabel(ingress ? tr("From &nets:") : tr("To &nets:"), this);
    netsLabel->setBuddy(m_nets);
    form->addRow(netsLabel, m_nets);
    form->addRow(m_warning);
    form->addRow(m_matchAll);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AddRuleDialog::update);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &AddRuleDialog::update);
    connect(m_ports, &QLineEdit::textChanged, this, &AddRuleDialog::update);
    connect(m_selector, &SelectorEdit::edited, this, &AddRuleDialog::update);
    connect(m_nets, &QLineEdit::textChanged, this, &AddRuleDialog::update);
    connect(m_matchAll, &QCheckBox::toggled, this, &AddRuleDialog::update);
    update();
}

void AddRuleDialog::setCompletions(const InventoryCompletions &completions)
{
    m_selector->setCompletions(completions.endpointSelectorTerms);
}

Rule AddRuleDialog::rule() const
{
    Rule rule;
    rule.action = m_action->currentData().toString();
    const int protocol = m_protocol->currentData().toInt();
    if (protocol != kAnyProtocol)
        rule.protocol = Protocol::fromString(m_protocol->currentText());
    if (m_ports->isEnabled())
        rule.destination.ports = portsFromText(m_ports->text(), nullptr).value_or(QList<Port> {});
    EntityRule &peer = m_direction == Direction::Ingress ? rule.source : rule.destination;
    peer.selector = m_selector->text().trimmed();
    peer.nets = listFromText(m_nets->text());
    return rule;
}

bool AddRuleDialog::matchesAllTraffic() const
{
    return rule().matchesAllTraffic();
}

QString AddRuleDialog::problem() const
{
    if (m_action->currentIndex() <= 0)
        return tr("Choose what the rule does with the traffic it matches.");
    if (m_ports->isEnabled()) {
        QString error;
        if (!portsFromText(m_ports->text(), &error))
            return tr("Ports: %1").arg(error);
    }
    if (!m_selector->isValid())
        return tr("Selector: %1").arg(m_selector->error().message);
    for (const QString &net : listFromText(m_nets->text())) {
        if (!IpNetwork::parseCidrOrIp(net))
            return tr("Nets: “%1” is neither a CIDR nor an address").arg(net);
    }
    if (matchesAllTraffic() && !m_matchAll->isChecked())
        return tr("Give a protocol, ports, a selector or nets, or confirm that the rule is "
                  "meant to match all traffic.");
    return {};
}

void AddRuleDialog::update()
{
    const int protocol = m_protocol->currentData().toInt();
    const ProtocolFacts *facts = protocol == kAnyProtocol ? nullptr : protocolFacts(protocol);
    const bool ports = facts && facts->rulePorts;
    m_ports->setEnabled(ports);
    m_portsLabel->setEnabled(ports);
    m_ports->setToolTip(ports ? QString() : tr("Only TCP, UDP and SCTP rules can name ports."));

    const bool all = matchesAllTraffic();
    const QString action = m_action->currentData().toString();
    QString warning;
    if (all) {
        const QString peers = m_direction == Direction::Ingress
            ? tr("from every source, on every protocol and port")
            : tr("to every destination, on every protocol and port");
        warning = action.isEmpty()
            ? tr("As it stands, this rule matches all traffic %1.").arg(peers)
            : tr("This rule matches all traffic %1: %2 applies to every packet that reaches it.")
                  .arg(peers, action);
    }
    m_warning->setText(warning);
    m_warning->setVisible(all);
    m_matchAll->setVisible(all);
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace ps
