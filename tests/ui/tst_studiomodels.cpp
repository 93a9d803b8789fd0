// The main window's item models on the demo workspace: WorkspaceTreeModel (tiers and policies
// in evaluation order, kind icons, stable keys by ResourceId, row-level updates from a
// WorkspaceDelta), InventoryModel (namespaces → endpoints with labels and service accounts) and
// ProblemsModel (diagnostics with location and policy), each under QAbstractItemModelTester,
// and filtering through the studio's TreeFilterProxy.

#include <functional>

#include <QAbstractItemModelTester>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

#include "core/io/loader.h"
#include "core/validate/validator.h"
#include "resources/demoworkspace.h"
#include "ui/inventorymodel.h"
#include "ui/problemsmodel.h"
#include "ui/treefilterproxy.h"
#include "ui/workspacetreemodel.h"

#include "modeltesthelpers.h"

using namespace ps;
using namespace ps::test;
using namespace Qt::Literals::StringLiterals;

using Edit = std::function<void(WorkspaceData &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

ResourceId policyId(const Workspace &w, const QString &name)
{
    for (const CalicoPolicy &p : w->policies) {
        if (p.meta.name == name)
            return p.source.id;
    }
    return {};
}

CalicoPolicy &policyNamed(WorkspaceData &d, const QString &name)
{
    for (CalicoPolicy &p : d.policies) {
        if (p.meta.name == name)
            return p;
    }
    qFatal("no policy %s", qPrintable(name));
}

/// Every row as "key|name|detail|tooltip", depth first: two trees that show the same thing
/// give the same list.
QStringList describeTree(const QAbstractItemModel *model, int keyRole)
{
    QStringList rows;
    for (const QModelIndex &i : allIndexes(model)) {
        rows.append(i.data(keyRole).toString() + u'|' + i.data().toString() + u'|'
            + i.siblingAtColumn(1).data().toString() + u'|' + i.data(Qt::ToolTipRole).toString());
    }
    return rows;
}

// The studio's filter proxy over `source`.
TreeFilterProxy *filterProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new TreeFilterProxy(parent);
    proxy->setSourceModel(source);
    return proxy;
}

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

} // namespace

