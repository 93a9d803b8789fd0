// Studio benchmarks (QBENCHMARK; not part of ctest's default run):
//   build/tests/bench/bench_studio                      all
//   build/tests/bench/bench_studio openLargeWorkspace   one
// * openLargeWorkspace: the main window opens the generated 1,000-namespace / 50,000-pod /
//   10,000-policy workspace; measured until the workspace tree is filled (the window is
//   usable: browse, open and edit policies) and, separately, until the analysis (validation
//   and the engine index behind chains, traces and the dataplane) is ready.
// * editUpdatesEveryView: on the demo workspace with every dock showing content, one policy
//   edit until the analysis is current and every view has redrawn from it.
// * editLargeWorkspace: the same on the 10,000-policy workspace, timed per edit in two parts
//   (a valid edit, and one that makes the policy's selector invalid, analysed with the
//   policy's last valid version):
//   the edit until every view connected to the document has updated from it (the workspace
//   tree, the inventory, the open editor; synchronous), and until the analysis of the edited
//   workspace is ready and the window has repainted. Edits alternate between two values of
//   the first policy's order, as the Form's order field does while typing.
// * memoryAfterEditsLargeWorkspace: the resident set after opening the 10,000-policy workspace
//   and after 20 edits of it, each analysed (from the analysis before) before the next.
// * treeUpdateLargeWorkspace: the workspace tree (model, filter proxy and view, tiers
//   expanded) taking one such edit of the 10,000-policy workspace: rebuilt from the whole
//   workspace (a reset, what every edit cost before deltas), and from the edit's delta (the
//   rows it touches, no rebuild; the delta's own cost included); and the same for an edit of a
//   tier's order (the tier row moves).
// * filterLargeInventory: typing in the inventory's filter box over the 50,000-pod workspace
//   (model, TreeFilterProxy and view, namespaces expanded): per keystroke, the GUI thread's CPU
//   from the keystroke until the result is shown (gathering the rows' texts after a change of
//   the tree, applying the result) and the time until it is shown (the 200 ms debounce
//   included); the first keystroke after a change of the tree pays for gathering the texts.
// * inventoryUpdateLargeWorkspace: the inventory (model, filter proxy and view, namespaces
//   expanded) taking an edit of one pod's labels in the 50,000-pod workspace: rebuilt, and from
//   the edit's delta.

#include <algorithm>
#include <ctime>

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

#include "benchworkspace.h"
#include "core/io/loader.h"
#include "resources/demoworkspace.h"
#include "ui/chain/chainview.h"
#include "ui/dataplane/dataplanepanel.h"
#include "ui/document.h"
#include "ui/inventorymodel.h"
#include "ui/mainwindow.h"
#include "ui/trace/tracepanel.h"
#include "ui/treefilterproxy.h"
#include "ui/workspacetreemodel.h"

using namespace ps;

