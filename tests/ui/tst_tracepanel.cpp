// The trace panel on the embedded demo workspace: the eleven documented flows give their
// verdicts through the form, steps link to their rules, input problems show inline, and an
// edit re-runs the trace live.

#include <algorithm>

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

#include "resources/demoworkspace.h"
#include "ui/document.h"
#include "ui/trace/tracepanel.h"
#include "tests/support/testfiles.h"

#include "modeltesthelpers.h"

using namespace ps;
using namespace Qt::StringLiterals;

class TestTracePanel : public QObject {
    Q_OBJECT
private:
    static bool load(Document &doc)
    {
        QSignalSpy ready(&doc, &Document::analysisReady);
        doc.open({demoWorkspacePath()});
        return ready.wait(20000) && doc.isAnalysisCurrent();
    }

    static bool waitForAnalysis(Document &doc)
    {
        if (doc.isAnalysisCurrent())
            return true;
        QSignalSpy ready(&doc, &Document::analysisReady);
        return ready.wait(20000) && doc.isAnalysisCurrent();
    }

    // Fill the form as a user does and press the Trace button.
    static void traceThroughForm(TracePanel &panel, const QString &from, const QString &to,
        const QString &protocol, const QString &port)
    {
        panel.sourcePicker()->setEditText(from);
        panel.destinationPicker()->setEditText(to);
        panel.protocolPicker()->setEditText(protocol);
        panel.portEdit()->setText(port);
        QPushButton *button = nullptr;
        for (QPushButton *b : panel.findChildren<QPushButton *>()) {
            if (b->text() == TracePanel::tr("T&race"))
                button = b;
        }
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static QToolButton *swapButton(TracePanel &panel)
    {
        for (QToolButton *b : panel.findChildren<QToolButton *>()) {
            if (b->accessibleName() == TracePanel::tr("Swap source and destination"))
                return b;
        }
        return nullptr;
    }

private Q_SLOTS:
    void demoFlows_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("port");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("policy"); // named by a step

        QTest::newRow("qa to dev-web") << u"qa/qa-tester-0"_s << u"development/dev-web-0"_s
                                       << u"80"_s << false << u"restrict-development-access"_s;
        QTest::newRow("dev-api to dev-web")
            << u"development/dev-api-0"_s << u"development/dev-web-0"_s << u"80"_s << true
            << u"restrict-development-access"_s;
        QTest::newRow("backend to API") << u"my-app/my-app-backend-0"_s << u"192.168.1.10"_s
                                        << u"6443"_s << true << u"my-app/allow-api-access"_s;
        QTest::newRow("backend to server")
            << u"my-app/my-app-backend-0"_s << u"production/server-0"_s << u"8080"_s << false
            << u"my-app/allow-api-access"_s;
        QTest::newRow("api to db")
            << u"prod-engineering/api-0"_s << u"prod-engineering/db-0"_s << u"5432"_s << true
            << u"prod-engineering/allow-db-from-named-accounts"_s;
        QTest::newRow("frontend to db")
            << u"prod-engineering/frontend-0"_s << u"prod-engineering/db-0"_s << u"5432"_s << true
            << u"prod-engineering/allow-db-from-web-frontend"_s;
        QTest::newRow("reporting to db")
            << u"prod-engineering/reporting-0"_s << u"prod-engineering/db-0"_s << u"5432"_s << false
            << u"prod-engineering/allow-db-from"_s;
        QTest::newRow("alice to bob")
            << u"prod-engineering/intern-alice-0"_s << u"prod-engineering/intern-bob-0"_s
            << u"8888"_s << true << u"restrict-intern-access"_s;
        QTest::newRow("alice to db")
            << u"prod-engineering/intern-alice-0"_s << u"prod-engineering/db-0"_s << u"5432"_s
            << false << u"restrict-intern-access"_s;
        QTest::newRow("client to server") << u"production/client-0"_s << u"production/server-0"_s
                                          << u"8080"_s << false << u"deny-tcp-8080"_s;
        QTest::newRow("monitor to server") << u"production/monitor-0"_s << u"production/server-0"_s
                                           << u"8080"_s << false << u"production/allow-tcp-8080"_s;
    }