class TestStudioModels : public QObject {
    Q_OBJECT
private:
    Workspace m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult demo = Loader().loadPaths({demoWorkspacePath()});
        QVERIFY(demo.diagnostics.isEmpty());
        m_demo = demo.workspace;
    }

    void workspaceTreeOrderAndIcons()
    {
        WorkspaceTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_demo);
        const QModelIndex tiers = child(&model, {}, QStringLiteral("Tiers"));
        QCOMPARE(childNames(&model, tiers),
            QStringList({QStringLiteral("kube-admin"), QStringLiteral("default"),
                QStringLiteral("kube-baseline")}));
        const QModelIndex def = child(&model, tiers, QStringLiteral("default"));
        QCOMPARE(model.rowCount(def), 7);
        const QModelIndex first = model.index(0, 0, def);
        QCOMPARE(first.data().toString(), QStringLiteral("1. deny-tcp-8080"));
        QCOMPARE(first.data(WorkspaceTreeModel::NodeKindRole).value<WorkspaceTreeModel::NodeKind>(),
            WorkspaceTreeModel::NodeKind::Policy);
        const ResourceId deny = policyId(m_demo, u"deny-tcp-8080"_s);
        QCOMPARE(first.data(WorkspaceTreeModel::KeyRole).toString(),
            NodeTreeModel::resourceKey(u"policy", deny));
        QCOMPARE(first.data(WorkspaceTreeModel::ResourceIdRole).value<ResourceId>(), deny);
        const RuleRef ref = first.data(WorkspaceTreeModel::RuleRefRole).value<RuleRef>();
        QCOMPARE(ref.policy, QStringLiteral("deny-tcp-8080"));
        QCOMPARE(ref.kind, QStringLiteral("GlobalNetworkPolicy"));
        QCOMPARE(ref.id, deny);
        QCOMPARE(m_demo->policies[policyIndex(m_demo, ref)].source.id, deny);
        QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());
        // Stable keys find the same node after a rebuild.
        model.setWorkspace(m_demo);
        QCOMPARE(model.indexForKey(NodeTreeModel::resourceKey(u"policy", deny)).data().toString(),
            QStringLiteral("1. deny-tcp-8080"));
        QCOMPARE(
            model.indexForResource(deny).data().toString(), QStringLiteral("1. deny-tcp-8080"));
    }

    // Both tree models find every node by its stable key (through the shared NodeTreeModel),
    // and after a rebuild from a smaller workspace no key leads into the discarded tree.
    void keysFindTheirNodes_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("workspace tree") << QStringLiteral("workspace");
        QTest::newRow("inventory") << QStringLiteral("inventory");
    }

    void keysFindTheirNodes()
    {
        QFETCH(QString, which);
        WorkspaceTreeModel workspaceTree;
        InventoryModel inventory;
        const bool isInventory = which == u"inventory";
        NodeTreeModel *model = isInventory ? static_cast<NodeTreeModel *>(&inventory)
                                           : static_cast<NodeTreeModel *>(&workspaceTree);
        const int keyRole
            = isInventory ? int(InventoryModel::KeyRole) : int(WorkspaceTreeModel::KeyRole);
        const auto setWorkspace = [&](const Workspace &w) {
            if (isInventory)
                inventory.setWorkspace(w);
            else
                workspaceTree.setWorkspace(w);
        };
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setWorkspace(m_demo);

        const QModelIndexList all = allIndexes(model);
        QVERIFY2(all.size() > 10, qPrintable(QString::number(all.size())));
        QSet<QString> keys;
        for (const QModelIndex &i : all) {
            const QString key = i.data(keyRole).toString();
            QVERIFY2(!key.isEmpty(), qPrintable(i.data().toString()));
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QCOMPARE(model->indexForKey(key), i);
        }
        QVERIFY(!model->indexForKey(QStringLiteral("no-such:key")).isValid());
        QVERIFY(!model->indexForKey(QString()).isValid());

        const Workspace smaller = m_demo.edited([](WorkspaceData &d) {
            d.pods.clear();
            d.policies.clear();
        });
        setWorkspace(smaller);
        const QModelIndexList remaining = allIndexes(model);
        QVERIFY(remaining.size() < all.size());
        for (const QString &key : std::as_const(keys)) {
            const QModelIndex i = model->indexForKey(key);
            if (i.isValid()) {
                QVERIFY2(remaining.contains(i), qPrintable(key));
                QCOMPARE(i.data(keyRole).toString(), key);
            }
        }
        ResourceId gone = policyId(m_demo, u"deny-tcp-8080"_s);
        for (const Pod &p : m_demo->pods) {
            if (isInventory && p.meta.name == u"db-0")
                gone = p.source.id;
        }
        QVERIFY(!model->indexForResource(gone).isValid());
        QVERIFY(
            !model->indexForKey(NodeTreeModel::resourceKey(isInventory ? u"pod" : u"policy", gone))
                 .isValid());
    }

    // An edit reaches the workspace tree as row-level changes (never a reset), through a
    // filter proxy as well, and the tree then shows exactly what a tree built from the edited
    // workspace shows.
    void workspaceTreeTakesEditsRowByRow_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("signal"); // the row-level signal the edit must cause
        QTest::newRow("selector: one row updated") << Edit([](WorkspaceData &d) {
            policyNamed(d, u"deny-tcp-8080"_s).selector = u"app == 'typed'"_s;
        }) << u"dataChanged"_s;
        QTest::newRow("rename: one row updated") << Edit([](WorkspaceData &d) {
            policyNamed(d, u"deny-tcp-8080"_s).meta.name = u"deny-tcp-8081"_s;
        }) << u"dataChanged"_s;
        QTest::newRow("no order: the row moves down among those without one, by name")
            << Edit([](WorkspaceData &d) { policyNamed(d, u"deny-tcp-8080"_s).order.reset(); })
            << u"rowsMoved"_s;
        QTest::newRow("order: the row moves up") << Edit([](WorkspaceData &d) {
            policyNamed(d, u"restrict-intern-access"_s).order = 0.5;
        }) << u"rowsMoved"_s;
        QTest::newRow("another tier: the row moves to a new one") << Edit([](WorkspaceData &d) {
            policyNamed(d, u"deny-tcp-8080"_s).tier = u"security"_s;
        }) << u"rowsMoved"_s;
        QTest::newRow("added") << Edit([](WorkspaceData &d) {
            CalicoPolicy p;
            p.kind = ResourceKind::GlobalNetworkPolicy;
            p.meta.name = u"added"_s;
            p.order = 3;
            d.policies.append(p);
        }) << u"rowsInserted"_s;
        QTest::newRow("added twice with one name")
            << Edit([](WorkspaceData &d) { d.policies.append(d.policies.first()); })
            << u"rowsInserted"_s;
        QTest::newRow("removed") << Edit([](WorkspaceData &d) { d.policies.removeFirst(); })
                                 << u"rowsRemoved"_s;
        QTest::newRow("network set added: its group appears") << Edit([](WorkspaceData &d) {
            NetworkSet set;
            set.global = true;
            set.meta.name = u"blocked"_s;
            set.nets = {u"192.0.2.0/24"_s};
            d.networkSets.append(set);
        }) << u"rowsInserted"_s;
    }

    void workspaceTreeTakesEditsRowByRow()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, signal);
        WorkspaceTreeModel model;
        TreeFilterProxy *proxy = filterProxy(&model, &model);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_demo);

        const Workspace after = m_demo.edited(edit);
        const WorkspaceDelta delta = WorkspaceDelta::between(m_demo, after);
        QVERIFY(!delta.isEmpty());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setWorkspace(after, delta);
        QCOMPARE(reset.count(), 0);
        const QHash<QString, int> counts = {{u"dataChanged"_s, int(changed.count())},
            {u"rowsMoved"_s, int(moved.count())}, {u"rowsInserted"_s, int(inserted.count())},
            {u"rowsRemoved"_s, int(removed.count())}};
        QVERIFY2(counts.value(signal) > 0, qPrintable(signal));

        WorkspaceTreeModel rebuilt;
        rebuilt.setWorkspace(after);
        QCOMPARE(describeTree(&model, WorkspaceTreeModel::KeyRole),
            describeTree(&rebuilt, WorkspaceTreeModel::KeyRole));
        QCOMPARE(allNames(proxy), allNames(&rebuilt));

        // And back (undo): the tree is the one it was.
        model.setWorkspace(m_demo, WorkspaceDelta::between(after, m_demo));
        QCOMPARE(reset.count(), 0);
        WorkspaceTreeModel original;
        original.setWorkspace(m_demo);
        QCOMPARE(describeTree(&model, WorkspaceTreeModel::KeyRole),
            describeTree(&original, WorkspaceTreeModel::KeyRole));
    }

    // Tier edits move, insert, update and remove tier rows (never a reset); the tree then shows
    // what a tree built from the edited workspace shows, and undo brings the old tree back.
    void workspaceTreeTakesTierEditsRowByRow_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("signal");
        const auto tierNamed = [](WorkspaceData &d, const QString &name) -> Tier & {
            for (Tier &t : d.tiers) {
                if (t.meta.name == name)
                    return t;
            }
            qFatal("no tier %s", qPrintable(name));
        };
        QTest::newRow("order: the tier moves after another")
            << Edit([=](WorkspaceData &d) { tierNamed(d, u"security"_s).order = 300; })
            << u"rowsMoved"_s;
        QTest::newRow("order: the tier moves after the built-in ones")
            << Edit([=](WorkspaceData &d) { tierNamed(d, u"platform"_s).order = 1e9; })
            << u"rowsMoved"_s;
        QTest::newRow("default action: one row updated") << Edit([=](WorkspaceData &d) {
            tierNamed(d, u"platform"_s).defaultAction = u"Pass"_s;
        }) << u"dataChanged"_s;
        QTest::newRow("added") << Edit([](WorkspaceData &d) {
            Tier t;
            t.meta.name = u"audit"_s;
            t.order = 150;
            d.tiers.append(t);
        }) << u"rowsInserted"_s;
        QTest::newRow("removed, no policy: the row goes")
            << Edit([](WorkspaceData &d) { d.tiers.removeLast(); }) << u"rowsRemoved"_s;
        QTest::newRow("removed, a policy names it: not defined, after the defined tiers")
            << Edit([](WorkspaceData &d) { d.tiers.removeFirst(); }) << u"rowsMoved"_s;
        QTest::newRow("renamed, a policy names the old name") << Edit([=](WorkspaceData &d) {
            tierNamed(d, u"security"_s).meta.name = u"security2"_s;
        }) << u"rowsInserted"_s;
        QTest::newRow("a tier and a policy moved into it, in one edit") << Edit(
            [](WorkspaceData &d) {
                Tier t;
                t.meta.name = u"audit"_s;
                t.order = 50;
                d.tiers.append(t);
                policyNamed(d, u"restrict-intern-access"_s).tier = u"audit"_s;
            }) << u"rowsMoved"_s;
        QTest::newRow("a policy names a tier that does not exist") << Edit([](WorkspaceData &d) {
            policyNamed(d, u"restrict-intern-access"_s).tier = u"aaa-missing"_s;
        }) << u"rowsInserted"_s;
    }

    void workspaceTreeTakesTierEditsRowByRow()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, signal);
        const Workspace before = m_demo.edited([](WorkspaceData &d) {
            Tier security;
            security.meta.name = u"security"_s;
            security.order = 100;
            Tier platform;
            platform.meta.name = u"platform"_s;
            platform.order = 200;
            d.tiers = {security, platform};
            policyNamed(d, u"deny-tcp-8080"_s).tier = u"security"_s;
        });
        WorkspaceTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(before);

        const Workspace after = before.edited(edit);
        const WorkspaceDelta delta = WorkspaceDelta::between(before, after);
        QVERIFY(delta.touches(&WorkspaceData::tiers) || delta.touches(&WorkspaceData::policies));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setWorkspace(after, delta);
        QCOMPARE(reset.count(), 0);
        const QHash<QString, int> counts = {{u"dataChanged"_s, int(changed.count())},
            {u"rowsMoved"_s, int(moved.count())}, {u"rowsInserted"_s, int(inserted.count())},
            {u"rowsRemoved"_s, int(removed.count())}};
        QVERIFY2(counts.value(signal) > 0, qPrintable(signal));

        WorkspaceTreeModel rebuilt;
        rebuilt.setWorkspace(after);
        QCOMPARE(describeTree(&model, WorkspaceTreeModel::KeyRole),
            describeTree(&rebuilt, WorkspaceTreeModel::KeyRole));

        model.setWorkspace(before, WorkspaceDelta::between(after, before));
        QCOMPARE(reset.count(), 0);
        WorkspaceTreeModel original;
        original.setWorkspace(before);
        QCOMPARE(describeTree(&model, WorkspaceTreeModel::KeyRole),
            describeTree(&original, WorkspaceTreeModel::KeyRole));
    }

    // What a view shows open and selected stays through edits, including one that moves the
    // selected policy and one that renames it.
    void selectionAndExpansionSurviveEdits()
    {
        WorkspaceTreeModel model;
        TreeFilterProxy *proxy = filterProxy(&model, &model);
        QTreeView view;
        view.setModel(proxy);
        model.setWorkspace(m_demo);
        const QModelIndex tiers = proxy->index(0, 0);
        const QModelIndex def = child(proxy, tiers, u"default"_s);
        view.expand(tiers);
        view.expand(def);
        const ResourceId selected = policyId(m_demo, u"deny-tcp-8080"_s);
        view.setCurrentIndex(proxy->mapFromSource(model.indexForResource(selected)));

        Workspace w = m_demo;
        const auto apply = [&](const Edit &edit) {
            const Workspace next = w.edited(edit);
            model.setWorkspace(next, WorkspaceDelta::between(w, next));
            w = next;
        };
        apply([](WorkspaceData &d) { policyNamed(d, u"restrict-intern-access"_s).order = 0.5; });
        apply([](WorkspaceData &d) { policyNamed(d, u"deny-tcp-8080"_s).order.reset(); });
        apply(
            [](WorkspaceData &d) { policyNamed(d, u"deny-tcp-8080"_s).meta.name = u"renamed"_s; });
        QVERIFY(view.isExpanded(proxy->index(0, 0)));
        QVERIFY(view.isExpanded(child(proxy, proxy->index(0, 0), u"default"_s)));
        QCOMPARE(proxy->mapToSource(view.currentIndex()), model.indexForResource(selected));
        QVERIFY(view.currentIndex().data().toString().endsWith(u". renamed"_s));
    }

    // Invalid input may name two policies alike: they are two rows, and an edit of one changes
    // that row only.
    void duplicateNamesAreTwoRows()
    {
        const Workspace twice = m_demo.edited(
            [](WorkspaceData &d) { d.policies.append(policyNamed(d, u"deny-tcp-8080"_s)); });
        const ResourceId first = policyId(twice, u"deny-tcp-8080"_s);
        const ResourceId second = twice->policies.last().source.id;
        QVERIFY(first != second);
        WorkspaceTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(twice);
        const QModelIndex a = model.indexForResource(first);
        const QModelIndex b = model.indexForResource(second);
        QVERIFY(a.isValid());
        QVERIFY(b.isValid());
        QVERIFY(a != b);
        QVERIFY(a.data(WorkspaceTreeModel::KeyRole) != b.data(WorkspaceTreeModel::KeyRole));

        const Workspace edited = twice.edited(
            [](WorkspaceData &d) { d.policies.last().selector = u"app == 'second'"_s; });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setWorkspace(edited, WorkspaceDelta::between(twice, edited));
        QCOMPARE(changed.count(), 1);
        const QModelIndex topLeft = changed.first().first().value<QModelIndex>();
        QCOMPARE(topLeft.data(WorkspaceTreeModel::ResourceIdRole).value<ResourceId>(), second);
        QVERIFY(
            model.indexForResource(second).data(Qt::ToolTipRole).toString().contains(u"second"_s));
        QVERIFY(
            !model.indexForResource(first).data(Qt::ToolTipRole).toString().contains(u"second"_s));
    }

    // A policy edit changes nothing in the inventory: not a row, not a reset.
    void inventoryIgnoresPolicyEdits()
    {
        InventoryModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_demo);
        const Workspace after
            = m_demo.edited([](WorkspaceData &d) { d.policies.first().order = 77; });
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setWorkspace(after, WorkspaceDelta::between(m_demo, after));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model.workspace(), after);
        // A pod edit does reach it.
        const Workspace relabelled = after.edited(
            [](WorkspaceData &d) { d.pods.first().meta.labels.insert(u"x"_s, u"y"_s); });
        model.setWorkspace(relabelled, WorkspaceDelta::between(after, relabelled));
        QVERIFY(!allIndexes(&model).isEmpty());
        QVERIFY(describeTree(&model, InventoryModel::KeyRole).join(u'\n').contains(u"x=y"_s));
    }

    // Inventory edits reach the tree as row-level changes (never a reset); the tree then shows
    // what a tree built from the edited workspace shows, and undo brings the old one back.
    void inventoryTakesEditsRowByRow_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("signal");
        const auto podNamed = [](WorkspaceData &d, const QString &name) -> Pod & {
            for (Pod &p : d.pods) {
                if (p.meta.name == name)
                    return p;
            }
            qFatal("no pod %s", qPrintable(name));
        };
        QTest::newRow("pod labels: one row updated") << Edit([=](WorkspaceData &d) {
            podNamed(d, u"db-0"_s).meta.labels.insert(u"x"_s, u"y"_s);
        }) << u"dataChanged"_s;
        QTest::newRow("pod renamed: it moves to its sorted place")
            << Edit([=](WorkspaceData &d) { podNamed(d, u"db-0"_s).meta.name = u"aaa-db"_s; })
            << u"rowsInserted"_s;
        QTest::newRow("pod to another namespace") << Edit([=](WorkspaceData &d) {
            podNamed(d, u"db-0"_s).meta.namespace_ = u"development"_s;
        }) << u"rowsInserted"_s;
        QTest::newRow("pod in a namespace that is not defined") << Edit([](WorkspaceData &d) {
            Pod p = d.pods.first();
            p.source.id = {};
            p.meta.name = u"stray"_s;
            p.meta.namespace_ = u"aaa-undefined"_s;
            d.pods.insert(1, p);
        }) << u"rowsInserted"_s;
        QTest::newRow("pod removed")
            << Edit([](WorkspaceData &d) { d.pods.removeFirst(); }) << u"rowsRemoved"_s;
        QTest::newRow("pods reordered in the file: nothing to show")
            << Edit([](WorkspaceData &d) { std::reverse(d.pods.begin(), d.pods.end()); })
            << u"none"_s;
        QTest::newRow("namespace labels") << Edit([](WorkspaceData &d) {
            d.namespaces.first().meta.labels.insert(u"x"_s, u"y"_s);
        }) << u"dataChanged"_s;
        QTest::newRow("namespace removed: its pods stay, under a namespace not defined") << Edit(
            [](WorkspaceData &d) {
                d.namespaces.removeIf(
                    [](const Namespace &ns) { return ns.meta.name == u"development"; });
            }) << u"dataChanged"_s;
        QTest::newRow("namespace renamed")
            << Edit([](WorkspaceData &d) { d.namespaces.first().meta.name = u"zzz-renamed"_s; })
            << u"rowsInserted"_s;
        QTest::newRow("namespace added") << Edit([](WorkspaceData &d) {
            Namespace ns;
            ns.meta.name = u"aaa-new"_s;
            d.namespaces.prepend(ns);
        }) << u"rowsInserted"_s;
        QTest::newRow("service removed")
            << Edit([](WorkspaceData &d) { d.services.removeLast(); }) << u"rowsRemoved"_s;
        QTest::newRow("node changed")
            << Edit([](WorkspaceData &d) { d.nodes.first().meta.labels.insert(u"x"_s, u"y"_s); })
            << u"rowsInserted"_s;
    }

    void inventoryTakesEditsRowByRow()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, signal);
        InventoryModel model;
        TreeFilterProxy *proxy = filterProxy(&model, &model);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_demo);
        describeTree(&model, InventoryModel::KeyRole); // every row described, as a view does

        const Workspace after = m_demo.edited(edit);
        const WorkspaceDelta delta = WorkspaceDelta::between(m_demo, after);
        QVERIFY(!delta.isEmpty());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setWorkspace(after, delta);
        QCOMPARE(reset.count(), 0);
        const QHash<QString, int> counts = {{u"dataChanged"_s, int(changed.count())},
            {u"rowsMoved"_s, int(moved.count())}, {u"rowsInserted"_s, int(inserted.count())},
            {u"rowsRemoved"_s, int(removed.count())}};
        if (signal == u"none")
            QCOMPARE(changed.count() + moved.count() + inserted.count() + removed.count(), 0);
        else
            QVERIFY2(counts.value(signal) > 0, qPrintable(signal));

        InventoryModel rebuilt;
        rebuilt.setWorkspace(after);
        QCOMPARE(describeTree(&model, InventoryModel::KeyRole),
            describeTree(&rebuilt, InventoryModel::KeyRole));
        QCOMPARE(allNames(proxy), allNames(&rebuilt));

        model.setWorkspace(m_demo, WorkspaceDelta::between(after, m_demo));
        QCOMPARE(reset.count(), 0);
        InventoryModel original;
        original.setWorkspace(m_demo);
        QCOMPARE(describeTree(&model, InventoryModel::KeyRole),
            describeTree(&original, InventoryModel::KeyRole));
    }

    // Namespaces by name, and in each pods, workload templates, then services by name.
    void inventoryIsSorted()
    {
        InventoryModel model;
        model.setWorkspace(m_demo);
        QStringList namespaces;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex ns = model.index(row, 0);
            if (ns.data(InventoryModel::NodeKindRole).value<InventoryModel::NodeKind>()
                != InventoryModel::NodeKind::Namespace)
                continue;
            namespaces.append(ns.data().toString());
            QList<QPair<int, QString>> rows;
            for (int r = 0; r < model.rowCount(ns); ++r) {
                const QModelIndex i = model.index(r, 0, ns);
                rows.append(
                    {int(i.data(InventoryModel::NodeKindRole).value<InventoryModel::NodeKind>()),
                        i.data().toString()});
            }
            QVERIFY(std::is_sorted(rows.cbegin(), rows.cend()));
        }
        QVERIFY(namespaces.size() > 1);
        QVERIFY(std::is_sorted(namespaces.cbegin(), namespaces.cend()));
    }

    void policyIconsAreDistinct()
    {
        using PI = WorkspaceTreeModel::PolicyIcon;
        const QList<PI> kinds = {PI::Global, PI::Namespaced, PI::Kubernetes, PI::Staged};
        QList<QImage> images;
        for (PI kind : kinds)
            images.append(WorkspaceTreeModel::policyIcon(kind).pixmap(16, 16).toImage());
        for (qsizetype a = 0; a < images.size(); ++a) {
            QVERIFY(!images[a].isNull());
            for (qsizetype b = a + 1; b < images.size(); ++b)
                QVERIFY2(
                    images[a] != images[b], qPrintable(QStringLiteral("%1 vs %2").arg(a).arg(b)));
        }
    }

    void workspaceTreeFilter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("visible");
        QTest::addColumn<QStringList>("hidden");
        QTest::newRow("policy name")
            << QStringLiteral("INTERN")
            << QStringList {QStringLiteral("default"),
                   QStringLiteral("7. prod-engineering/restrict-intern-access")}
            << QStringList {QStringLiteral("1. deny-tcp-8080"), QStringLiteral("kube-admin")};
        QTest::newRow("detail column")
            << QStringLiteral("order 1,") << QStringList {QStringLiteral("1. deny-tcp-8080")}
            << QStringList {QStringLiteral("5. production/allow-tcp-8080")};
        QTest::newRow("nothing") << QStringLiteral("no-such-thing") << QStringList {}
                                 << QStringList {QStringLiteral("Tiers")};
    }

    void workspaceTreeFilter()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, visible);
        QFETCH(QStringList, hidden);
        WorkspaceTreeModel model;
        TreeFilterProxy *proxy = filterProxy(&model, &model);
        QAbstractItemModelTester tester(
            proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_demo);
        proxy->applyFilterNow(filter);
        const QStringList names = allNames(proxy);
        for (const QString &name : visible)
            QVERIFY2(names.contains(name),
                qPrintable(name + QStringLiteral(" not in ") + names.join(u',')));
        for (const QString &name : hidden)
            QVERIFY2(!names.contains(name), qPrintable(name));
        proxy->applyFilterNow({});
        QCOMPARE(allNames(proxy), allNames(&model));
    }

    // The search: matches, their ancestors and everything under a match; nothing else.
    void treeFilterSearch()
    {
        // a (0) > b (1) > c (2); a > d (3); e (4) > f (5)
        const QList<TreeFilterProxy::Row> rows {{1, 0, -1, u"alpha"_s}, {2, 0, 0, u"beta"_s},
            {3, 0, 1, u"gamma"_s}, {4, 1, 0, u"delta"_s}, {5, 1, -1, u"epsilon"_s},
            {6, 0, 4, u"phi\nbeta-label"_s}};
        const auto shown = [&](const QString &needle) {
            const TreeFilterProxy::Matches m = TreeFilterProxy::search(rows, needle);
            QList<quintptr> ids;
            for (const auto &[id, row] : m.accepted)
                ids.append(id);
            std::sort(ids.begin(), ids.end());
            return std::make_pair(ids, m.matchCount);
        };
        QCOMPARE(shown(u"gamma"_s), std::make_pair(QList<quintptr> {1, 2, 3}, 1)); // ancestors
        QCOMPARE(shown(u"beta"_s),
            std::make_pair(QList<quintptr> {1, 2, 3, 5, 6}, 2)); // b's child c; any column of f
        QCOMPARE(shown(u"alpha"_s), std::make_pair(QList<quintptr> {1, 2, 3, 4}, 1)); // subtree
        QCOMPARE(shown(u"zeta"_s), std::make_pair(QList<quintptr> {}, 0));
        QCOMPARE(shown(u"a\nb"_s).second, 0); // never across columns
    }

    // Typing filters after the debounce, off the GUI thread; an edit while filtering searches
    // again; clearing shows every row at once.
    void treeFilterIsAsynchronous()
    {
        InventoryModel model;
        TreeFilterProxy *proxy = filterProxy(&model, &model);
        QAbstractItemModelTester tester(
            proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_demo);
        const int all = model.rowCount();
        QSignalSpy applied(proxy, &TreeFilterProxy::filterApplied);

        proxy->setFilterText(u"  QA-Tester "_s);
        QVERIFY(proxy->isSearching());
        QCOMPARE(proxy->rowCount(), all); // nothing filtered before the search ends
        QVERIFY(applied.wait(5000));
        QCOMPARE(proxy->appliedText(), u"qa-tester"_s);
        QCOMPARE(childNames(proxy, {}), QStringList {u"qa"_s});
        QCOMPARE(childNames(proxy, proxy->index(0, 0)), QStringList {u"qa-tester-0"_s});

        // A namespace that matches shows its pods.
        proxy->setFilterText(u"development"_s);
        QVERIFY(applied.wait(5000));
        const QModelIndex dev = child(proxy, {}, u"development"_s);
        QVERIFY(dev.isValid());
        QVERIFY(childNames(proxy, dev).contains(u"dev-web-0"_s));

        // A pod added while the filter is applied shows once searched again.
        const Workspace edited = m_demo.edited([](WorkspaceData &d) {
            Pod pod = d.pods.first();
            pod.source.id = {};
            pod.meta.name = u"development-extra"_s;
            pod.meta.namespace_ = u"qa"_s;
            d.pods.append(pod);
        });
        applied.clear();
        model.setWorkspace(edited, WorkspaceDelta::between(m_demo, edited));
        QVERIFY(applied.wait(5000));
        QVERIFY(childNames(proxy, child(proxy, {}, u"qa"_s)).contains(u"development-extra"_s));

        // Clearing is immediate.
        proxy->setFilterText({});
        QVERIFY(!proxy->isSearching());
        QCOMPARE(proxy->rowCount(), model.rowCount());
    }

    void inventoryModel()
    {
        InventoryModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_demo);
        const QModelIndex prod = child(&model, {}, QStringLiteral("prod-engineering"));
        QVERIFY(prod.isValid());
        const QModelIndex db = child(&model, prod, QStringLiteral("db-0"));
        QVERIFY(db.isValid());
        QCOMPARE(db.data(InventoryModel::NodeKindRole).value<InventoryModel::NodeKind>(),
            InventoryModel::NodeKind::Pod);
        QCOMPARE(db.data(InventoryModel::EndpointRefRole).toString(),
            QStringLiteral("prod-engineering/db-0"));
        const QString labels = db.siblingAtColumn(InventoryModel::LabelsColumn).data().toString();
        QVERIFY2(labels.contains(QStringLiteral("app=db")), qPrintable(labels));
        QVERIFY(db.siblingAtColumn(InventoryModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("10.244.2.20")));
        const QModelIndex alice = child(&model, prod, QStringLiteral("intern-alice-0"));
        QCOMPARE(alice.siblingAtColumn(InventoryModel::ServiceAccountColumn).data().toString(),
            QStringLiteral("intern-alice"));
        QVERIFY(alice.data(Qt::ToolTipRole).toString().contains(QStringLiteral("intern-alice")));
        const QModelIndex nodes = child(&model, {}, QStringLiteral("Nodes"));
        QVERIFY(nodes.isValid());
        QVERIFY(model.rowCount(nodes) > 0);
        QCOMPARE(model.index(0, 0, nodes)
                     .data(InventoryModel::NodeKindRole)
                     .value<InventoryModel::NodeKind>(),
            InventoryModel::NodeKind::Node);
    }

    void inventoryFilter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("visible");
        QTest::addColumn<QStringList>("hidden");
        QTest::newRow("label") << QStringLiteral(
            "app=db") << QStringList {QStringLiteral("prod-engineering"), QStringLiteral("db-0")}
                               << QStringList {
                                      QStringLiteral("dev-web-0"), QStringLiteral("development")};
        QTest::newRow("service account")
            << QStringLiteral("intern-bob") << QStringList {QStringLiteral("intern-bob-0")}
            << QStringList {QStringLiteral("intern-alice-0")};
        QTest::newRow("ip") << QStringLiteral("10.244.1.10")
                            << QStringList {QStringLiteral("dev-web-0")}
                            << QStringList {QStringLiteral("db-0")};
    }

    void inventoryFilter()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, visible);
        QFETCH(QStringList, hidden);
        InventoryModel model;
        TreeFilterProxy *proxy = filterProxy(&model, &model);
        QAbstractItemModelTester tester(
            proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_demo);
        proxy->applyFilterNow(filter);
        const QStringList names = allNames(proxy);
        for (const QString &name : visible)
            QVERIFY2(names.contains(name),
                qPrintable(name + QStringLiteral(" not in ") + names.join(u',')));
        for (const QString &name : hidden)
            QVERIFY2(!names.contains(name), qPrintable(name));
    }

    void problemsModel()
    {
        const LoadResult loaded = Loader().loadText(kBroken, QStringLiteral("broken.yaml"));
        Diagnostics diagnostics = loaded.diagnostics;
        diagnostics += Validator().validate(loaded.workspace);
        QVERIFY(!diagnostics.isEmpty());

        ProblemsModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiagnostics(diagnostics, loaded.workspace);
        QCOMPARE(model.rowCount(), int(diagnostics.size()));
        QVERIFY(model.errorCount() >= 1);
        const QModelIndex row = model.index(0, 0);
        QCOMPARE(row.data().toString(), QStringLiteral("Error"));
        QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
        const Diagnostic &d = diagnostics.first();
        QCOMPARE(model.index(0, ProblemsModel::LocationColumn).data().toString(),
            QStringLiteral("broken.yaml:%1:%2").arg(d.line).arg(d.column));
        QCOMPARE(model.index(0, ProblemsModel::PathColumn).data().toString(), d.path);
        QVERIFY(d.line > 8); // in the second document
        // The problem belongs to the second policy ("bad"), not the first.
        const auto policy = row.data(ProblemsModel::PolicyIdRole).value<ResourceId>();
        QCOMPARE(policy, policyId(loaded.workspace, u"bad"_s));

        model.setDiagnostics({}, loaded.workspace);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.errorCount(), 0);
    }

    // A file of Calico, admin and Kubernetes policies: a diagnostic without a resource (the
    // loader's) belongs to the document holding its line, whichever list it is in; one naming a
    // resource to that resource, and to no policy when it is another kind.
    void problemsOfAdminAndKubernetesPolicies_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("named"); // the resource the diagnostic names: "", or a name
        QTest::addColumn<QString>("policy"); // the Calico policy's name, or ""
        QTest::addColumn<QString>("admin"); // the admin policy's name, or ""
        QTest::addColumn<QString>("kubernetes"); // the Kubernetes policy's name, or ""

        QTest::newRow("calico, by line") << 6 << QString() << u"dns"_s << QString() << QString();
        QTest::newRow("admin after it, by line")
            << 14 << QString() << QString() << u"guard"_s << QString();
        QTest::newRow("calico after the admin")
            << 22 << QString() << u"late"_s << QString() << QString();
        QTest::newRow("admin, named") << 3 << u"guard"_s << QString() << u"guard"_s << QString();
        QTest::newRow("tier, named") << 30 << u"platform"_s << QString() << QString() << QString();
        QTest::newRow("kubernetes after the tier, by line")
            << 34 << QString() << QString() << QString() << u"web"_s;
        QTest::newRow("kubernetes, named") << 3 << u"web"_s << QString() << QString() << u"web"_s;
    }

    void problemsOfAdminAndKubernetesPolicies()
    {
        QFETCH(int, line);
        QFETCH(QString, named);
        QFETCH(QString, policy);
        QFETCH(QString, admin);
        QFETCH(QString, kubernetes);
        const QByteArray yaml = "apiVersion: projectcalico.org/v3\n" // 1
                                "kind: GlobalNetworkPolicy\n"
                                "metadata: {name: dns}\n"
                                "spec:\n"
                                "  selector: all()\n"
                                "  egress: [{action: Allow}]\n" // 6
                                "---\n"
                                "apiVersion: policy.networking.k8s.io/v1alpha1\n" // 8
                                "kind: AdminNetworkPolicy\n"
                                "metadata: {name: guard}\n"
                                "spec:\n"
                                "  priority: 5\n"
                                "  subject: {namespaces: {}}\n"
                                "  ingress: [{action: Deny, from: [{namespaces: {}}]}]\n" // 14
                                "---\n"
                                "apiVersion: projectcalico.org/v3\n" // 16
                                "kind: GlobalNetworkPolicy\n"
                                "metadata: {name: late}\n"
                                "spec:\n"
                                "  selector: all()\n"
                                "  egress:\n"
                                "    - action: Allow\n" // 22
                                "---\n"
                                "apiVersion: projectcalico.org/v3\n" // 24
                                "kind: Tier\n"
                                "metadata: {name: platform}\n"
                                "spec: {order: 100}\n"
                                "---\n"
                                "apiVersion: networking.k8s.io/v1\n" // 29
                                "kind: NetworkPolicy\n"
                                "metadata: {name: web, namespace: shop}\n"
                                "spec:\n"
                                "  podSelector: {}\n"
                                "  ingress: [{}]\n"; // 34
        const LoadResult loaded = Loader().loadText(yaml, u"mixed.yaml"_s);
        QVERIFY(!hasErrors(loaded.diagnostics));
        const Workspace &workspace = loaded.workspace;
        QCOMPARE(workspace->policies.size(), 2);
        QCOMPARE(workspace->adminPolicies.size(), 1);
        QCOMPARE(workspace->kubernetesPolicies.size(), 1);
        Diagnostic d;
        d.file = u"mixed.yaml"_s;
        d.line = line;
        d.column = 3;
        d.message = u"a finding"_s;
        if (named == u"guard")
            d.resource = workspace->adminPolicies[0].source.id;
        else if (named == u"web")
            d.resource = workspace->kubernetesPolicies[0].source.id;
        else if (!named.isEmpty())
            d.resource = workspace->tiers[0].source.id;

        const qsizetype p = ProblemsModel::policyFor(workspace, d);
        const qsizetype a = ProblemsModel::adminPolicyFor(workspace, d);
        const qsizetype k = ProblemsModel::kubernetesPolicyFor(workspace, d);
        QCOMPARE(p < 0 ? QString() : workspace->policies[p].meta.name, policy);
        QCOMPARE(a < 0 ? QString() : workspace->adminPolicies[a].meta.name, admin);
        QCOMPARE(k < 0 ? QString() : workspace->kubernetesPolicies[k].meta.name, kubernetes);
        ProblemsModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiagnostics({d}, workspace);
        const QModelIndex row = model.index(0, 0);
        QCOMPARE(row.data(ProblemsModel::PolicyIdRole).value<ResourceId>(),
            p < 0 ? ResourceId {} : workspace->policies[p].source.id);
        QCOMPARE(row.data(ProblemsModel::AdminPolicyIdRole).value<ResourceId>(),
            a < 0 ? ResourceId {} : workspace->adminPolicies[0].source.id);
        QCOMPARE(row.data(ProblemsModel::KubernetesPolicyIdRole).value<ResourceId>(),
            k < 0 ? ResourceId {} : workspace->kubernetesPolicies[0].source.id);
    }
};

QTEST_MAIN(TestStudioModels)
#include "tst_studiomodels.moc"
