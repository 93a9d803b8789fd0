// Screenshots of the main window as users see it, in English and in Chinese, on the demo
// workspace: a traced denied flow with its highlighted rule chain and the deciding policy open
// in the editor, then as YAML; the dataplane panel with that policy's rule highlighted; the
// Problems dock after an edit that breaks a selector. Runs under Xvfb (ctest wraps it in xvfb-run)
// or offscreen. PNGs go to $POLICY_SCREENSHOT_DIR, else to "screenshots" in the working directory.
// Each shot also checks what it shows, so a blank or untranslated window fails.

#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QLineEdit>
#include <QComboBox>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QSyntaxHighlighter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QLabel>
#include <QListWidget>
#include <QChart>
#include <QCheckBox>
#include <QTreeWidget>
#include <QChartView>
#include <QValueAxis>

#include "resources/demoworkspace.h"
#include "tests/support/testfiles.h"
#include "ui/chain/chainview.h"
#include "ui/dataplane/dataplanepanel.h"
#include "ui/document.h"
#include "ui/editor/adminpolicyform.h"
#include "ui/editor/adminpolicyview.h"
#include "ui/editor/kubernetespolicyform.h"
#include "ui/editor/kubernetespolicyview.h"
#include "ui/editor/policyeditor.h"
#include "ui/editor/policyform.h"
#include "ui/editor/yamlview.h"
#include "ui/helpdialog.h"
#include "ui/newpolicydialog.h"
#include "ui/problemsmodel.h"
#include "ui/i18n.h"
#include "ui/charts/chartspanel.h"
#include "ui/flows/flowspanel.h"
#include "ui/graph/graphpanel.h"
#include "ui/graph/graphview.h"
#include "ui/mainwindow.h"
#include "ui/push/pushdialog.h"
#include "ui/ruleref.h"
#include "ui/trace/tracepanel.h"

using namespace ps;

class TestScreenshots : public QObject {
    Q_OBJECT
private:
    QString m_dir;

    void save(QWidget &window, const QString &name)
    {
        QCoreApplication::processEvents();
        QTest::qWait(150); // let queued repaints land
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        // A real screen has many colours; an empty or failed grab has one or two.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(name));
        const QString file = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        QVERIFY2(image.save(file), qPrintable(file));
        qInfo("wrote %s", qPrintable(file));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = qEnvironmentVariable("POLICY_SCREENSHOT_DIR", QStringLiteral("screenshots"));
        QVERIFY(QDir().mkpath(m_dir));
    }

