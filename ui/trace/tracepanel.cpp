#include "ui/trace/tracepanel.h"

#include <algorithm>

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QResizeEvent>
#include <QSpinBox>
#include <QStringListModel>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "core/model/protocol.h"
#include "core/report/explainer.h"
#include "core/report/leftoutreport.h"
#include "ui/document.h"

namespace ps {

namespace {

// A wide and short panel (a bottom dock) puts the form beside the result.
constexpr int kBesideWidth = 900;
constexpr int kBesideMaxHeight = 480;
constexpr int kFormWidth = 430;

const QColor kAllow(0x2e, 0x7d, 0x32);
const QColor kDeny(0xc6, 0x28, 0x28);
const QColor kPass(0xe0, 0x6c, 0x00);
const QColor kNeutral(0x55, 0x60, 0x6b);

QColor stepColor(const QString &action)
{
    if (action == u"allow")
        return kAllow;
    if (action == u"deny" || action == u"end-of-tier-deny" || action == u"default-deny")
        return kDeny;
    if (action == u"pass" || action == u"end-of-tier-pass")
        return kPass;
    return kNeutral;
}

QComboBox *endpointPicker(QStringListModel *model, const QString &placeholder, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setModel(model);
    combo->setMinimumContentsLength(18);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *completer = new QCompleter(model, combo);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    combo->lineEdit()->setPlaceholderText(placeholder);
    combo->lineEdit()->setClearButtonEnabled(true);
    combo->setCurrentIndex(-1);
    return combo;
}

} // namespace

TracePanel::TracePanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_endpoints(new QStringListModel(this)),
      m_hostEndpoints(new QStringListModel(this))
{
    // The form above the result in a tall area (a side dock), beside it in a wide and short
    // one (a bottom dock, where it starts); see updateDirection().
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setContentsMargins(6, 6, 6, 6);
    m_layout->setSpacing(10);
    m_form = new QWidget(this);
    m_form->setMaximumWidth(kFormWidth);
    auto *formColumn = new QVBoxLayout(m_form);
    formColumn->setContentsMargins(0, 0, 0, 0);
    auto *resultColumnWidget = new QWidget(this);
    auto *layout = new QVBoxLayout(resultColumnWidget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_layout->addWidget(m_form);
    m_layout->addWidget(resultColumnWidget, 1);

    // The flow.
    auto *form = new QGridLayout;
    form->setHorizontalSpacing(6);
    form->setVerticalSpacing(4);
    const QString pickerHint = tr("namespace/name, hep:name or an IP");
    m_from = endpointPicker(m_endpoints, pickerHint, this);
    m_from->setAccessibleName(tr("Source"));
    m_to = endpointPicker(m_endpoints, pickerHint, this);
    m_to->setAccessibleName(tr("Destination"));
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    m_swap = new QToolButton(this);
    m_swap->setText(QStringLiteral("⇅"));
    m_swap->setToolTip(tr("Swap source and destination"));
    m_swap->setAccessibleName(tr("Swap source and destination"));
    form->addWidget(fromLabel, 0, 0);
    form->addWidget(m_from, 0, 1);
    form->addWidget(m_swap, 0, 2, 2, 1, Qt::AlignVCenter);
    form->addWidget(toLabel, 1, 0);
    form->addWidget(m_to, 1, 1);

    auto *protoRow = new QHBoxLayout;
    protoRow->setSpacing(6);
    m_protocol = new QComboBox(this);
    m_protocol->setEditable(true);
    m_protocol->setInsertPolicy(QComboBox::NoInsert);
    m_protocol->addItems(knownProtocolNames());
    m_protocol->setToolTip(tr("A protocol name, or its number from 1 to 255"));
    m_protocol->setMinimumContentsLength(8);
    auto *protoLabel = new QLabel(tr("&Protocol:"), this);
    protoLabel->setBuddy(m_protocol);
    protoRow->addWidget(m_protocol);
    m_portLabel = new QLabel(tr("P&ort:"), this);
    m_port = new QLineEdit(this);
    m_port->setPlaceholderText(tr("any"));
    m_port->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_port));
    m_port->setMaximumWidth(
        m_port->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 16);
    m_port->setToolTip(tr("Destination port, 0 to 65535; empty for any"));
    m_portLabel->setBuddy(m_port);
    protoRow->addWidget(m_portLabel);
    protoRow->addWidget(m_port);
    m_icmpLabel = new QLabel(tr("ICMP type / code:"), this);
    m_icmpType = new QSpinBox(this);
    m_icmpType->setRange(-1, 255);
    m_icmpType->setSpecialValueText(tr("any"));
    m_icmpType->setValue(-1);
    m_icmpType->setAccessibleName(tr("ICMP type"));
    m_icmpCode = new QSpinBox(this);
    m_icmpCode->setRange(-1, 255);
    m_icmpCode->setSpecialValueText(tr("any"));
    m_icmpCode->setValue(-1);
    m_icmpCode->setAccessibleName(tr("ICMP code"));
    protoRow->addWidget(m_icmpLabel);
    protoRow->addWidget(m_icmpType);
    protoRow->addWidget(m_icmpCode);
    protoRow->addStretch(1);
    m_traceButton = new QPushButton(tr("T&race"), this);
    m_traceButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_traceButton->setToolTip(tr("Trace the flow (Return)"));
    m_traceButton->setDefault(true);
    protoRow->addWidget(m_traceButton);
    form->addWidget(protoLabel, 2, 0);
    form->addLayout(protoRow, 2, 1, 1, 2);
    // A flow forwarded through a node (to or from outside the cluster) passes the forward
    // policies of the host endpoint it arrives on: Calico's applyOnForward.
    m_via = endpointPicker(m_hostEndpoints, tr("not forwarded"), this);
    m_via->setAccessibleName(tr("Via host endpoint"));
    m_via->setToolTip(tr("The host endpoint (hep:name) the flow is forwarded through, whose "
                         "forward policies it passes; empty when the flow is not forwarded "
                         "through a host"));
    auto *viaLabel = new QLabel(tr("&Via:"), this);
    viaLabel->setBuddy(m_via);
    form->addWidget(viaLabel, 3, 0);
    form->addWidget(m_via, 3, 1);
    form->setColumnStretch(1, 1);
    formColumn->addLayout(form);
    formColumn->addStretch(1);

