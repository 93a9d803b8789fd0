#pragma once
// TracePanel: "why is this flow allowed or denied?". The user picks a source and a destination
// (searchable endpoint pickers over the analysis' inventory, or a typed IP), a protocol and a
// port (or ICMP type and code); the panel asks PolicyEngine::trace() and shows the verdict and
// each step — egress at the source, then ingress at the destination — in plain language, each
// step a link to its rule. The last trace runs again whenever the Document's analysis is
// ready, so edits update the verdict live. Problems with the input are shown inline.

#include <optional>

#include <QWidget>

#include "core/eval/flow.h"
#include "core/eval/inventory.h"
#include "core/eval/portverdicts.h"
#include "core/eval/trace.h"
#include "ui/ruleref.h"

class QBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QToolButton;
class QTextBrowser;
class QUrl;

namespace ps {

class Document;

class TracePanel : public QWidget {
    Q_OBJECT
public:
    explicit TracePanel(Document *document, QWidget *parent = nullptr);
    ~TracePanel() override;

    /// Fill the form (does not trace). `protocol` is a name or a number; no port clears it.
    void setFlow(
        const QString &from, const QString &to, const QString &protocol, std::optional<int> port);
    /// Fill the form with every field of `flow`: its ICMP type and code and the host endpoint
    /// it is forwarded through too (does not trace).
    void setFlow(const Flow &flow);
    /// Trace the flow in the form. Input problems are shown inline; nothing pops up.
    void runTrace();
    /// The last trace run (possibly with an error); `from` is empty before the first one.
    FlowTrace lastTrace() const { return m_last.value_or(FlowTrace {}); }
    bool hasTrace() const { return m_last.has_value(); }

    /// What the panel shows, for tests and the screenshot tool.
    QString verdictText() const;
    QString messageText() const;
    /// Ports offered when a port-less trace's verdict depends on the port (one of each verdict's
    /// ranges); empty otherwise.
    QList<int> portChoices() const { return m_portChoices; }
    /// Trace the form's flow on `port` (what clicking an offered port does).
    void choosePort(int port);
    QTextBrowser *stepsView() const { return m_steps; }
    /// The steps as shown, one line per step: "egress 0: <action phrase> — <where>: <reason>";
    /// a host endpoint's steps name their stage ("ingress 0 [pre-DNAT policy]: ..."), a
    /// forwarded flow's steps at the host endpoint it arrives on are "forward N".
    QStringList stepTexts() const;
    /// The RuleRef of step `step` of the last trace's `direction`; invalid for steps that
    /// name no rule (the default deny, an outside peer).
    RuleRef stepRef(Direction direction, int step) const;
    /// Emit ruleActivated() for that step (what clicking it does).
    void activateStep(Direction direction, int step);

    QComboBox *sourcePicker() const { return m_from; }
    QComboBox *destinationPicker() const { return m_to; }
    QComboBox *protocolPicker() const { return m_protocol; }
    QLineEdit *portEdit() const { return m_port; }
    /// The host endpoint the flow is forwarded through ("hep:name"); empty when it is not.
    QComboBox *viaPicker() const { return m_via; }
    QSpinBox *icmpTypeBox() const { return m_icmpType; }
    QSpinBox *icmpCodeBox() const { return m_icmpCode; }

    /// Lays the form beside the result in a wide, short panel, above it otherwise (on every
    /// resize, and when the panel's dock tab comes to the front).
    void updateDirection();

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    /// A flow was traced successfully (also after a live re-run).
    void traced(const FlowTrace &trace);
    void ruleActivated(const RuleRef &ref);
    void chainRequested(const QString &endpointRef);

private:
    void onAnalysisReady();
    void updateEndpoints();
    void updateProtocolFields();
    void swap();
    std::optional<Flow> readFlow();
    void trace(const Flow &flow);
    void showTrace(const FlowTrace &trace);
    void showMessage(const QString &message);
    void askForPort(const PortVerdicts &byPort);
    void clearResult();
    void onLinkActivated(const QUrl &url);

    Document *m_document;
    QBoxLayout *m_layout = nullptr;
    QWidget *m_form = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QStringListModel *m_endpoints = nullptr;
    QComboBox *m_via = nullptr;
    QStringListModel *m_hostEndpoints = nullptr;
    QComboBox *m_protocol = nullptr;
    QLabel *m_portLabel = nullptr;
    QLineEdit *m_port = nullptr;
    QLabel *m_icmpLabel = nullptr;
    QSpinBox *m_icmpType = nullptr;
    QSpinBox *m_icmpCode = nullptr;
    QToolButton *m_swap = nullptr;
    QPushButton *m_traceButton = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_portPicks = nullptr; // "Trace port: 80 · 1" when the verdict depends on the port
    QList<int> m_portChoices;
    QWidget *m_result = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_verdictBox = nullptr;
    QLabel *m_verdictIcon = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_flowLabel = nullptr;
    QPushButton *m_sourceChain = nullptr;
    QPushButton *m_destinationChain = nullptr;
    QTextBrowser *m_steps = nullptr;
    // The inventory objects the endpoint pickers were filled from (shared from one analysis to
    // the next while no inventory input changes).
    QList<InventoryObject> m_pickedFrom;
    bool m_picked = false;
    std::optional<Flow> m_lastFlow; // re-traced on analysisReady
    std::optional<FlowTrace> m_last;
    bool m_pending = false; // runTrace() before the first analysis
};

} // namespace ps
