// The studio's admin-tier policies (AdminNetworkPolicy, BaselineAdminNetworkPolicy,
// ClusterNetworkPolicy): their rows in the workspace tree and their editor, each kind edited
// through the form — the saved file changes in the edited line only (comments kept), and the
// analysis follows (a trace's verdict changes). Rules are reordered one undoable step at a time
// (the saved file moves the rule's own lines, comments and all); the core validation's findings
// are shown at the field they concern; a nodes peer's selector is edited like any selector.

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/eval/policyengine.h"
#include "core/eval/trace.h"
#include "core/io/loader.h"
#include "tests/support/testfiles.h"
#include "ui/document.h"
#include "ui/editor/adminpolicyform.h"
#include "ui/editor/adminpolicyview.h"
#include "ui/editor/yamlview.h"
#include "ui/workspacetreemodel.h"

using namespace Qt::Literals::StringLiterals;
using namespace ps;

namespace {

const QByteArray kInventory = R"(apiVersion: v1
kind: Namespace
metadata: {name: prod, labels: {env: prod}}
---
apiVersion: v1
kind: Namespace
metadata: {name: dev, labels: {env: dev}}
---
apiVersion: v1
kind: Pod
metadata: {name: web-0, namespace: prod, labels: {app: web}}
status: {podIP: 10.20.0.1, podIPs: [{ip: 10.20.0.1}]}
---
apiVersion: v1
kind: Pod
metadata: {name: app-0, namespace: dev, labels: {app: app}}
status: {podIP: 10.20.1.1, podIPs: [{ip: 10.20.1.1}]}
)";

Verdict traceDevToWeb(const Document &document)
{
    const PolicyEngine engine(document.workspace());
    Flow flow;
    flow.from = u"dev/app-0"_s;
    flow.to = u"prod/web-0"_s;
    flow.port = 80;
    const FlowTrace trace = engine.trace(flow);
    return trace.verdict;
}

QModelIndex findRow(
    const QAbstractItemModel &model, const QString &suffix, const QModelIndex &parent)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (i.data().toString().endsWith(suffix))
            return i;
        if (const QModelIndex found = findRow(model, suffix, i); found.isValid())
            return found;
    }
    return {};
}

// Every row: its name, details, key and kind, in tree order.
QStringList dump(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        rows.append(i.data().toString() + u'|' + i.siblingAtColumn(1).data().toString() + u'|'
            + i.data(WorkspaceTreeModel::KeyRole).toString() + u'|'
            + QString::number(int(
                i.data(WorkspaceTreeModel::NodeKindRole).value<WorkspaceTreeModel::NodeKind>())));
        rows += dump(model, i);
    }
    return rows;
}

} // namespace