    // Inline problems.
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    // The panel's width decides where it wraps, not the longest word of the message (a name
    // of 200 KB left out would make the window that wide); such a word is cut at the edge.
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral(
        "QLabel { background-color: #fff4e5; color: #6d3b00; border: 1px solid #f0b46a;"
        " border-radius: 4px; padding: 6px; }"));
    m_message->setVisible(false);
    layout->addWidget(m_message);
    m_portPicks = new QLabel(this);
    m_portPicks->setTextFormat(Qt::RichText);
    m_portPicks->setWordWrap(true);
    m_portPicks->setTextInteractionFlags(
        Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_portPicks->setVisible(false);
    connect(m_portPicks, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const int port = link.section(u':', 1).toInt(&ok);
        if (ok)
            choosePort(port);
    });
    layout->addWidget(m_portPicks);

    // The result: verdict, chain buttons, steps.
    m_result = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(m_result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->setSpacing(6);
    m_verdictBox = new QWidget(m_result);
    m_verdictBox->setObjectName(QStringLiteral("verdictBox"));
    m_verdictBox->setAttribute(Qt::WA_StyledBackground, true);
    auto *verdictLayout = new QHBoxLayout(m_verdictBox);
    verdictLayout->setContentsMargins(10, 8, 10, 8);
    verdictLayout->setSpacing(10);
    m_verdictIcon = new QLabel(m_verdictBox);
    verdictLayout->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    auto *verdictText = new QVBoxLayout;
    verdictText->setSpacing(2);
    m_verdict = new QLabel(m_verdictBox);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setAccessibleName(tr("Verdict"));
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    verdictText->addWidget(m_verdict);
    m_flowLabel = new QLabel(m_verdictBox);
    // one line, cut at the panel's edge (the full flow is in the tooltip): a wrapped label
    // would make the panel's minimum height depend on its width
    m_flowLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_flowLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    verdictText->addWidget(m_flowLabel);
    verdictLayout->addLayout(verdictText, 1);
    resultLayout->addWidget(m_verdictBox);

    auto *chainRow = new QHBoxLayout;
    m_sourceChain = new QPushButton(m_result);
    m_destinationChain = new QPushButton(m_result);
    chainRow->addWidget(m_sourceChain);
    chainRow->addWidget(m_destinationChain);
    chainRow->addStretch(1);
    resultLayout->addLayout(chainRow);

    m_steps = new QTextBrowser(m_result);
    m_steps->setOpenLinks(false);
    m_steps->setOpenExternalLinks(false);
    m_steps->setAccessibleName(tr("Trace steps"));
    // small enough that a verdict appearing never forces the bottom docks taller; the steps
    // scroll, and the dock can be made as tall as the user likes
    m_steps->setMinimumHeight(44);
    resultLayout->addWidget(m_steps, 1);
    layout->addWidget(m_result, 1);

    m_placeholder = new QLabel(
        tr("Choose a source and a destination, then Trace to see whether Calico allows the "
           "flow, and why."),
        this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMargin(16);
    QPalette placeholderPalette = m_placeholder->palette();
    placeholderPalette.setColor(QPalette::WindowText, QColor(0x6b, 0x75, 0x80));
    m_placeholder->setPalette(placeholderPalette);
    layout->addWidget(m_placeholder, 1);
    clearResult();

    connect(m_traceButton, &QPushButton::clicked, this, &TracePanel::runTrace);
    connect(m_swap, &QToolButton::clicked, this, &TracePanel::swap);
    for (QComboBox *combo : {m_from, m_to, m_protocol, m_via})
        connect(combo->lineEdit(), &QLineEdit::returnPressed, this, &TracePanel::runTrace);
    connect(m_port, &QLineEdit::returnPressed, this, &TracePanel::runTrace);
    connect(m_protocol, &QComboBox::currentTextChanged, this, &TracePanel::updateProtocolFields);
    connect(m_icmpType, &QSpinBox::valueChanged, this, &TracePanel::updateProtocolFields);
    connect(m_steps, &QTextBrowser::anchorClicked, this, &TracePanel::onLinkActivated);
    connect(m_sourceChain, &QPushButton::clicked, this, [this] {
        if (m_last)
            Q_EMIT chainRequested(m_last->egress.endpoint);
    });
    connect(m_destinationChain, &QPushButton::clicked, this, [this] {
        if (m_last)
            Q_EMIT chainRequested(m_last->ingress.endpoint);
    });
    connect(m_document, &Document::analysisReady, this, &TracePanel::onAnalysisReady);

    setFocusProxy(m_from);
    updateProtocolFields();
    updateEndpoints();
}

TracePanel::~TracePanel() = default;

void TracePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateDirection();
}