namespace {

// What the calling thread spent on the CPU, in microseconds: the GUI thread's cost of an edit,
// whatever else the machine runs meanwhile.
qint64 threadCpuMicroseconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

// The process's resident set (VmRSS), in KiB.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

class BenchStudio : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void openLargeWorkspace()
    {
        const QString dir = bench::generatedWorkspaceDir(bench::kLarge);
        qint64 usable = 0;
        qint64 analysed = 0;
        QBENCHMARK_ONCE
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
            QSignalSpy ready(window.document(), &Document::analysisReady);
            QElapsedTimer timer;
            timer.start();
            window.openPaths({dir});
            QVERIFY(loaded.wait(600000));
            usable = timer.elapsed();
            QVERIFY(ready.wait(600000));
            analysed = timer.elapsed();
        }
        qInfo("window usable after %lld ms; analysis ready after %lld ms", usable, analysed);
    }

    void editUpdatesEveryView()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(window.document(), &Document::analysisReady);
        window.openPaths({demoWorkspacePath()});
        QVERIFY(ready.wait(60000));
        Document *doc = window.document();
        int round = 0;
        QBENCHMARK
        {
            CalicoPolicy p = doc->workspace()->policies.first();
            p.order = 100 + (round++ % 2);
            doc->replacePolicy(p.source.id, p);
            QVERIFY(ready.wait(10000));
            window.repaint(); // every visible view paints what it now holds
        }
    }

    void editLargeWorkspace_data()
    {
        QTest::addColumn<bool>("invalid");
        QTest::newRow("valid edit (order)") << false;
        // The selector made invalid: the analysis uses the policy's last valid version, which
        // costs a second engine build.
        QTest::newRow("invalid edit (selector), last valid version analysed") << true;
    }

    void editLargeWorkspace()
    {
        QFETCH(bool, invalid);
        constexpr int kEdits = 6; // each waits for the analysis of 10,000 policies
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(window.document(), &Document::analysisReady);
        window.openPaths({bench::generatedWorkspaceDir(bench::kLarge)});
        QVERIFY(ready.wait(600000));
        Document *doc = window.document();
        QList<qint64> synchronous;
        QList<qint64> synchronousCpu;
        QList<qint64> everyView;
        QBENCHMARK_ONCE
        {
            for (int round = 0; round < kEdits; ++round) {
                CalicoPolicy p = doc->workspace()->policies.first();
                if (invalid)
                    p.selector = QStringLiteral("app == 'x' &&") + QString(round + 1, u' ');
                else
                    p.order = 100 + (round % 2);
                QElapsedTimer timer;
                timer.start();
                const qint64 cpu = threadCpuMicroseconds();
                doc->replacePolicy(p.source.id, p);
                synchronous.append(timer.nsecsElapsed() / 1000);
                synchronousCpu.append(threadCpuMicroseconds() - cpu);
                QVERIFY(ready.wait(600000));
                window.repaint();
                everyView.append(timer.elapsed());
            }
        }
        std::sort(synchronous.begin(), synchronous.end());
        std::sort(synchronousCpu.begin(), synchronousCpu.end());
        std::sort(everyView.begin(), everyView.end());
        qInfo("per edit: views updated from the edit after %lld us (median; min %lld, max %lld), "
              "GUI thread CPU %lld us (median; min %lld, max %lld); "
              "analysis ready and window repainted after %lld ms (median; min %lld, max %lld)",
            synchronous[kEdits / 2], synchronous.first(), synchronous.last(),
            synchronousCpu[kEdits / 2], synchronousCpu.first(), synchronousCpu.last(),
            everyView[kEdits / 2], everyView.first(), everyView.last());
    }

    // The studio's memory over 20 edits of the 10,000-policy workspace, each analysed before
    // the next: the resident set after opening, after the edits, and the growth per edit.
    void memoryAfterEditsLargeWorkspace()
    {
        constexpr int kEdits = 20;
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(window.document(), &Document::analysisReady);
        window.openPaths({bench::generatedWorkspaceDir(bench::kLarge)});
        QVERIFY(ready.wait(600000));
        Document *doc = window.document();
        const qint64 opened = residentKiB();
        qint64 after = 0;
        QBENCHMARK_ONCE
        {
            for (int round = 0; round < kEdits; ++round) {
                CalicoPolicy p = doc->workspace()->policies[round % 5];
                p.order = 100 + round;
                doc->replacePolicy(p.source.id, p);
                QVERIFY(ready.wait(600000));
                window.repaint();
            }
            after = residentKiB();
        }
        qInfo("resident set: %lld MiB after opening, %lld MiB after %d edits (%+lld KiB per edit)",
            opened / 1024, after / 1024, kEdits, (after - opened) / kEdits);
    }

    void treeUpdateLargeWorkspace_data()
    {
        QTest::addColumn<bool>("rebuild");
        QTest::addColumn<bool>("tier");
        QTest::newRow("policy order: rebuild (as every edit did before deltas)") << true << false;
        QTest::newRow("policy order: delta, the rows the edit touched") << false << false;
        QTest::newRow("tier order: rebuild") << true << true;
        QTest::newRow("tier order: delta") << false << true;
    }

    void treeUpdateLargeWorkspace()
    {
        QFETCH(bool, rebuild);
        QFETCH(bool, tier);
        const LoadResult loaded = Loader().loadPaths({bench::generatedWorkspaceDir(bench::kLarge)});
        QVERIFY(!tier || !loaded.workspace->tiers.isEmpty());
        WorkspaceTreeModel model;
        QSortFilterProxyModel proxy;
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setSourceModel(&model);
        QTreeView view;
        view.setUniformRowHeights(true);
        view.setModel(&proxy);
        view.resize(400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Workspace workspace = loaded.workspace;
        model.setWorkspace(workspace);
        view.expandToDepth(1);
        int round = 0;
        QBENCHMARK
        {
            const Workspace edited = workspace.edited([&round, tier](WorkspaceData &d) {
                if (tier)
                    d.tiers.first().order = 100 + (round++ % 2) * 1e7;
                else
                    d.policies.first().order = 100 + (round++ % 2);
            });
            model.setWorkspace(edited,
                rebuild ? WorkspaceDelta::replacement()
                        : WorkspaceDelta::between(workspace, edited));
            workspace = edited;
        }
    }

    void filterLargeInventory()
    {
        const LoadResult loaded = Loader().loadPaths({bench::generatedWorkspaceDir(bench::kLarge)});
        InventoryModel model;
        TreeFilterProxy proxy;
        proxy.setSourceModel(&model);
        QTreeView view;
        view.setUniformRowHeights(true);
        view.setModel(&proxy);
        view.resize(400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.setWorkspace(loaded.workspace);
        view.expandToDepth(0);
        QSignalSpy applied(&proxy, &TreeFilterProxy::filterApplied);
        const QStringList keystrokes {QStringLiteral("n"), QStringLiteral("ns-1"),
            QStringLiteral("ns-12"), QStringLiteral("ns-123"), QStringLiteral("ns-12"),
            QStringLiteral("app=web"), QStringLiteral("10.1.2.3")};
        QList<qint64> cpu;
        QList<qint64> shown;
        QBENCHMARK_ONCE
        {
            for (const QString &text : keystrokes) {
                applied.clear();
                QElapsedTimer timer;
                timer.start();
                const qint64 before = threadCpuMicroseconds();
                proxy.setFilterText(text);
                QVERIFY(applied.wait(600000));
                view.repaint();
                cpu.append(threadCpuMicroseconds() - before);
                shown.append(timer.elapsed());
            }
        }
        QString first = QStringLiteral("first keystroke: GUI CPU %1 ms, shown after %2 ms")
                            .arg(cpu.first() / 1000)
                            .arg(shown.first());
        cpu.removeFirst();
        shown.removeFirst();
        std::sort(cpu.begin(), cpu.end());
        std::sort(shown.begin(), shown.end());
        qInfo("%s; later keystrokes: GUI CPU %lld ms (median; max %lld), shown after %lld ms "
              "(median; max %lld)",
            qPrintable(first), cpu[cpu.size() / 2] / 1000, cpu.last() / 1000,
            shown[shown.size() / 2], shown.last());
    }

    void inventoryUpdateLargeWorkspace_data()
    {
        QTest::addColumn<bool>("rebuild");
        QTest::newRow("pod labels: rebuild") << true;
        QTest::newRow("pod labels: delta") << false;
    }

    void inventoryUpdateLargeWorkspace()
    {
        QFETCH(bool, rebuild);
        const LoadResult loaded = Loader().loadPaths({bench::generatedWorkspaceDir(bench::kLarge)});
        InventoryModel model;
        QSortFilterProxyModel proxy;
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setSourceModel(&model);
        QTreeView view;
        view.setUniformRowHeights(true);
        view.setModel(&proxy);
        view.resize(400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Workspace workspace = loaded.workspace;
        model.setWorkspace(workspace);
        view.expandToDepth(0);
        const qsizetype middle = workspace->pods.size() / 2;
        int round = 0;
        QBENCHMARK
        {
            const Workspace edited = workspace.edited([&](WorkspaceData &d) {
                d.pods[middle].meta.labels.insert(
                    QStringLiteral("bench"), QString::number(round++ % 2));
            });
            model.setWorkspace(edited,
                rebuild ? WorkspaceDelta::replacement()
                        : WorkspaceDelta::between(workspace, edited));
            workspace = edited;
        }
    }
};

QTEST_MAIN(BenchStudio)
#include "bench_studio.moc"