    void mainWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QSize>("size");
        // The two screens the studio's default layout is made for: a small laptop and a
        // full-HD monitor.
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            const QString suffix = QStringLiteral("-%1x%2").arg(size.width()).arg(size.height());
            QTest::newRow(qPrintable(QStringLiteral("en") + suffix))
                << QStringLiteral("en") << QStringLiteral("&File") << size;
            QTest::newRow(qPrintable(QStringLiteral("zh_CN") + suffix))
                << QStringLiteral("zh_CN") << QString() << size;
        }
    }

    void mainWindow()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QSize, size);
        const QString suffix
            = QStringLiteral("%1-%2x%3").arg(language).arg(size.width()).arg(size.height());
        QVERIFY(installTranslations(*QCoreApplication::instance(), language));

        MainWindow window;
        window.setRecoveryPrompt([](const Recovery::Entry &) { return false; });
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(window.document(), &Document::analysisReady);
        window.openPaths({demoWorkspacePath()});
        QVERIFY(ready.wait(60000));

        const QString menu = window.menuBar()->actions().first()->text();
        if (fileMenu.isEmpty())
            QVERIFY2(menu != QStringLiteral("&File") && menu.contains(u'&'), qPrintable(menu));
        else
            QCOMPARE(menu, fileMenu);

        // A denied flow (resources/demo/README.md): the reporting account may not reach db-0.
        const QString from = QStringLiteral("prod-engineering/reporting-0");
        const QString to = QStringLiteral("prod-engineering/db-0");
        QSignalSpy traced(window.tracePanel(), &TracePanel::traced);
        window.tracePanel()->setFlow(from, to, QStringLiteral("TCP"), 5432);
        window.tracePanel()->runTrace();
        QVERIFY(traced.count() > 0 || traced.wait(5000));
        QCOMPARE(window.tracePanel()->lastTrace().verdict, Verdict::Deny);
        window.dock(QStringLiteral("traceDock"))->raise();
        window.chainView()->setEndpoint(to);
        window.chainView()->showTrace(window.tracePanel()->lastTrace());
        window.dock(QStringLiteral("chainDock"))->raise();
        const RuleRef policy {QStringLiteral("NetworkPolicy"),
            QStringLiteral("prod-engineering/allow-db-from-named-accounts"), Direction::Ingress, 0};
        QVERIFY(policyIndex(window.document()->workspace(), policy) >= 0);
        window.openRule(policy);
        QCoreApplication::processEvents();
        // The default layout fits this screen: no part of the policy form is cut off sideways.
        const QList<QScrollArea *> formAreas
            = window.editorTabs()->currentWidget()->findChildren<QScrollArea *>();
        QVERIFY(!formAreas.isEmpty());
        for (const QScrollArea *area : formAreas)
            QVERIFY2(!area->isVisible() || !area->horizontalScrollBar()->isVisible(),
                qPrintable(suffix));
        save(window, QStringLiteral("trace-denied-") + suffix);

        // The same policy as YAML, coloured by the highlighter the build chose
        // (HighlighterFactory), then back to the form.
        PolicyEditor *editor = window.currentEditor();
        QVERIFY(editor);
        const int formTab = editor->tabs()->currentIndex();
        editor->tabs()->setCurrentWidget(editor->yamlView());
        QVERIFY(editor->yamlView()->textEdit()->document()->findChild<QSyntaxHighlighter *>());
        save(window, QStringLiteral("yaml-") + suffix);
        editor->tabs()->setCurrentIndex(formTab);

        QSignalSpy rendered(window.dataplanePanel(), &DataplanePanel::rendered);
        window.dataplanePanel()->setEndpoint(to);
        QVERIFY(rendered.count() > 0 || rendered.wait(20000));
        window.dataplanePanel()->highlightRule(policy);
        window.dock(QStringLiteral("dataplaneDock"))->raise();
        save(window, QStringLiteral("dataplane-") + suffix);

        // The flow graph with an edge explained, then the ruleset's cost per node.
        QSignalSpy graphed(window.graphPanel(), &GraphPanel::computed);
        window.showGraph();
        QVERIFY(graphed.count() > 0 || graphed.wait(30000));
        QSignalSpy explained(window.graphPanel(), &GraphPanel::explained);
        const FlowGraph &graph = window.graphPanel()->graph();
        const int production = graph.nodeIndex(QStringLiteral("production"));
        for (qsizetype e = 0; e < window.graphPanel()->layout().edges.size(); ++e) {
            const EdgePlacement &edge = window.graphPanel()->layout().edges[e];
            if (edge.from == production && edge.to != production) {
                window.graphPanel()->view()->selectEdge(int(e));
                break;
            }
        }
        QVERIFY(explained.wait(20000));
        save(window, QStringLiteral("graph-") + suffix);
        QSignalSpy charted(window.chartsPanel(), &ChartsPanel::computed);
        window.dock(QStringLiteral("chartsDock"))->raise();
        QVERIFY(charted.count() > 0 || charted.wait(30000));
        save(window, QStringLiteral("charts-") + suffix);
        // Rules traversed as policies grow, and a node's forecast for a pod placement.
        QSignalSpy grown(window.chartsPanel(), &ChartsPanel::growthComputed);
        window.chartsPanel()->showChart(ChartsPanel::Chart::RulesTraversed);
        QVERIFY(grown.count() > 0 || grown.wait(180000));
        save(window, QStringLiteral("charts-traversed-") + suffix);
        QSignalSpy forecast(window.chartsPanel(), &ChartsPanel::forecastComputed);
        window.chartsPanel()->showChart(ChartsPanel::Chart::Forecast);
        QVERIFY(forecast.count() > 0 || forecast.wait(30000));
        save(window, QStringLiteral("charts-forecast-") + suffix);
        window.chartsPanel()->showChart(ChartsPanel::Chart::RulesPerNode);

        // A flow log explained (the demo's own log; shop's flows are not in the demo and say
        // why), then the push dialog.
        QSignalSpy flowsDone(window.flowsPanel(), &FlowsPanel::computed);
        window.dock(QStringLiteral("flowsDock"))->raise();
        window.flowsPanel()->openLog(
            QStringLiteral(POLICY_FIXTURES_DIR "/flows/whisker-list.json"));
        QVERIFY(flowsDone.wait(30000));
        QVERIFY(window.flowsPanel()->model()->rowCount() > 0);
        window.flowsPanel()->view()->selectRow(0);
        save(window, QStringLiteral("flows-") + suffix);
        PushDialog *push = window.showPushDialog();
        QVERIFY(push && QTest::qWaitForWindowExposed(push));
        save(*push, QStringLiteral("push-") + suffix);
        push->close();

        // Break a selector: the Problems dock lists it within one analysis.
        CalicoPolicy broken = window.document()->workspace()->policies.first();
        broken.selector = QStringLiteral("app == 'web' &&");
        window.document()->replacePolicy(broken.source.id, broken);
        QVERIFY(ready.wait(20000));
        window.dock(QStringLiteral("problemsDock"))->raise();
        save(window, QStringLiteral("problems-") + suffix);

        // The guide (F1), in the window's language.
        window.showGuide();
        QVERIFY(QTest::qWaitForWindowExposed(window.guide()));
        QVERIFY(window.guide()->browser()->source().toString().endsWith(
            language + QStringLiteral(".html")));
        save(*window.guide(), QStringLiteral("guide-") + suffix);
        window.guide()->close();

        // New Policy with a name Calico refuses: the reason shows under the fields.
        window.setNewPolicyPrompt([&](NewPolicyDialog &dialog) {
            dialog.show();
            dialog.nameEdit()->setText(QStringLiteral("Allow_Frontend"));
            dialog.tierCombo()->setCurrentText(QStringLiteral("security"));
            if (QTest::qWaitForWindowExposed(&dialog))
                save(dialog, QStringLiteral("new-policy-") + suffix);
            return false;
        });
        window.newPolicyDialog();
    }

    // The flow graph by workload (a pod label term found) and with one namespace expanded, the
    // difference between the saved demo and a real edit of it, and every bar chart of the Charts
    // dock, at both screen sizes, in English and in Chinese.
    void graphAndCharts_data() { mainWindow_data(); }

    void graphAndCharts()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        const QString suffix
            = QStringLiteral("%1-%2x%3").arg(language).arg(size.width()).arg(size.height());
        QVERIFY(installTranslations(*QCoreApplication::instance(), language));

        MainWindow window;
        window.setRecoveryPrompt([](const Recovery::Entry &) { return false; });
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(window.document(), &Document::analysisReady);
        window.openPaths({demoWorkspacePath()});
        QVERIFY(ready.wait(60000));

        // The graph by workload: the demo's pods, those labelled app=api found by the label.
        GraphPanel *panel = window.graphPanel();
        QSignalSpy graphed(panel, &GraphPanel::computed);
        window.showGraph();
        QVERIFY(graphed.count() > 0 || graphed.wait(30000));
        QComboBox *by = panel->groupingCombo();
        by->setCurrentIndex(by->findData(int(MatrixGrouping::Workload)));
        QTRY_VERIFY_WITH_TIMEOUT(
            !panel->isComputing() && panel->graph().by == MatrixGrouping::Workload, 30000);
        const int api = panel->graph().nodeIndex(QStringLiteral("prod-engineering/api-0"));
        const int devApi = panel->graph().nodeIndex(QStringLiteral("development/dev-api-0"));
        QVERIFY(api >= 0 && devApi >= 0);
        panel->findEdit()->setText(QStringLiteral("app == 'api'"));
        QTest::keyClick(panel->findEdit(), Qt::Key_Return);
        QVERIFY(panel->view()->isNodeMatched(api));
        QVERIFY(panel->view()->isNodeMatched(devApi));
        QVERIFY(!panel->view()->isNodeMatched(
            panel->graph().nodeIndex(QStringLiteral("prod-engineering/db-0"))));
        save(window, QStringLiteral("graph-workload-") + suffix);
        panel->findEdit()->clear();

        // By namespace with prod-engineering opened into its pods.
        by->setCurrentIndex(by->findData(int(MatrixGrouping::Namespace)));
        panel->setNamespaceExpanded(QStringLiteral("prod-engineering"), true);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing()
                && panel->graph().nodeIndex(QStringLiteral("prod-engineering/db-0")) >= 0
                && panel->graph().nodeIndex(QStringLiteral("production")) >= 0,
            30000);
        save(window, QStringLiteral("graph-expanded-") + suffix);

        // A real edit, not saved: development admits qa too, on TCP 80 only (dev → dev edges
        // change, qa → dev edges are added), and the database no longer admits the user-auth
        // account (auth-0 → db-0 is removed). The graph by workload compares it with the files.
        QList<CalicoPolicy> policies = window.document()->workspace()->policies;
        for (CalicoPolicy &p : policies) {
            if (p.meta.name == u"restrict-development-access") {
                Rule &rule = p.ingress[0];
                rule.source.namespaceSelector
                    = QStringLiteral("environment in {'development', 'qa'}");
                rule.protocol = Protocol::fromString(QStringLiteral("TCP"));
                rule.destination.ports = {Port::parse(QStringLiteral("80")).value()};
            } else if (p.meta.name == u"allow-db-from-named-accounts") {
                p.ingress[0].source.serviceAccounts->names = {QStringLiteral("api-service")};
            } else {
                continue;
            }
            window.document()->replacePolicy(p.source.id, p);
            QVERIFY(ready.wait(20000));
        }
        panel->setNamespaceExpanded(QStringLiteral("prod-engineering"), false);
        by->setCurrentIndex(by->findData(int(MatrixGrouping::Workload)));
        panel->compareCheck()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(
            !panel->isComputing() && panel->diff() && panel->graph().by == MatrixGrouping::Workload,
            60000);
        QSet<GraphEdgeChange::Type> types;
        for (const GraphEdgeChange &c : panel->diff()->changes)
            types.insert(c.type);
        QVERIFY(types.contains(GraphEdgeChange::Type::Added));
        QVERIFY(types.contains(GraphEdgeChange::Type::Removed));
        QVERIFY(types.contains(GraphEdgeChange::Type::Changed));
        save(window, QStringLiteral("graph-diff-") + suffix);
        save(*panel->view(), QStringLiteral("graph-diff-view-") + suffix);
        // The removed edge explained: the flows removed and the rule responsible.
        const int auth = panel->graph().nodeIndex(QStringLiteral("prod-engineering/auth-0"));
        const int db = panel->graph().nodeIndex(QStringLiteral("prod-engineering/db-0"));
        bool selected = false;
        for (qsizetype e = 0; e < panel->layout().edges.size(); ++e) {
            const EdgePlacement &edge = panel->layout().edges[e];
            if (edge.from == auth && edge.to == db) {
                panel->view()->selectEdge(int(e));
                selected = true;
                break;
            }
        }
        QVERIFY(selected);
        QVERIFY(panel->details()->topLevelItemCount() > 0);
        save(window, QStringLiteral("graph-diff-removed-") + suffix);

        // The charts that compute with the analysis (the forecast and the growth are shot by
        // mainWindow()).
        QSignalSpy charted(window.chartsPanel(), &ChartsPanel::computed);
        window.dock(QStringLiteral("chartsDock"))->raise();
        QVERIFY(charted.count() > 0 || charted.wait(30000));
        const struct {
            ChartsPanel::Chart chart;
            const char *name;
        } charts[] = {{ChartsPanel::Chart::RulesPerNode, "rules-per-node"},
            {ChartsPanel::Chart::RulesPerEndpoint, "rules-per-endpoint"},
            {ChartsPanel::Chart::SetsPerNode, "sets-per-node"},
            {ChartsPanel::Chart::PoliciesPerTier, "policies-per-tier"},
            {ChartsPanel::Chart::PoliciesPerNamespace, "policies-per-namespace"},
            {ChartsPanel::Chart::EndpointsPerPolicy, "endpoints-per-policy"},
            {ChartsPanel::Chart::WithoutEffect, "without-effect"}};
        for (const auto &c : charts) {
            window.chartsPanel()->showChart(c.chart);
            const QChart *chart = window.chartsPanel()->chartView()->chart();
            QVERIFY(chart);
            QVERIFY2(!chart->title().isEmpty(), c.name);
            QVERIFY2(chart->axes().size() == 2, c.name);
            for (const QAbstractAxis *axis : chart->axes(Qt::Horizontal | Qt::Vertical)) {
                if (qobject_cast<const QValueAxis *>(axis))
                    QVERIFY2(!axis->titleText().isEmpty(), c.name);
            }
            save(window, QStringLiteral("charts-%1-").arg(QLatin1String(c.name)) + suffix);
        }
    }

    // The admin-tier policy form (an AdminNetworkPolicy beside the demo) and the Kubernetes
    // NetworkPolicy form with its pod counts, at both screen sizes.
    void policyForms_data()
    {
        QTest::addColumn<QSize>("size");
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)})
            QTest::newRow(qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())))
                << size;
    }

    void policyForms()
    {
        QFETCH(QSize, size);
        const QString suffix = QStringLiteral("en-%1x%2").arg(size.width()).arg(size.height());
        QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")));
        QTemporaryDir dir;
        QVERIFY(test::writeFile(
            dir.filePath(QStringLiteral(".policy-studio")), "calico-version = 3.31\n"));
        QVERIFY(
            test::writeFile(dir.filePath(QStringLiteral("admin.yaml")), R"(# platform guard rails
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: guard-prod-engineering}
spec:
  priority: 10
  subject:
    namespaces: {matchLabels: {kubernetes.io/metadata.name: prod-engineering}}
  ingress:
    - name: no-development
      action: Deny
      from:
        - namespaces: {matchLabels: {kubernetes.io/metadata.name: development}}
    - name: monitoring
      action: Allow
      from:
        - pods:
            namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: production}}
            podSelector: {matchLabels: {app: monitor}}
      ports:
        - portNumber: {port: 9090}
        - portRange: {protocol: TCP, start: 8000, end: 8100}
  egress:
    - name: no-metadata
      action: Deny
      to:
        - networks: [169.254.169.254/32]
    - name: control-plane
      action: Allow
      to:
        - nodes:
            matchExpressions: [{key: node-role.kubernetes.io/control-plane, operator: Exists}]
      ports:
        - portNumber: {port: 6443}
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: BaselineAdminNetworkPolicy
metadata: {name: default}
spec:
  subject:
    namespaces: {}
  ingress:
    - name: default-deny
      action: Deny
      from:
        - namespaces: {}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-from-api, namespace: prod-engineering}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
    - from:
        - podSelector: {matchLabels: {app: api}}
        - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: production}}
        - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16, 192.168.0.0/24]}
      ports:
        - port: 5432
)"));
        QVERIFY(
            test::writeFile(dir.filePath(QStringLiteral("egress.yaml")), R"(# every pod's way out
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: egress-order}
spec:
  order: 10
  selector: all()
  types: [Egress]
  egress:
    # DNS first: every pod needs it
    - action: Allow
      protocol: UDP
      destination:
        ports: [53]
    # the metadata endpoint stays closed
    - action: Deny
      destination:
        nets: [169.254.169.254/32]
    - action: Allow
)"));
        MainWindow window;
        window.setRecoveryPrompt([](const Recovery::Entry &) { return false; });
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(window.document(), &Document::analysisReady);
        window.openPaths({demoWorkspacePath(), dir.path()});
        QVERIFY(ready.wait(60000));
        const Workspace &workspace = window.document()->workspace();
        QCOMPARE(workspace->adminPolicies.size(), 2);

        // The workspace tree with the admin tiers expanded.
        QTreeView *tree = nullptr;
        for (QTreeView *view : window.findChildren<QTreeView *>()) {
            if (view->model() && view->model()->index(0, 0).data() == QStringLiteral("Tiers"))
                tree = view;
        }
        QVERIFY(tree);
        tree->expandAll();
        window.openAdminPolicy(workspace->adminPolicies[0].source.id);
        auto *admin = qobject_cast<AdminPolicyView *>(window.editorTabs()->currentWidget());
        QVERIFY(admin);
        QCOMPARE(admin->form()->ruleList(0)->count(), 2);
        admin->form()->ruleList(0)->setCurrentRow(1);
        save(window, QStringLiteral("admin-form-") + suffix);
        // The egress rules: a nodes peer's selector, and the validation's warning at its cell.
        admin->form()->fieldWidget(QStringLiteral("spec.egress[1].to[0].nodes"));
        QCOMPARE(admin->form()->peerTable(1)->item(0, 4)->text(),
            QStringLiteral("node-role.kubernetes.io/control-plane"));
        QVERIFY(!admin->form()->fieldMessages(admin->form()->peerTable(1)).isEmpty());
        save(window, QStringLiteral("admin-form-egress-") + suffix);
        admin->form()->fieldWidget(QStringLiteral("spec.ingress[1]"));
        admin->tabs()->setCurrentIndex(2);
        QVERIFY(
            admin->convertedView()->text().contains(QStringLiteral("tier: adminnetworkpolicy")));
        save(window, QStringLiteral("admin-converted-") + suffix);
        admin->tabs()->setCurrentIndex(0);

        QCOMPARE(workspace->kubernetesPolicies.size(), 1);
        window.openKubernetesPolicy(workspace->kubernetesPolicies[0].source.id);
        auto *kubernetes
            = qobject_cast<KubernetesPolicyView *>(window.editorTabs()->currentWidget());
        QVERIFY(kubernetes);
        QVERIFY(!kubernetes->form()->podCountLabel()->isHidden());
        QVERIFY2(kubernetes->form()->podCountLabel()->text().contains(QStringLiteral("1 pod")),
            qPrintable(kubernetes->form()->podCountLabel()->text()));
        save(window, QStringLiteral("kubernetes-form-pods-") + suffix);

        // The admin policy's warning at the nodes peer activated in the Problems: its form, the
        // egress side, the peer's cell current.
        ProblemsModel *problems = window.problemsModel();
        int nodesRow = -1;
        for (int r = 0; r < problems->rowCount() && nodesRow < 0; ++r) {
            const QModelIndex row = problems->index(r, 0);
            if (row.data(ProblemsModel::PathRole) == QStringLiteral("spec.egress[1].to[0].nodes")
                && row.data(ProblemsModel::AdminPolicyIdRole).value<ResourceId>()
                    == workspace->adminPolicies[0].source.id)
                nodesRow = r;
        }
        QVERIFY(nodesRow >= 0);
        window.dock(QStringLiteral("problemsDock"))->raise();
        window.problemsView()->setCurrentIndex(problems->index(nodesRow, 0));
        window.openProblem(problems->index(nodesRow, 0));
        QCOMPARE(window.editorTabs()->currentWidget(), admin);
        QCOMPARE(admin->form()->peerTable(1)->currentRow(), 0);
        save(window, QStringLiteral("admin-form-problem-") + suffix);

        // The Kubernetes policy's error at an exception outside its block, activated in the
        // Problems: its form, the peer's Except cell current.
        const QString exceptPath = QStringLiteral("spec.ingress[0].from[2].ipBlock.except[1]");
        int exceptRow = -1;
        for (int r = 0; r < problems->rowCount() && exceptRow < 0; ++r) {
            const QModelIndex row = problems->index(r, 0);
            if (row.data(ProblemsModel::PathRole) == exceptPath
                && row.data(ProblemsModel::KubernetesPolicyIdRole).value<ResourceId>()
                    == workspace->kubernetesPolicies[0].source.id)
                exceptRow = r;
        }
        QVERIFY(exceptRow >= 0);
        window.problemsView()->setCurrentIndex(problems->index(exceptRow, 0));
        window.openProblem(problems->index(exceptRow, 0));
        QCOMPARE(window.editorTabs()->currentWidget(), kubernetes);
        QCOMPARE(kubernetes->form()->peerTable(0)->currentRow(), 2);
        QCOMPARE(kubernetes->form()->peerTable(0)->currentColumn(), 3);
        save(window, QStringLiteral("kubernetes-form-problem-") + suffix);

        // The Calico policy form: its second egress rule moved up (Up/Down and
        // Alt+Up/Alt+Down under the list).
        qsizetype calico = -1;
        for (qsizetype i = 0; i < workspace->policies.size(); ++i)
            if (workspace->policies[i].meta.name == QStringLiteral("egress-order"))
                calico = i;
        QVERIFY(calico >= 0);
        window.openPolicy(workspace->policies[calico].source.id);
        PolicyEditor *editor = window.currentEditor();
        QVERIFY(editor);
        editor->form()->selectRule(Direction::Egress, 1);
        editor->form()->moveSelectedRule(-1);
        QCOMPARE(editor->form()->selectedRule(), std::make_pair(Direction::Egress, 0));
        QCOMPARE(workspace->policies[calico].egress[0].action, QStringLiteral("Deny"));
        QVERIFY(editor->form()->revealField(QStringLiteral("spec.egress"))); // the list in sight
        save(window, QStringLiteral("policy-form-moved-") + suffix);
    }

    // The Graph dock on a generated cluster too large to draw one node per namespace (`policyctl
    // generate --namespaces 1000 --pods 50000 --policies 10000`, a folder given in
    // $POLICY_SCREENSHOT_LARGE): the overview is drawn, a group found (by its name and by a
    // member's) and selected, then opened; then grouped by the namespaces' team label.
    void largeGraphOverview()
    {
        const QString dir = qEnvironmentVariable("POLICY_SCREENSHOT_LARGE");
        if (dir.isEmpty())
            QSKIP("POLICY_SCREENSHOT_LARGE names no generated cluster");
        // In English whatever language the cases before left (the texts are checked).
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        MainWindow window;
        window.setRecoveryPrompt([](const Recovery::Entry &) { return false; });
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(window.document(), &Document::analysisReady);
        window.openPaths({dir});
        QVERIFY(ready.wait(300000));
        QSignalSpy graphed(window.graphPanel(), &GraphPanel::computed);
        window.showGraph();
        QVERIFY(graphed.count() > 0 || graphed.wait(300000));
        GraphPanel *panel = window.graphPanel();
        QVERIFY2(panel->statusText().contains(QStringLiteral("an overview of")),
            qPrintable(panel->statusText()));
        QVERIFY(!panel->layout().nodes.isEmpty());
        QVERIFY(panel->view()->find(QStringLiteral("accounts")) > 0);
        const int group = panel->graph().nodeIndex(QStringLiteral("accounts-*"));
        QVERIFY(group >= 0);
        // A namespace is found in its group.
        QCOMPARE(panel->view()->find(QStringLiteral("accounts-dev-3")), 1);
        QCOMPARE(panel->view()->selectedNode(), group);
        panel->view()->selectNode(group);
        qInfo("%s", qPrintable(panel->statusText()));
        save(window, QStringLiteral("graph-overview-large"));
        // Double-clicking the group shows its namespaces.
        graphed.clear();
        Q_EMIT panel->view()->nodeActivated(group);
        QVERIFY(graphed.wait(300000));
        QVERIFY(panel->expandedGroups().contains(QStringLiteral("accounts")));
        QVERIFY(panel->graph().nodeIndex(QStringLiteral("accounts-dev-3")) >= 0);
        QCOMPARE(panel->graph().nodeIndex(QStringLiteral("accounts-*")), -1);
        save(window, QStringLiteral("graph-overview-large-opened"));

        // Grouped by the namespaces' team label instead: one node per team, the edges between
        // teams; a label term finds the team's group.
        QComboBox *groupBy = panel->overviewGroupingCombo();
        const int byTeam = groupBy->findData(QStringLiteral("label:team"));
        QVERIFY(byTeam >= 0);
        graphed.clear();
        groupBy->setCurrentIndex(byTeam);
        QVERIFY(graphed.wait(300000));
        QVERIFY2(panel->statusText().contains(QStringLiteral("label team")),
            qPrintable(panel->statusText()));
        int teams = 0;
        int biggest = -1;
        for (qsizetype n = 0; n < panel->graph().nodes.size(); ++n) {
            const GraphNode &g = panel->graph().nodes[n];
            if (g.kind != GraphNodeKind::Namespace)
                continue;
            QVERIFY2(
                g.id.startsWith(QStringLiteral("team=")) || g.id == u"!team", qPrintable(g.id));
            ++teams;
            if (biggest < 0 || g.members.size() > panel->graph().nodes[biggest].members.size())
                biggest = int(n);
        }
        QVERIFY(teams > 1);
        qInfo("%s", qPrintable(panel->statusText()));
        const QString team = panel->graph().nodes[biggest].id;
        panel->findEdit()->setText(team);
        QTest::keyClick(panel->findEdit(), Qt::Key_Return);
        QCOMPARE(panel->view()->selectedNode(), biggest);
        QVERIFY(panel->view()->isNodeMatched(biggest));
        save(window, QStringLiteral("graph-overview-large-by-team"));
        // Close up around the group: the nodes stay apart, their names readable.
        panel->view()->zoomBy(3);
        for (const NodePlacement &p : panel->layout().nodes) {
            if (p.node == biggest)
                panel->view()->centerOn(p.box.center());
        }
        save(*panel->view(), QStringLiteral("graph-overview-large-by-team-closeup"));
    }

    void cleanupTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