void TracePanel::updateDirection()
{
    // A dock tab behind another keeps a stale size and is not drawn: stacking the panel by
    // that size would raise its minimum height and make the bottom docks jump taller for
    // good. The main window calls this again when the tab comes to the front.
    if (visibleRegion().isEmpty())
        return;
    const bool beside = width() >= kBesideWidth && height() < kBesideMaxHeight;
    const auto direction = beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() == direction)
        return;
    m_layout->setDirection(direction);
    m_form->setMaximumWidth(beside ? kFormWidth : QWIDGETSIZE_MAX);
    m_layout->activate();
}

void TracePanel::setFlow(
    const QString &from, const QString &to, const QString &protocol, std::optional<int> port)
{
    m_from->setEditText(from);
    m_to->setEditText(to);
    m_protocol->setEditText(protocol.isEmpty() ? QStringLiteral("TCP") : protocol);
    m_port->setText(port ? QString::number(*port) : QString());
    m_icmpType->setValue(-1);
    m_icmpCode->setValue(-1);
    m_via->setEditText(QString());
    updateProtocolFields();
}

void TracePanel::setFlow(const Flow &flow)
{
    setFlow(flow.from, flow.to, flow.protocol, flow.port);
    m_icmpType->setValue(flow.icmpType.value_or(-1));
    m_icmpCode->setValue(flow.icmpType ? flow.icmpCode.value_or(-1) : -1);
    m_via->setEditText(flow.via);
    updateProtocolFields();
}

