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
QString allReasons(const DirectionTrace &d)
{
    QStringList parts;
    for (const TraceStep &s : d.steps)
        parts.append(s.tier + u' ' + s.policy + u' ' + s.action + u' ' + s.reason);
    return parts.join(u'\n');
}

} // namespace

class TestEvalScenarios : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scenarios_data();
    void scenarios();
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
    QString workspaceDir = dir + QStringLiteral("/workspace");
    const QByteArray pathFile = test::readFile(dir + QStringLiteral("/workspace-path")).trimmed();
    if (!pathFile.isEmpty())
        workspaceDir = test::projectPath(QString::fromUtf8(pathFile));
    const LoadResult loaded = Loader().loadPaths({workspaceDir});
    QStringList loadErrors;
    for (const Diagnostic &diag : loaded.diagnostics) {
        if (diag.severity == Severity::Error)
            loadErrors.append(diag.toString());
    }
    QVERIFY2(loadErrors.isEmpty(), qPrintable(loadErrors.join(u'\n')));

    const PolicyEngine engine(loaded.workspace);
    const QByteArray flowsJson = test::readFile(dir + QStringLiteral("/flows.json"));
    const QJsonArray raw = QJsonDocument::fromJson(flowsJson).array();
    // The expectations (expect, reasons, ...) sit next to the flow fields; parseFlows is strict.
    QJsonArray flowsOnly;
    for (const QJsonValue &v : raw) {
        QJsonObject o = v.toObject();
        for (const char *key : {"expect", "expectError", "reasons", "egress", "ingress"})
            o.remove(QLatin1String(key));
        flowsOnly.append(o);
    }
    const Result<QList<Flow>> flows = parseFlows(QJsonDocument(flowsOnly).toJson());
    QVERIFY2(flows.ok(), qPrintable(flows.ok() ? QString() : flows.error().message));
    const QList<FlowTrace> traces = engine.trace(flows.value());

    QStringList problems;
    for (qsizetype i = 0; i < traces.size(); ++i) {
        const FlowTrace &t = traces[i];
        const QJsonObject o = raw[i].toObject();
        const QString label = QStringLiteral("flow %1 (%2 -> %3 %4 %5)")
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
            problems.append(label + QStringLiteral(": verdict %1, expected %2\n%3\n%4")
                                        .arg(verdictName(t.verdict), expect, allReasons(t.egress), allReasons(t.ingress)));
        const struct {
            const char *key;
            const DirectionTrace *dir;
        } sides[] = {{"egress", &t.egress}, {"ingress", &t.ingress}};
        for (const auto &side : sides) {
            const QJsonValue v = o.value(QLatin1String(side.key));
            if (v.isString() && v.toString() != verdictName(side.dir->verdict))
                problems.append(label + QStringLiteral(": %1 verdict %2, expected %3\n%4")
                                            .arg(QLatin1String(side.key), verdictName(side.dir->verdict), v.toString(),
                                                 allReasons(*side.dir)));
        }
        const QString everything = allReasons(t.egress) + u'\n' + allReasons(t.ingress);
        for (const QJsonValue &fragment : o.value(QLatin1String("reasons")).toArray()) {
            if (!everything.contains(fragment.toString()))
                problems.append(label + QStringLiteral(": no step says \"%1\"; steps:\n%2").arg(fragment.toString(), everything));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n\n"))));

    const QString goldenPath = dir + QStringLiteral("/expected.json");
    const QByteArray actual = goldenText(traces);
    PS_COMPARE_GOLDEN(actual, goldenPath);
}

QTEST_GUILESS_MAIN(TestEvalScenarios)
#include "tst_evalscenarios.moc"
