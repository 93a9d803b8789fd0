// Studio benchmarks (QBENCHMARK; not part of ctest's default run):
//   build/tests/bench/bench_studio                      all
//   build/tests/bench/bench_studio openLargeWorkspace   one
// * openLargeWorkspace: the main window opens the generated 1,000-namespace / 50,000-pod /
//   10,000-policy workspace; measured until the workspace tree is filled (the window is
//   usable: browse, open and edit policies) and, separately, until the analysis (validation
//   and the engine index behind chains, traces and the dataplane) is ready.
// * editUpdatesEveryView: on the demo workspace with every dock showing content, one policy
//   edit until the analysis is current and every view has redrawn from it.

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "benchworkspace.h"
#include "resources/demoworkspace.h"
#include "ui/chain/chainview.h"
#include "ui/dataplane/dataplanepanel.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/trace/tracepanel.h"

using namespace ps;

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
            doc->replacePolicy(0, p);
            QVERIFY(ready.wait(10000));
            window.repaint(); // every visible view paints what it now holds
        }
    }
};

QTEST_MAIN(BenchStudio)
#include "bench_studio.moc"