void TracePanel::updateProtocolFields()
{
    const std::optional<int> protocol = parseProtocolNumber(m_protocol->currentText().trimmed());
    const bool ports = protocol && protocolCarriesPorts(*protocol);
    const bool icmp = protocol && protocolIcmpFamily(*protocol) != 0;
    m_port->setEnabled(ports);
    m_portLabel->setEnabled(ports);
    m_icmpLabel->setVisible(icmp);
    m_icmpType->setVisible(icmp);
    m_icmpCode->setVisible(icmp);
    m_icmpCode->setEnabled(m_icmpType->value() >= 0);
    m_portLabel->setVisible(!icmp);
    m_port->setVisible(!icmp);
}

void TracePanel::updateEndpoints()
{
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    // An edit of a policy leaves the inventory as it was (shared with the analysis before),
    // and the pickers too: listing 50,000 endpoints again took a quarter of a second.
    if (analysis && analysis->engine && m_picked
        && analysis->engine->inventory().objects().isSharedWith(m_pickedFrom))
        return;
    m_picked = analysis && analysis->engine;
    m_pickedFrom = m_picked ? analysis->engine->inventory().objects() : QList<InventoryObject>();
    QStringList refs;
    QStringList hostEndpoints;
    if (analysis && analysis->engine) {
        for (const InventoryObject &o : analysis->engine->inventory().objects()) {
            if (o.isEndpoint())
                refs.append(o.ref());
            if (o.kind == ObjectKind::HostEndpoint)
                hostEndpoints.append(o.ref());
        }
    }
    refs.sort();
    hostEndpoints.sort();
    // Replacing a list resets its pickers: keep what the user typed.
    if (refs != m_endpoints->stringList()) {
        const QString from = m_from->currentText();
        const QString to = m_to->currentText();
        m_endpoints->setStringList(refs);
        m_from->setEditText(from);
        m_to->setEditText(to);
    }
    if (hostEndpoints != m_hostEndpoints->stringList()) {
        const QString via = m_via->currentText();
        m_hostEndpoints->setStringList(hostEndpoints);
        m_via->setEditText(via);
    }
}

void TracePanel::swap()
{
    const QString from = m_from->currentText();
    m_from->setEditText(m_to->currentText());
    m_to->setEditText(from);
}

std::optional<Flow> TracePanel::readFlow()
{
    Flow flow;
    flow.from = m_from->currentText().trimmed();
    flow.to = m_to->currentText().trimmed();
    if (flow.from.isEmpty()) {
        showMessage(
            tr("Choose a source: an endpoint (namespace/name or hep:name) or an IP address."));
        m_from->setFocus();
        return std::nullopt;
    }
    if (flow.to.isEmpty()) {
        showMessage(
            tr("Choose a destination: an endpoint (namespace/name or hep:name) or an IP address."));
        m_to->setFocus();
        return std::nullopt;
    }
    flow.via = m_via->currentText().trimmed();
    const QString protocolText = m_protocol->currentText().trimmed();
    const std::optional<int> protocol = parseProtocolNumber(protocolText);
    if (!protocol) {
        showMessage(tr("Unknown protocol “%1”: use %2 or a number from 1 to 255.")
                        .arg(protocolText, knownProtocolNames().join(QStringLiteral(", "))));
        m_protocol->setFocus();
        return std::nullopt;
    }
    flow.protocol = protocolDisplayName(*protocol);
    if (protocolCarriesPorts(*protocol) && !m_port->text().trimmed().isEmpty()) {
        bool ok = false;
        const int port = m_port->text().trimmed().toInt(&ok);
        if (!ok || port < 0 || port > 65535) {
            showMessage(tr("The port must be a whole number from 0 to 65535, not “%1”.")
                            .arg(m_port->text().trimmed()));
            m_port->setFocus();
            return std::nullopt;
        }
        flow.port = port;
    }
    if (protocolIcmpFamily(*protocol) != 0 && m_icmpType->value() >= 0) {
        flow.icmpType = m_icmpType->value();
        if (m_icmpCode->value() >= 0)
            flow.icmpCode = m_icmpCode->value();
    }
    return flow;
}