class TestAdminPolicyForm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void editThroughForm_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("newAction");
        QTest::addColumn<bool>("hasPriority");

        QTest::newRow("AdminNetworkPolicy") << u"3.31"_s << QByteArray(R"(# guards production
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata:
  name: guard-prod
  labels: {owner: security}  # who to ask
spec:
  priority: 10
  subject:
    namespaces: {matchLabels: {env: prod}}
  ingress:
    - name: no-dev
      action: Deny   # dev never reaches prod
      from:
        - namespaces: {matchLabels: {env: dev}}
)") << u"adminnetworkpolicy"_s << u"Allow"_s << true;
        QTest::newRow("BaselineAdminNetworkPolicy") << u"3.31"_s << QByteArray(R"(# the floor
apiVersion: policy.networking.k8s.io/v1alpha1
kind: BaselineAdminNetworkPolicy
metadata:
  name: default
spec:
  subject:
    namespaces: {matchLabels: {env: prod}}
  ingress:
    - name: no-dev
      action: Deny   # dev never reaches prod
      from:
        - namespaces: {matchLabels: {env: dev}}
)") << u"baselineadminnetworkpolicy"_s << u"Allow"_s << false;
        QTest::newRow("ClusterNetworkPolicy") << u"3.32"_s << QByteArray(R"(# guards production
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata:
  name: guard-prod
spec:
  tier: Admin
  priority: 10
  subject:
    namespaces: {matchLabels: {env: prod}}
  ingress:
    - name: no-dev
      action: Deny   # dev never reaches prod
      from:
        - namespaces: {matchLabels: {env: dev}}
)") << u"kube-admin"_s << u"Accept"_s << true;
    }

    void editThroughForm()
    {
        QFETCH(QString, version);
        QFETCH(QByteArray, yaml);
        QFETCH(QString, tier);
        QFETCH(QString, newAction);
        QFETCH(bool, hasPriority);

        QTemporaryDir dir;
        const QString file = dir.filePath(u"admin.yaml"_s);
        QVERIFY(test::writeFile(file, yaml));
        QVERIFY(test::writeFile(dir.filePath(u"inventory.yaml"_s), kInventory));
        QVERIFY(test::writeFile(
            dir.filePath(u".policy-studio"_s), "calico-version = " + version.toUtf8() + "\n"));
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        document.open({dir.path()});
        QVERIFY(loaded.wait(20000));
        QCOMPARE(document.workspace()->adminPolicies.size(), 1);
        QCOMPARE(traceDevToWeb(document), Verdict::Deny);

        // The tree: a row of its own kind in the tier Calico converts it into.
        WorkspaceTreeModel tree;
        QAbstractItemModelTester tester(&tree);
        tree.setWorkspace(document.workspace());
        const QString name = document.workspace()->adminPolicies[0].meta.name;
        const QModelIndex row = findRow(tree, u". "_s + name, {});
        QVERIFY(row.isValid());
        QCOMPARE(row.data(WorkspaceTreeModel::NodeKindRole).value<WorkspaceTreeModel::NodeKind>(),
            WorkspaceTreeModel::NodeKind::AdminPolicy);
        QCOMPARE(row.parent().data().toString(), tier);
        const QString detail = row.siblingAtColumn(1).data().toString();
        QVERIFY2(detail.contains(u"tier "_s + tier), qPrintable(detail));
        QVERIFY2(
            detail.contains(hasPriority ? u"priority 10"_s : u"no priority"_s), qPrintable(detail));

        const ResourceId id = document.workspace()->adminPolicies[0].source.id;
        AdminPolicyView view(&document, id);
        AdminPolicyForm *form = view.form();
        QCOMPARE(form->priorityEdit()->isHidden(), !hasPriority);
        QCOMPARE(form->subjectNamespacesEdit()->text(), u"env=prod"_s);
        QCOMPARE(form->ruleList(0)->count(), 1);
        QCOMPARE(form->ruleNameEdit(0)->text(), u"no-dev"_s);
        QCOMPARE(form->actionCombo(0)->currentText(), u"Deny"_s);
        QCOMPARE(form->actionCombo(0)->count(),
            AdminPolicyForm::actions(document.workspace()->adminPolicies[0].kind).size());
        QCOMPARE(form->peerTable(0)->item(0, 0)->text(), u"namespaces"_s);
        QCOMPARE(form->peerTable(0)->item(0, 1)->text(), u"env=dev"_s);
        QVERIFY(view.convertedView()->text().contains(u"tier: "_s + tier));
        QVERIFY(view.convertedView()->text().contains(u"action: Deny"_s));

        // An invalid priority: said at the field, the document unchanged.
        if (hasPriority) {
            form->priorityEdit()->setText(u"high"_s);
            Q_EMIT form->priorityEdit()->textEdited(form->priorityEdit()->text());
            QVERIFY(!form->problemText().isEmpty());
            QCOMPARE(form->problemWidget(), form->priorityEdit());
            QVERIFY(!form->priorityEdit()->styleSheet().isEmpty());
            QVERIFY(!document.isModified());
            form->priorityEdit()->setText(u"10"_s);
            Q_EMIT form->priorityEdit()->textEdited(form->priorityEdit()->text());
            QVERIFY(form->problemText().isEmpty());
            QVERIFY(form->priorityEdit()->styleSheet().isEmpty());
        }
        // An invalid peer selector: the cell is marked, nothing changes.
        form->peerTable(0)->item(0, 1)->setText(u"env in dev"_s);
        QVERIFY(!form->problemText().isEmpty());
        QCOMPARE(form->problemWidget(), form->peerTable(0));
        QVERIFY(form->peerTable(0)->item(0, 1)->background() != QBrush());
        QVERIFY(!document.isModified());
        form->peerTable(0)->item(0, 1)->setText(u"env=dev"_s);
        QVERIFY(form->problemText().isEmpty());
        QVERIFY(!document.isModified());

        // The action: the analysis follows, the converted policy too.
        form->actionCombo(0)->setCurrentText(newAction);
        QVERIFY(document.isModified());
        QCOMPARE(document.workspace()->adminPolicies[0].ingress[0].action, newAction);
        QCOMPARE(traceDevToWeb(document), Verdict::Allow);
        QVERIFY(view.convertedView()->text().contains(u"action: Allow"_s));
        QVERIFY(view.yamlView()->text().contains(u"action: "_s + newAction));

        // Saved: only that line changed, the comments and the rest as written.
        QVERIFY(document.save().ok());
        QByteArray expected = yaml;
        expected.replace("action: Deny", "action: " + newAction.toUtf8());
        QCOMPARE(test::readFile(file), expected);

        // Undo gives the Deny back, in the form and the analysis.
        document.undoStack()->undo();
        QCOMPARE(form->actionCombo(0)->currentText(), u"Deny"_s);
        QCOMPARE(traceDevToWeb(document), Verdict::Deny);
    }

    // The tree takes admin-tier edits row by row (never a reset) and ends as a rebuilt tree
    // would be: a priority moves the row, a ClusterNetworkPolicy that Calico 3.31 does not
    // enforce sits in its own group, and leaves it when its kind is one 3.31 enforces.
    void treeFollowsEditsRowByRow()
    {
        const QByteArray yaml = R"(apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: first}
spec:
  priority: 10
  subject: {namespaces: {}}
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: second}
spec:
  priority: 20
  subject: {namespaces: {}}
