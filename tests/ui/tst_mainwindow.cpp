// The studio's main window on the embedded demo workspace: it opens, loads off the GUI
// thread, and shows tiers and policies in Calico's evaluation order and the inventory.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include "resources/demoworkspace.h"
#include "ui/mainwindow.h"
#include "ui/workspacetreemodel.h"

using namespace ps;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    static QModelIndex child(const QAbstractItemModel *model, const QModelIndex &parent,
                             const QString &name)
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (i.data().toString() == name)
                return i;
        }
        return {};
    }

    static QStringList childNames(const QAbstractItemModel *model, const QModelIndex &parent)
    {
        QStringList names;
        for (int r = 0; r < model->rowCount(parent); ++r)
            names.append(model->index(r, 0, parent).data().toString());
        return names;
    }

    void loadDemo(MainWindow &window)
    {
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        window.openPaths({demoWorkspacePath()});
        QVERIFY(loaded.wait(20000));
    }

private Q_SLOTS:
    void windowTitle()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Policy Studio"));
    }

    void demoTiersInEvaluationOrder()
    {
        MainWindow window;
        new QAbstractItemModelTester(window.treeModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, &window);
        loadDemo(window);
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
                 QStringList({QStringLiteral("1. deny-tcp-8080"),
                              QStringLiteral("2. my-app/allow-api-access"),
                              QStringLiteral("3. prod-engineering/allow-db-from-named-accounts"),
                              QStringLiteral("4. prod-engineering/allow-db-from-web-frontend"),
                              QStringLiteral("5. production/allow-tcp-8080"),
                              QStringLiteral("6. restrict-development-access"),
                              QStringLiteral("7. prod-engineering/restrict-intern-access")}));
    }

    void demoInventory()
    {
        MainWindow window;
        loadDemo(window);
        const QAbstractItemModel *model = window.treeModel();
        const QModelIndex inventory = child(model, {}, QStringLiteral("Inventory"));
        QVERIFY(inventory.isValid());
        const QModelIndex prod = child(model, inventory, QStringLiteral("prod-engineering"));
        QVERIFY(prod.isValid());
        const QModelIndex db = child(model, prod, QStringLiteral("db-0"));
        QVERIFY(db.isValid());
        const QString detail = db.siblingAtColumn(WorkspaceTreeModel::DetailColumn).data().toString();
        QVERIFY2(detail.contains(QStringLiteral("10.244.2.20")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("app=db")), qPrintable(detail));
        // The demo is valid: no problems listed.
        const QModelIndex problems = child(model, {}, QStringLiteral("Problems"));
        QCOMPARE(model->rowCount(problems), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