void TracePanel::runTrace()
{
    m_portChoices.clear();
    m_portPicks->setVisible(false);
    const std::optional<Flow> flow = readFlow();
    if (!flow)
        return;
    m_lastFlow = flow;
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (!analysis || !analysis->engine) {
        m_pending = true;
        showMessage(tr("The workspace is still being analysed; the flow will be traced when it "
                       "is ready."));
        return;
    }
    trace(*flow);
}

void TracePanel::onAnalysisReady()
{
    updateEndpoints();
    // Re-run the last trace (or the one asked for before the first analysis): edits update
    // the verdict live.
    if (m_lastFlow)
        trace(*m_lastFlow);
    m_pending = false;
}

void TracePanel::trace(const Flow &flow)
{
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (!analysis || !analysis->engine)
        return;
    const FlowTrace result = analysis->engine->trace(flow);
    m_last = result;
    m_portChoices.clear();
    m_portPicks->setVisible(false);
    if (!result.ok()) {
        clearResult();
        showMessage(result.error);
        return;
    }
    // No port stands for every port: answer only when every port gets the same verdict,
    // otherwise say which ports get which and ask for one.
    const std::optional<int> protocol = parseProtocolNumber(flow.protocol);
    const bool anyPort = !flow.port && protocol && protocolCarriesPorts(*protocol);
    if (anyPort) {
        const PortVerdicts byPort = verdictsByPort(*analysis->engine, flow);
        if (byPort.ok() && !byPort.uniform()) {
            askForPort(byPort);
            return;
        }
    }
    showTrace(result);
    if (anyPort) {
        m_flowLabel->setText(
            tr("%1, any port (every port gets this verdict)").arg(m_flowLabel->text()));
        m_flowLabel->setToolTip(m_flowLabel->text());
    }
    // Never answer from a silently different policy set: say which policies are analysed in
    // their last valid version or left out.
    if (const QString note = analysisNote(analysis->replaced, analysis->engine->leftOut());
        !note.isEmpty())
        showMessage(note);
    else
        m_message->setVisible(false);
    Q_EMIT traced(result);
}

void TracePanel::askForPort(const PortVerdicts &byPort)
{
    clearResult();
    showMessage(tr("The verdict depends on the port: %1. Enter a port, or trace one of these:")
                    .arg(portVerdictsText(byPort)));
    // One port of each verdict's ranges, the first few of each.
    constexpr int kPerVerdict = 4;
    for (const PortVerdictGroup &group : byPort.groups) {
        for (qsizetype i = 0; i < group.ranges.size() && i < kPerVerdict; ++i)
            m_portChoices.append(group.ranges.at(i).first);
    }
    std::sort(m_portChoices.begin(), m_portChoices.end());
    QStringList links;
    for (int port : std::as_const(m_portChoices))
        links.append(QStringLiteral("<a href=\"port:%1\">%1</a>").arg(port));
    m_portPicks->setText(tr("Trace port: %1").arg(links.join(QStringLiteral(" · "))));
    m_portPicks->setVisible(true);
    m_port->setFocus();
}

void TracePanel::choosePort(int port)
{
    m_port->setText(QString::number(port));
    runTrace();
}

void TracePanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(true);
}

void TracePanel::clearResult()
{
    m_result->setVisible(false);
    m_placeholder->setVisible(true);
    m_verdict->clear();
    m_flowLabel->clear();
    m_steps->clear();
}

QString TracePanel::verdictText() const
{
    return m_result->isVisible() || !m_verdict->text().isEmpty() ? m_verdict->text() : QString();
}