---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: later}
spec:
  tier: Admin
  priority: 5
  subject: {namespaces: {}}
)";
        LoadResult loaded = Loader().loadText(yaml, u"admin.yaml"_s);
        Document document;
        document.setLoaded(loaded, {});
        document.edit(u"3.31"_s, [](WorkspaceData &d) { d.calicoVersion = CalicoVersion::V3_31; });
        WorkspaceTreeModel tree;
        QAbstractItemModelTester tester(&tree);
        tree.setWorkspace(document.workspace());
        QSignalSpy reset(&tree, &QAbstractItemModel::modelReset);
        connect(&document, &Document::workspaceChanged, &tree,
            [&](const WorkspaceDelta &delta) { tree.setWorkspace(document.workspace(), delta); });
        const auto check = [&] {
            WorkspaceTreeModel rebuilt;
            rebuilt.setWorkspace(document.workspace());
            QCOMPARE(dump(tree), dump(rebuilt));
            QCOMPARE(reset.count(), 0);
        };
        QVERIFY(findRow(tree, u"1. first"_s, {}).isValid());
        const QModelIndex skipped = findRow(tree, u"later"_s, {});
        QVERIFY(skipped.isValid());
        QCOMPARE(skipped.parent().data().toString(), u"Admin policies not enforced"_s);

        document.edit(u"priority"_s, [](WorkspaceData &d) { d.adminPolicies[0].priority = 30; });
        check();
        QVERIFY(findRow(tree, u"2. first"_s, {}).isValid());
        QVERIFY(findRow(tree, u"1. second"_s, {}).isValid());
        // The ClusterNetworkPolicy rewritten as an AdminNetworkPolicy: enforced, first.
        document.edit(u"kind"_s, [](WorkspaceData &d) {
            d.adminPolicies[2].kind = ResourceKind::AdminNetworkPolicy;
            d.adminPolicies[2].tier.clear();
        });
        check();
        QVERIFY(findRow(tree, u"1. later"_s, {}).isValid());
        QVERIFY(!findRow(tree, u"not enforced"_s, {}).isValid());
        document.edit(u"remove"_s, [](WorkspaceData &d) { d.adminPolicies.removeFirst(); });
        check();
        document.undoStack()->undo();
        document.undoStack()->undo();
        check();
        QVERIFY(findRow(tree, u"later"_s, {}).parent().data().toString()
            == u"Admin policies not enforced"_s);
    }

    // A rule with a port, a port range and a named port; an AdminNetworkPolicy port without a
    // protocol is TCP, implied and not written.
    void portsAndImpliedProtocol()
    {
        const QByteArray yaml = R"(apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: web}
spec:
  priority: 3
  subject:
    pods:
      namespaceSelector: {}
      podSelector: {matchLabels: {app: web}}
  egress:
    - action: Allow
      to:
        - networks: [10.0.0.0/8]
)";
        QTemporaryDir dir;
        const QString file = dir.filePath(u"anp.yaml"_s);
        QVERIFY(test::writeFile(file, yaml));
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        document.open({file});
        QVERIFY(loaded.wait(20000));
        AdminPolicyView view(&document, document.workspace()->adminPolicies[0].source.id);
        AdminPolicyForm *form = view.form();
        QCOMPARE(form->subjectCombo()->currentData().toString(), u"pods"_s);
        QCOMPARE(form->subjectPodsEdit()->text(), u"app=web"_s);
        QCOMPARE(form->subjectNamespacesEdit()->text(), u"{}"_s);
        QCOMPARE(form->peerTable(1)->item(0, 0)->text(), u"networks"_s);
        QCOMPARE(form->peerTable(1)->item(0, 3)->text(), u"10.0.0.0/8"_s);
        QVERIFY(form->impliedLabel()->isHidden());
        const auto policy = [&] { return document.workspace()->adminPolicies[0]; };

        QTableWidget *ports = form->portTable(1);
        form->addPort(1);
        ports->item(0, 0)->setText(QString());
        ports->item(0, 1)->setText(u"443"_s);
        QCOMPARE(policy().egress[0].ports.size(), 1);
        QCOMPARE(policy().egress[0].ports[0].port, std::optional<int>(443));
        QVERIFY(policy().egress[0].ports[0].protocol.isEmpty());
        QVERIFY(!form->impliedLabel()->isHidden());
        QVERIFY2(form->impliedLabel()->text().contains(u"TCP"_s),
            qPrintable(form->impliedLabel()->text()));
        form->addPort(1);
        ports->item(1, 0)->setText(u"UDP"_s);
        ports->item(1, 1)->setText(u"5000"_s);
        ports->setItem(1, 2, new QTableWidgetItem(u"5100"_s));
        QCOMPARE(policy().egress[0].ports.size(), 2);
        QCOMPARE(policy().egress[0].ports[1].start, std::optional<int>(5000));
        QCOMPARE(policy().egress[0].ports[1].end, std::optional<int>(5100));
        form->addPort(1);
        ports->item(2, 0)->setText(QString());
        ports->item(2, 1)->setText(u"metrics"_s);
        QCOMPARE(policy().egress[0].ports.size(), 3);
        QCOMPARE(policy().egress[0].ports[2].namedPort, u"metrics"_s);
        // A range backwards: said at the cell.
        ports->item(1, 2)->setText(u"4000"_s);
        QVERIFY(!form->problemText().isEmpty());
        QVERIFY(ports->item(1, 2)->background() != QBrush());
        QCOMPARE(policy().egress[0].ports[1].end, std::optional<int>(5100));
        ports->item(1, 2)->setText(u"5100"_s);

        QVERIFY(document.save().ok());
        const QByteArray saved = test::readFile(file);
        QVERIFY2(saved.startsWith(yaml), saved.constData());
        QVERIFY2(saved.contains("portNumber:"), saved.constData());
        QVERIFY2(saved.contains("port: 443"), saved.constData());
        QVERIFY2(!saved.contains("protocol: TCP"), saved.constData());
        QVERIFY2(saved.contains("portRange:"), saved.constData());
        QVERIFY2(saved.contains("namedPort: metrics"), saved.constData());
    }

    // Up / Down and Alt+Up / Alt+Down move the chosen rule, each one undoable step; the saved
    // file differs in the moved rule's lines only, its comment moving with it.
    void reorderRules()
    {
        const QByteArray deny = "    # the metadata endpoint stays closed\n"
                                "    - name: deny-metadata\n"
                                "      action: Deny   # always\n"
                                "      to:\n"
                                "        - networks: [169.254.169.254/32]\n";
        const QByteArray pass = "    - name: pass-rest\n"
                                "      action: Pass\n"
                                "      to:\n"
                                "        - namespaces: {}\n";
        const QByteArray head = "# egress guard\n"
                                "apiVersion: policy.networking.k8s.io/v1alpha1\n"
                                "kind: AdminNetworkPolicy\n"
                                "metadata: {name: egress-guard}\n"
                                "spec:\n"
                                "  priority: 5\n"
                                "  subject: {namespaces: {}}\n"
                                "  egress:\n"
                                "    - name: allow-dns\n"
                                "      action: Allow\n"
                                "      to:\n"
                                "        - networks: [10.96.0.10/32]\n";
        const QByteArray yaml = head + deny + pass;
        QTemporaryDir dir;
        const QString file = dir.filePath(u"anp.yaml"_s);
        QVERIFY(test::writeFile(file, yaml));
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        document.open({file});
        QVERIFY(loaded.wait(20000));
        AdminPolicyView view(&document, document.workspace()->adminPolicies[0].source.id);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        AdminPolicyForm *form = view.form();
        QListWidget *rules = form->ruleList(1);
        const auto order = [&] {
            QStringList names;
            for (const AdminRule &rule : document.workspace()->adminPolicies[0].egress)
                names << rule.name;
            return names;
        };
        const auto listed = [&] {
            QStringList names;
            for (int i = 0; i < rules->count(); ++i)
                names << rules->item(i)->text().section(u' ', 1, 1).chopped(1);
            return names;
        };
        QCOMPARE(listed(), (QStringList {u"allow-dns"_s, u"deny-metadata"_s, u"pass-rest"_s}));

        // The egress tab shown, its second rule chosen (as jumping to its finding does).
        QCOMPARE(form->fieldWidget(u"spec.egress[1]"_s), rules);
        QVERIFY(rules->isVisible());
        QCOMPARE(rules->currentRow(), 1);
        QVERIFY(form->moveUpButton(1)->isEnabled());
        QTest::mouseClick(form->moveUpButton(1), Qt::LeftButton);
        QCOMPARE(order(), (QStringList {u"deny-metadata"_s, u"allow-dns"_s, u"pass-rest"_s}));
        QCOMPARE(listed(), order());
        QCOMPARE(rules->currentRow(), 0);
        QCOMPARE(form->ruleNameEdit(1)->text(), u"deny-metadata"_s);
        QVERIFY(!form->moveUpButton(1)->isEnabled()); // the first rule goes no higher
        QCOMPARE(document.undoStack()->count(), 1);

        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        rules->setFocus();
        QTest::keyClick(rules, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(order(), (QStringList {u"allow-dns"_s, u"deny-metadata"_s, u"pass-rest"_s}));
        QTest::keyClick(rules, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(order(), (QStringList {u"allow-dns"_s, u"pass-rest"_s, u"deny-metadata"_s}));
        QCOMPARE(listed(), order());
        QCOMPARE(rules->currentRow(), 2);
        QVERIFY(!form->moveDownButton(1)->isEnabled());
        QCOMPARE(document.undoStack()->count(), 3); // one step a move, none merged

        document.undoStack()->undo();
        QCOMPARE(order(), (QStringList {u"allow-dns"_s, u"deny-metadata"_s, u"pass-rest"_s}));
        QCOMPARE(listed(), order());
        document.undoStack()->undo();
        QCOMPARE(order(), (QStringList {u"deny-metadata"_s, u"allow-dns"_s, u"pass-rest"_s}));
        QCOMPARE(listed(), order());
        document.undoStack()->redo();
        document.undoStack()->redo();
        QCOMPARE(order(), (QStringList {u"allow-dns"_s, u"pass-rest"_s, u"deny-metadata"_s}));
        QCOMPARE(listed(), order());

        // Saved: the deny rule's own lines, its comments too, now after the pass rule; nothing
        // else changed.
        QVERIFY(document.save().ok());
        QCOMPARE(test::readFile(file), head + pass + deny);
        const LoadResult reread = Loader().loadPaths({file});
        QVERIFY(!hasErrors(reread.diagnostics));
        QCOMPARE(reread.workspace->adminPolicies[0].egress,
            document.workspace()->adminPolicies[0].egress);
    }

    // The core validation's findings are shown at their field in the form, after each edit: a
    // CIDR that does not parse at its cell, a port range that starts where it ends at its port,
    // a rule without peers at the rule; a rule that is not shown is flagged in the list.
    void validationAtTheField()
    {
        const QByteArray yaml = R"(apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: egress-guard}
spec:
  priority: 5
  subject: {namespaces: {}}
  egress:
    - name: no-metadata
      action: Deny
      to:
        - networks: [169.254.169.254/32]
    - name: rest
      action: Pass
      to:
        - namespaces: {}
)";
        QTemporaryDir dir;
        const QString file = dir.filePath(u"anp.yaml"_s);
        QVERIFY(test::writeFile(file, yaml));
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        document.open({file});
        QVERIFY(loaded.wait(20000));
        AdminPolicyView view(&document, document.workspace()->adminPolicies[0].source.id);
        AdminPolicyForm *form = view.form();
        QTableWidget *peers = form->peerTable(1);
        QTableWidget *ports = form->portTable(1);
        form->ruleList(1)->setCurrentRow(0);
        QCOMPARE(form->fieldMessages(peers), QString());
        QCOMPARE(peers->item(0, 3)->background(), QBrush());

        // A CIDR the form takes as text; the validator does not.
        peers->item(0, 3)->setText(u"169.254.169.254/33"_s);
        QCOMPARE(document.workspace()->adminPolicies[0].egress[0].peers[0].networks,
            QStringList {u"169.254.169.254/33"_s});
        QVERIFY2(form->cellMessages(peers, 0, 3).contains(u"invalid CIDR"_s),
            qPrintable(form->cellMessages(peers, 0, 3)));
        QVERIFY(peers->item(0, 3)->background() != QBrush());
        QVERIFY(peers->item(0, 0)->background() == QBrush()); // that cell only
        QVERIFY2(form->fieldMessages(peers).startsWith(u"peer 0: invalid CIDR"_s),
            qPrintable(form->fieldMessages(peers)));
        QVERIFY(form->problemText().isEmpty()); // a finding, not the form's own problem
        // Fixed: the mark goes.
        peers->item(0, 3)->setText(u"169.254.169.254/32"_s);
        QCOMPARE(form->fieldMessages(peers), QString());
        QCOMPARE(peers->item(0, 3)->background(), QBrush());

        // A port range that starts where it ends: said at that port's row.
        form->addPort(1);
        ports->item(0, 1)->setText(u"80"_s);
        ports->setItem(0, 2, new QTableWidgetItem(u"80"_s));
        QCOMPARE(document.workspace()->adminPolicies[0].egress[0].ports.size(), 1);
        QVERIFY2(form->fieldMessages(ports).contains(u"start must be less than end"_s),
            qPrintable(form->fieldMessages(ports)));
        QVERIFY(ports->item(0, 1)->background() != QBrush());

        // A rule without peers: said at the rule; flagged in the list when another is shown.
        form->ruleList(1)->setCurrentRow(1);
        peers->setCurrentCell(0, 0);
        for (QPushButton *button : peers->parentWidget()->findChildren<QPushButton *>())
            if (button->text() == u"Remove Peer"_s)
                button->click();
        QVERIFY(document.workspace()->adminPolicies[0].egress[1].peers.isEmpty());
        QVERIFY2(form->fieldMessages(form->ruleList(1)).contains(u"to needs at least one peer"_s),
            qPrintable(form->fieldMessages(form->ruleList(1))));
        form->ruleList(1)->setCurrentRow(0);
        QVERIFY(!form->ruleList(1)->item(1)->icon().isNull());
        QVERIFY(form->ruleList(1)->item(1)->toolTip().contains(u"to needs at least one peer"_s));
        QVERIFY2(form->fieldMessages(ports).contains(u"start must be less than end"_s),
            qPrintable(form->fieldMessages(ports)));
        // Undo: the peer back, its finding gone.
        document.undoStack()->undo();
        QVERIFY(form->ruleList(1)->item(1)->icon().isNull());
        // What the form reveals for a path is the field its finding is shown at.
        QCOMPARE(form->fieldWidget(u"spec.egress[1].name"_s), form->ruleNameEdit(1));
        QCOMPARE(form->ruleList(1)->currentRow(), 1);
        QCOMPARE(form->fieldWidget(u"spec.priority"_s), form->priorityEdit());
    }

    // A nodes peer's selector: shown, edited as kubectl's -l text, saved in its line only
    // (comments kept) and read back; one that does not parse is said at its cell and changes
    // nothing. Calico's not converting such a peer is a warning at the cell.
    void nodesSelector()
    {
        const QByteArray yaml = R"(# control plane access
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: control-plane}
spec:
  tier: Admin
  priority: 4
  subject: {namespaces: {}}
  egress:
    - name: api-servers
      action: Accept
      to:
        - nodes: {matchLabels: {role: master}}   # the masters only
)";
        QTemporaryDir dir;
        const QString file = dir.filePath(u"cnp.yaml"_s);
        QVERIFY(test::writeFile(file, yaml));
        QVERIFY(test::writeFile(dir.filePath(u".policy-studio"_s), "calico-version = 3.32\n"));
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        document.open({dir.path()});
        QVERIFY(loaded.wait(20000));
        const auto nodes
            = [&] { return document.workspace()->adminPolicies[0].egress[0].peers[0].nodes; };
        QVERIFY(nodes());
        QCOMPARE(nodes()->matchLabels.value(u"role"_s), u"master"_s);
        AdminPolicyView view(&document, document.workspace()->adminPolicies[0].source.id);
        AdminPolicyForm *form = view.form();
        QTableWidget *peers = form->peerTable(1);
        QCOMPARE(peers->item(0, 0)->text(), u"nodes"_s);
        QCOMPARE(peers->item(0, 4)->text(), u"role=master"_s);
        // The rule's peers use the node selector only: the other selectors' columns are hidden.
        QVERIFY(!peers->isColumnHidden(4));
        QVERIFY(peers->isColumnHidden(1) && peers->isColumnHidden(2) && peers->isColumnHidden(3));
        QVERIFY2(form->cellMessages(peers, 0, 4).contains(u"does not convert a nodes peer"_s),
            qPrintable(form->cellMessages(peers, 0, 4)));

        // Not a selector: said at the cell, the document unchanged.
        peers->item(0, 4)->setText(u"role in master"_s);
        QVERIFY2(form->problemText().contains(u"node selector"_s), qPrintable(form->problemText()));
        QCOMPARE(form->problemWidget(), peers);
        QVERIFY(peers->item(0, 4)->background() != QBrush());
        QVERIFY(!document.isModified());
        // A key Kubernetes does not take: the same.
        peers->item(0, 4)->setText(u"-role=master"_s);
        QVERIFY(!form->problemText().isEmpty());
        QVERIFY(!document.isModified());

        peers->item(0, 4)->setText(u"role in (master,infra)"_s);
        QVERIFY(form->problemText().isEmpty());
        QVERIFY(document.isModified());
        QVERIFY(nodes()->matchLabels.isEmpty());
        QCOMPARE(nodes()->matchExpressions.size(), 1);
        QCOMPARE(nodes()->matchExpressions[0].op, u"In"_s);
        QCOMPARE(nodes()->matchExpressions[0].values, (QStringList {u"master"_s, u"infra"_s}));

        // Saved: the nodes line changed, its comment kept; every other line as written.
        QVERIFY(document.save().ok());
        const QByteArrayList before = yaml.split('\n');
        const QByteArrayList after = test::readFile(file).split('\n');
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (!before[i].contains("- nodes:")) {
                QCOMPARE(after[i], before[i]);
                continue;
            }
            QVERIFY2(after[i].contains("matchExpressions") && after[i].contains("infra")
                    && after[i].endsWith("   # the masters only"),
                after[i].constData());
        }
        const LoadResult reread = Loader().loadPaths({file});
        QVERIFY(!hasErrors(reread.diagnostics));
        QCOMPARE(reread.workspace->adminPolicies[0].egress[0].peers[0].nodes, nodes());

        // Every node: "{}".
        peers->item(0, 4)->setText(u"{}"_s);
        QVERIFY(nodes());
        QVERIFY(nodes()->isEmpty());
        document.undoStack()->undo();
        QCOMPARE(nodes()->matchExpressions.size(), 1);
        QCOMPARE(peers->item(0, 4)->text(), u"role in (master,infra)"_s);
    }
};

QTEST_MAIN(TestAdminPolicyForm)
#include "tst_adminpolicyform.moc"
