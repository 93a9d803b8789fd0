// policyctl cost, run in-process through ps::cli::Cli on the embedded demo: golden text and
// JSON per node, per endpoint, for --growth (small generated clusters, to stay quick) and for a
// forecast; the JSON carries the numbers the core computes (rulesetCostPerNode,
// forecastPlacement); and every error with its exit code (0 written, 1 unknown node or
// workload, 2 usage).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "clirunner.h"
#include "core/dataplane/placementforecast.h"
#include "core/dataplane/rulesetcost.h"
#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "resources/demoworkspace.h"
#include "tests/support/golden.h"
#include "tests/support/testfiles.h"

using namespace ps;

namespace {

QString golden(const QString &name)
{
    return ps::test::fixturePath(QStringLiteral("cli/cost/") + name);
}

QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestCliCost : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goldens_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, std::initializer_list<const char *> extra) {
            QTest::newRow(name) << cliArgs({"cost", "-f", ":/demo"}) + cliArgs(extra)
                                << golden(QString::fromUtf8(name));
        };
        row("nodes.txt", {});
        row("nodes.json", {"-o", "json"});
        row("endpoints.txt", {"--by", "endpoint"});
        row("endpoints.json", {"--by", "endpoint", "-o", "json"});
        row("node-worker-2.txt", {"--node", "worker-2"});
        row("growth.txt", {"--growth", "--namespaces", "2", "--pods", "20", "--policies", "0,40"});
        row("growth.json",
            {"--growth", "--namespaces", "2", "--pods", "20", "--policies", "0,40", "-o", "json"});
        row("forecast.txt",
            {"--forecast-node", "worker-2", "--place", "production/server-0:3", "--place",
                "qa/qa-tester-0"});
        row("forecast.json",
            {"--forecast-node", "worker-2", "--place", "production/server-0:3", "-o", "json"});
    }

    void goldens()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const CliRun run = runCli(arguments);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        PS_COMPARE_GOLDEN(run.out, expected);
    }

    void jsonIsTheCoreNumbers()
    {
        const PolicyEngine engine(Loader().loadPaths({demoWorkspacePath()}).workspace);
        const QList<RulesetCost> nodes = rulesetCostPerNode(engine);
        const QJsonArray json
            = jsonOf(runCli(cliArgs({"cost", "-f", ":/demo", "-o", "json"})))[u"nodes"].toArray();
        QCOMPARE(json.size(), nodes.size());
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            QCOMPARE(json[i][u"node"].toString(), nodes[i].node);
            QCOMPARE(json[i][u"rules"].toInteger(), nodes[i].rules);
            QCOMPARE(json[i][u"flatRules"].toInteger(), nodes[i].flatRules);
            QCOMPARE(json[i][u"ipsetMembers"].toInteger(), nodes[i].ipsetMembers);
        }
        const Result<PlacementForecast> forecast = forecastPlacement(
            engine, QStringLiteral("worker-1"), {{QStringLiteral("production/client-0"), 2}});
        QVERIFY(forecast);
        const QJsonObject f = jsonOf(runCli(cliArgs({"cost", "-f", ":/demo", "--forecast-node",
            "worker-1", "--place", "production/client-0:2", "-o", "json"})))[u"forecast"]
                                  .toObject();
        QCOMPARE(f[u"after"][u"rules"].toInteger(), forecast->after.rules);
        QCOMPARE(f[u"after"][u"endpoints"].toInt(), forecast->after.endpoints);
        QCOMPARE(f[u"before"][u"chains"].toInteger(), forecast->before.chains);
        QCOMPARE(f[u"placed"].toArray().size(), 2);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, std::initializer_list<const char *> extra, int code,
                             const char *message) {
            QTest::newRow(name) << cliArgs({"cost", "-f", ":/demo"}) + cliArgs(extra) << code
                                << QString::fromUtf8(message);
        };
        row("unknown node", {"--node", "nowhere"}, 1, "there is no node 'nowhere'");
        row("forecast unknown node", {"--forecast-node", "nowhere", "--place", "qa/qa-tester-0"}, 1,
            "there is no node 'nowhere'");
        row("unknown workload", {"--forecast-node", "worker-1", "--place", "qa/nothing:2"}, 1,
            "there is no workload or pod 'qa/nothing' to place");
        row("bad by", {"--by", "tier"}, 2, "--by must be node or endpoint");
        row("growth and by", {"--growth", "--by", "node"}, 2, "cannot be combined");
        row("policies without growth", {"--policies", "1,2"}, 2, "--policies needs --growth");
        row("bad policies", {"--growth", "--policies", "1,x"}, 2, "--policies must list");
        row("pods out of range", {"--growth", "--pods", "1"}, 2, "--pods");
        row("place without node", {"--place", "qa/qa-tester-0"}, 2,
            "--place needs --forecast-node");
        row("node without place", {"--forecast-node", "worker-1"}, 2,
            "--forecast-node needs --place");
        row("bad placement", {"--forecast-node", "worker-1", "--place", "qa-tester:0"}, 2,
            "the number of pods in 'qa-tester:0' must be 1 to 1000");
        row("bad format", {"-o", "dot"}, 2, "dot");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliCost)
#include "tst_cli_cost.moc"
