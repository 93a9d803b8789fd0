// The studio's main window: it loads the embedded demo off the GUI thread and shows tiers and
// policies in Calico's evaluation order, the inventory and the problems; the filter boxes, the
// editor tabs, undo/redo through the window's actions, drag-and-drop, atomic save / save as,
// problems that jump to their policy and field, remembered recent files and layout, and the
// recovery of unsaved work after a session that did not end cleanly.

#include <unistd.h>

#include <QAbstractItemModelTester>
#include <QAbstractBarSeries>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QRegularExpression>
#include <QHash>
#include <QSet>
#include <QSettings>
#include <QToolButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

#include "core/eval/trace.h"
#include "core/flows/flowexplain.h"
#include "core/flows/flowlogreader.h"
#include "core/flows/flowrecommend.h"
#include "core/flows/flowreplay.h"
#include "core/flows/whiskersource.h"
#include "core/report/flowsreport.h"
#include "core/report/migrationreport.h"
#include "core/io/loader.h"
#include "core/graph/graphcollapse.h"
#include "core/graph/graphdot.h"
#include "core/graph/graphexplain.h"
#include "core/lint/linter.h"
#include "core/model/protocol.h"
#include "core/report/graphreport.h"
#include "core/report/matrixreport.h"
#include "resources/demoworkspace.h"
#include "ui/chain/chainview.h"
#include "ui/dataplane/dataplanepanel.h"
#include "ui/document.h"
#include "ui/editor/adminpolicyform.h"
#include "ui/editor/adminpolicyview.h"
#include "ui/editor/kubernetespolicyform.h"
#include "ui/editor/kubernetespolicyview.h"
#include "ui/helpdialog.h"
#include "ui/migrationdialog.h"
#include "ui/newpolicydialog.h"
#include "ui/editor/policyeditor.h"
#include "ui/editor/yamlview.h"
#include "ui/i18n.h"
#include "ui/inventorymodel.h"
#include "ui/diff/changespanel.h"
#include "ui/mainwindow.h"
#include "ui/onscreen.h"
#include "ui/charts/chartspanel.h"
#include "ui/graph/graphpanel.h"
#include "ui/graph/graphview.h"
#include "ui/matrix/matrixpanel.h"
#include "ui/treefilterproxy.h"
#include "ui/flows/flowspanel.h"
#include "ui/flows/recommenddialog.h"
#include "ui/problemsmodel.h"
#include "ui/push/pushdialog.h"
#include "ui/recovery.h"
#include "ui/trace/tracepanel.h"
#include "tests/support/testfiles.h"
#include "tests/support/whiskerstub.h"
#include "ui/workspacetreemodel.h"

#include "modeltesthelpers.h"

using namespace ps;
using namespace Qt::StringLiterals;
using ps::test::child;
using ps::test::childNames;

namespace {

const char *const kPolicies = R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: allow-dns
spec:
  selector: all()
  egress:
    - action: Allow
      protocol: UDP
      destination:
        ports: [53]
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: web
  namespace: prod
spec:
  selector: app == 'web'
  ingress:
    - action: Allow
)";

const char *const kBroken = R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: good
spec:
  selector: all()
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: bad
spec:
  selector: app == 'x'
  ingress:
    - action: Allow
      protocol: TCP
      destination:
        ports: [99999]
)";

// A Calico policy, then admin policies with a finding at each part of the admin form, and
// findings at fields the form does not show (the kind Calico 3.32 does not enforce, a
// BaselineAdminNetworkPolicy's name).
const char *const kAdminFindings = R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: allow-dns
spec:
  selector: all()
  egress:
    - action: Allow
      protocol: UDP
      destination:
        ports: [53]
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata:
  name: guard
spec:
  priority: 1001
  subject:
    namespaces: {}
  ingress:
    - name: a-rule-name-that-goes-on-and-on-well-past-the-hundred-characters-the-api-allows-for-a-rule-name-and-more
      action: Allow
      from:
        - namespaces: {}
  egress:
    - name: dns
      action: Allow
      to:
        - namespaces: {}
    - name: metadata
      action: Deny
      to:
        - namespaces: {}
        - networks: [10.0.0.0/33]
      ports:
        - portRange: {protocol: TCP, start: 9000, end: 9000}
        - namedPort: http
---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata:
  name: tiered
spec:
  tier: Middle
  priority: 10
  subject:
    namespaces: {}
  ingress:
    - name: all
      action: Accept
      from:
        - namespaces: {}
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: BaselineAdminNetworkPolicy
metadata:
  name: strict
spec:
  subject:
    namespaces: {}
  ingress:
    - name: none
      action: Deny
      from:
        - namespaces: {}
)";

// A Calico policy, then Kubernetes NetworkPolicies with a finding at each part of the Kubernetes
// form: validation's and the loader's, and the lint's with the lint inventory (ghost, valid, so
// analysed: it selects no pod, its peer no pod either); and one at a field the form does not
// show (Bad_Name's name).
const char *const kKubernetesFindings = R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: allow-dns
spec:
  selector: all()
  egress:
    - action: Allow
      protocol: UDP
      destination:
        ports: [53]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: web
  policyTypes: [Ingress, Egress, Egress]
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: api
        - ipBlock:
            cidr: 10.0.0.0/33
  egress:
    - to:
        - podSelector:
            matchLabels:
              app: db
      ports:
        - port: 9000
          endPort: 8000
        - protocol: tcp
          port: 5432
    - to:
        - ipBlock:
            cidr: 10.0.0.0/8
            except: [10.1.0.0/16, 192.168.0.0/24]
      ports:
        - port: 70000
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ghost
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: ghost
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: phantom
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: Bad_Name
  namespace: shop
