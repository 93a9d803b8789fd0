// The studio with pathological strings: a workspace whose policies carry a 200 KB selector, a
// 200 KB name, a 200 KB label value and a rule with a 200 KB selector is opened in the main
// window and walked through (workspace tree, form editor, rule chain, trace panel, problems).
// Nothing may lay such a text out whole: the window and every dock keep the minimum width they
// have with ordinary names, labels elide, editors scroll, tooltips and tree texts are cut, and
// the process does not grow by gigabytes. A screenshot of the window is written to
// POLICY_SCREENSHOT_DIR (when set) for a person to look at.

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include "ui/chain/chainmodel.h"
#include "ui/chain/chainview.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/problemsmodel.h"
#include "ui/recovery.h"
#include "ui/trace/tracepanel.h"
#include "ui/treefilterproxy.h"
#include "ui/workspacetreemodel.h"

#include "modeltesthelpers.h"

using namespace ps;
using namespace Qt::StringLiterals;

namespace {

constexpr int kHuge = 200 * 1024;
/// Longer than any text a view may show of one value, far shorter than the values.
constexpr qsizetype kMaxShownText = 4096;
/// The widest any widget may ask to be: a screen, not the width of a 200 KB text.
constexpr int kMaxWidth = 3000;

QByteArray hugeText(char c)
{
    return QByteArray(kHuge, c);
}

QByteArray workspaceYaml(bool pathological)
{
    const QByteArray x = pathological ? hugeText('x') : "xxxx";
    const QByteArray name = pathological ? "n" + hugeText('n') : "long-name";
    const QByteArray value = pathological ? hugeText('v') : "value";
    const QByteArray longestName = pathological ? QByteArray(253, 'a') : "valid";
    QByteArray longestSelector = "app == 'web'";
    while (pathological && longestSelector.size() < 1000)
        longestSelector += " && !has(label-" + QByteArray::number(longestSelector.size()) + ")";
    return "apiVersion: v1\nkind: Namespace\nmetadata: {name: prod}\n---\n"
           "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-0\n  namespace: prod\n"
           "  labels: {app: web}\nspec:\n  containers: [{name: c}]\nstatus: {podIP: 10.0.0.5}\n"
           "---\n"
           "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n"
           "  name: huge-selector\nspec:\n  selector: app == 'web' || other == '"
        + x
        + "'\n  ingress: [{action: Allow}]\n---\n"
          "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: "
        + name
        + "\nspec:\n  selector: app == 'web'\n  ingress: [{action: Deny}]\n---\n"
          "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n"
          "  name: huge-label\n  labels: {big: "
        + value
        + "}\nspec:\n  selector: app == 'web'\n  ingress: [{action: Pass}]\n---\n"
          "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n"
          "  name: huge-rule\nspec:\n  order: 10\n  selector: app == 'web'\n  ingress:\n"
          "    - action: Allow\n      source:\n        selector: app == '"
        + x
        + "'\n    - action: Allow\n      protocol: TCP\n"
          "      destination: {ports: [80]}\n---\n"
          // Valid, so in the chain and the trace: the longest name and selector Calico takes.
          "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: "
        + longestName + "\nspec:\n  order: 5\n  selector: " + longestSelector
        + "\n  ingress:\n    - action: Allow\n      source:\n        selector: " + longestSelector
        + "\n    - action: Deny\n";
}

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * 4096 : 0;
}

/// Every widget (shown or not) under `root` that asks for more than kMaxWidth, named.
QStringList tooWide(QWidget *root)
{
    QStringList out;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->isHidden() || !w->isVisibleTo(root))
            continue;
        const int min = w->minimumSizeHint().width();
        const int hint = qobject_cast<QLabel *>(w) ? w->sizeHint().width() : 0;
        if (min > kMaxWidth || hint > kMaxWidth) {
            const auto *label = qobject_cast<QLabel *>(w);
            out.append(u"%1 \"%2\" (minimumSizeHint %3, sizeHint %4)%5"_s
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                           .arg(min)
                           .arg(hint)
                           .arg(label ? u": "_s + label->text().left(60) : QString()));
        }
    }
    return out;
}

/// Every text a model shows under `parent` (display and tooltip) longer than kMaxShownText.
QStringList tooLongTexts(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex i = model->index(r, c, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString text = i.data(role).toString();
                if (text.size() > kMaxShownText) {
                    out.append(u"%1 row %2 column %3 role %4: %5 characters"_s
                                   .arg(QString::fromLatin1(model->metaObject()->className()))
                                   .arg(r)
                                   .arg(c)
                                   .arg(role)
                                   .arg(text.size()));
                }
            }
        }
        out += tooLongTexts(model, model->index(r, 0, parent));
    }
    return out;
}

} // namespace

