// Golden scenarios for the policy engine. Each folder under tests/fixtures/eval/ holds
//   workspace/        the YAML the scenario is about (or a file `workspace-path` naming a
//                     folder relative to the repository root, e.g. resources/demo)
//   flows.json        the flows, each with the verdict we expect from the spec ("expect") and
//                     fragments that must appear in the reasons ("reasons", "egress", "ingress")
//   expected.json     the engine's full trace output, one flow per line (golden file)
// The hand-written expectations are checked first; then the whole output is compared with
// expected.json and a `diff -u` is printed on mismatch. Regenerate the golden files on
// purpose with scripts/regenerate-goldens.sh.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/report/explainer.h"
#include "core/report/tracereport.h"
#include "tests/support/golden.h"
#include "tests/support/testfiles.h"

using namespace ps;

namespace {

QString fixturesDir()
{
    return test::fixturePath(u"eval");
}
QByteArray goldenText(const QList<FlowTrace> &traces)
{
    QByteArray out = "[\n";
    for (qsizetype i = 0; i < traces.size(); ++i) {
        out += toJson(traces[i]);
        out += i + 1 < traces.size() ? ",\n" : "\n";
    }
    out += "]\n";
    return out;
}

// The workspace folder of a scenario: "workspace", or the one "workspace-path" names.
QString workspaceDir(const QString &dir)
{
    const QByteArray pathFile = test::readFile(dir + QStringLiteral("/workspace-path")).trimmed();
    if (!pathFile.isEmpty())
        return test::projectPath(QString::fromUtf8(pathFile));
    return dir + QStringLiteral("/workspace");
}

// The flows of flows.json without the expectations that sit next to the flow fields (parseFlows
// is strict).
Result<QList<Flow>> scenarioFlows(const QJsonArray &raw)
{
    QJsonArray flowsOnly;
    for (const QJsonValue &v : raw) {
        QJsonObject o = v.toObject();
        for (const char *key : {"expect", "expectError", "reasons", "egress", "ingress"})
            o.remove(QLatin1String(key));
        flowsOnly.append(o);
    }
    return parseFlows(QJsonDocument(flowsOnly).toJson());
}

QString allReasons(const DirectionTrace &d)
{
    QStringList parts;
    for (const TraceStep &s : d.steps)
        parts.append(s.tier + u' ' + s.policy + u' ' + s.action + u' ' + explainStep(s));
    return parts.join(u'\n');
}

} // namespace

class TestEvalScenarios : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scenarios_data();
    void scenarios();
    void verdictOnly_data();
    void verdictOnly();
};

void TestEvalScenarios::scenarios_data()
{
    QTest::addColumn<QString>("dir");
    const QDir root(fixturesDir());
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (QFile::exists(root.filePath(name + QStringLiteral("/flows.json"))))
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }
}