spec:
  podSelector: {}
  ingress:
    - from:
        - namespaceSelector:
            matchExpressions:
              - key: team
                operator: Inn
                values: [shop]
)";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The workspace tree's row of the (first) policy named `name`.
QModelIndex policyRow(const MainWindow &window, const QString &name)
{
    for (const CalicoPolicy &p : window.document()->workspace()->policies) {
        if (p.meta.name == name)
            return window.treeModel()->indexForResource(p.source.id);
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static void load(MainWindow &window, const QStringList &paths)
    {
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        window.openPaths(paths);
        QVERIFY(loaded.wait(20000));
        waitAnalysed(window);
    }

    static void waitAnalysed(MainWindow &window)
    {
        if (window.document()->isAnalysisCurrent())
            return;
        QSignalSpy ready(window.document(), &Document::analysisReady);
        QVERIFY(ready.wait(20000));
    }

    QString tempFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, bytes))
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Settings, recent files and recovery files of this run only: runs of the suite in
        // parallel (another build folder, another engineer) share the test-mode folders.
        QCoreApplication::setOrganizationName(
            QStringLiteral("PolicyStudioTests-%1").arg(QCoreApplication::applicationPid()));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase()
    {
        QSettings settings;
        const QString file = settings.fileName();
        settings.clear();
        settings.sync();
        QFile::remove(file);
        QDir().rmdir(QFileInfo(file).absolutePath());
        // AppDataLocation: <data>/<organization>/<application>
        QDir(QFileInfo(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                 .absolutePath())
            .removeRecursively();
    }

    void init()
    {
        QSettings().clear();
        QDir(Recovery::directory()).removeRecursively();
    }

    void deleteAsksAndRemovesTheTreeSelectionAsOneUndoStep()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        load(window, {tempFile(QStringLiteral("delete.yaml"), kPolicies)});
        QStringList asked;
        bool answer = false;
        window.setDeletePrompt([&](const QStringList &names) {
            asked = names;
            return answer;
        });
        // Both policies selected in the tree, which has the focus.
        QItemSelectionModel *selection = window.treeView()->selectionModel();
        for (const QString &name : {QStringLiteral("allow-dns"), QStringLiteral("web")}) {
            const QModelIndex row = window.treeProxy()->mapFromSource(policyRow(window, name));
            QVERIFY(row.isValid());
            selection->select(row, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        window.treeView()->setFocus();
        QTRY_VERIFY(window.treeView()->hasFocus());

        // Refused: nothing changes.
        QTest::keyClick(window.treeView(), Qt::Key_Delete);
        QCOMPARE(asked, (QStringList {QStringLiteral("allow-dns"), QStringLiteral("web")}));
        QCOMPARE(window.document()->workspace()->policies.size(), 2);
        QVERIFY(!window.document()->isModified());

        // Confirmed: both go, and one undo brings both back.
        answer = true;
        asked.clear();
        QTest::keyClick(window.treeView(), Qt::Key_Delete);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(window.document()->workspace()->policies.size(), 0);
        window.undoAction()->trigger();
        QCOMPARE(window.document()->workspace()->policies.size(), 2);
        QVERIFY(!window.document()->isModified());
    }

    void deleteActsOnTheEditorTabWhenItHasTheFocus()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        load(window, {tempFile(QStringLiteral("delete-tab.yaml"), kPolicies)});
        window.setDeletePrompt([](const QStringList &) { return true; });
        // The tree's selection says allow-dns, the focused tab says web: the tab wins.
        window.treeView()->setCurrentIndex(
            window.treeProxy()->mapFromSource(policyRow(window, QStringLiteral("allow-dns"))));
        window.openPolicy(policyRow(window, QStringLiteral("web"))
                              .data(WorkspaceTreeModel::ResourceIdRole)
                              .value<ResourceId>());
        window.editorTabs()->currentWidget()->setFocus();
        QCOMPARE(window.selectedPolicies().size(), 1);
        QVERIFY(window.deleteSelectedPolicies());
        QCOMPARE(window.document()->workspace()->policies.size(), 1);
        QCOMPARE(window.document()->workspace()->policies.first().meta.name,
            QStringLiteral("allow-dns"));
        // Its editor tab closed with it; the tab of allow-dns (opened on load) stays.
        QTRY_COMPARE(window.editorTabs()->count(), 1);
        QCOMPARE(
            window.policyIdOfTab(0), window.document()->workspace()->policies.first().source.id);
    }

    void deleteInATextFieldDeletesText()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        load(window, {tempFile(QStringLiteral("delete-text.yaml"), kPolicies)});
        int asked = 0;
        window.setDeletePrompt([&](const QStringList &) {
            ++asked;
            return true;
        });
        window.treeFilter()->setText(QStringLiteral("web"));
        window.treeFilter()->setFocus();
        window.treeFilter()->setCursorPosition(0);
        QTest::keyClick(window.treeFilter(), Qt::Key_Delete);
        QCOMPARE(window.treeFilter()->text(), QStringLiteral("eb"));
        QCOMPARE(asked, 0);
        QCOMPARE(window.document()->workspace()->policies.size(), 2);
    }

    void ctrlWClosesTheCurrentTab()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        load(window, {tempFile(QStringLiteral("close-tab.yaml"), kPolicies)});
        for (const QString &name : {QStringLiteral("allow-dns"), QStringLiteral("web")})
            window.openPolicy(policyRow(window, name)
                                  .data(WorkspaceTreeModel::ResourceIdRole)
                                  .value<ResourceId>());
        QCOMPARE(window.editorTabs()->count(), 2);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.editorTabs()->setFocus();
        QTest::keyClick(window.editorTabs(), Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(window.editorTabs()->count(), 1);
        // Closing a tab changes nothing in the workspace.
        QVERIFY(!window.document()->isModified());
    }

    void duplicateOpensACopyUnderAFreeName()
    {
        MainWindow window;
        load(window, {tempFile(QStringLiteral("duplicate.yaml"), kPolicies)});
        const auto id = policyRow(window, QStringLiteral("web"))
                            .data(WorkspaceTreeModel::ResourceIdRole)
                            .value<ResourceId>();
        QVERIFY(!window.duplicatePolicy(id).isNull());
        QVERIFY(!window.duplicatePolicy(id).isNull());
        QStringList names;
        for (const CalicoPolicy &p : window.document()->workspace()->policies)
            names.append(p.meta.name);
        QCOMPARE(names,
            (QStringList {QStringLiteral("allow-dns"), QStringLiteral("web"),
                QStringLiteral("web-copy"), QStringLiteral("web-copy-2")}));
        // allow-dns (opened on load) and the two copies
        QCOMPARE(window.editorTabs()->count(), 3);
        window.undoAction()->trigger();
        QCOMPARE(window.document()->workspace()->policies.size(), 3);
    }

    void f1OpensTheGuideAndItsExamplesTrace()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        load(window, {demoWorkspacePath()});
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY(window.guide());
        QTRY_VERIFY(window.guide()->isVisible());
        const QString text = window.guide()->browser()->toPlainText();
        for (const char *topic :
            {"Tiers", "Order", "Log and Pass", "The end of a tier", "Profiles", "Staged policies"})
            QVERIFY2(text.contains(QLatin1StringView(topic)), topic);

        // Every example link names a flow of the demo, and its verdict is the one the guide
        // states next to it.
        QStringList links;
        const QString html = window.guide()->browser()->toHtml();
        static const QRegularExpression href(QStringLiteral("href=\"(trace:[^\"]+)\""));
        for (auto m = href.globalMatch(html); m.hasNext();)
            links.append(m.next().captured(1));
        QVERIFY(links.size() >= 4);
        QSignalSpy traced(window.tracePanel(), &TracePanel::traced);
        for (const QString &link : links) {
            const auto flow = HelpDialog::traceLink(QUrl(link));
            QVERIFY2(flow, qPrintable(link));
            traced.clear();
            Q_EMIT window.guide()->browser()->anchorClicked(QUrl(link));
            QVERIFY2(traced.count() == 1, qPrintable(link));
            QCOMPARE(window.tracePanel()->lastTrace().from, flow->from);
            QVERIFY2(window.tracePanel()->lastTrace().error.isEmpty(), qPrintable(link));
        }
        // The first example: client-0 -> server-0 TCP 8080, denied by order.
        Q_EMIT window.guide()->browser()->anchorClicked(QUrl(links.first()));
        QCOMPARE(window.tracePanel()->lastTrace().verdict, Verdict::Deny);
    }

    void saveAsksWhenTheFileChangedOnDisk()
    {
        const QString file = tempFile(QStringLiteral("changed.yaml"), kPolicies);
        const QByteArray theirs = QByteArray(kPolicies).replace("app == 'web'", "app == 'shop'");
        MainWindow window;
        load(window, {file});
        window.deleteCurrentPolicy(); // allow-dns goes
        QVERIFY(writeFile(file, theirs)); // someone else edits the file meanwhile

        // Cancel: nothing is written and the edit stays unsaved.
        QStringList asked;
        MainWindow::DiskChange answer = MainWindow::DiskChange::Cancel;
        window.setChangedOnDiskPrompt([&](const QStringList &changed) {
            asked = changed;
            return answer;
        });
        QVERIFY(!window.save());
        QCOMPARE(asked, QStringList {file});
        QCOMPARE(readFile(file), theirs);
        QVERIFY(window.document()->isModified());

        // Compare: the differences are theirs (-) against ours (+); then Cancel.
        answer = MainWindow::DiskChange::Compare;
        QString diff;
        window.setComparisonPrompt([&](const QString &d) {
            diff = d;
            return MainWindow::DiskChange::Cancel;
        });
        QVERIFY(!window.save());
        QVERIFY2(diff.contains(QStringLiteral("-  selector: app == 'shop'")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("+  selector: app == 'web'")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("-  name: allow-dns")), qPrintable(diff));
        QCOMPARE(readFile(file), theirs);

        // Compare, then Overwrite: our version is written.
        window.setComparisonPrompt(
            [](const QString &) { return MainWindow::DiskChange::Overwrite; });
        QVERIFY(window.save());
        QVERIFY(!window.document()->isModified());
        const LoadResult reread = Loader().loadPaths({file});
        QCOMPARE(reread.workspace->policies.size(), 1);
        QCOMPARE(reread.workspace->policies.first().selector, QStringLiteral("app == 'web'"));
    }

    void reloadReadsTheChangedFileAndDropsTheEdits()
    {
        const QString file = tempFile(QStringLiteral("reload.yaml"), kPolicies);
        const QByteArray theirs = QByteArray(kPolicies).replace("app == 'web'", "app == 'shop'");
        MainWindow window;
        load(window, {file});
        window.deleteCurrentPolicy();
        QVERIFY(writeFile(file, theirs));
        window.setChangedOnDiskPrompt(
            [](const QStringList &) { return MainWindow::DiskChange::Reload; });
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        QVERIFY(!window.save());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(readFile(file), theirs);
        QVERIFY(!window.document()->isModified());
        QCOMPARE(window.document()->workspace()->policies.size(), 2);
        QCOMPARE(window.document()->workspace()->policies.last().selector,
            QStringLiteral("app == 'shop'"));
    }

    void aChangeOnDiskShowsTheReloadBar()
    {
        const QString file = tempFile(QStringLiteral("watched.yaml"), kPolicies);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        load(window, {file});
        QVERIFY(!window.diskChangeBar()->isVisible());
        QVERIFY(writeFile(file, QByteArray(kPolicies) + "# edited elsewhere\n"));
        QTRY_VERIFY_WITH_TIMEOUT(window.diskChangeBar()->isVisible(), 10000);
        // Written back as it was loaded: nothing differs any more, the bar goes.
        QVERIFY(writeFile(file, kPolicies));
        QTRY_VERIFY_WITH_TIMEOUT(!window.diskChangeBar()->isVisible(), 10000);
        // Our own save does not raise it.
        window.deleteCurrentPolicy();
        QVERIFY(window.save());
        QTest::qWait(600);
        QVERIFY(!window.diskChangeBar()->isVisible());
    }

    void newPolicyDialogRefusesInvalidNames_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("problem"); // part of the reason; empty: accepted
        const int global = int(ResourceKind::GlobalNetworkPolicy);
        const int namespaced = int(ResourceKind::NetworkPolicy);
        QTest::newRow("valid") << namespaced << u"allow-frontend"_s << u"prod"_s << QString();
        QTest::newRow("upper case") << namespaced << u"Allow"_s << u"prod"_s << u"Name"_s;
        QTest::newRow("underscore") << global << u"allow_dns"_s << QString() << u"Name"_s;
        QTest::newRow("empty") << global << QString() << QString() << u"Enter a name"_s;
        QTest::newRow("taken") << global << u"allow-dns"_s << QString() << u"exists"_s;
        QTest::newRow("taken elsewhere is free")
            << namespaced << u"web"_s << u"other"_s << QString();
        QTest::newRow("taken in its namespace")
            << namespaced << u"web"_s << u"prod"_s << u"exists"_s;
        QTest::newRow("bad namespace") << namespaced << u"ok"_s << u"Prod"_s << u"Namespace"_s;
    }

    void newPolicyDialogRefusesInvalidNames()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, ns);
        QFETCH(QString, problem);
        MainWindow window;
        load(window, {tempFile(QStringLiteral("new.yaml"), kPolicies)});
        const qsizetype before = window.document()->workspace()->policies.size();
        bool okEnabled = false;
        QString shown;
        window.setNewPolicyPrompt([&](NewPolicyDialog &dialog) {
            dialog.kindCombo()->setCurrentIndex(
                int(NewPolicyDialog::kinds().indexOf(ResourceKind(kind))));
            dialog.nameEdit()->setText(name);
            dialog.namespaceCombo()->setCurrentText(ns);
            okEnabled
                = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            shown = dialog.problem();
            return true;
        });
        const ResourceId id = window.newPolicyDialog();
        QCOMPARE(okEnabled, problem.isEmpty());
        QVERIFY2(problem.isEmpty() ? shown.isEmpty() : shown.contains(problem), qPrintable(shown));
        QCOMPARE(id.isNull(), !problem.isEmpty());
        QCOMPARE(
            window.document()->workspace()->policies.size(), before + (problem.isEmpty() ? 1 : 0));
    }

    void newPolicyCanCreateATier()
    {
        MainWindow window;
        load(window, {tempFile(QStringLiteral("new-tier.yaml"), kPolicies)});
        bool orderAsked = false;
        window.setNewPolicyPrompt([&](NewPolicyDialog &dialog) {
            dialog.kindCombo()->setCurrentIndex(
                int(NewPolicyDialog::kinds().indexOf(ResourceKind::GlobalNetworkPolicy)));
            dialog.nameEdit()->setText(u"block-metadata"_s);
            dialog.tierCombo()->setCurrentText(u"security"_s);
            // a new tier needs an order first
            orderAsked
                = dialog.problem().contains(u"order"_s) && !dialog.tierOrderEdit()->isHidden();
            dialog.tierOrderEdit()->setText(u"100"_s);
            return true;
        });
        const ResourceId id = window.newPolicyDialog();
        QVERIFY(orderAsked);
        QVERIFY(!id.isNull());
        const WorkspaceData &w = window.document()->workspace().data();
        QCOMPARE(w.tiers.size(), 1);
        QCOMPARE(w.tiers.first().meta.name, u"security"_s);
        QCOMPARE(w.tiers.first().order, std::optional<double>(100));
        QCOMPARE(w.policies.last().tier, u"security"_s);
        QCOMPARE(window.policyIdOfTab(window.editorTabs()->currentIndex()), id);
        // One undo step takes both back.
        window.undoAction()->trigger();
        QCOMPARE(window.document()->workspace()->tiers.size(), 0);
        QCOMPARE(window.document()->workspace()->policies.size(), 2);
    }

    void anInvalidEditIsTracedWithTheLastValidVersion()
    {
        // web-0 is selected only by deny-8080: without it, the namespace profile allows all.
        MainWindow window;
        load(window,
            {tempFile(
                u"lastvalid.yaml"_s, readFile(test::fixturePath(u"validate/lastvalid.yaml")))});
        window.tracePanel()->setFlow(u"192.0.2.7"_s, u"shop/web-0"_s, u"TCP"_s, 8080);
        window.tracePanel()->runTrace();
        QCOMPARE(window.tracePanel()->lastTrace().verdict, Verdict::Deny);
        QVERIFY(window.tracePanel()->messageText().isEmpty());

        // The selector becomes invalid: Calico keeps enforcing the previous version.
        CalicoPolicy broken = window.document()->workspace()->policies.first();
        const ResourceId id = broken.source.id;
        broken.selector = u"app == 'web' &&"_s;
        QSignalSpy ready(window.document(), &Document::analysisReady);
        window.document()->replacePolicy(id, broken);
        QVERIFY(ready.wait(20000));
        QCOMPARE(window.tracePanel()->lastTrace().verdict, Verdict::Deny);
        QVERIFY2(window.tracePanel()->messageText().contains(
                     u"last valid version of GlobalNetworkPolicy deny-8080"_s),
            qPrintable(window.tracePanel()->messageText()));
        QVERIFY(window.treeModel()->analysisNote(id).contains(u"last valid version"_s));
        // The error itself is still reported at the field.
        QVERIFY(window.problemsModel()->errorCount() > 0);

        // Undone: the policy is analysed as written again, and the marks go.
        window.undoAction()->trigger();
        QVERIFY(ready.wait(20000));
        QVERIFY(window.tracePanel()->messageText().isEmpty());
        QVERIFY(window.treeModel()->analysisNote(id).isEmpty());
    }

    void aPolicyInvalidWhenLoadedIsMarkedLeftOut()
    {
        MainWindow window;
        load(window, {tempFile(QStringLiteral("leftout.yaml"), kBroken)});
        ResourceId bad;
        for (const CalicoPolicy &p : window.document()->workspace()->policies)
            if (p.meta.name == u"bad"_s)
                bad = p.source.id;
        QVERIFY(window.treeModel()->analysisNote(bad).contains(u"Left out"_s));
    }

    void exportWritesTheSelectedPoliciesForCalicoctl()
    {
        MainWindow window;
        load(window, {tempFile(QStringLiteral("export-source.yaml"), kPolicies)});
        const QString all = m_dir.filePath(QStringLiteral("all.yaml"));
        QVERIFY(window.exportPolicies(all, {}, PolicyExportTarget::Calicoctl));
        QCOMPARE(Loader().loadPaths({all}).workspace->policies.size(), 2);

        const ResourceId web = policyRow(window, u"web"_s)
                                   .data(WorkspaceTreeModel::ResourceIdRole)
                                   .value<ResourceId>();
        const QString one = m_dir.filePath(QStringLiteral("one.yaml"));
        QVERIFY(window.exportPolicies(one, {web}, PolicyExportTarget::Calicoctl));
        const LoadResult back = Loader().loadPaths({one});
        QCOMPARE(back.workspace->policies.size(), 1);
        QCOMPARE(back.workspace->policies.first().meta.name, u"web"_s);
        // Exporting changes nothing in the document.
        QVERIFY(!window.document()->isModified());

        // No Kubernetes policy here: nothing is written, and the user is told.
        const QString none = m_dir.filePath(QStringLiteral("none.yaml"));
        QVERIFY(!window.exportPolicies(none, {}, PolicyExportTarget::Kubectl));
        QVERIFY(!QFile::exists(none));
        QVERIFY(window.lastError().contains(u"Kubernetes"_s));

        // A policy that could not be read stops the export: nothing is written.
        MainWindow broken;
        load(broken, {tempFile(QStringLiteral("export-broken.yaml"), kBroken)});
        const QString refused = m_dir.filePath(QStringLiteral("refused.yaml"));
        QVERIFY(!broken.exportPolicies(refused, {}, PolicyExportTarget::Calicoctl));
        QVERIFY(!QFile::exists(refused));
        QVERIFY2(broken.lastError().contains(u"bad"_s), qPrintable(broken.lastError()));
    }

    void activatingAHostEndpointShowsItsChain()
    {
        MainWindow window;
        load(window, {test::fixturePath(u"ui/host-endpoint.yaml")});
        const ResourceId id = window.document()->workspace()->hostEndpoints.first().source.id;
        const QModelIndex row
            = window.treeProxy()->mapFromSource(window.treeModel()->indexForResource(id));
        QVERIFY(row.isValid());
        Q_EMIT window.treeView()->activated(row);
        QCOMPARE(window.chainView()->endpoint(), u"hep:gw-eth0"_s);
    }

    void titleShowsDocumentAndModifiedMarker()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*]"));
        load(window, {tempFile(QStringLiteral("title.yaml"), kPolicies)});
        QCOMPARE(window.windowTitle(), QStringLiteral("title.yaml[*]"));
        QVERIFY(!window.isWindowModified());
        window.deleteCurrentPolicy();
        QVERIFY(window.isWindowModified());
        window.undoAction()->trigger();
        QVERIFY(!window.isWindowModified());
    }

    void demoTiersInEvaluationOrder()
    {
        MainWindow window;
        QAbstractItemModelTester tester(
            window.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            window.treeProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(window, {demoWorkspacePath()});
        const QAbstractItemModel *model = window.treeModel();
        const QModelIndex tiers = child(model, {}, QStringLiteral("Tiers"));
        QVERIFY(tiers.isValid());
        // Built-in tiers by order: kube-admin 1000, default 1e6, kube-baseline 1e7.
        QCOMPARE(childNames(model, tiers),
            QStringList({QStringLiteral("kube-admin"), QStringLiteral("default"),
                QStringLiteral("kube-baseline")}));
        const QModelIndex def = child(model, tiers, QStringLiteral("default"));
        // order 1 first; then no-order policies by "name/namespace/kind".
        QCOMPARE(childNames(model, def),
            QStringList(
                {QStringLiteral("1. deny-tcp-8080"), QStringLiteral("2. my-app/allow-api-access"),
                    QStringLiteral("3. prod-engineering/allow-db-from-named-accounts"),
                    QStringLiteral("4. prod-engineering/allow-db-from-web-frontend"),
                    QStringLiteral("5. production/allow-tcp-8080"),
                    QStringLiteral("6. restrict-development-access"),
                    QStringLiteral("7. prod-engineering/restrict-intern-access")}));
        // The first evaluated policy is open, so the editor area is never empty.
        QCOMPARE(window.editorTabs()->count(), 1);
        QCOMPARE(window.editorTabs()->tabText(0), QStringLiteral("deny-tcp-8080"));
    }

    void demoInventoryAndNoProblems()
    {
        MainWindow window;
        QAbstractItemModelTester tester(
            window.inventoryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester problemsTester(
            window.problemsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(window, {demoWorkspacePath()});
        const QAbstractItemModel *model = window.inventoryModel();
        const QModelIndex prod = child(model, {}, QStringLiteral("prod-engineering"));
        QVERIFY(prod.isValid());
        const QModelIndex db = child(model, prod, QStringLiteral("db-0"));
        QVERIFY(db.isValid());
        QVERIFY(db.siblingAtColumn(InventoryModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("10.244.2.20")));
        QVERIFY(db.siblingAtColumn(InventoryModel::LabelsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("app=db")));
        // The demo is valid.
        QCOMPARE(window.problemsModel()->rowCount(), 0);
        QVERIFY2(window.statusLabel()->text().contains(QStringLiteral("0 errors")),
            qPrintable(window.statusLabel()->text()));
        QVERIFY(window.analysingLabel()->isHidden());
    }

    // The Changes dock: the edits against the saved files, policies and the flows whose
    // verdict changes, each traceable; undoing back to the saved state shows no change.
    void changesDockComparesWithSaved()
    {
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        load(window, {demoWorkspacePath()});
        ChangesPanel *changes = window.changesPanel();
        QSignalSpy compared(changes, &ChangesPanel::compared);
        const ResourceId deny = policyRow(window, u"deny-tcp-8080"_s)
                                    .data(WorkspaceTreeModel::ResourceIdRole)
                                    .value<ResourceId>();
        window.document()->removePolicies({deny});
        waitAnalysed(window);
        changes->compare();
        QVERIFY(compared.wait(20000));
        const SemanticDiff &diff = changes->diff();
        QCOMPARE(diff.policies.size(), 1);
        QCOMPARE(diff.policies.first().type, PolicyChange::Type::Removed);
        QCOMPARE(diff.policies.first().name, u"deny-tcp-8080"_s);
        // The flows the removed deny blocked: the same engine answers both sides' traces.
        QVERIFY(!diff.flows.isEmpty());
        const FlowChange flow = diff.flows.first();
        QVERIFY(changes->flowItem(0));
        QCOMPARE(changes->flowItem(0)->text(2), verdictName(flow.after));
        QVERIFY2(changes->statusText().contains(u"1 policies changed"_s)
                || changes->statusText().contains(u"1 policy changed"_s),
            qPrintable(changes->statusText()));
        if (const QString dir = qEnvironmentVariable("POLICY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.dock(u"changesDock"_s)->raise();
            QTest::qWait(50);
            QVERIFY(window.grab().save(dir + u"/changes.png"_s));
        }
        changes->traceFlow(0);
        const FlowTrace traced = window.tracePanel()->lastTrace();
        QCOMPARE(traced.from, flow.from);
        QCOMPARE(traced.to, flow.to);
        QCOMPARE(traced.port, flow.port);
        QCOMPARE(traced.verdict, flow.after);
        QVERIFY(window.dock(u"traceDock"_s)->isVisible());

        // Shown while editing, it follows the edits: undo is back to the saved state.
        window.dock(u"changesDock"_s)->raise();
        compared.clear();
        window.document()->undoStack()->undo();
        QVERIFY(compared.wait(20000));
        QVERIFY(changes->diff().isEmpty());
        QCOMPARE(changes->view()->topLevelItemCount(), 0);
    }

    // The Matrix dock: the CLI's matrix for the options chosen, narrowed by the filter, a cell
    // traced on activation, exported in the CLI's formats; it follows edits while shown.
    void matrixDock()
    {
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        load(window, {demoWorkspacePath()});
        window.dock(u"matrixDock"_s)->show();
        window.dock(u"matrixDock"_s)->raise();
        MatrixPanel *panel = window.matrixPanel();
        QSignalSpy computed(panel, &MatrixPanel::computed);
        panel->portEdit()->setText(u"8080"_s);
        panel->compute();
        QTRY_VERIFY(!panel->isComputing() && panel->model()->matrix().port == 8080);
        const PolicyEngine &engine = *window.document()->analysis()->engine;
        const ConnectivityMatrix expected
            = computeMatrix(engine, MatrixGrouping::Namespace, u"TCP"_s, 8080);
        QCOMPARE(panel->exportText(u"csv"_s), matrixToCsv(expected));
        QCOMPARE(panel->model()->rowCount(), int(expected.groups.size()));

        if (const QString dir = qEnvironmentVariable("POLICY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(window.grab().save(dir + u"/matrix.png"_s));
        }
        // The filter narrows rows and columns alike.
        panel->filterEdit()->setText(u"prod"_s);
        QCOMPARE(panel->model()->rowCount(), panel->model()->columnCount());
        for (int r = 0; r < panel->model()->rowCount(); ++r)
            QVERIFY(panel->model()->headerData(r, Qt::Vertical).toString().contains(u"prod"_s));
        QVERIFY(panel->model()->rowCount() >= 2);

        // production → production on 8080: the cell and the trace agree.
        int production = -1;
        for (int r = 0; r < panel->model()->rowCount(); ++r) {
            if (panel->model()->headerData(r, Qt::Vertical).toString() == u"production")
                production = r;
        }
        QVERIFY(production >= 0);
        const QString cell = panel->model()->index(production, production).data().toString();
        panel->traceCell(production, production);
        const FlowTrace traced = window.tracePanel()->lastTrace();
        QVERIFY(traced.from.startsWith(u"production/"_s));
        QVERIFY(traced.to.startsWith(u"production/"_s));
        QCOMPARE(traced.port, std::optional<int>(8080));
        if (cell == u"✓"_s)
            QCOMPARE(traced.verdict, Verdict::Allow);
        else if (cell == u"✗"_s)
            QCOMPARE(traced.verdict, Verdict::Deny);

        // An edit recomputes while the dock is shown.
        window.dock(u"matrixDock"_s)->raise();
        computed.clear();
        const ResourceId deny = policyRow(window, u"deny-tcp-8080"_s)
                                    .data(WorkspaceTreeModel::ResourceIdRole)
                                    .value<ResourceId>();
        window.document()->removePolicies({deny});
        QVERIFY(computed.wait(20000));
        QCOMPARE(panel->exportText(u"csv"_s),
            matrixToCsv(computeMatrix(*window.document()->analysis()->engine,
                MatrixGrouping::Namespace, u"TCP"_s, 8080)));
    }

    // A connection row of an edge decided by ICMP type traces that type, not "any type" (which
    // the echo-only policy would deny).
    void graphIcmpRowTracesItsType()
    {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        load(window, {test::fixturePath(u"ui/icmp-graph.yaml"_s)});
        waitAnalysed(window);
        GraphPanel *panel = window.graphPanel();
        QSignalSpy computed(panel, &GraphPanel::computed);
        window.showGraph();
        QVERIFY(computed.wait(30000));
        const int from = panel->graph().nodeIndex(u"clients"_s);
        const int to = panel->graph().nodeIndex(u"servers"_s);
        QVERIFY(from >= 0 && to >= 0);
        int edge = -1;
        for (qsizetype i = 0; i < panel->layout().edges.size(); ++i) {
            if (panel->layout().edges[i].from == from && panel->layout().edges[i].to == to)
                edge = int(i);
        }
        QVERIFY(edge >= 0);
        QSignalSpy explained(panel, &GraphPanel::explained);
        panel->view()->selectEdge(edge);
        QVERIFY(explained.wait(20000));
        QTreeWidgetItem *head = panel->details()->topLevelItem(0);
        QVERIFY(head && head->childCount() == 1);
        const Flow row = head->child(0)->data(0, Qt::UserRole).value<Flow>();
        QCOMPARE(parseProtocolNumber(row.protocol), std::optional<int>(1)); // ICMP
        QCOMPARE(row.icmpType, std::optional<int>(8));
        Q_EMIT panel->details()->itemActivated(head->child(0), 0);
        const FlowTrace traced = window.tracePanel()->lastTrace();
        QCOMPARE(traced.protocol, u"ICMP"_s);
        QCOMPARE(traced.icmpType, std::optional<int>(8));
        QCOMPARE(traced.verdict, Verdict::Allow);
        QCOMPARE(window.tracePanel()->verdictText(), TracePanel::tr("Allowed"));
    }

    void graphDock()
    {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        load(window, {demoWorkspacePath()});
        waitAnalysed(window);
        GraphPanel *panel = window.graphPanel();
        // Behind another tab, it computes nothing.
        QVERIFY(!isOnScreen(panel));
        QVERIFY(panel->graph().nodes.isEmpty());
        QVERIFY(window.matrixPanel()->model()->matrix().groups.isEmpty());
        QSignalSpy computed(panel, &GraphPanel::computed);
        window.showGraph(); // shown: computes
        QVERIFY(computed.wait(30000));
        QVERIFY2(panel->statusText().contains(u"node"_s), qPrintable(panel->statusText()));
        const std::shared_ptr<const PolicyEngine> engine = window.document()->analysis()->engine;
        const FlowGraph expected = computeFlowGraph(*engine);
        QCOMPARE(panel->graph().nodes.size(), expected.nodes.size());
        QCOMPARE(panel->graph().edges.size(), expected.edges.size());
        QCOMPARE(panel->layout().edges.size(), expected.edges.size());
        QCOMPARE(QString::fromUtf8(panel->exportBytes(u"dot"_s).value()), graphToDot(expected));
        QVERIFY(panel->exportBytes(u"svg"_s).value().contains("<svg"));
        QVERIFY(window.dock(u"graphDock"_s)->height() >= window.height() / 3);

        if (const QString dir = qEnvironmentVariable("POLICY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(window.grab().save(dir + u"/graph.png"_s));
        }

        // An edge: every connection row is a flow the engine allows, decided where it says.
        GraphView *view = panel->view();
        int edge = -1;
        for (qsizetype i = 0; i < panel->layout().edges.size(); ++i) {
            const EdgePlacement &e = panel->layout().edges[i];
            if (e.from != e.to && edge < 0)
                edge = int(i);
        }
        QVERIFY(edge >= 0);
        QSignalSpy explained(panel, &GraphPanel::explained);
        view->selectEdge(edge);
        QVERIFY(explained.wait(20000));
        QTreeWidgetItem *head = panel->details()->topLevelItem(0);
        QVERIFY(head && head->childCount() > 0);
        for (int c = 0; c < head->childCount(); ++c) {
            const QVariant data = head->child(c)->data(0, Qt::UserRole);
            QVERIFY(data.canConvert<Flow>());
            const FlowTrace traced = engine->trace(data.value<Flow>());
            QCOMPARE(traced.verdict, Verdict::Allow);
            QVERIFY2(head->child(c)->text(1).startsWith(u"decided at"_s),
                qPrintable(head->child(c)->text(1)));
        }
        // Activating a row traces it in the Trace panel.
        Q_EMIT panel->details()->itemActivated(head->child(0), 0);
        const Flow first = head->child(0)->data(0, Qt::UserRole).value<Flow>();
        QCOMPARE(window.tracePanel()->lastTrace().from, first.from);
        QCOMPARE(window.tracePanel()->lastTrace().to, first.to);
        QCOMPARE(window.tracePanel()->lastTrace().verdict, Verdict::Allow);

        // A node: its policies per direction, in evaluation order; everything else not next to
        // it is dimmed.
        const int node = panel->layout().edges[edge].from;
        view->selectNode(node);
        QCOMPARE(view->selectedNode(), node);
        const GraphNodePolicies policies = graphNodePolicies(*engine, panel->graph().nodes[node]);
        QTreeWidgetItem *ingress = nullptr;
        for (int t = 0; t < panel->details()->topLevelItemCount(); ++t) {
            if (panel->details()->topLevelItem(t)->text(0).startsWith(u"Ingress policies"_s))
                ingress = panel->details()->topLevelItem(t);
        }
        QVERIFY(ingress);
        QCOMPARE(ingress->childCount(), std::max<qsizetype>(1, policies.ingress.size()));
        for (qsizetype p = 0; p < policies.ingress.size(); ++p) {
            QVERIFY(ingress->child(int(p))->text(0).endsWith(
                engine->policies().at(policies.ingress[p].policy).displayName));
        }
        QVERIFY(!view->isNodeDimmed(node));
        QVERIFY(!view->isNodeDimmed(panel->layout().edges[edge].to));
        for (qsizetype i = 0; i < panel->layout().edges.size(); ++i) {
            const EdgePlacement &e = panel->layout().edges[i];
            QCOMPARE(view->isEdgeDimmed(int(i)), e.from != node && e.to != node);
        }

        // The filter hides the namespaces it does not match.
        panel->filterEdit()->setText(u"prod"_s);
        for (qsizetype n = 0; n < panel->graph().nodes.size(); ++n) {
            const GraphNode &g = panel->graph().nodes[n];
            if (g.kind == GraphNodeKind::Namespace)
                QCOMPARE(view->isNodeShown(int(n)), g.name.contains(u"prod"_s));
        }
        panel->filterEdit()->clear();
        panel->findEdit()->setText(u"production"_s);
        QTest::keyClick(panel->findEdit(), Qt::Key_Return);
        QCOMPARE(panel->graph().nodes[view->selectedNode()].name, u"production"_s);

        // Double-clicking a namespace shows its workloads, the others stay whole; double-clicking
        // one of them folds it again.
        computed.clear();
        Q_EMIT view->nodeActivated(panel->graph().nodeIndex(u"production"_s));
        QVERIFY(computed.wait(30000));
        QCOMPARE(panel->expandedNamespaces(), QSet<QString> {u"production"_s});
        QVERIFY(panel->graph().nodeIndex(u"production"_s) < 0);
        GraphOptions byWorkload;
        byWorkload.by = MatrixGrouping::Workload;
        const FlowGraph mixed
            = collapseFlowGraph(computeFlowGraph(*engine, byWorkload), {u"production"_s});
        QCOMPARE(QString::fromUtf8(panel->exportBytes(u"dot"_s).value()), graphToDot(mixed));
        int productionWorkload = -1;
        for (qsizetype n = 0; n < panel->graph().nodes.size(); ++n) {
            if (panel->graph().nodes[n].namespace_ == u"production"
                && panel->graph().nodes[n].kind != GraphNodeKind::Namespace)
                productionWorkload = int(n);
        }
        QVERIFY(productionWorkload >= 0);
        if (const QString dir = qEnvironmentVariable("POLICY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.showGraph();
            QTest::qWait(50);
            QVERIFY(window.grab().save(dir + u"/graph-expanded.png"_s));
        }
        Q_EMIT view->nodeActivated(productionWorkload);
        QVERIFY(computed.wait(30000));
        QVERIFY(panel->expandedNamespaces().isEmpty());
        QCOMPARE(QString::fromUtf8(panel->exportBytes(u"dot"_s).value()), graphToDot(expected));

        // Too many edges to draw: nothing until a filter names what to draw.
        computed.clear();
        panel->setMaxDrawnEdges(5);
        panel->compute();
        QVERIFY(computed.wait(30000));
        QVERIFY2(
            panel->statusText().contains(u"too many to draw"_s), qPrintable(panel->statusText()));
        QVERIFY(panel->layout().nodes.isEmpty());
        QVERIFY(panel->layout().edges.isEmpty());
        QVERIFY(view->scene()->items().isEmpty()); // nothing drawn
        computed.clear();
        panel->filterEdit()->setText(u"qa"_s);
        QVERIFY(computed.wait(30000));
        QCOMPARE(QString::fromUtf8(panel->exportBytes(u"dot"_s).value()),
            graphToDot(flowSubgraph(expected, u"qa"_s)));
        QVERIFY2(panel->statusText().contains(u"only the nodes matching"_s),
            qPrintable(panel->statusText()));
        panel->setMaxDrawnEdges(GraphPanel::kMaxDrawnEdges);
        panel->filterEdit()->clear();
        computed.clear();
        panel->compute();
        QVERIFY(computed.wait(30000));

        // The workload level.
        computed.clear();
        panel->groupingCombo()->setCurrentIndex(2);
        QVERIFY(computed.wait(30000));
        QCOMPARE(QString::fromUtf8(panel->exportBytes(u"dot"_s).value()),
            graphToDot(computeFlowGraph(*engine, byWorkload)));
        if (const QString dir = qEnvironmentVariable("POLICY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.showGraph();
            QTest::qWait(50);
            QVERIFY(window.grab().save(dir + u"/graph-workload.png"_s));
        }

        // Compared with the saved files after an edit: the difference, as policyctl draws it.
        const ResourceId deny = policyRow(window, u"deny-tcp-8080"_s)
                                    .data(WorkspaceTreeModel::ResourceIdRole)
                                    .value<ResourceId>();
        window.document()->removePolicies({deny});
        waitAnalysed(window);
        computed.clear();
        panel->compareCheck()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(panel->diff().has_value() && !panel->isComputing(), 30000);
        const PolicyEngine saved(window.document()->store().saved());
        const std::shared_ptr<const PolicyEngine> edited = window.document()->analysis()->engine;
        const auto [before, after] = comparableFlowGraphs(saved, *edited, byWorkload);
        const GraphDiff diff = diffFlowGraphs(saved, before, *edited, after);
        QVERIFY(!diff.isEmpty());
        QCOMPARE(panel->diff()->changes.size(), diff.changes.size());
        QCOMPARE(QString::fromUtf8(panel->exportBytes(u"dot"_s).value()),
            graphDiffToDot(diff, before, after));
        // A changed edge lists what is allowed now, each piece with the rule responsible.
        int changed = -1;
        for (qsizetype i = 0; i < panel->layout().edges.size(); ++i) {
            const EdgePlacement &e = panel->layout().edges[i];
            if (panel->graph().nodes[e.from].id == diff.changes.first().from
                && panel->graph().nodes[e.to].id == diff.changes.first().to)
                changed = int(i);
        }
        QVERIFY(changed >= 0);
        view->selectEdge(changed);
        QCOMPARE(panel->details()->topLevelItem(0)->text(0),
            diff.changes.first().from + u" → "_s + diff.changes.first().to);
        if (const QString dir = qEnvironmentVariable("POLICY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.showGraph();
            QTest::qWait(50);
            QVERIFY(window.grab().save(dir + u"/graph-diff.png"_s));
        }
    }

    void lintFindingsJoinTheProblems()
    {
        MainWindow window;
        window.show();
        QSignalSpy linted(&window, &MainWindow::lintFinished);
        const QString trigger = test::fixturePath(u"lint/selects-nothing/trigger.yaml"_s);
        load(window, {test::fixturePath(u"lint/inventory.yaml"_s), trigger});
        QVERIFY(linted.wait(20000));
        const QList<LintFinding> expected = lintWorkspace(*window.document()->analysis()->engine);
        QVERIFY(!expected.isEmpty());
        ProblemsModel *model = window.problemsModel();
        QCOMPARE(model->lintCount(), expected.size());
        const int first = model->rowCount() - int(expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QModelIndex row = model->index(first + int(i), ProblemsModel::MessageColumn);
            QCOMPARE(
                row.data(ProblemsModel::LintCodeRole).toString(), lintCodeName(expected[i].code));
            QVERIFY(row.data().toString().endsWith(expected[i].message));
            QCOMPARE(row.data(ProblemsModel::FileRole).toString(), expected[i].location.file);
            QCOMPARE(row.data(ProblemsModel::LineRole).toInt(), expected[i].location.line);
        }
        // Activating a finding opens the policy it is about.
        int selectsNothing = -1;
        for (int r = first; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(ProblemsModel::LintCodeRole) == u"selects-nothing"_s)
                selectsNothing = r;
        }
        QVERIFY(selectsNothing >= 0);
        const auto policy
            = model->index(selectsNothing, 0).data(ProblemsModel::PolicyIdRole).value<ResourceId>();
        QVERIFY(!policy.isNull());
        window.openProblem(model->index(selectsNothing, 0));
        QVERIFY(window.currentEditor());
        QCOMPARE(window.currentEditor()->policyId(), policy);

        // An edit that removes the finding: the lint runs again and it is gone.
        linted.clear();
        window.document()->removePolicies({policy});
        QVERIFY(linted.wait(20000));
        for (int r = 0; r < model->rowCount(); ++r) {
            QVERIFY(model->index(r, 0).data(ProblemsModel::LintCodeRole) != u"selects-nothing"_s
                || model->index(r, 0).data(ProblemsModel::PolicyIdRole).value<ResourceId>()
                    != policy);
        }
    }

    // File ▸ Push (Ctrl+Shift+P) opens the push dialog on the workspace as edited.
    void pushAction()
    {
        MainWindow window;
        load(window, {demoWorkspacePath()});
        waitAnalysed(window);
        QAction *push = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(u"Ctrl+Shift+P"_s))
                push = a;
        }
        QVERIFY(push);
        QCOMPARE(push->text(), MainWindow::tr("&Push…"));
        push->trigger();
        auto *dialog = window.findChild<PushDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        dialog->close();
        QTRY_VERIFY(!window.findChild<PushDialog *>()); // deleted when closed
    }

    // The Flows dock explains a flow log as policyctl flows explain does, filters it, traces a
    // row, and with "Compare with saved" marks the connections the edits flip.
    // Opening shows how far it is and can be cancelled: the workspace stays as it was.
    void cancelOpening()
    {
        MainWindow window;
        window.show();
        load(window, {demoWorkspacePath()});
        const QStringList paths = window.document()->paths();
        const qsizetype policies = window.document()->workspace()->policies.size();
        QVERIFY(window.cancelLoadButton()->isHidden());
        // A folder large enough to take a while.
        QTemporaryDir big;
        for (int f = 0; f < 20; ++f) {
            QByteArray text;
            for (int p = 0; p < 300; ++p) {
                text += "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  "
                        "name: g"
                    + QByteArray::number(f * 1000 + p)
                    + "\nspec:\n  selector: all()\n  ingress:\n  - action: Allow\n---\n";
            }
            QFile out(big.filePath(u"f%1.yaml"_s.arg(f)));
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(text), text.size());
        }
        QSignalSpy cancelled(window.document(), &Document::loadCancelled);
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        window.openPaths({big.path()});
        QVERIFY(!window.cancelLoadButton()->isHidden());
        QVERIFY(window.statusLabel()->text().startsWith(u"Loading"_s)
            || window.statusLabel()->text().startsWith(u"Opening"_s));
        window.cancelLoadButton()->click();
        QVERIFY(cancelled.wait(20000));
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(window.document()->paths(), paths);
        QCOMPARE(window.document()->workspace()->policies.size(), policies);
        QVERIFY(window.cancelLoadButton()->isHidden());
        QVERIFY2(window.statusLabel()->text().contains(u"cancelled"_s),
            qPrintable(window.statusLabel()->text()));
        // Opened to the end, the progress line goes and the folder is the workspace.
        load(window, {big.path()});
        QVERIFY(window.cancelLoadButton()->isHidden());
        QCOMPARE(window.document()->workspace()->policies.size(), 20 * 300);
    }

    void flowsDock()
    {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        const QString extra = test::fixturePath(u"flows/workspace"_s);
        load(window, {demoWorkspacePath(), extra});
        waitAnalysed(window);
        FlowsPanel *panel = window.flowsPanel();
        QSignalSpy computed(panel, &FlowsPanel::computed);
        window.dock(u"flowsDock"_s)->raise();
        const QString log = test::fixturePath(u"flows/whisker-list.json"_s);
        panel->openLog(log);
        QVERIFY(computed.wait(30000));
        const PolicyEngine &engine = *window.document()->analysis()->engine;
        FlowLogReader reader;
        QVERIFY(reader.open(log));
        const FlowExplanation expected = explainFlowLog(engine, reader);
        QCOMPARE(panel->model()->rowCount(), int(expected.groups.size()));
        QVERIFY(expected.groups.size() > 1);
        QVERIFY2(panel->statusText().contains(flowExplanationSummary(expected)),
            qPrintable(panel->statusText()));
        int denied = 0;
        for (qsizetype i = 0; i < expected.groups.size(); ++i) {
            const FlowGroup &g = expected.groups[i];
            const QModelIndex status = panel->model()->index(int(i), FlowsModel::Status);
            QCOMPARE(status.data().toString(),
                !g.resolved   ? FlowsModel::tr("not resolved")
                    : g.agree ? FlowsModel::tr("agrees")
                              : FlowsModel::tr("drift"));
            if (g.resolved && g.side()->verdict == Verdict::Deny)
                ++denied;
        }
        QVERIFY(denied > 0);
        // Only what the engine denies.
        panel->showCombo()->setCurrentIndex(panel->showCombo()->findData(int(FlowsModel::Denied)));
        QCOMPARE(panel->filter()->rowCount(), denied);
        panel->showCombo()->setCurrentIndex(0);
        // A text filter.
        panel->filterEdit()->setText(u"qa-tester"_s);
        QVERIFY(panel->filter()->rowCount() >= 1);
        QVERIFY(panel->filter()->rowCount() < panel->model()->rowCount());
        panel->filterEdit()->clear();

        // Choosing a row shows the group as explain prints it; activating it traces it.
        panel->showRow(0);
        QCOMPARE(panel->detailsText(), flowGroupToText(expected.groups.first()));
        panel->traceRow(0);
        QCOMPARE(window.tracePanel()->lastTrace().from, expected.groups.first().trace.from);
        QCOMPARE(window.tracePanel()->lastTrace().to, expected.groups.first().trace.to);
        QCOMPARE(window.tracePanel()->lastTrace().verdict, expected.groups.first().trace.verdict);
        window.dock(u"flowsDock"_s)->raise();

        // An edit (every Calico policy gone) and the comparison with the saved files: the
        // connections whose verdict changes are marked, as policyctl flows replay finds them.
        computed.clear();
        window.document()->edit(
            u"Remove every policy"_s, [](WorkspaceData &d) { d.policies.clear(); });
        QVERIFY(computed.wait(30000)); // explained again after the edit, while shown
        computed.clear();
        panel->compareCheck()->setChecked(true);
        QVERIFY(computed.wait(30000));
        const PolicyEngine saved(window.document()->store().saved());
        const PolicyEngine &edited = *window.document()->analysis()->engine;
        FlowLogReader again;
        QVERIFY(again.open(log));
        const FlowReplay replay = replayFlowLog(saved, edited, again);
        QVERIFY(replay.changed > 0);
        QVERIFY(panel->model()->replay());
        QCOMPARE(panel->model()->replay()->changed, replay.changed);
        QVERIFY(!panel->view()->isColumnHidden(FlowsModel::Saved));
        panel->showCombo()->setCurrentIndex(panel->showCombo()->findData(int(FlowsModel::Flipped)));
        // The flipped rows are exactly the replay's connections, each with its two verdicts.
        QHash<QString, const ReplayFlow *> flips;
        for (const ReplayGroup &g : replay.groups) {
            for (const ReplayFlow &f : g.flows)
                flips.insert(flowGroupKey(f.record, false), &f);
        }
        QCOMPARE(int(flips.size()), replay.changed);
        QSet<QString> explained;
        for (const FlowGroup &g : panel->model()->explanation().groups)
            explained.insert(flowGroupKey(g.record, false));
        QSet<QString> shown;
        for (int row = 0; row < panel->filter()->rowCount(); ++row) {
            const QModelIndex index = panel->filter()->index(row, FlowsModel::Saved);
            const int source = panel->filter()->mapToSource(index).row();
            const QString key = flowGroupKey(panel->model()->group(source).record, false);
            const ReplayFlow *want = flips.value(key);
            QVERIFY2(want, qPrintable(u"shown as flipped but the replay keeps it: "_s + key));
            const ReplayFlow *got = panel->model()->flipped(source);
            QVERIFY(got);
            QCOMPARE(got->before.verdict, want->before.verdict);
            QCOMPARE(got->after.verdict, want->after.verdict);
            QVERIFY(want->before.verdict != want->after.verdict);
            QVERIFY2(index.data().toString().contains(u"→"_s), qPrintable(index.data().toString()));
            shown.insert(key);
        }
        for (auto it = flips.cbegin(); it != flips.cend(); ++it) {
            if (explained.contains(it.key()))
                QVERIFY2(
                    shown.contains(it.key()), qPrintable(u"flipped, not shown: "_s + it.key()));
        }
        QVERIFY(!shown.isEmpty());
        if (const QString dir = qEnvironmentVariable("POLICY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            panel->showCombo()->setCurrentIndex(0);
            panel->view()->selectRow(0);
            window.resizeDocks({window.dock(u"flowsDock"_s)}, {430}, Qt::Vertical);
            QTest::qWait(50);
            QVERIFY(window.grab().save(dir + u"/flows.png"_s));
        }
    }

    // Flows ▸ Connect to Whisker: the flows of a live backend (a stub of whisker-backend's HTTP
    // API: the real one needs Goldmane on a cluster), read once and explained again after edits.
    void flowsFromWhisker()
    {
        QList<QByteArray> flows;
        for (const QByteArray &line :
            readFile(test::fixturePath(u"flows/whisker-stream.txt"_s)).split('\n')) {
            if (line.startsWith("data: "))
                flows.append(line.mid(6).trimmed());
        }
        test::WhiskerStub stub(flows, "/whisker-backend");
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        load(window, {demoWorkspacePath(), test::fixturePath(u"flows/workspace"_s)});
        waitAnalysed(window);
        FlowsPanel *panel = window.flowsPanel();
        window.dock(u"flowsDock"_s)->raise();
        QSignalSpy computed(panel, &FlowsPanel::computed);
        WhiskerSource source;
        source.url = stub.url();
        source.sinceSeconds = 900;
        panel->openWhisker(source);
        QVERIFY(computed.wait(30000));
        FlowLogReader reader;
        QVERIFY(reader.open(test::fixturePath(u"flows/whisker-stream.txt"_s)));
        const FlowExplanation expected
            = explainFlowLog(*window.document()->analysis()->engine, reader);
        QCOMPARE(panel->model()->rowCount(), int(expected.groups.size()));
        QVERIFY2(panel->statusText().startsWith(stub.url()), qPrintable(panel->statusText()));
        QCOMPARE(stub.requests().size(), 1);
        QCOMPARE(
            stub.requests().first().target, QByteArray("/whisker-backend/flows?startTimeGte=-900"));
        // An edit: explained again from the flows already read.
        computed.clear();
        window.document()->edit(
            u"Remove every policy"_s, [](WorkspaceData &d) { d.policies.clear(); });
        QVERIFY(computed.wait(30000));
        QCOMPARE(panel->model()->rowCount(), int(expected.groups.size()));
        QCOMPARE(stub.requests().size(), 1);
        // A backend that fails: said, nothing shown.
        stub.failWith(500, "Internal Server Error");
        computed.clear();
        panel->openWhisker(source);
        QVERIFY(computed.wait(30000));
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY2(panel->statusText().contains(u"HTTP 500"_s), qPrintable(panel->statusText()));
    }

    // Flows ▸ Follow: the backend's live stream (the stub sends one event at a time). Rows
    // appear while following, the chosen row stays chosen as more come and through an edit,
    // which explains what was received again; turning Follow off or closing the dock stops it.
    void flowsFollow()
    {
        QList<QByteArray> flows;
        for (const QByteArray &line :
            readFile(test::fixturePath(u"flows/whisker-stream.txt"_s)).split('\n')) {
            if (line.startsWith("data: "))
                flows.append(line.mid(6).trimmed());
        }
        test::WhiskerStub stub(flows, "/whisker-backend");
        stub.streamInterval(150);
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        load(window, {demoWorkspacePath(), test::fixturePath(u"flows/workspace"_s)});
        waitAnalysed(window);
        FlowsPanel *panel = window.flowsPanel();
        window.dock(u"flowsDock"_s)->raise();
        QAbstractItemModelTester tester(
            panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!panel->followButton()->isEnabled()); // no backend yet
        QSignalSpy computed(panel, &FlowsPanel::computed);
        WhiskerSource source;
        source.url = stub.url();
        source.sinceSeconds = 900;
        panel->openWhisker(source);
        QVERIFY(computed.wait(30000));
        QVERIFY(panel->followButton()->isEnabled());
        panel->followButton()->click();
        QVERIFY(panel->isFollowing());
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() >= 1, 20000);
        QVERIFY2(
            panel->model()->rowCount() < flows.size(), "the rows did not come while following");
        QVERIFY(!panel->recommendButton()->isEnabled());
        panel->view()->selectRow(0);
        const QString chosen = flowGroupKey(panel->model()->group(0).record);
        const auto chosenKey = [panel] {
            const QModelIndex index
                = panel->filter()->mapToSource(panel->view()->selectionModel()->currentIndex());
            return index.isValid() ? flowGroupKey(panel->model()->group(index.row()).record)
                                   : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), int(flows.size()), 20000);
        QCOMPARE(chosenKey(), chosen);
        QTRY_VERIFY2(panel->statusText().contains(u"9 records in 9 flow groups"_s),
            qPrintable(panel->statusText()));
        QVERIFY2(panel->statusText().startsWith(u"Following "_s + stub.url()),
            qPrintable(panel->statusText()));
        QVERIFY2(
            panel->statusText().contains(u" — connected. "_s), qPrintable(panel->statusText()));
        QCOMPARE(stub.requests().last().target,
            QByteArray("/whisker-backend/flows?startTimeGte=-900&watch=true"));
        if (const QString dir = qEnvironmentVariable("POLICY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            panel->view()->selectRow(3);
            window.resizeDocks({window.dock(u"flowsDock"_s)}, {430}, Qt::Vertical);
            QTest::qWait(300);
            QVERIFY(window.grab().save(dir + u"/flows-follow.png"_s));
            panel->view()->selectRow(0);
        }
        // An edit while following: what was received is explained again, the row stays chosen.
        window.document()->edit(
            u"Remove every policy"_s, [](WorkspaceData &d) { d.policies.clear(); });
        waitAnalysed(window);
        FlowLogReader reader;
        QVERIFY(reader.open(test::fixturePath(u"flows/whisker-stream.txt"_s)));
        const FlowExplanation expected
            = explainFlowLog(*window.document()->analysis()->engine, reader);
        QVERIFY(expected.drifting() > 0);
        QCOMPARE(panel->model()->explanation().drifting(), 0);
        QTRY_COMPARE(panel->model()->explanation().drifting(), expected.drifting());
        QCOMPARE(panel->model()->explanation().agreeing(), expected.agreeing());
        QCOMPARE(panel->model()->rowCount(), int(expected.groups.size()));
        QCOMPARE(chosenKey(), chosen);
        QVERIFY(panel->isFollowing());
        // Turned off: stopped, and the status says so.
        panel->followButton()->click();
        QTRY_VERIFY(!panel->isFollowing());
        QTRY_VERIFY2(panel->statusText().startsWith(u"Stopped following "_s + stub.url()),
            qPrintable(panel->statusText()));
        QVERIFY2(panel->statusText().contains(u"Stopped after 9 record(s)."_s),
            qPrintable(panel->statusText()));
        QVERIFY(!panel->followButton()->isChecked());
        QCOMPARE(panel->model()->rowCount(), int(expected.groups.size()));
        // Undone after the stop: the groups kept are explained again.
        computed.clear();
        window.document()->undoStack()->undo();
        QVERIFY(computed.wait(30000));
        QCOMPARE(panel->model()->explanation().drifting(), 0);
        QCOMPARE(panel->model()->rowCount(), int(expected.groups.size()));
        // Closing the dock stops a follow.
        panel->followButton()->click();
        QVERIFY(panel->isFollowing());
        window.dock(u"flowsDock"_s)->close();
        QTRY_VERIFY(!panel->isFollowing());
    }

    // Flows ▸ Recommend: the staged policies of policyctl flows recommend, proven, added to the
    // workspace in one undoable edit.
    void flowsRecommend()
    {
        MainWindow window;
        load(window,
            {demoWorkspacePath(), test::fixturePath(u"flows/workspace"_s),
                test::fixturePath(u"flows/recommend-workspace"_s)});
        waitAnalysed(window);
        FlowsPanel *panel = window.flowsPanel();
        QVERIFY(!panel->recommendButton()->isEnabled());
        QSignalSpy computed(panel, &FlowsPanel::computed);
        const QString log = test::fixturePath(u"flows/recommend-shop.jsonl"_s);
        panel->openLog(log);
        QVERIFY(computed.wait(30000));
        QVERIFY(panel->recommendButton()->isEnabled());
        RecommendDialog *dialog = panel->showRecommendDialog();
        QVERIFY(dialog);
        dialog->namespaceCombo()->setCurrentText(u"shop"_s);
        QSignalSpy finished(dialog, &RecommendDialog::finished);
        dialog->run();
        QVERIFY(finished.wait(60000));
        const PolicyEngine &engine = *window.document()->analysis()->engine;
        FlowLogReader reader;
        QVERIFY(reader.open(log));
        FlowRecommendOptions options;
        options.namespace_ = u"shop"_s;
        options.tier = u"default"_s;
        const FlowRecommendation expected = recommendFlows(engine, reader, options);
        QVERIFY(expected.proven());
        QVERIFY(!expected.policies.isEmpty());
        QVERIFY(dialog->recommendation());
        QCOMPARE(dialog->recommendation()->policies.size(), expected.policies.size());
        QCOMPARE(
            dialog->policiesText(), QString::fromUtf8(flowRecommendationPolicies(expected, false)));
        QVERIFY2(dialog->verdictText().startsWith(u"Proven"_s), qPrintable(dialog->verdictText()));
        const qsizetype before = window.document()->workspace()->policies.size();
        dialog->addToWorkspace();
        const QList<CalicoPolicy> &after = window.document()->workspace()->policies;
        QCOMPARE(after.size(), before + expected.policies.size());
        for (qsizetype i = 0; i < expected.policies.size(); ++i) {
            const CalicoPolicy &added = after.at(before + i);
            QVERIFY(added.isStaged());
            QCOMPARE(added.meta.name, expected.policies[i].policy.meta.name);
            QVERIFY(!added.source.id.isNull());
        }
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->workspace()->policies.size(), before);
    }

    // The Flows dock's connections drawn over the graph: each lies on its edge (allowed) or on
    // a denied pair, and only the observed denied pairs are drawn.
    void graphObservedOverlay()
    {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        load(window, {demoWorkspacePath(), test::fixturePath(u"flows/workspace"_s)});
        waitAnalysed(window);
        QSignalSpy explained(window.flowsPanel(), &FlowsPanel::computed);
        window.flowsPanel()->openLog(test::fixturePath(u"flows/whisker-list.json"_s));
        QVERIFY(explained.wait(30000));
        const QList<ObservedFlow> flows = window.flowsPanel()->observedFlows();
        QVERIFY(flows.size() > 3);
        GraphPanel *panel = window.graphPanel();
        QVERIFY(panel->observedCheck()->isEnabled());
        QSignalSpy computed(panel, &GraphPanel::computed);
        window.showGraph();
        QVERIFY(computed.wait(30000));
        computed.clear();
        panel->observedCheck()->setChecked(true);
        QVERIFY(computed.wait(30000));
        QVERIFY(panel->observation());
        const PolicyEngine &engine = *window.document()->analysis()->engine;
        GraphOptions options;
        options.denied = true;
        const FlowGraph full = computeFlowGraph(engine, options);
        const GraphObservation expected = observeOnGraph(engine, full, flows);
        QCOMPARE(panel->observation()->edges.size(), expected.edges.size());
        QCOMPARE(panel->graph().edges.size(), full.edges.size());
        qsizetype observedDenied = 0;
        for (const ObservedEdge &e : expected.edges)
            observedDenied += e.denied > 0 ? 1 : 0;
        QVERIFY(observedDenied > 0);
        QCOMPARE(panel->graph().denied.size(), observedDenied);
        QVERIFY2(panel->statusText().contains(u"with observed traffic"_s),
            qPrintable(panel->statusText()));
        if (const QString dir = qEnvironmentVariable("POLICY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(window.grab().save(dir + u"/graph-observed.png"_s));
        }
    }

    // Edit ▸ Calico Version: an undoable edit, shown in the status bar, kept in the folder's
    // settings file on Save (and nothing else written).
    void calicoVersionMenu()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray policy = readFile(test::fixturePath(u"migrate/shop/admin.yaml"_s));
        QVERIFY(writeFile(dir.filePath(u"admin.yaml"_s), policy));
        MainWindow window;
        load(window, {dir.path()});
        waitAnalysed(window);
        QCOMPARE(window.document()->workspace()->calicoVersion, kNewestCalicoVersion);
        QAction *v331 = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->isCheckable() && a->text() == MainWindow::tr("Calico %1").arg(u"3.31"_s))
                v331 = a;
        }
        QVERIFY(v331);
        v331->trigger();
        QCOMPARE(window.document()->workspace()->calicoVersion, CalicoVersion::V3_31);
        QVERIFY(v331->isChecked());
        QVERIFY(window.document()->isModified());
        bool shown = false;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            shown = shown || label->text() == MainWindow::tr("Calico %1").arg(u"3.31"_s);
        QVERIFY(shown);
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->workspace()->calicoVersion, kNewestCalicoVersion);
        QVERIFY(!v331->isChecked());
        window.document()->undoStack()->redo();
        QVERIFY(window.save());
        const QByteArray settings = readFile(dir.filePath(u".policy-studio"_s));
        QVERIFY2(settings.contains("calico-version = 3.31"), settings.constData());
        QCOMPARE(readFile(dir.filePath(u"admin.yaml"_s)), policy); // nothing else written
    }

    // Edit ▸ Migrate to ClusterNetworkPolicy: the proof shown, Apply replaces the admin
    // policies in one undoable edit.
    void migrationAction()
    {
        MainWindow window;
        load(window, {test::fixturePath(u"migrate/shop"_s)});
        waitAnalysed(window);
        const Workspace before = window.document()->workspace();
        QVERIFY(MigrationDialog::sourcesIn(before) > 0);
        MigrationDialog *dialog = window.showMigrationDialog();
        QVERIFY(dialog);
        if (!dialog->migration()) {
            QSignalSpy finished(dialog, &MigrationDialog::finished);
            QVERIFY(finished.wait(60000));
        }
        const AdminMigration expected
            = migrateAdminPolicies(before, defaultMigrationSource(before->calicoVersion));
        QVERIFY(expected.equivalent());
        QVERIFY2(
            dialog->verdictText().startsWith(u"Equivalent"_s), qPrintable(dialog->verdictText()));
        QCOMPARE(dialog->reportText(), migrationToText(expected));
        QVERIFY(dialog->applyButton()->isEnabled());
        dialog->applyMigration();
        const Workspace after = window.document()->workspace();
        QCOMPARE(after->calicoVersion, CalicoVersion::V3_32);
        QCOMPARE(after->adminPolicies.size(), before->adminPolicies.size());
        for (const AdminPolicy &p : after->adminPolicies)
            QCOMPARE(p.kind, ResourceKind::ClusterNetworkPolicy);
        window.document()->undoStack()->undo();
        QVERIFY(window.document()->workspace() == before);

        // Nothing to migrate: no dialog, a message.
        MainWindow empty;
        load(empty, {test::fixturePath(u"ui/host-endpoint.yaml"_s)});
        waitAnalysed(empty);
        QCOMPARE(MigrationDialog::sourcesIn(empty.document()->workspace()), 0);
        QVERIFY(!empty.showMigrationDialog());
    }

    void chartsDock()
    {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        load(window, {demoWorkspacePath()});
        ChartsPanel *panel = window.chartsPanel();
        QVERIFY(!isOnScreen(panel));
        QVERIFY(panel->data().nodes.isEmpty()); // behind another tab: nothing computed
        QSignalSpy computed(panel, &ChartsPanel::computed);
        window.dock(u"chartsDock"_s)->raise();
        QVERIFY(computed.wait(30000));
        const PolicyEngine &engine = *window.document()->analysis()->engine;
        const QList<RulesetCost> nodes = rulesetCostPerNode(engine);
        QCOMPARE(panel->data().nodes.size(), nodes.size());
        QVERIFY(!nodes.isEmpty());
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            QCOMPARE(panel->data().nodes[i].rules, nodes[i].rules);
            QCOMPARE(panel->data().nodes[i].flatRules, nodes[i].flatRules);
            QVERIFY(nodes[i].flatRules >= nodes[i].rules);
        }
        QCOMPARE(panel->data().policies.policies, qsizetype(engine.policies().size()));

        // Policies and rules without effect: the Problems dock's lint findings, counted by code
        // (the lint runs once, for both).
        if (panel->lintFindings().isEmpty()) { // the demo has findings
            QSignalSpy linted(&window, &MainWindow::lintFinished);
            QVERIFY(linted.wait(30000));
        }
        LintOptions lintOptions;
        const QList<LintFinding> findings = lintWorkspace(engine, lintOptions);
        QCOMPARE(panel->lintFindings().size(), findings.size());
        panel->showChart(ChartsPanel::Chart::WithoutEffect);
        {
            const auto *series
                = qobject_cast<QAbstractBarSeries *>(panel->chartView()->chart()->series().first());
            const auto *axis = qobject_cast<QBarCategoryAxis *>(
                panel->chartView()->chart()->axes(Qt::Vertical).first());
            QVERIFY(series && axis);
            for (int i = 0; i < axis->count(); ++i) {
                const QString name = axis->at(i);
                const auto expected
                    = std::count_if(findings.cbegin(), findings.cend(), [&](const LintFinding &f) {
                          return ChartsPanel::withoutEffectName(f.code) == name;
                      });
                QCOMPARE(qsizetype(series->barSets().first()->at(i)), qsizetype(expected));
            }
        }

        // Each bar chart: a title, bars for the data, axes with units (the two line and
        // forecast charts: chartsGrowthAndForecast).
        for (int c = 0; c < panel->chartCombo()->count(); ++c) {
            const auto which = ChartsPanel::Chart(panel->chartCombo()->itemData(c).toInt());
            if (which == ChartsPanel::Chart::RulesTraversed
                || which == ChartsPanel::Chart::Forecast)
                continue;
            panel->chartCombo()->setCurrentIndex(c);
            QChart *chart = panel->chartView()->chart();
            QVERIFY(!chart->title().isEmpty());
            QCOMPARE(chart->series().size(), 1);
            const auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().first());
            QVERIFY(series && !series->barSets().isEmpty());
            QVERIFY(series->barSets().first()->count() > 0);
            QCOMPARE(chart->axes(Qt::Horizontal).size(), 1);
            QCOMPARE(chart->axes(Qt::Vertical).size(), 1);
            // Both axes say what they count or list.
            QVERIFY(!chart->axes(Qt::Horizontal).first()->titleText().isEmpty());
            QVERIFY(!chart->axes(Qt::Vertical).first()->titleText().isEmpty());
        }
        // In a dock too low for the 14 endpoints of the demo, the chart scrolls instead of
        // squeezing them: each category keeps a line for its label (Qt Charts writes "..."
        // otherwise).
        window.resizeDocks({window.dock(u"chartsDock"_s)}, {260}, Qt::Vertical);
        panel->showChart(ChartsPanel::Chart::RulesPerEndpoint);
        QTest::qWait(50);
        {
            QChart *chart = panel->chartView()->chart();
            const auto *names = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
            QVERIFY(names);
            QCOMPARE(names->count(), 14);
            QVERIFY(panel->chartView()->height() > panel->height());
            QVERIFY2(chart->plotArea().height() / names->count()
                    >= QFontMetricsF(names->labelsFont()).height(),
                qPrintable(QString::number(chart->plotArea().height())));
        }
        // Policies per tier: one bar per tier, in evaluation order, the counts of the engine.
        panel->showChart(ChartsPanel::Chart::PoliciesPerTier);
        const auto *tiers
            = qobject_cast<QAbstractBarSeries *>(panel->chartView()->chart()->series().first());
        const PolicyStats stats = policyStats(engine);
        qreal sum = 0;
        for (int i = 0; i < tiers->barSets().first()->count(); ++i)
            sum += tiers->barSets().first()->at(i);
        QCOMPARE(qsizetype(sum), stats.policies);
        QCOMPARE(tiers->barSets().first()->count(), int(stats.perTier.size()));

        panel->showChart(ChartsPanel::Chart::RulesPerNode);
        QVERIFY(panel->exportBytes(u"svg"_s).value().contains("<svg"));
        QVERIFY(panel->exportBytes(u"png"_s).value().startsWith("\x89PNG"));
        if (const QString dir = qEnvironmentVariable("POLICY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.resizeDocks({window.dock(u"chartsDock"_s)}, {430}, Qt::Vertical);
            for (const auto &[chart, name] :
                {std::pair {ChartsPanel::Chart::RulesPerNode, "charts-rules"},
                    std::pair {ChartsPanel::Chart::PoliciesPerTier, "charts-tiers"},
                    std::pair {ChartsPanel::Chart::EndpointsPerPolicy, "charts-endpoints"}}) {
                panel->showChart(chart);
                QTest::qWait(50);
                QVERIFY(window.grab().save(dir + u'/' + QLatin1StringView(name) + u".png"_s));
            }
        }
    }

    void chartsGrowthAndForecast()
    {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        load(window, {demoWorkspacePath()});
        ChartsPanel *panel = window.chartsPanel();
        QSignalSpy computed(panel, &ChartsPanel::computed);
        window.dock(u"chartsDock"_s)->raise();
        QVERIFY(computed.count() > 0 || computed.wait(30000));
        const PolicyEngine &engine = *window.document()->analysis()->engine;

        // Rules traversed as policies grow: two lines with the core's numbers, the 1,000-rule
        // mark, the workspace's own node; axes with units.
        QSignalSpy grown(panel, &ChartsPanel::growthComputed);
        panel->showChart(ChartsPanel::Chart::RulesTraversed);
        QVERIFY(grown.wait(180000));
        const Result<QList<GrowthPoint>> points = traversalGrowth();
        QVERIFY(points && !points->isEmpty());
        const GrowthPoint own = workspacePoint(engine);
        QChart *chart = panel->chartView()->chart();
        QVERIFY(chart->title().contains(u"Rules a new connection traverses"_s));
        QCOMPARE(chart->series().size(), 4);
        const auto *felix = qobject_cast<QLineSeries *>(chart->series().at(0));
        const auto *flat = qobject_cast<QLineSeries *>(chart->series().at(1));
        const auto *limit = qobject_cast<QLineSeries *>(chart->series().at(2));
        const auto *here = qobject_cast<QScatterSeries *>(chart->series().at(3));
        QVERIFY(felix && flat && limit && here);
        QCOMPARE(felix->count(), int(points->size()));
        QCOMPARE(flat->count(), int(points->size()));
        for (int i = 0; i < felix->count(); ++i) {
            QCOMPARE(felix->at(i).x(), qreal(points->at(i).policies));
            QCOMPARE(felix->at(i).y(), points->at(i).traversed.mean);
            QCOMPARE(flat->at(i).y(), points->at(i).traversed.flatMean);
        }
        QCOMPARE(limit->at(0).y(), 1000.0);
        QCOMPARE(here->count(), 2);
        QCOMPARE(here->at(0), QPointF(own.policies, own.traversed.mean));
        QCOMPARE(here->at(1), QPointF(own.policies, own.traversed.flatMean));
        QVERIFY(here->name().contains(own.node));
        QVERIFY(chart->axes(Qt::Horizontal).first()->titleText().startsWith(u"policies"_s));
        QVERIFY(chart->axes(Qt::Vertical).first()->titleText().startsWith(u"rules"_s));
        QVERIFY(panel->exportBytes(u"png"_s).value().startsWith("\x89PNG"));

        // The forecast: the form shows with the chart, runs on its own, and again on Forecast.
        QSignalSpy forecast(panel, &ChartsPanel::forecastComputed);
        panel->showChart(ChartsPanel::Chart::Forecast);
        QVERIFY(!panel->forecastNodeCombo()->isHidden());
        QVERIFY(panel->forecastNodeCombo()->count() > 0);
        QVERIFY(forecast.wait(30000));
        panel->forecastNodeCombo()->setCurrentText(u"worker-2"_s);
        panel->forecastWorkloadCombo()->setCurrentText(u"production/server-0"_s);
        panel->forecastCount()->setValue(3);
        QPushButton *button = nullptr;
        for (QPushButton *b : panel->findChildren<QPushButton *>()) {
            if (b->text().contains(u"Forecast"_s))
                button = b;
        }
        QVERIFY(button);
        forecast.clear();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(forecast.wait(30000));
        const Result<PlacementForecast> expected
            = forecastPlacement(engine, u"worker-2"_s, {{u"production/server-0"_s, 3}});
        QVERIFY(expected);
        QCOMPARE(panel->forecast().forecast->after.rules, expected->after.rules);
        chart = panel->chartView()->chart();
        QVERIFY(chart->title().contains(u"worker-2"_s));
        const auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2);
        // Upright bars: rules, flat rules, chains, IP sets, IP set members; now and placed.
        const QList<qsizetype> before {expected->before.rules, expected->before.flatRules,
            expected->before.chains, expected->before.ipsets, expected->before.ipsetMembers};
        const QList<qsizetype> after {expected->after.rules, expected->after.flatRules,
            expected->after.chains, expected->after.ipsets, expected->after.ipsetMembers};
        QCOMPARE(bars->barSets().at(0)->count(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(qsizetype(bars->barSets().at(0)->at(i)), before[i]);
            QCOMPARE(qsizetype(bars->barSets().at(1)->at(i)), after[i]);
        }
        QCOMPARE(chart->axes(Qt::Vertical).first()->titleText(), u"count"_s);
        // The numbers written above the bars (the IP sets' bars are too low to read) stand out
        // from the chart's background.
        QVERIFY(bars->isLabelsVisible());
        const QImage shot = panel->chartView()->grab().toImage();
        const int background = qGray(shot.pixel(shot.width() / 2, 4)); // above the title
        for (QBarSet *set : bars->barSets())
            QVERIFY2(std::abs(qGray(set->labelColor().rgb()) - background) > 100,
                qPrintable(set->labelColor().name()));
        panel->showChart(ChartsPanel::Chart::RulesPerNode);
        QVERIFY(panel->forecastCount()->parentWidget()->isHidden()); // the form
    }

    void filterBoxes()
    {
        MainWindow window;
        load(window, {demoWorkspacePath()});
        QTest::keyClicks(window.treeFilter(), QStringLiteral("intern"));
        QTRY_COMPARE(window.treeProxy()->appliedText(), QStringLiteral("intern"));
        const QAbstractItemModel *proxy = window.treeProxy();
        const QModelIndex tiers = child(proxy, {}, QStringLiteral("Tiers"));
        QCOMPARE(childNames(proxy, tiers), QStringList {QStringLiteral("default")});
        const QModelIndex def = proxy->index(0, 0, tiers);
        QCOMPARE(childNames(proxy, def),
            QStringList {QStringLiteral("7. prod-engineering/restrict-intern-access")});
        QVERIFY(window.treeView()->isExpanded(def)); // matches are shown, not hidden in folds

        QTest::keyClicks(window.inventoryFilter(), QStringLiteral("app=db"));
        QTRY_COMPARE(window.inventoryProxy()->appliedText(), QStringLiteral("app=db"));
        const QAbstractItemModel *inventory = window.inventoryProxy();
        QCOMPARE(childNames(inventory, {}), QStringList {QStringLiteral("prod-engineering")});
        const QStringList dbMatches = childNames(inventory, inventory->index(0, 0));
        QVERIFY2(dbMatches.contains(QStringLiteral("db-0")), qPrintable(dbMatches.join(u',')));
        QVERIFY(!dbMatches.contains(QStringLiteral("api-0")));
        window.inventoryFilter()->clear();
        QVERIFY(inventory->rowCount() > 1);
    }

    void treeKeepsExpansionAndSelectionAcrossEdits()
    {
        MainWindow window;
        load(window, {demoWorkspacePath()});
        QTreeView *tree = window.treeView();
        const QAbstractItemModel *proxy = tree->model();
        const QModelIndex tiers = child(proxy, {}, QStringLiteral("Tiers"));
        const QModelIndex admin = child(proxy, tiers, QStringLiteral("kube-admin"));
        const QModelIndex def = child(proxy, tiers, QStringLiteral("default"));
        tree->collapse(def);
        tree->expand(admin);
        const QModelIndex tcp = child(proxy, child(proxy, tiers, QStringLiteral("default")),
            QStringLiteral("5. production/allow-tcp-8080"));
        tree->setCurrentIndex(tcp);

        // An edit elsewhere updates the tree.
        const qsizetype first = window.policyIndexOfTab(0);
        CalicoPolicy p = window.document()->workspace()->policies[first];
        p.order = 2;
        window.document()->replacePolicy(p.source.id, p);

        const QModelIndex tiers2 = child(proxy, {}, QStringLiteral("Tiers"));
        QVERIFY(tree->isExpanded(tiers2));
        QVERIFY(tree->isExpanded(child(proxy, tiers2, QStringLiteral("kube-admin"))));
        QVERIFY(!tree->isExpanded(child(proxy, tiers2, QStringLiteral("default"))));
        QCOMPARE(
            tree->currentIndex().data().toString(), QStringLiteral("5. production/allow-tcp-8080"));
    }

    void doubleClickOpensPolicyTab()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        load(window, {demoWorkspacePath()});
        QTreeView *tree = window.treeView();
        const QAbstractItemModel *proxy = tree->model();
        const QModelIndex def
            = child(proxy, child(proxy, {}, QStringLiteral("Tiers")), QStringLiteral("default"));
        const QModelIndex intern
            = child(proxy, def, QStringLiteral("7. prod-engineering/restrict-intern-access"));
        tree->scrollTo(intern);
        const QRect rect = tree->visualRect(intern);
        QVERIFY(rect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.editorTabs()->count(), 2);
        QCOMPARE(window.editorTabs()->tabText(window.editorTabs()->currentIndex()),
            QStringLiteral("restrict-intern-access"));
        const auto *yaml = qobject_cast<QPlainTextEdit *>(window.editorTabs()->currentWidget());
        if (yaml) // the read-only YAML view, until the form editor is in the build
            QVERIFY(yaml->toPlainText().contains(QStringLiteral("restrict-intern-access")));
        // Opening it again focuses the same tab.
        window.openPolicy(intern.data(WorkspaceTreeModel::ResourceIdRole).value<ResourceId>());
        QCOMPARE(window.editorTabs()->count(), 2);
        // Closing a tab.
        Q_EMIT window.editorTabs()->tabCloseRequested(1);
        QCOMPARE(window.editorTabs()->count(), 1);
    }

    void undoRedoThroughActions()
    {
        MainWindow window;
        load(window, {tempFile(QStringLiteral("undo.yaml"), kPolicies)});
        QCOMPARE(window.document()->workspace()->policies.size(), 2);
        QVERIFY(!window.undoAction()->isEnabled());
        QCOMPARE(window.editorTabs()->count(), 1);

        window.deleteCurrentPolicy();
        QCOMPARE(window.document()->workspace()->policies.size(), 1);
        QCOMPARE(window.editorTabs()->count(), 0); // its tab closed with it
        QVERIFY(window.undoAction()->isEnabled());
        QVERIFY(window.undoAction()->text().contains(QStringLiteral("allow-dns")));

        window.undoAction()->trigger();
        QCOMPARE(window.document()->workspace()->policies.size(), 2);
        QVERIFY(window.redoAction()->isEnabled());
        QVERIFY(child(window.treeModel(),
            child(window.treeModel(), child(window.treeModel(), {}, QStringLiteral("Tiers")),
                QStringLiteral("default")),
            QStringLiteral("1. allow-dns"))
                    .isValid());

        window.redoAction()->trigger();
        QCOMPARE(window.document()->workspace()->policies.size(), 1);

        const ResourceId added = window.newPolicy(
            ResourceKind::NetworkPolicy, QStringLiteral("fresh"), QStringLiteral("prod"));
        const QList<CalicoPolicy> &policies = window.document()->workspace()->policies;
        QCOMPARE(policies[indexOfResource(policies, added)].meta.name, QStringLiteral("fresh"));
        QCOMPARE(window.editorTabs()->tabText(window.editorTabs()->currentIndex()),
            QStringLiteral("fresh"));
        window.undoAction()->trigger();
        QCOMPARE(window.document()->workspace()->policies.size(), 1);
        QCOMPARE(window.editorTabs()->count(), 0);
    }

    void dragAndDropOpensFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("yaml") << QStringLiteral("dropped.yaml") << true;
        QTest::newRow("yml") << QStringLiteral("dropped.yml") << true;
        QTest::newRow("folder") << QStringLiteral("folder") << true;
        QTest::newRow("text") << QStringLiteral("notes.txt") << false;
    }

    void dragAndDropOpensFiles()
    {
        QFETCH(QString, name);
        QFETCH(bool, accepted);
        QString path;
        if (name == u"folder") {
            path = m_dir.filePath(QStringLiteral("dropdir"));
            QVERIFY(QDir().mkpath(path));
            QVERIFY(writeFile(path + QStringLiteral("/p.yaml"), kPolicies));
        } else {
            path = tempFile(name, kPolicies);
        }
        MainWindow window;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(
            QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QCOMPARE(enter.isAccepted(), accepted);

        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        if (!accepted) {
            QVERIFY(!loaded.wait(300));
            return;
        }
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.document()->paths(), QStringList {QFileInfo(path).absoluteFilePath()});
        QCOMPARE(window.document()->workspace()->policies.size(), 2);
    }

    void saveAsFailureKeepsOriginal()
    {
        const QString file = tempFile(QStringLiteral("keep.yaml"), kPolicies);
        MainWindow window;
        load(window, {file});
        window.deleteCurrentPolicy();
        // The target is a directory: nothing can be written there.
        const QString dir = m_dir.filePath(QStringLiteral("a-directory"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(!window.saveAs(dir));
        QVERIFY(!window.lastError().isEmpty());
        QVERIFY(window.document()->isModified());
        QCOMPARE(window.document()->paths(), QStringList {file});
        QCOMPARE(readFile(file), QByteArray(kPolicies));
        // A path below a regular file cannot be created either.
        QVERIFY(!window.saveAs(file + QStringLiteral("/below.yaml")));
        QCOMPARE(readFile(file), QByteArray(kPolicies));
    }

    void saveIntoReadOnlyFolderKeepsOriginal()
    {
        if (geteuid() == 0)
            QSKIP("root writes into read-only folders");
        const QString dir = m_dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(dir));
        const QString file = dir + QStringLiteral("/p.yaml");
        QVERIFY(writeFile(file, kPolicies));
        MainWindow window;
        load(window, {file});
        window.deleteCurrentPolicy();
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        const bool saved = window.save();
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!saved);
        QVERIFY(window.document()->isModified());
        QCOMPARE(readFile(file), QByteArray(kPolicies));
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList {QStringLiteral("p.yaml")});
    }

    void saveWritesInPlaceAndFallsBackToSaveAs()
    {
        const QString file = tempFile(QStringLiteral("inplace.yaml"), kPolicies);
        MainWindow window;
        load(window, {file});
        window.deleteCurrentPolicy();
        QVERIFY(window.save());
        QVERIFY(!window.document()->isModified());
        QCOMPARE(Loader().loadPaths({file}).workspace->policies.size(), 1);

        // The demo has no writable file: Save asks for a name.
        MainWindow demo;
        load(demo, {demoWorkspacePath()});
        demo.deleteCurrentPolicy();
        const QString target = m_dir.filePath(QStringLiteral("demo-copy.yaml"));
        int asked = 0;
        demo.setSaveFileNamePrompt([&] {
            ++asked;
            return target;
        });
        QVERIFY(demo.saveAction()->isEnabled());
        demo.saveAction()->trigger();
        QCOMPARE(asked, 1);
        QVERIFY(!demo.document()->isModified());
        QCOMPARE(demo.document()->paths(), QStringList {target});
        QCOMPARE(Loader().loadPaths({target}).workspace, demo.document()->workspace());
        QVERIFY(demo.recentFiles().contains(QFileInfo(target).absoluteFilePath()));
    }

    void brokenFileShowsProblemsAndJumps()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString file = tempFile(QStringLiteral("broken.yaml"), kBroken);
        load(window, {file});
        ProblemsModel *problems = window.problemsModel();
        QVERIFY(problems->rowCount() > 0);
        QVERIFY(problems->errorCount() > 0);
        QVERIFY2(window.statusLabel()->text().contains(QStringLiteral("error")),
            qPrintable(window.statusLabel()->text()));
        const QString location
            = problems->index(0, ProblemsModel::LocationColumn).data().toString();
        QVERIFY2(location.startsWith(file + u':'), qPrintable(location));
        // Everything else stays usable: the good policy is in the tree.
        QVERIFY(policyRow(window, QStringLiteral("good")).isValid());

        // Double-click jumps to the policy and its field.
        QTreeView *view = window.problemsView();
        const QModelIndex row = view->model()->index(0, ProblemsModel::MessageColumn);
        const QRect rect = view->visualRect(row);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.editorTabs()->tabText(window.editorTabs()->currentIndex()),
            QStringLiteral("bad"));
        const QString path = problems->index(0, ProblemsModel::PathColumn).data().toString();
        QVERIFY(!path.isEmpty());
        QCOMPARE(window.lastRevealedField(), path);
        if (auto *yaml = qobject_cast<QPlainTextEdit *>(window.editorTabs()->currentWidget()))
            // The cursor is on the field, or on its nearest ancestor the YAML still has (the
            // invalid port is not written back), inside the ingress rule.
            QVERIFY2(yaml->textCursor().blockNumber() > 5,
                qPrintable(yaml->textCursor().block().text()));
    }

    void problemOnAdminPolicyJumpsToItsField_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field"); // the form's part, or "yaml"
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("row"); // the rule (a rule field, the list) or table row, or -1
        QTest::addColumn<int>("column"); // a table's current column
        QTest::addColumn<QString>("line"); // yaml: what the cursor's line holds

        QTest::newRow("priority") << u"guard"_s << u"spec.priority"_s << u"priority"_s << -1 << -1
                                  << -1 << QString();
        QTest::newRow("rule name")
            << u"guard"_s << u"spec.ingress[0].name"_s << u"name"_s << 0 << 0 << -1 << QString();
        QTest::newRow("peer network") << u"guard"_s << u"spec.egress[1].to[1].networks[0]"_s
                                      << u"peers"_s << 1 << 1 << 3 << QString();
        QTest::newRow("port range")
            << u"guard"_s << u"spec.egress[1].ports[0]"_s << u"ports"_s << 1 << 0 << 0 << QString();
        QTest::newRow("named port") << u"guard"_s << u"spec.egress[1].ports[1].namedPort"_s
                                    << u"ports"_s << 1 << 1 << 1 << QString();
        QTest::newRow("cluster tier")
            << u"tiered"_s << u"spec.tier"_s << u"tier"_s << -1 << -1 << -1 << QString();
        QTest::newRow("kind: yaml") << u"guard"_s << u"kind"_s << u"yaml"_s << -1 << -1 << -1
                                    << u"kind: AdminNetworkPolicy"_s;
        QTest::newRow("name: yaml") << u"strict"_s << u"metadata.name"_s << u"yaml"_s << -1 << -1
                                    << -1 << u"name: strict"_s;
    }

    // A finding about an admin policy, double-clicked in the Problems, opens that policy's form
    // with the focus in the field (the rule, the peer's or port's cell) its path names; a field
    // the form does not show is shown in the YAML tab.
    void problemOnAdminPolicyJumpsToItsField()
    {
        QFETCH(QString, policy);
        QFETCH(QString, path);
        QFETCH(QString, field);
        QFETCH(int, direction);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, line);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        load(window, {tempFile(QStringLiteral("admin-findings.yaml"), kAdminFindings)});
        const Workspace workspace = window.document()->workspace();
        QCOMPARE(workspace->adminPolicies.size(), 3);
        ResourceId id;
        for (const AdminPolicy &p : workspace->adminPolicies)
            if (p.meta.name == policy)
                id = p.source.id;
        QVERIFY(!id.isNull());

        ProblemsModel *problems = window.problemsModel();
        int found = -1;
        for (int r = 0; r < problems->rowCount() && found < 0; ++r) {
            const QModelIndex index = problems->index(r, 0);
            if (index.data(ProblemsModel::PathRole).toString() == path
                && index.data(ProblemsModel::AdminPolicyIdRole).value<ResourceId>() == id)
                found = r;
        }
        QVERIFY2(found >= 0, qPrintable(path));
        QVERIFY(problems->index(found, 0)
                    .data(ProblemsModel::PolicyIdRole)
                    .value<ResourceId>()
                    .isNull());

        QTreeView *view = window.problemsView();
        const QModelIndex index = view->model()->index(found, ProblemsModel::MessageColumn);
        view->scrollTo(index);
        const QRect rect = view->visualRect(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());

        auto *admin = qobject_cast<AdminPolicyView *>(window.editorTabs()->currentWidget());
        QVERIFY(admin);
        QCOMPARE(admin->policyId(), id);
        QCOMPARE(window.lastRevealedField(), path);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (field == u"yaml") {
            QCOMPARE(admin->tabs()->currentWidget(), admin->yamlView());
            QCOMPARE(focus, admin->yamlView()->textEdit());
            const QString text = admin->yamlView()->textEdit()->textCursor().block().text();
            QVERIFY2(text.trimmed() == line, qPrintable(text));
            return;
        }
        AdminPolicyForm *form = admin->form();
        QCOMPARE(admin->tabs()->currentWidget(), form);
        const QHash<QString, QWidget *> fields {{u"priority"_s, form->priorityEdit()},
            {u"tier"_s, form->tierCombo()},
            {u"name"_s, direction < 0 ? nullptr : form->ruleNameEdit(direction)},
            {u"peers"_s, direction < 0 ? nullptr : form->peerTable(direction)},
            {u"ports"_s, direction < 0 ? nullptr : form->portTable(direction)}};
        QWidget *expected = fields.value(field);
        QVERIFY(expected);
        QVERIFY2(
            focus == expected || expected->isAncestorOf(focus), focus->metaObject()->className());
        QVERIFY(expected->isVisible());
        if (direction < 0)
            return;
        if (field == u"name") {
            QCOMPARE(form->ruleList(direction)->currentRow(), row);
            QCOMPARE(form->ruleNameEdit(direction)->text(),
                workspace->adminPolicies[0].ingress[0].name); // guard's
            return;
        }
        QCOMPARE(form->ruleList(direction)->currentRow(), 1);
        auto *table = qobject_cast<QTableWidget *>(expected);
        QCOMPARE(table->currentRow(), row);
        QCOMPARE(table->currentColumn(), column);
    }

    void problemOnKubernetesPolicyJumpsToItsField_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code"); // the lint's code, "" for validation and the loader
        QTest::addColumn<QString>("field"); // the form's part, or "yaml"
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("rule"); // the rule list's current row, or -1
        QTest::addColumn<int>("row"); // a table's current row
        QTest::addColumn<int>("column"); // a table's current column
        QTest::addColumn<QString>("text"); // the current cell's text, or yaml: the cursor's line

        QTest::newRow("pod selector: lint")
            << u"ghost"_s << u"spec.podSelector"_s << u"selects-nothing"_s << u"podSelector"_s << -1
            << -1 << -1 << -1 << QString();
        QTest::newRow("policy type") << u"web"_s << u"spec.policyTypes[2]"_s << QString()
                                     << u"egressType"_s << -1 << -1 << -1 << -1 << QString();
        QTest::newRow("rules: lint") << u"ghost"_s << u"spec.ingress"_s << u"peer-selects-nothing"_s
                                     << u"rules"_s << 0 << -1 << -1 << -1 << QString();
        QTest::newRow("ipBlock cidr")
            << u"web"_s << u"spec.ingress[0].from[1].ipBlock.cidr"_s << QString() << u"peers"_s << 0
            << 0 << 1 << 2 << u"10.0.0.0/33"_s;
        QTest::newRow("namespace selector")
            << u"Bad_Name"_s
            << u"spec.ingress[0].from[0].namespaceSelector.matchExpressions[0].operator"_s
            << QString() << u"peers"_s << 0 << 0 << 0 << 1 << u"team Inn (shop)"_s;
        QTest::newRow("except") << u"web"_s << u"spec.egress[1].to[0].ipBlock.except[1]"_s
                                << QString() << u"peers"_s << 1 << 1 << 0 << 3
                                << u"10.1.0.0/16, 192.168.0.0/24"_s;
        QTest::newRow("end port") << u"web"_s << u"spec.egress[0].ports[0].endPort"_s << QString()
                                  << u"ports"_s << 1 << 0 << 0 << 2 << u"8000"_s;
        QTest::newRow("protocol") << u"web"_s << u"spec.egress[0].ports[1].protocol"_s << QString()
                                  << u"ports"_s << 1 << 0 << 1 << 0 << u"tcp"_s;
        // The loader's (no resource named: found by its line); it drops the number, so the
        // cell is empty.
        QTest::newRow("port out of range: load")
            << u"web"_s << u"spec.egress[1].ports[0].port"_s << QString() << u"ports"_s << 1 << 1
            << 0 << 1 << u""_s;
        QTest::newRow("name: yaml") << u"Bad_Name"_s << u"metadata.name"_s << QString() << u"yaml"_s
                                    << -1 << -1 << -1 << -1 << u"name: Bad_Name"_s;
    }

    // A finding about a Kubernetes NetworkPolicy (validation's or the lint's), double-clicked in
    // the Problems, opens that policy's form with the focus in the field (the rule, the peer's or
    // port's cell) its path names; a field the form does not show is shown in the YAML tab.
    void problemOnKubernetesPolicyJumpsToItsField()
    {
        QFETCH(QString, policy);
        QFETCH(QString, path);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(int, direction);
        QFETCH(int, rule);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        load(window,
            {test::fixturePath(u"lint/inventory.yaml"_s),
                tempFile(QStringLiteral("kubernetes-findings.yaml"), kKubernetesFindings)});
        ProblemsModel *problems = window.problemsModel();
        QTRY_VERIFY_WITH_TIMEOUT(problems->lintCount() > 0, 20000);
        const Workspace workspace = window.document()->workspace();
        QCOMPARE(workspace->kubernetesPolicies.size(), 3);
        ResourceId id;
        for (const KubernetesNetworkPolicy &p : workspace->kubernetesPolicies)
            if (p.meta.name == policy)
                id = p.source.id;
        QVERIFY(!id.isNull());

        int found = -1;
        for (int r = 0; r < problems->rowCount() && found < 0; ++r) {
            const QModelIndex index = problems->index(r, 0);
            if (index.data(ProblemsModel::PathRole).toString() == path
                && index.data(ProblemsModel::LintCodeRole).toString() == code
                && index.data(ProblemsModel::KubernetesPolicyIdRole).value<ResourceId>() == id)
                found = r;
        }
        QVERIFY2(found >= 0, qPrintable(path));
        QVERIFY(problems->index(found, 0)
                    .data(ProblemsModel::PolicyIdRole)
                    .value<ResourceId>()
                    .isNull());

        QTreeView *view = window.problemsView();
        const QModelIndex index = view->model()->index(found, ProblemsModel::MessageColumn);
        view->scrollTo(index);
        const QRect rect = view->visualRect(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());

        auto *kubernetes
            = qobject_cast<KubernetesPolicyView *>(window.editorTabs()->currentWidget());
        QVERIFY(kubernetes);
        QCOMPARE(kubernetes->policyId(), id);
        QCOMPARE(window.lastRevealedField(), path);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (field == u"yaml") {
            QCOMPARE(kubernetes->tabs()->currentWidget(), kubernetes->yamlView());
            QCOMPARE(focus, kubernetes->yamlView()->textEdit());
            const QString shown = kubernetes->yamlView()->textEdit()->textCursor().block().text();
            QVERIFY2(shown.trimmed() == text, qPrintable(shown));
            return;
        }
        KubernetesPolicyForm *form = kubernetes->form();
        QCOMPARE(kubernetes->tabs()->currentWidget(), form);
        const QHash<QString, QWidget *> fields {{u"podSelector"_s, form->podSelectorEdit()},
            {u"egressType"_s, form->egressCheck()},
            {u"rules"_s, direction < 0 ? nullptr : form->ruleList(direction)},
            {u"peers"_s, direction < 0 ? nullptr : form->peerTable(direction)},
            {u"ports"_s, direction < 0 ? nullptr : form->portTable(direction)}};
        QWidget *expected = fields.value(field);
        QVERIFY(expected);
        QVERIFY2(
            focus == expected || expected->isAncestorOf(focus), focus->metaObject()->className());
        QVERIFY(expected->isVisible());
        if (rule < 0)
            return;
        QCOMPARE(form->ruleList(direction)->currentRow(), rule);
        auto *table = qobject_cast<QTableWidget *>(expected);
        QVERIFY(table);
        QCOMPARE(table->currentRow(), row);
        QCOMPARE(table->currentColumn(), column);
        // The rule's peers or ports, as written; the cell shows what the finding is about.
        const KubernetesNetworkPolicy &written
            = workspace->kubernetesPolicies[indexOfResource(workspace->kubernetesPolicies, id)];
        const QList<K8sRule> &rules = direction == 0 ? written.ingress : written.egress;
        QCOMPARE(form->ruleList(direction)->count(), rules.size());
        QCOMPARE(table->rowCount(),
            field == u"peers" ? rules[rule].peers.size() : rules[rule].ports.size());
        QVERIFY(table->item(row, column));
        QCOMPARE(table->item(row, column)->text(), text);
    }

    void problemsFollowEdits()
    {
        MainWindow window;
        load(window, {tempFile(QStringLiteral("live.yaml"), kPolicies)});
        QCOMPARE(window.problemsModel()->rowCount(), 0);
        const qsizetype index = window.policyIndexOfTab(0);
        CalicoPolicy p = window.document()->workspace()->policies[index];
        p.selector = QStringLiteral("app ==");
        QSignalSpy ready(window.document(), &Document::analysisReady);
        window.document()->replacePolicy(p.source.id, p);
        QVERIFY(!window.analysingLabel()->isHidden()); // "Analysing…" while it runs
        QVERIFY(ready.wait(10000));
        QVERIFY(window.problemsModel()->errorCount() > 0);
        QVERIFY(window.analysingLabel()->isHidden());
        window.undoAction()->trigger();
        QVERIFY(ready.wait(10000));
        QCOMPARE(window.problemsModel()->rowCount(), 0);
    }

    void inventoryRoutesEndpointRequests()
    {
        MainWindow window;
        load(window, {demoWorkspacePath()});
        QSignalSpy selected(&window, &MainWindow::endpointSelected);
        QSignalSpy whyDenied(&window, &MainWindow::whyDeniedRequested);
        QSignalSpy traceFrom(&window, &MainWindow::traceFromRequested);
        QSignalSpy chain(&window, &MainWindow::ruleChainRequested);
        const QAbstractItemModel *proxy = window.inventoryProxy();
        const QModelIndex db = child(
            proxy, child(proxy, {}, QStringLiteral("prod-engineering")), QStringLiteral("db-0"));
        window.inventoryView()->setCurrentIndex(db);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().toString(), QStringLiteral("prod-engineering/db-0"));
        const QList<QAction *> actions = window.inventoryActions();
        QCOMPARE(actions.size(), 3);
        for (QAction *action : actions)
            action->trigger();
        QCOMPARE(whyDenied.size(), 1);
        QCOMPARE(whyDenied.first().first().toString(), QStringLiteral("prod-engineering/db-0"));
        QCOMPARE(traceFrom.size(), 1);
        QCOMPARE(chain.size(), 1);

        // A namespace is not an endpoint: no requests.
        window.inventoryView()->setCurrentIndex(
            child(proxy, {}, QStringLiteral("prod-engineering")));
        QVERIFY(!actions.first()->isEnabled());
    }

    void inventoryDrivesChainDataplaneAndTrace()
    {
        MainWindow window;
        load(window, {demoWorkspacePath()});
        const QAbstractItemModel *proxy = window.inventoryProxy();
        const QModelIndex web = child(
            proxy, child(proxy, {}, QStringLiteral("development")), QStringLiteral("dev-web-0"));
        const QModelIndex tester
            = child(proxy, child(proxy, {}, QStringLiteral("qa")), QStringLiteral("qa-tester-0"));
        QVERIFY(web.isValid() && tester.isValid());

        window.inventoryView()->setCurrentIndex(web);
        QCOMPARE(window.chainView()->endpoint(), QStringLiteral("development/dev-web-0"));
        QCOMPARE(window.dataplanePanel()->endpoint(), QStringLiteral("development/dev-web-0"));
        const QModelIndex nodes = child(proxy, {}, QStringLiteral("Nodes"));
        const QModelIndex node = proxy->index(0, 0, nodes);
        window.inventoryView()->setCurrentIndex(node);
        QCOMPARE(window.dataplanePanel()->node(), node.data().toString());

        // "Trace from here" on the tester, then "Why is this denied?" on dev-web-0: the
        // demo's first denied flow, traced, and its path handed to the chain view.
        window.inventoryView()->setCurrentIndex(tester);
        window.inventoryActions().at(1)->trigger();
        window.inventoryView()->setCurrentIndex(web);
        QSignalSpy traced(window.tracePanel(), &TracePanel::traced);
        window.inventoryActions().at(0)->trigger();
        QCOMPARE(traced.size(), 1);
        const FlowTrace trace = window.tracePanel()->lastTrace();
        QCOMPARE(trace.from, QStringLiteral("qa/qa-tester-0"));
        QCOMPARE(trace.to, QStringLiteral("development/dev-web-0"));
        QVERIFY2(trace.ok(), qPrintable(trace.error));
        QCOMPARE(trace.verdict, Verdict::Deny);
    }

    void ruleActivatedOpensEditorOnRule()
    {
        MainWindow window;
        load(window, {demoWorkspacePath()});
        RuleRef ref;
        ref.kind = QStringLiteral("GlobalNetworkPolicy");
        ref.policy = QStringLiteral("restrict-development-access");
        ref.direction = Direction::Ingress;
        ref.rule = 0;
        Q_EMIT window.chainView()->ruleActivated(ref);
        QCOMPARE(window.editorTabs()->tabText(window.editorTabs()->currentIndex()),
            QStringLiteral("restrict-development-access"));
        QVERIFY(window.currentEditor());
        QCOMPARE(window.currentEditor()->policyRef().policy, ref.policy);
        // From the trace panel and the dataplane panel too: the same tab, not a new one.
        const int tabs = window.editorTabs()->count();
        Q_EMIT window.tracePanel()->ruleActivated(ref);
        Q_EMIT window.dataplanePanel()->ruleActivated(ref);
        QCOMPARE(window.editorTabs()->count(), tabs);
    }

    void kubernetesPolicyOpensReadOnly()
    {
        const QString file
            = tempFile(QStringLiteral("knp.yaml"), R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-ingress, namespace: prod}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
    - from: [{podSelector: {matchLabels: {app: api}}}]
)");
        MainWindow window;
        load(window, {file});
        QCOMPARE(window.document()->workspace()->kubernetesPolicies.size(), 1);
        // From a rule link (as the chain and trace name it) ...
        RuleRef ref;
        ref.kind = QStringLiteral("KubernetesNetworkPolicy");
        ref.policy = QStringLiteral("prod/db-ingress");
        window.openRule(ref);
        auto *view = qobject_cast<KubernetesPolicyView *>(window.editorTabs()->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->kubernetesPolicyIndex(), 0);
        // ... and from the tree: the same tab, not a second one.
        const int tabs = window.editorTabs()->count();
        window.openKubernetesPolicy(
            window.document()->workspace()->kubernetesPolicies[0].source.id);
        QCOMPARE(window.editorTabs()->count(), tabs);
        QCOMPARE(window.editorTabs()->currentWidget(), view);
    }

    void languageChoiceIsRemembered()
    {
        MainWindow window;
        auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QAction *chinese = nullptr;
        for (QAction *a : menu->actions())
            if (a->data().toString() == QStringLiteral("zh_CN"))
                chinese = a;
        QVERIFY(chinese);
        chinese->trigger();
        QCOMPARE(QSettings().value(QLatin1StringView(kLanguageSettingsKey)).toString(),
            QStringLiteral("zh_CN"));
        QVERIFY(chinese->isChecked());
        QSettings().remove(QLatin1StringView(kLanguageSettingsKey));
    }

    void layoutAndRecentFilesRemembered()
    {
        const QString file = tempFile(QStringLiteral("recent.yaml"), kPolicies);
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            load(window, {file});
            window.dock(QStringLiteral("inventoryDock"))->hide();
            QVERIFY(window.close());
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.dock(QStringLiteral("inventoryDock"))->isHidden());
        QVERIFY(!again.dock(QStringLiteral("workspaceDock"))->isHidden());
        QCOMPARE(again.recentFiles().value(0), QFileInfo(file).absoluteFilePath());
    }

    void closePromptsForUnsavedChanges()
    {
        MainWindow window;
        window.show();
        load(window, {tempFile(QStringLiteral("prompt.yaml"), kPolicies)});
        window.deleteCurrentPolicy();
        int asked = 0;
        window.setUnsavedChangesPrompt([&] {
            ++asked;
            return QMessageBox::Cancel;
        });
        QVERIFY(!window.close());
        QCOMPARE(asked, 1);
        QVERIFY(window.isVisible());
        window.setUnsavedChangesPrompt([&] {
            ++asked;
            return QMessageBox::Discard;
        });
        QVERIFY(window.close());
        QCOMPARE(asked, 2);
    }

    void recoveryAfterSimulatedCrash()
    {
        const QString file = tempFile(QStringLiteral("crash.yaml"), kPolicies);
        {
            auto *window = new MainWindow;
            load(*window, {file});
            window->recovery()->setDelay(50);
            QSignalSpy written(window->recovery(), &Recovery::written);
            const qsizetype index = window->policyIndexOfTab(0);
            CalicoPolicy p = window->document()->workspace()->policies[index];
            p.meta.name = QStringLiteral("renamed-before-crash");
            window->document()->replacePolicy(p.source.id, p);
            QVERIFY(written.wait(5000)); // autosaved shortly after the edit
            // Another window of the running session does not offer it.
            MainWindow other;
            QVERIFY(!other.offerRecovery());
            delete window; // no clean close: as if the process died
        }
        QCOMPARE(readFile(file), QByteArray(kPolicies));

        MainWindow window;
        QList<Recovery::Entry> offered;
        window.setRecoveryPrompt([&](const Recovery::Entry &entry) {
            offered.append(entry);
            return true;
        });
        QSignalSpy restored(window.recovery(), &Recovery::restored);
        QVERIFY(window.offerRecovery());
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.first().paths, QStringList {file});
        QVERIFY(restored.wait(10000));
        QVERIFY(window.document()->isModified());
        QVERIFY(window.isWindowModified());
        QVERIFY(policyRow(window, QStringLiteral("renamed-before-crash")).isValid());
        // Save writes the original file.
        QVERIFY(window.save());
        QVERIFY(readFile(file).contains("renamed-before-crash"));
        QVERIFY(Recovery::orphans().isEmpty());
    }

    void declinedRecoveryIsDiscarded()
    {
        {
            auto *window = new MainWindow;
            load(*window, {tempFile(QStringLiteral("declined.yaml"), kPolicies)});
            window->deleteCurrentPolicy();
            QCOMPARE(window->recovery()->writeNow(), QString());
            delete window;
        }
        QCOMPARE(Recovery::orphans().size(), 1);
        MainWindow window;
        window.setRecoveryPrompt([](const Recovery::Entry &) { return false; });
        QVERIFY(!window.offerRecovery());
        QVERIFY(Recovery::orphans().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
