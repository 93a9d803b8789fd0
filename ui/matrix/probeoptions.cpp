#include "ui/matrix/probeoptions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

#include "core/model/protocol.h"

namespace ps {

ProbeOptions::ProbeOptions(Protocols protocols, QWidget *parent)
    : QWidget(parent), m_by(new QComboBox(this)), m_protocol(new QComboBox(this)),
      m_port(new QLineEdit(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto *byLabel = new QLabel(tr("&By:"), this);
    byLabel->setBuddy(m_by);
    m_by->addItem(tr("Namespace"), int(MatrixGrouping::Namespace));
    m_by->addItem(tr("Service account"), int(MatrixGrouping::ServiceAccount));
    m_by->addItem(tr("Workload"), int(MatrixGrouping::Workload));
    m_by->addItem(tr("Pod"), int(MatrixGrouping::Pod));
    auto *protocolLabel = new QLabel(tr("Pro&tocol:"), this);
    protocolLabel->setBuddy(m_protocol);
    if (protocols == Protocols::AnyOrOne)
        m_protocol->addItem(tr("any"));
    for (const ProtocolFacts &facts : knownProtocols())
        m_protocol->addItem(facts.nameText(), facts.number);
    if (protocols == Protocols::One)
        m_protocol->setCurrentText(QStringLiteral("TCP"));
    auto *portLabel = new QLabel(tr("Po&rt:"), this);
    portLabel->setBuddy(m_port);
    m_port->setPlaceholderText(tr("any"));
    m_port->setToolTip(tr("Destination port, 0 to 65535; empty for any"));
    m_port->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,5}")), m_port));
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    row->addWidget(byLabel);
    row->addWidget(m_by);
    row->addWidget(protocolLabel);
    row->addWidget(m_protocol);
    row->addWidget(portLabel);
    row->addWidget(m_port);

    connect(m_by, &QComboBox::currentIndexChanged, this, &ProbeOptions::groupingChanged);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &ProbeOptions::probeChanged);
    connect(m_port, &QLineEdit::returnPressed, this, &ProbeOptions::probeChanged);
}

Result<ProbeChoice> ProbeOptions::choice() const
{
    ProbeChoice choice;
    choice.by = MatrixGrouping(m_by->currentData().toInt());
    if (const QVariant number = m_protocol->currentData(); number.isValid())
        choice.protocol = number.toInt();
    if (m_port->text().isEmpty())
        return choice;
    bool ok = false;
    const int port = m_port->text().toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return Error {tr("The port must be a whole number from 0 to 65535.")};
    if (!choice.protocol || !protocolCarriesPorts(*choice.protocol))
        return Error {tr("A port needs a protocol with ports (TCP, UDP, SCTP, UDPLite).")};
    choice.port = port;
    return choice;
}

} // namespace ps