    void demoFlows()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, port);
        QFETCH(bool, allowed);
        QFETCH(QString, policy);

        Document doc;
        QVERIFY(load(doc));
        TracePanel panel(&doc);
        QSignalSpy traced(&panel, &TracePanel::traced);
        traceThroughForm(panel, from, to, QStringLiteral("TCP"), port);
        QCOMPARE(panel.messageText(), QString());
        QCOMPARE(traced.size(), 1);
        QCOMPARE(
            panel.verdictText(), allowed ? TracePanel::tr("Allowed") : TracePanel::tr("Denied"));
        const FlowTrace t = panel.lastTrace();
        QCOMPARE(t.verdict, allowed ? Verdict::Allow : Verdict::Deny);
        QCOMPARE(t.from, from);
        QCOMPARE(t.port, std::optional<int>(port.toInt()));
        const QStringList steps = panel.stepTexts();
        QVERIFY(!steps.isEmpty());
        QVERIFY2(steps.join(u'\n').contains(policy), qPrintable(steps.join(u'\n')));
        // The steps are shown, and each one naming a policy is a link.
        const QString shown = panel.stepsView()->toPlainText();
        QVERIFY(shown.contains(policy));
        QVERIFY(panel.stepsView()->toHtml().contains(QStringLiteral("step:")));
    }

    // At a host endpoint every step names its stage (docs/semantics.md: "Host endpoints"), in the
    // list and in the steps view, where each stage has its own heading.
    void hostEndpointStages()
    {
        Document doc;
        QSignalSpy ready(&doc, &Document::analysisReady);
        doc.open({test::fixturePath(u"ui/host-endpoint.yaml")});
        QVERIFY(ready.wait(20000) && doc.isAnalysisCurrent());
        TracePanel panel(&doc);
        panel.setFlow(QStringLiteral("198.51.100.1"), QStringLiteral("hep:gw-eth0"),
            QStringLiteral("TCP"), 8443);
        panel.runTrace();
        QCOMPARE(panel.verdictText(), TracePanel::tr("Denied"));
        const QStringList steps = panel.stepTexts();
        QCOMPARE(steps.size(), 4);
        QVERIFY2(
            steps[0].startsWith(QStringLiteral("egress 0: not evaluated")), qPrintable(steps[0]));
        QVERIFY2(steps[1].startsWith(QStringLiteral(
                     "ingress 0 [untracked policy (before connection tracking)]: end of tier")),
            qPrintable(steps[1]));
        QVERIFY2(steps[2].startsWith(QStringLiteral("ingress 1 [untracked policy (before "
                                                    "connection tracking)]: no verdict")),
            qPrintable(steps[2]));
        QVERIFY2(steps[3].startsWith(QStringLiteral("ingress 2 [pre-DNAT policy]: deny — default "
                                                    "GlobalNetworkPolicy prednat-gw rule 0")),
            qPrintable(steps[3]));
        const QString shown = panel.stepsView()->toPlainText();
        QVERIFY2(
            shown.contains(QStringLiteral("Stage: untracked policy (before connection tracking)")),
            qPrintable(shown));
        QVERIFY2(shown.indexOf(QStringLiteral("Stage: pre-DNAT policy"))
                > shown.indexOf(QStringLiteral("Stage: untracked policy")),
            qPrintable(shown));
        const RuleRef prednat = panel.stepRef(Direction::Ingress, 2);
        QCOMPARE(prednat,
            test::identified({QStringLiteral("GlobalNetworkPolicy"), QStringLiteral("prednat-gw"),
                                 Direction::Ingress, 0},
                doc.workspace()));
        QVERIFY(!prednat.id.isNull());
        // A workload's steps carry no stage.
        panel.setFlow(
            QStringLiteral("198.51.100.1"), QStringLiteral("web/web-0"), QStringLiteral("TCP"), 80);
        panel.runTrace();
        QVERIFY(!panel.stepTexts().join(u'\n').contains(u'['));
        QVERIFY(!panel.stepsView()->toPlainText().contains(QStringLiteral("Stage:")));
    }

    // A pod's flow to its own host through the all-interfaces host endpoint's pre-DNAT policy:
    // the pre-DNAT steps, then the workload-to-host step under a heading of its own, each saying
    // that the path goes on (a pre-DNAT allow or a failsafe port does not end it). A pod's flow
    // to itself: no policy on either side.
    void ownHostStages()
    {
        Document doc;
        QSignalSpy ready(&doc, &Document::analysisReady);
        doc.open({test::fixturePath(u"eval/own-host-prednat/workspace/workspace.yaml")});
        QVERIFY(ready.wait(20000) && doc.isAnalysisCurrent());
        TracePanel panel(&doc);
        panel.setFlow(
            QStringLiteral("app/a"), QStringLiteral("192.168.0.10"), QStringLiteral("TCP"), 8443);
        panel.runTrace();
        QCOMPARE(panel.verdictText(), TracePanel::tr("Allowed"));
        QStringList steps = panel.stepTexts();
        QCOMPARE(steps.size(), 3);
        QVERIFY2(steps[1].startsWith(QStringLiteral("ingress 0 [pre-DNAT policy]: allow")),
            qPrintable(steps[1]));
        QVERIFY2(steps[1].contains(QStringLiteral("only marks the packet")), qPrintable(steps[1]));
        QVERIFY2(steps[2].startsWith(
                     QStringLiteral("ingress 1 [workload to host (filter INPUT)]: allow")),
            qPrintable(steps[2]));
        QVERIFY2(steps[2].contains(QStringLiteral("normal policy does not apply")),
            qPrintable(steps[2]));
        const QString shown = panel.stepsView()->toPlainText();
        QVERIFY2(shown.indexOf(QStringLiteral("Stage: workload to host (filter INPUT)"))
                > shown.indexOf(QStringLiteral("Stage: pre-DNAT policy")),
            qPrintable(shown));

        panel.setFlow(
            QStringLiteral("app/a"), QStringLiteral("192.168.0.10"), QStringLiteral("TCP"), 22);
        panel.runTrace();
        steps = panel.stepTexts();
        QCOMPARE(steps.size(), 3);
        QVERIFY2(steps[1].startsWith(QStringLiteral("ingress 0 [failsafe ports]: no verdict")),
            qPrintable(steps[1]));
        QVERIFY2(steps[1].contains(
                     QStringLiteral("the mangle table accepts it before the pre-DNAT policy")),
            qPrintable(steps[1]));
        QVERIFY2(!steps[1].contains(QStringLiteral("forwarded")), qPrintable(steps[1]));

        panel.setFlow(
            QStringLiteral("app/a"), QStringLiteral("app/a"), QStringLiteral("TCP"), 7171);
        panel.runTrace();
        QCOMPARE(panel.verdictText(), TracePanel::tr("Allowed"));
        steps = panel.stepTexts();
        QCOMPARE(steps.size(), 2);
        for (const QString &step : steps)
            QVERIFY2(step.contains(QStringLiteral("stays inside the pod")), qPrintable(step));
    }

    // A flow forwarded through a node: the Via field names the host endpoint it arrives on,
    // whose pre-DNAT and forward policies then decide it too (the CLI's --via).
    void viaHostEndpointForwards()
    {
        Document doc;
        QSignalSpy ready(&doc, &Document::analysisReady);
        doc.open({test::fixturePath(u"ui/host-endpoint.yaml")});
        QVERIFY(ready.wait(20000) && doc.isAnalysisCurrent());
        TracePanel panel(&doc);
        QCOMPARE(panel.viaPicker()->count(), 1);
        QCOMPARE(panel.viaPicker()->itemText(0), QStringLiteral("hep:gw-eth0"));
        panel.setFlow(QStringLiteral("198.51.100.1"), QStringLiteral("web/web-0"),
            QStringLiteral("TCP"), 8443);
        panel.runTrace();
        QCOMPARE(panel.lastTrace().via, QString());
        QCOMPARE(panel.verdictText(), TracePanel::tr("Allowed"));
        panel.viaPicker()->setEditText(QStringLiteral("hep:gw-eth0"));
        panel.runTrace();
        QCOMPARE(panel.messageText(), QString());
        QCOMPARE(panel.lastTrace().via, QStringLiteral("hep:gw-eth0"));
        QCOMPARE(panel.verdictText(), TracePanel::tr("Denied"));
        const QString steps = panel.stepTexts().join(u'\n');
        QVERIFY2(steps.contains(QStringLiteral("forward 2 [pre-DNAT policy]: deny — default "
                                               "GlobalNetworkPolicy prednat-gw rule 0")),
            qPrintable(steps));
        QVERIFY2(panel.stepsView()->toPlainText().contains(
                     QStringLiteral("Forwarded through the host endpoint hep:gw-eth0")),
            qPrintable(panel.stepsView()->toPlainText()));
        // Setting a flow without `via` clears the field.
        panel.setFlow(
            QStringLiteral("198.51.100.1"), QStringLiteral("web/web-0"), QStringLiteral("TCP"), 80);
        QCOMPARE(panel.viaPicker()->currentText(), QString());
    }

    // setFlow(Flow) fills every field: what the Graph, Changes and Matrix panels hand over.
    void setFlowCarriesEveryField()
    {
        Document doc;
        QVERIFY(load(doc));
        TracePanel panel(&doc);
        Flow flow;
        flow.from = QStringLiteral("production/client-0");
        flow.to = QStringLiteral("production/server-0");
        flow.protocol = QStringLiteral("ICMP");
        flow.icmpType = 8;
        flow.icmpCode = 0;
        panel.setFlow(flow);
        QCOMPARE(panel.icmpTypeBox()->value(), 8);
        QCOMPARE(panel.icmpCodeBox()->value(), 0);
        panel.runTrace();
        QCOMPARE(panel.messageText(), QString());
        QCOMPARE(panel.lastTrace().protocol, QStringLiteral("ICMP"));
        QCOMPARE(panel.lastTrace().icmpType, std::optional<int>(8));
        QCOMPARE(panel.lastTrace().icmpCode, std::optional<int>(0));
        // A flow without a type clears the previous one.
        flow.icmpType.reset();
        flow.icmpCode.reset();
        panel.setFlow(flow);
        panel.runTrace();
        QCOMPARE(panel.lastTrace().icmpType, std::optional<int>());
    }

    void returnTraces()
    {
        Document doc;
        QVERIFY(load(doc));
        TracePanel panel(&doc);
        panel.setFlow(QStringLiteral("production/client-0"), QStringLiteral("production/server-0"),
            QStringLiteral("TCP"), 8080);
        QSignalSpy traced(&panel, &TracePanel::traced);
        QTest::keyClick(panel.portEdit(), Qt::Key_Return);
        QCOMPARE(traced.size(), 1);
        QCOMPARE(panel.verdictText(), TracePanel::tr("Denied"));
    }

    void stepActivationEmitsRuleRef_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("rule");

        // Allowed: ingress rule 0 of restrict-development-access decides.
        QTest::newRow("allow rule")
            << u"development/dev-api-0"_s << u"step:ingress/0"_s << u"GlobalNetworkPolicy"_s
            << u"restrict-development-access"_s << int(Direction::Ingress) << 0;
        // Denied at the end of the tier: the step names the policy as a whole.
        QTest::newRow("end of tier")
            << u"qa/qa-tester-0"_s << u"step:ingress/0"_s << u"GlobalNetworkPolicy"_s
            << u"restrict-development-access"_s << int(Direction::Ingress) << -1;
        QTest::newRow("egress rule")
            << u"development/dev-api-0"_s << u"step:egress/0"_s << u"GlobalNetworkPolicy"_s
            << u"restrict-development-access"_s << int(Direction::Egress) << 0;
    }

    void stepActivationEmitsRuleRef()
    {
        QFETCH(QString, from);
        QFETCH(QString, anchor);
        QFETCH(QString, kind);
        QFETCH(QString, policy);
        QFETCH(int, direction);
        QFETCH(int, rule);

        Document doc;
        QVERIFY(load(doc));
        TracePanel panel(&doc);
        panel.setFlow(from, QStringLiteral("development/dev-web-0"), QStringLiteral("TCP"), 80);
        panel.runTrace();
        QVERIFY(panel.stepsView()->toHtml().contains(anchor));
        QSignalSpy activated(&panel, &TracePanel::ruleActivated);
        Q_EMIT panel.stepsView()->anchorClicked(QUrl(anchor));
        QCOMPARE(activated.size(), 1);
        const RuleRef expected
            = test::identified({kind, policy, Direction(direction), rule}, doc.workspace());
        QVERIFY(!expected.id.isNull());
        QCOMPARE(activated.first().first().value<RuleRef>(), expected);
    }

    void chainButtons()
    {
        Document doc;
        QVERIFY(load(doc));
        TracePanel panel(&doc);
        panel.setFlow(QStringLiteral("production/monitor-0"), QStringLiteral("production/server-0"),
            QStringLiteral("TCP"), 8080);
        panel.runTrace();
        QSignalSpy chain(&panel, &TracePanel::chainRequested);
        for (QPushButton *b : panel.findChildren<QPushButton *>()) {
            if (b->text()
                == TracePanel::tr("Show chain of %1").arg(QStringLiteral("production/server-0")))
                b->click();
        }
        QCOMPARE(chain.size(), 1);
        QCOMPARE(chain.first().first().toString(), QStringLiteral("production/server-0"));
    }

    void invalidInputsInline_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("message"); // a part of the inline message

        QTest::newRow("unknown source") << u"nowhere/nothing-0"_s << u"production/server-0"_s
                                        << u"TCP"_s << u"80"_s << u"nowhere/nothing-0"_s;
        QTest::newRow("no destination")
            << u"production/client-0"_s << u""_s << u"TCP"_s << u"80"_s << u"destination"_s;
        QTest::newRow("port too big") << u"production/client-0"_s << u"production/server-0"_s
                                      << u"TCP"_s << u"99999"_s << u"65535"_s;
        QTest::newRow("bad protocol") << u"production/client-0"_s << u"production/server-0"_s
                                      << u"HTTP"_s << u""_s << u"HTTP"_s;
    }

    void invalidInputsInline()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, protocol);
        QFETCH(QString, port);
        QFETCH(QString, message);

        Document doc;
        QVERIFY(load(doc));
        TracePanel panel(&doc);
        panel.show();
        QSignalSpy traced(&panel, &TracePanel::traced);
        traceThroughForm(panel, from, to, protocol, port);
        QCOMPARE(traced.size(), 0);
        QVERIFY2(panel.messageText().contains(message), qPrintable(panel.messageText()));
        QCOMPARE(panel.verdictText(), QString());
        // Inline only: no other window opened.
        const QWidgetList windows = QApplication::topLevelWidgets();
        QCOMPARE(std::count_if(windows.begin(), windows.end(),
                     [](QWidget *w) { return w->isVisible() && w->isWindow(); }),
            1);

        // A good flow afterwards clears the message.
        traceThroughForm(panel, QStringLiteral("production/client-0"),
            QStringLiteral("production/server-0"), QStringLiteral("TCP"), QStringLiteral("8080"));
        QCOMPARE(panel.messageText(), QString());
        QCOMPARE(panel.verdictText(), TracePanel::tr("Denied"));
    }

    // A flow without a port stands for every port: the verdict is shown only when every port
    // gets it; otherwise the panel says which ports get which verdict and offers them.
    void portlessTraceAnswersOnlyForEveryPort()
    {
        Document doc;
        QVERIFY(load(doc));
        TracePanel panel(&doc);
        panel.show();
        QSignalSpy traced(&panel, &TracePanel::traced);

        // deny-tcp-8080 and the end of the default tier deny every TCP port of server-0.
        traceThroughForm(panel, u"production/client-0"_s, u"production/server-0"_s, u"TCP"_s, {});
        QCOMPARE(traced.size(), 1);
        QCOMPARE(panel.verdictText(), TracePanel::tr("Denied"));
        QVERIFY(panel.portChoices().isEmpty());
        QVERIFY(!panel.messageText().contains(u"depends on the port"_s));

        // allow-api-access lets the backend reach the API server on 6443 only.
        traceThroughForm(panel, u"my-app/my-app-backend-0"_s, u"192.168.1.10"_s, u"TCP"_s, {});
        QCOMPARE(traced.size(), 1);
        QCOMPARE(panel.verdictText(), QString());
        QVERIFY2(
            panel.messageText().contains(u"allowed for port 6443; denied for every other port"_s),
            qPrintable(panel.messageText()));
        QVERIFY(panel.portChoices().contains(6443));

        // Each offered port traces to the verdict the message gave it.
        for (int port : panel.portChoices()) {
            const int before = int(traced.size());
            panel.choosePort(port);
            QCOMPARE(traced.size(), before + 1);
            QCOMPARE(panel.lastTrace().port, std::optional<int>(port));
            QCOMPARE(panel.verdictText(),
                port == 6443 ? TracePanel::tr("Allowed") : TracePanel::tr("Denied"));
            QVERIFY(panel.portChoices().isEmpty());
        }
    }

    void icmpOffersTypeAndCode()
    {
        Document doc;
        QVERIFY(load(doc));
        TracePanel panel(&doc);
        panel.show();
        QVERIFY(panel.portEdit()->isEnabled());
        panel.protocolPicker()->setEditText(QStringLiteral("ICMP"));
        QVERIFY(!panel.portEdit()->isEnabled());
        QSpinBox *type = nullptr;
        for (QSpinBox *s : panel.findChildren<QSpinBox *>()) {
            if (s->accessibleName() == TracePanel::tr("ICMP type"))
                type = s;
        }
        QVERIFY(type);
        QVERIFY(type->isVisible());
        type->setValue(8);
        panel.sourcePicker()->setEditText(QStringLiteral("production/client-0"));
        panel.destinationPicker()->setEditText(QStringLiteral("production/server-0"));
        panel.runTrace();
        QCOMPARE(panel.messageText(), QString());
        QCOMPARE(panel.lastTrace().protocol, QStringLiteral("ICMP"));
        QCOMPARE(panel.lastTrace().icmpType, std::optional<int>(8));
        QCOMPARE(panel.lastTrace().port, std::optional<int>());
    }

    void pickersOfferEveryEndpoint()
    {
        Document doc;
        QVERIFY(load(doc));
        TracePanel panel(&doc);
        const PolicyEngine &engine = *doc.analysis()->engine;
        QStringList refs;
        for (const InventoryObject &o : engine.inventory().objects()) {
            if (o.isEndpoint())
                refs.append(o.ref());
        }
        QCOMPARE(panel.sourcePicker()->count(), refs.size());
        QVERIFY(panel.sourcePicker()->findText(QStringLiteral("production/server-0")) >= 0);
        QCompleter *completer = panel.destinationPicker()->completer();
        QVERIFY(completer);
        QCOMPARE(completer->filterMode(), Qt::MatchContains);
        completer->setCompletionPrefix(QStringLiteral("SERVER"));
        QVERIFY(completer->completionCount() >= 1);
        QStringList matches;
        for (int i = 0; completer->setCurrentRow(i); ++i)
            matches.append(completer->currentCompletion());
        QVERIFY(matches.contains(QStringLiteral("production/server-0")));

        QToolButton *swap = swapButton(panel);
        QVERIFY(swap);
        panel.setFlow(QStringLiteral("a/b"), QStringLiteral("10.0.0.1"), QStringLiteral("UDP"), 53);
        swap->click();
        QCOMPARE(panel.sourcePicker()->currentText(), QStringLiteral("10.0.0.1"));
        QCOMPARE(panel.destinationPicker()->currentText(), QStringLiteral("a/b"));
    }

    // The pickers are filled again only when the inventory changes: a policy edit keeps them
    // (and what the user typed), a new pod is offered once its analysis is ready.
    void pickersFollowInventoryEdits()
    {
        Document doc;
        QVERIFY(load(doc));
        TracePanel panel(&doc);
        const int count = panel.sourcePicker()->count();
        QSignalSpy reset(panel.sourcePicker()->model(), &QAbstractItemModel::modelReset);
        panel.sourcePicker()->setEditText(QStringLiteral("production/cli"));

        const RuleRef deny {QStringLiteral("GlobalNetworkPolicy"), QStringLiteral("deny-tcp-8080")};
        const qsizetype index = policyIndex(doc.workspace(), deny);
        QVERIFY(index >= 0);
        doc.removePolicy(doc.workspace()->policies[index].source.id);
        QVERIFY(waitForAnalysis(doc));
        QCOMPARE(panel.sourcePicker()->count(), count);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(panel.sourcePicker()->currentText(), QStringLiteral("production/cli"));

        doc.edit(QStringLiteral("add a pod"), [](WorkspaceData &d) {
            Pod pod = d.pods.first();
            pod.source.id = {};
            pod.meta.name = QStringLiteral("extra-pod");
            pod.meta.namespace_ = QStringLiteral("production");
            pod.podIPs = {QStringLiteral("10.99.0.7")};
            d.pods.append(pod);
        });
        QVERIFY(waitForAnalysis(doc));
        QCOMPARE(panel.sourcePicker()->count(), count + 1);
        QVERIFY(panel.destinationPicker()->findText(QStringLiteral("production/extra-pod")) >= 0);
        QCOMPARE(panel.sourcePicker()->currentText(), QStringLiteral("production/cli"));

        doc.undoStack()->undo();
        QVERIFY(waitForAnalysis(doc));
        QCOMPARE(panel.sourcePicker()->count(), count);
        QVERIFY(panel.destinationPicker()->findText(QStringLiteral("production/extra-pod")) < 0);
    }

    void liveUpdateAfterEdit()
    {
        Document doc;
        QVERIFY(load(doc));
        TracePanel panel(&doc);
        panel.setFlow(QStringLiteral("production/client-0"), QStringLiteral("production/server-0"),
            QStringLiteral("TCP"), 8080);
        panel.runTrace();
        QCOMPARE(panel.verdictText(), TracePanel::tr("Denied"));
        QSignalSpy traced(&panel, &TracePanel::traced);

        // Without the cluster-wide deny, production/allow-tcp-8080 admits clients.
        const RuleRef deny {QStringLiteral("GlobalNetworkPolicy"), QStringLiteral("deny-tcp-8080")};
        const qsizetype index = policyIndex(doc.workspace(), deny);
        QVERIFY(index >= 0);
        doc.removePolicy(doc.workspace()->policies[index].source.id);
        QVERIFY(waitForAnalysis(doc));
        QCOMPARE(panel.verdictText(), TracePanel::tr("Allowed"));
        QCOMPARE(traced.size(), 1);
        QCOMPARE(traced.last().first().value<FlowTrace>().verdict, Verdict::Allow);

        doc.undoStack()->undo();
        QVERIFY(waitForAnalysis(doc));
        QCOMPARE(panel.verdictText(), TracePanel::tr("Denied"));
    }

    void screenshot()
    {
        const QString out = qEnvironmentVariable("POLICY_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set POLICY_SCREENSHOT_DIR to write screenshots");
        Document doc;
        QVERIFY(load(doc));
        TracePanel panel(&doc);
        panel.resize(640, 560);
        panel.setFlow(QStringLiteral("production/monitor-0"), QStringLiteral("production/server-0"),
            QStringLiteral("TCP"), 8080);
        panel.runTrace();
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(QDir(out).filePath(QStringLiteral("tracepanel-denied.png"))));
        panel.setFlow(QStringLiteral("prod-engineering/api-0"),
            QStringLiteral("prod-engineering/db-0"), QStringLiteral("TCP"), 5432);
        panel.runTrace();
        QVERIFY(panel.grab().save(QDir(out).filePath(QStringLiteral("tracepanel-allowed.png"))));
        // A bottom dock: wide and short, the form beside the result.
        panel.resize(1200, 260);
        QCoreApplication::processEvents(); // the layout direction follows the size
        QVERIFY(panel.grab().save(QDir(out).filePath(QStringLiteral("tracepanel-wide.png"))));
        panel.resize(640, 560);
        panel.setFlow(QStringLiteral("nowhere/x"), QStringLiteral("production/server-0"),
            QStringLiteral("TCP"), 8080);
        panel.runTrace();
        QVERIFY(panel.grab().save(QDir(out).filePath(QStringLiteral("tracepanel-error.png"))));
    }
};

QTEST_MAIN(TestTracePanel)
#include "tst_tracepanel.moc"