void TestEvalScenarios::scenarios()
{
    QFETCH(QString, dir);
    const LoadResult loaded = Loader().loadPaths({workspaceDir(dir)});
    QStringList loadErrors;
    for (const Diagnostic &diag : loaded.diagnostics) {
        if (diag.severity == Severity::Error)
            loadErrors.append(diag.toString());
    }
    QVERIFY2(loadErrors.isEmpty(), qPrintable(loadErrors.join(u'\n')));

    const PolicyEngine engine(loaded.workspace);
    const QByteArray flowsJson = test::readFile(dir + QStringLiteral("/flows.json"));
    const QJsonArray raw = QJsonDocument::fromJson(flowsJson).array();
    const Result<QList<Flow>> flows = scenarioFlows(raw);
    QVERIFY2(flows.ok(), qPrintable(flows.ok() ? QString() : flows.error().message));
    const QList<FlowTrace> traces = engine.trace(flows.value());

    QStringList problems;
    for (qsizetype i = 0; i < traces.size(); ++i) {
        const FlowTrace &t = traces[i];
        const QJsonObject o = raw[i].toObject();
        const QString label
            = QStringLiteral("flow %1 (%2 -> %3 %4 %5)")
                  .arg(i)
                  .arg(t.from, t.to, t.protocol, t.port ? QString::number(*t.port) : QString());
        if (!t.ok()) {
            if (o.value(QLatin1String("expectError")).toString().isEmpty()
                || !t.error.contains(o.value(QLatin1String("expectError")).toString()))
                problems.append(label + QStringLiteral(": error: ") + t.error);
            continue;
        }
        const QString expect = o.value(QLatin1String("expect")).toString();
        if (!expect.isEmpty() && expect != verdictName(t.verdict))
            problems.append(label
                + QStringLiteral(": verdict %1, expected %2\n%3\n%4")
                      .arg(verdictName(t.verdict), expect, allReasons(t.egress),
                          allReasons(t.ingress)));
        const struct {
            const char *key;
            const DirectionTrace *dir;
        } sides[] = {{"egress", &t.egress}, {"ingress", &t.ingress}};
        for (const auto &side : sides) {
            const QJsonValue v = o.value(QLatin1String(side.key));
            if (v.isString() && v.toString() != verdictName(side.dir->verdict))
                problems.append(label
                    + QStringLiteral(": %1 verdict %2, expected %3\n%4")
                          .arg(QLatin1String(side.key), verdictName(side.dir->verdict),
                              v.toString(), allReasons(*side.dir)));
        }
        const QString everything = allReasons(t.egress) + u'\n' + allReasons(t.ingress);
        for (const QJsonValue &fragment : o.value(QLatin1String("reasons")).toArray()) {
            if (!everything.contains(fragment.toString()))
                problems.append(label
                    + QStringLiteral(": no step says \"%1\"; steps:\n%2")
                          .arg(fragment.toString(), everything));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n\n"))));

    const QString goldenPath = dir + QStringLiteral("/expected.json");
    const QByteArray actual = goldenText(traces);
    PS_COMPARE_GOLDEN(actual, goldenPath);
}

void TestEvalScenarios::verdictOnly_data()
{
    scenarios_data();
}

// Verdicts (matrices, diffs) take the engine's path without reasons: each side records no step,
// nothing is put in words, and the verdicts are the traces'.
void TestEvalScenarios::verdictOnly()
{
    QFETCH(QString, dir);
    const PolicyEngine engine(Loader().loadPaths({workspaceDir(dir)}).workspace);
    const QByteArray flowsJson = test::readFile(dir + QStringLiteral("/flows.json"));
    const Result<QList<Flow>> flows = scenarioFlows(QJsonDocument::fromJson(flowsJson).array());
    QVERIFY(flows.ok());
    int compared = 0;
    for (const Flow &flow : flows.value()) {
        const Result<Packet> packet = engine.packet(flow);
        if (!packet)
            continue;
        const FlowTrace trace = engine.trace(flow);
        QCOMPARE(engine.verdict(*packet), trace.verdict);
        const struct {
            int object;
            Direction direction;
            const DirectionTrace *traced;
        } sides[] = {{packet->source.object, Direction::Egress, &trace.egress},
            {packet->destination.object, Direction::Ingress, &trace.ingress}};
        for (const auto &side : sides) {
            if (side.object < 0)
                continue;
            const DirectionTrace verdictOnly
                = engine.evaluate(side.object, side.direction, *packet, false);
            QVERIFY(verdictOnly.steps.isEmpty());
            QCOMPARE(verdictOnly.verdict, side.traced->verdict);
            QVERIFY(!side.traced->steps.isEmpty());
            ++compared;
        }
        if (packet->via >= 0) {
            const DirectionTrace forwarded = engine.evaluateForwarded(packet->via, *packet, false);
            QVERIFY(forwarded.steps.isEmpty());
            QCOMPARE(forwarded.verdict, trace.forward.verdict);
        }
    }
    QVERIFY(compared > 0);
}

QTEST_GUILESS_MAIN(TestEvalScenarios)
#include "tst_evalscenarios.moc"