QString TracePanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void TracePanel::showTrace(const FlowTrace &t)
{
    const bool allowed = t.verdict == Verdict::Allow;
    const QColor color = allowed ? kAllow : kDeny;
    m_verdict->setText(allowed ? tr("Allowed") : tr("Denied"));
    const int iconSize = m_verdict->fontMetrics().height() + 4;
    m_verdictIcon->setPixmap(
        style()
            ->standardIcon(allowed ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical)
            .pixmap(iconSize, iconSize));
    m_verdictBox->setStyleSheet(
        QStringLiteral("#verdictBox { background-color: %1; border: 1px solid %2; "
                       "border-radius: 6px; }"
                       "#verdictBox QLabel { color: #1f2933; background: transparent; }"
                       "#verdictBox QLabel#verdictLabel { color: %2; }")
            .arg(allowed ? QStringLiteral("#e8f5e9") : QStringLiteral("#fdecea"), color.name()));
    m_flowLabel->setText(flowDescription(t));
    m_flowLabel->setToolTip(m_flowLabel->text());

    const auto chainButton
        = [](QPushButton *button, const DirectionTrace &side, const QString &text) {
              button->setText(text.arg(side.endpoint));
              button->setEnabled(side.isEndpoint);
              button->setToolTip(side.isEndpoint
                      ? tr("Show the rule chain of %1 with this flow's path").arg(side.endpoint)
                      : tr("%1 is outside the inventory: it has no rule chain").arg(side.endpoint));
          };
    chainButton(m_sourceChain, t.egress, tr("Show chain of %1"));
    chainButton(m_destinationChain, t.ingress, tr("Show chain of %1"));

    QString html = QStringLiteral("<html><body style=\"margin:0;\">");
    const auto section = [&](int number, const QString &title, const DirectionTrace &side,
                             const QString &key) {
        const QColor sideColor = side.verdict == Verdict::Allow ? kAllow : kDeny;
        const QString verdict = side.isEndpoint
            ? (side.verdict == Verdict::Allow ? tr("allowed") : tr("denied"))
            : tr("not evaluated");
        html
            += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:4px;\"><b>%1. %2</b> "
                              "&nbsp;<b style=\"color:%3;\">%4</b></p>")
                   .arg(number)
                   .arg(title.toHtmlEscaped(), side.isEndpoint ? sideColor.name() : kNeutral.name(),
                       verdict.toHtmlEscaped());
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
        QString stage;
        for (qsizetype i = 0; i < side.steps.size(); ++i) {
            const TraceStep &s = side.steps[i];
            if (!s.stage.isEmpty() && s.stage != stage) {
                // Host endpoints: each stage (untracked, pre-DNAT, ...) under its own heading.
                stage = s.stage;
                html += QStringLiteral("<tr><td></td><td style=\"color:#37474f; "
                                       "background-color:#e3e9ed;\"><b>%1</b></td></tr>")
                            .arg(tr("Stage: %1").arg(stagePhrase(stage)).toHtmlEscaped());
            }
            QStringList where;
            if (!s.tier.isEmpty())
                where.append(tr("tier %1").arg(s.tier));
            // Kinds are Calico's resource names, except "Profile", which the studio's wording
            // translates everywhere
            const QString kind = s.kind == u"Profile" ? tr("Profile") : s.kind;
            if (!s.policy.isEmpty())
                where.append(
                    kind.isEmpty() ? s.policy : QStringLiteral("%1 %2").arg(kind, s.policy));
            if (s.rule >= 0)
                where.append(tr("rule %1").arg(s.rule));
            const QString phrase = actionPhrase(s.action);
            QString whereHtml = where.join(QStringLiteral(" › ")).toHtmlEscaped();
            if (!s.policy.isEmpty())
                whereHtml = QStringLiteral("<a href=\"step:%1/%2\">%3</a>")
                                .arg(key)
                                .arg(i)
                                .arg(whereHtml);
            html += QStringLiteral("<tr><td width=\"14\" valign=\"top\" style=\"color:%1;\">"
                                   "&#x25CF;</td><td valign=\"top\"><b style=\"color:%1;\">%2</b>")
                        .arg(stepColor(s.action).name(), phrase.toHtmlEscaped());
            if (!whereHtml.isEmpty())
                html += QStringLiteral(" — ") + whereHtml;
            if (const QString reason = explainStep(s); !reason.isEmpty())
                html += QStringLiteral("<br><span style=\"color:#4a5560;\">%1</span>")
                            .arg(reason.toHtmlEscaped());
            html += QStringLiteral("</td></tr>");
        }
        if (side.steps.isEmpty())
            html += QStringLiteral("<tr><td></td><td><i>%1</i></td></tr>")
                        .arg(tr("no policy step").toHtmlEscaped());
        html += QStringLiteral("</table>");
    };
    section(1, tr("Egress at the source %1").arg(t.egress.endpoint), t.egress,
        QStringLiteral("egress"));
    if (!t.via.isEmpty()) {
        section(2, tr("Forwarded through the host endpoint %1").arg(t.forward.endpoint), t.forward,
            QStringLiteral("forward"));
    }
    section(t.via.isEmpty() ? 2 : 3, tr("Ingress at the destination %1").arg(t.ingress.endpoint),
        t.ingress, QStringLiteral("ingress"));
    html += QStringLiteral("</body></html>");
    m_steps->setHtml(html);

    m_placeholder->setVisible(false);
    m_result->setVisible(true);
    // The chain buttons' texts changed: lay out now, not at the next event loop pass.
    m_result->layout()->activate();
    m_layout->activate();
}

