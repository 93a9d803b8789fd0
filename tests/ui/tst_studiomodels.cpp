// The main window's item models on the demo workspace: WorkspaceTreeModel (tiers and policies
// in evaluation order, kind icons, stable keys), InventoryModel (namespaces → endpoints with
// labels and service accounts) and ProblemsModel (diagnostics with location and policy), each
// under QAbstractItemModelTester, and filtering through recursive QSortFilterProxyModels.

#include <QAbstractItemModelTester>
#include <QImage>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTest>

#include "core/io/loader.h"
#include "core/validate/validator.h"
#include "resources/demoworkspace.h"
#include "ui/inventorymodel.h"
#include "ui/problemsmodel.h"
#include "ui/workspacetreemodel.h"

#include "modeltesthelpers.h"

using namespace ps;
using namespace ps::test;

namespace {

QSortFilterProxyModel *filterProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setRecursiveFilteringEnabled(true);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
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
        QCOMPARE(first.data(WorkspaceTreeModel::KeyRole).toString(),
            QStringLiteral("policy:GlobalNetworkPolicy/deny-tcp-8080"));
        const RuleRef ref = first.data(WorkspaceTreeModel::RuleRefRole).value<RuleRef>();
        QCOMPARE(ref.policy, QStringLiteral("deny-tcp-8080"));
        QCOMPARE(policyIndex(m_demo, ref),
            first.data(WorkspaceTreeModel::ResourceIndexRole).value<qsizetype>());
        QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());
        // Stable keys find the same node after a rebuild.
        model.setWorkspace(m_demo);
        QCOMPARE(model.indexForKey(QStringLiteral("policy:GlobalNetworkPolicy/deny-tcp-8080"))
                     .data()
                     .toString(),
            QStringLiteral("1. deny-tcp-8080"));
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
        QVERIFY(!model
                     ->indexForKey(isInventory
                             ? QStringLiteral("pod:prod-engineering/db-0")
                             : QStringLiteral("policy:GlobalNetworkPolicy/deny-tcp-8080"))
                     .isValid());
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
        QSortFilterProxyModel *proxy = filterProxy(&model, &model);
        QAbstractItemModelTester tester(
            proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_demo);
        proxy->setFilterFixedString(filter);
        const QStringList names = allNames(proxy);
        for (const QString &name : visible)
            QVERIFY2(names.contains(name),
                qPrintable(name + QStringLiteral(" not in ") + names.join(u',')));
        for (const QString &name : hidden)
            QVERIFY2(!names.contains(name), qPrintable(name));
        proxy->setFilterFixedString({});
        QCOMPARE(allNames(proxy), allNames(&model));
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
        QSortFilterProxyModel *proxy = filterProxy(&model, &model);
        QAbstractItemModelTester tester(
            proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_demo);
        proxy->setFilterFixedString(filter);
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
        const qsizetype policy = row.data(ProblemsModel::PolicyIndexRole).value<qsizetype>();
        QVERIFY(policy >= 0);
        QCOMPARE(loaded.workspace->policies[policy].meta.name, QStringLiteral("bad"));

        model.setDiagnostics({}, loaded.workspace);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.errorCount(), 0);
    }
};

QTEST_MAIN(TestStudioModels)
#include "tst_studiomodels.moc"