class TestLongStrings : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /// Opens the workspace in `window` and walks it: each policy selected in the tree and
    /// opened in the editor, the pod's chain, a trace, the problems. Returns the widest
    /// minimumSizeHint of the window seen on the way.
    int walk(MainWindow &window, const QString &file, QStringList *problems)
    {
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        window.openPaths({file});
        if (!loaded.wait(60000)) {
            problems->append(u"the workspace did not load"_s);
            return 0;
        }
        if (!window.document()->isAnalysisCurrent()) {
            QSignalSpy ready(window.document(), &Document::analysisReady);
            if (!ready.wait(60000))
                problems->append(u"the analysis did not finish"_s);
        }
        int widest = window.minimumSizeHint().width();
        const auto look = [&](const QString &step) {
            QApplication::processEvents();
            widest = std::max(widest, window.minimumSizeHint().width());
            for (const QString &w : tooWide(&window))
                problems->append(step + u": "_s + w);
            if (window.width() > kMaxWidth)
                problems->append(step + u": the window is %1 px wide"_s.arg(window.width()));
        };
        look(u"loaded"_s);

        for (const CalicoPolicy &p : window.document()->workspace()->policies) {
            const QString step = u"policy %1"_s.arg(p.meta.name.left(20));
            const QModelIndex row = window.treeProxy()->mapFromSource(
                window.treeModel()->indexForResource(p.source.id));
            if (!row.isValid()) {
                problems->append(step + u": not in the tree"_s);
                continue;
            }
            window.treeView()->scrollTo(row);
            window.treeView()->setCurrentIndex(row);
            look(step + u" selected"_s);
            window.openPolicy(p.source.id);
            look(step + u" opened"_s);
            if (!p.ingress.isEmpty()) {
                RuleRef ref = policyRef(p);
                ref.direction = Direction::Ingress;
                ref.rule = 0;
                window.openRule(ref);
                look(step + u" rule"_s);
            }
        }

        window.chainView()->setEndpoint(u"prod/web-0"_s);
        look(u"chain"_s);
        window.tracePanel()->setFlow(u"10.0.0.9"_s, u"prod/web-0"_s, u"TCP"_s, 80);
        window.tracePanel()->runTrace();
        look(u"trace"_s);
        if (QDockWidget *dock = window.dock(u"problemsDock"_s))
            dock->raise();
        look(u"problems"_s);

        *problems += tooLongTexts(window.treeModel());
        *problems += tooLongTexts(window.problemsModel());
        *problems += tooLongTexts(window.chainView()->model(Direction::Ingress));
        for (const QString &step : window.tracePanel()->stepTexts()) {
            if (step.size() > kMaxShownText)
                problems->append(u"trace step of %1 characters"_s.arg(step.size()));
        }
        if (window.treeView()->header()->sectionSize(0) > kMaxWidth) {
            problems->append(u"the tree's column is %1 px wide"_s.arg(
                window.treeView()->header()->sectionSize(0)));
        }
        return widest;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(
            u"PolicyStudioTests-%1"_s.arg(QCoreApplication::applicationPid()));
        QCoreApplication::setApplicationName(u"tst_longstrings"_s);
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase()
    {
        QDir(QFileInfo(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                 .absolutePath())
            .removeRecursively();
    }

    void windowStaysBoundedWithHugeStrings()
    {
        // The same workspace with ordinary strings: the widths the window may keep.
        const QString ordinary = m_dir.filePath(u"ordinary.yaml"_s);
        const QString hostile = m_dir.filePath(u"hostile.yaml"_s);
        {
            QFile f(ordinary);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(workspaceYaml(false)) > 0);
            QFile g(hostile);
            QVERIFY(g.open(QIODevice::WriteOnly) && g.write(workspaceYaml(true)) > 0);
        }
        int ordinaryWidth = 0;
        {
            MainWindow window;
            window.resize(1280, 800);
            window.show();
            QStringList problems;
            ordinaryWidth = walk(window, ordinary, &problems);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }

        const qint64 before = residentBytes();
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QStringList problems;
        const int hostileWidth = walk(window, hostile, &problems);
        QCOMPARE(window.document()->workspace()->policies.size(), 5);

        if (const QString dir = qEnvironmentVariable("POLICY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            window.grab().save(dir + u"/longstrings.png"_s);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Huge strings widen nothing: the window needs what it needs with ordinary ones.
        QVERIFY2(hostileWidth <= ordinaryWidth + 50,
            qPrintable(u"minimum width %1 px, %2 px with ordinary strings"_s.arg(hostileWidth)
                           .arg(ordinaryWidth)));
        QVERIFY(window.width() <= std::max(1280, ordinaryWidth + 50));
        const qint64 grown = residentBytes() - before;
        QVERIFY2(
            grown < qint64(1) << 30, qPrintable(u"the process grew by %1 MB"_s.arg(grown >> 20)));
        qInfo("minimum width %d px (%d px with ordinary strings), grew by %lld MB", hostileWidth,
            ordinaryWidth, grown >> 20);
    }
};

QTEST_MAIN(TestLongStrings)
#include "tst_longstrings.moc"