QStringList TracePanel::stepTexts() const
{
    QStringList out;
    if (!m_last || !m_last->ok())
        return out;
    const auto add = [&](const QString &name, const DirectionTrace &side) {
        for (qsizetype i = 0; i < side.steps.size(); ++i) {
            const TraceStep &s = side.steps[i];
            const QString where = s.stage.isEmpty()
                ? QStringLiteral("%1 %2").arg(name).arg(i)
                : QStringLiteral("%1 %2 [%3]").arg(name).arg(i).arg(stagePhrase(s.stage));
            out.append(QStringLiteral("%1: %2 — %3 %4 %5 rule %6: %7")
                           .arg(where, actionPhrase(s.action), s.tier, s.kind, s.policy)
                           .arg(s.rule)
                           .arg(explainStep(s)));
        }
    };
    add(directionName(Direction::Egress), m_last->egress);
    if (!m_last->via.isEmpty())
        add(QStringLiteral("forward"), m_last->forward);
    add(directionName(Direction::Ingress), m_last->ingress);
    return out;
}

RuleRef TracePanel::stepRef(Direction direction, int step) const
{
    if (!m_last || !m_last->ok())
        return {};
    const DirectionTrace &side = direction == Direction::Egress ? m_last->egress : m_last->ingress;
    if (step < 0 || step >= side.steps.size())
        return {};
    const TraceStep &s = side.steps[step];
    if (s.policy.isEmpty())
        return {};
    return {s.kind, s.policy, direction, s.rule, s.policyId};
}

void TracePanel::activateStep(Direction direction, int step)
{
    const RuleRef ref = stepRef(direction, step);
    if (ref.isValid())
        Q_EMIT ruleActivated(ref);
}

void TracePanel::onLinkActivated(const QUrl &url)
{
    if (url.scheme() != u"step")
        return;
    const QStringList parts = url.path().split(u'/');
    if (parts.size() != 2)
        return;
    bool ok = false;
    const int step = parts[1].toInt(&ok);
    if (!ok)
        return;
    if (parts[0] == u"forward") {
        // Forwarded traffic meets the host endpoint's ingress policy.
        if (!m_last || step < 0 || step >= m_last->forward.steps.size())
            return;
        const TraceStep &s = m_last->forward.steps[step];
        if (!s.policy.isEmpty())
            Q_EMIT ruleActivated({s.kind, s.policy, Direction::Ingress, s.rule, s.policyId});
        return;
    }
    activateStep(parts[0] == u"ingress" ? Direction::Ingress : Direction::Egress, step);
}

} // namespace ps
