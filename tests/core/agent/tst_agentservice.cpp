// The node agent's API without a kernel: what AgentService answers before anything reaches
// the kernel (the token, the size, routes, methods, If-Match, bodies that are refused), the
// plan, and an apply the kernel refuses (the dataplane programs are missing here) — nothing
// is saved and the generation stays. The kernel side is tests/kernel/tst_agent.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "core/agent/agentconfig.h"
#include "core/agent/agentplan.h"
#include "core/agent/agentservice.h"
#include "core/agent/nodeagent.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kToken = "0123456789abcdef0123456789abcdef";

const QByteArray kWorkspace = R"(apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {nodeName: node-a, containers: [{name: c, image: busybox}]}
status: {podIP: 10.66.0.10}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: web-ingress}
spec:
  selector: app == 'web'
  ingress:
  - action: Allow
    protocol: TCP
    destination: {ports: [80]}
)";

NodeAgentOptions options(const QString &dir)
{
    NodeAgentOptions o;
    o.node = u"node-a"_s;
    o.stateDir = dir;
    // No kernel here: every dataplane program is missing, so an apply must fail.
    o.commands.ipset = dir + u"/missing/ipset"_s;
    o.commands.iptablesRestore = dir + u"/missing/iptables-restore"_s;
    o.commands.iptablesSave = dir + u"/missing/iptables-save"_s;
    return o;
}

} // namespace

class TestAgentService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokensEqual_data();
    void tokensEqual();
    void requests_data();
    void requests();
    void plan();
    void refusedApplyChangesNothing();
    void planJsonRoundTrip();
    void jsonOfIpv4OnlyAgents();
    void stateJsonErrors();
    void config_data();
    void config();
};

void TestAgentService::tokensEqual_data()
{
    QTest::addColumn<QByteArray>("given");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << kToken << true;
    QTest::newRow("last character differs") << QByteArray(kToken).replace(31, 1, "0") << false;
    QTest::newRow("first character differs") << QByteArray(kToken).replace(0, 1, "1") << false;
    QTest::newRow("prefix") << kToken.left(16) << false;
    QTest::newRow("longer") << kToken + 'x' << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestAgentService::tokensEqual()
{
    QFETCH(QByteArray, given);
    QFETCH(bool, equal);
    QCOMPARE(ps::tokensEqual(given, kToken), equal);
    QVERIFY(!ps::tokensEqual(QByteArray(), QByteArray()));
}

void TestAgentService::requests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("ifMatch");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QByteArray bearer = "Bearer " + kToken;
    QTest::newRow("healthz") << "GET"_ba
                             << "/healthz"_ba << bearer << QByteArray() << QByteArray() << 200
                             << QString();
    QTest::newRow("state") << "GET"_ba
                           << "/v1/state"_ba << bearer << QByteArray() << QByteArray() << 200
                           << QString();
    QTest::newRow("ruleset before any apply")
        << "GET"_ba
        << "/v1/ruleset"_ba << bearer << QByteArray() << QByteArray() << 200 << QString();
    QTest::newRow("no token") << "GET"_ba
                              << "/healthz"_ba << QByteArray() << QByteArray() << QByteArray()
                              << 401 << u"no bearer token"_s;
    QTest::newRow("basic instead of bearer")
        << "GET"_ba
        << "/v1/state"_ba
        << "Basic " + kToken << QByteArray() << QByteArray() << 401 << u"wrong"_s;
    QTest::newRow("wrong token") << "PUT"_ba
                                 << "/v1/apply"_ba
                                 << "Bearer x"_ba << QByteArray() << kWorkspace << 401
                                 << u"wrong"_s;
    QTest::newRow("unknown path") << "GET"_ba
                                  << "/v2/state"_ba << bearer << QByteArray() << QByteArray() << 404
                                  << u"no such endpoint"_s;
    QTest::newRow("apply with GET")
        << "GET"_ba
        << "/v1/apply"_ba << bearer << QByteArray() << QByteArray() << 405 << u"use PUT"_s;
    QTest::newRow("plan with PUT")
        << "PUT"_ba
        << "/v1/plan"_ba << bearer << QByteArray() << kWorkspace << 405 << u"use POST"_s;
    QTest::newRow("If-Match not a number")
        << "PUT"_ba
        << "/v1/apply"_ba << bearer << "\"abc\""_ba << kWorkspace << 400 << u"If-Match"_s;
    QTest::newRow("If-Match negative")
        << "PUT"_ba
        << "/v1/apply"_ba << bearer << "-1"_ba << kWorkspace << 400 << u"If-Match"_s;
    QTest::newRow("stale If-Match")
        << "PUT"_ba
        << "/v1/apply"_ba << bearer << "\"4\""_ba << kWorkspace << 409 << u"generation 0, not 4"_s;
    QTest::newRow("body that is not YAML")
        << "POST"_ba
        << "/v1/plan"_ba << bearer << QByteArray() << "a: [b\n  c: {"_ba << 400 << u"error"_s;
    QTest::newRow("empty plan") << "POST"_ba
                                << "/v1/plan"_ba << bearer << QByteArray() << QByteArray() << 400
                                << u"no workspace"_s;
    QTest::newRow("too large") << "PUT"_ba
                               << "/v1/apply"_ba << bearer << QByteArray() << QByteArray(70000, 'a')
                               << 413 << u"at most 65536"_s;
    QTest::newRow("token in the path (not logged)") << "GET"_ba
                                                    << "/v1/" + kToken << bearer << QByteArray()
                                                    << QByteArray() << 404 << u"no such endpoint"_s;
    QTest::newRow("rollback with nothing to go back to")
        << "POST"_ba
        << "/v1/rollback"_ba << bearer << QByteArray() << QByteArray() << 409
        << u"no previous generation"_s;
}

void TestAgentService::requests()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, ifMatch);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    QTemporaryDir dir;
    NodeAgent agent(options(dir.path()));
    QVERIFY(agent.start().ok());
    AgentService service(agent, kToken, 65536);
    AgentRequest request {method, path, {}, body, u"10.0.0.9"_s};
    if (!authorization.isEmpty())
        request.headers.append({"authorization"_ba, authorization});
    if (!ifMatch.isEmpty())
        request.headers.append({"If-Match"_ba, ifMatch});
    const AgentResponse r = service.handle(request);
    QVERIFY2(r.status == status, r.body.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    if (!error.isEmpty())
        QVERIFY2(o.value(u"error"_s).toString().contains(error), r.body.constData());
    QVERIFY(r.log.startsWith(u"10.0.0.9 "_s + QString::fromLatin1(method)));
    QVERIFY(!r.log.contains(QString::fromLatin1(kToken)));
    QCOMPARE(agent.state().generation, 0);
    QVERIFY(!QFile::exists(dir.filePath(u"state.json"_s)));
}

void TestAgentService::plan()
{
    QTemporaryDir dir;
    NodeAgent agent(options(dir.path()));
    QVERIFY(agent.start().ok());
    const Result<AgentPlan> plan = agent.plan(kWorkspace);
    QVERIFY2(plan.ok(), plan ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->node, u"node-a"_s);
    QCOMPARE(plan->endpoints, 1);
    QVERIFY(plan->changesKernel());
    QCOMPARE(plan->count(ResourceChange::Action::Create), 2);
    QVERIFY(plan->chains.added.contains(u"cali-FORWARD"_s));
    QVERIFY(plan->rules > 0);
    // Felix's IPv6 support is on by default: both families, IPv6 chains named "ipv6:…".
    QVERIFY(plan->ipv4.programmed && plan->ipv6.programmed);
    QVERIFY(plan->chains.added.contains(u"ipv6:cali-FORWARD"_s));
    QCOMPARE(plan->rules, plan->ipv4.rules + plan->ipv6.rules);
    QCOMPARE(plan->setCount, plan->ipv4.sets + plan->ipv6.sets);

    // With it off, IPv6 is left out.
    const Result<AgentPlan> v4only = agent.plan(kWorkspace
        + "---\napiVersion: projectcalico.org/v3\nkind: FelixConfiguration\n"
          "metadata: {name: default}\nspec: {ipv6Support: false}\n");
    QVERIFY2(v4only.ok(), v4only ? "" : qPrintable(v4only.error().message));
    QVERIFY(v4only->ipv4.programmed && !v4only->ipv6.programmed);
    QCOMPARE(v4only->ipv6.rules, 0);
    QCOMPARE(v4only->rules, v4only->ipv4.rules);
    QVERIFY(!v4only->chains.added.contains(u"ipv6:cali-FORWARD"_s));
}

void TestAgentService::refusedApplyChangesNothing()
{
    QTemporaryDir dir;
    NodeAgent agent(options(dir.path()));
    QVERIFY(agent.start().ok());
    const ApplyOutcome out = agent.apply(kWorkspace, 0);
    QCOMPARE(int(out.status), int(ApplyOutcome::Status::Failed));
    QVERIFY2(out.message.contains(u"nothing was changed"_s), qPrintable(out.message));
    QCOMPARE(agent.state().generation, 0);
    QCOMPARE(agent.state().lastError, out.message);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestAgentService::planJsonRoundTrip()
{
    AgentPlan plan;
    plan.node = u"node-a"_s;
    plan.generation = 7;
    plan.resources = {{ResourceChange::Action::Update, u"GlobalNetworkPolicy"_s, u"a"_s},
        {ResourceChange::Action::Delete, u"NetworkPolicy"_s, u"ns/b"_s}};
    plan.chains.added = {u"cali-tw-x"_s};
    plan.sets.removed = {u"cali40s:y"_s};
    plan.hooksChanged = true;
    plan.rules = 12;
    plan.setCount = 3;
    plan.endpoints = 2;
    plan.ipv4 = {true, 5, 8, 2};
    plan.ipv6 = {true, 4, 4, 1};
    plan.warnings = {u"w \"quoted\""_s};
    const Result<AgentPlan> back = agentPlanFromJson(toJson(plan));
    QVERIFY(back.ok());
    QCOMPARE(*back, plan);

    AgentState state;
    state.node = u"node-a"_s;
    state.dataplane = u"iptables"_s;
    state.generation = 3;
    state.appliedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    state.inKernel = true;
    state.chains = 9;
    state.rules = 30;
    state.sets = 4;
    state.ipv4 = {true, 5, 20, 3};
    state.ipv6 = {true, 4, 10, 1};
    state.previousGeneration = 2;
    const Result<AgentState> s = agentStateFromJson(toJson(state));
    QVERIFY(s.ok());
    QCOMPARE(*s, state);
}

void TestAgentService::jsonOfIpv4OnlyAgents()
{
    // An agent from before IPv6 writes no "ipv4"/"ipv6": everything it applied was IPv4.
    AgentState state;
    state.node = u"node-a"_s;
    state.dataplane = u"iptables"_s;
    state.generation = 2;
    state.inKernel = true;
    state.chains = 9;
    state.rules = 30;
    state.sets = 4;
    QJsonObject o = QJsonDocument::fromJson(toJson(state)).object();
    QVERIFY(o.contains(u"ipv4"_s) && o.contains(u"ipv6"_s));
    o.remove(u"ipv4"_s);
    o.remove(u"ipv6"_s);
    const Result<AgentState> s = agentStateFromJson(QJsonDocument(o).toJson());
    QVERIFY(s.ok());
    QCOMPARE(s->ipv4, (FamilyCounts {true, 9, 30, 4}));
    QCOMPARE(s->ipv6, FamilyCounts());

    AgentPlan plan;
    plan.rules = 12;
    plan.setCount = 3;
    QJsonObject p = QJsonDocument::fromJson(toJson(plan)).object();
    p.remove(u"ipv4"_s);
    p.remove(u"ipv6"_s);
    const Result<AgentPlan> back = agentPlanFromJson(QJsonDocument(p).toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->ipv4.rules, 12);
    QCOMPARE(back->ipv4.sets, 3);
    QVERIFY(!back->ipv6.programmed);

    // Present but malformed is an error naming the field.
    o.insert(u"ipv6"_s, QJsonObject {{u"programmed"_s, true}, {u"rules"_s, u"many"_s}});
    const Result<AgentState> bad = agentStateFromJson(QJsonDocument(o).toJson());
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(u"\"ipv6\""_s), qPrintable(bad.error().message));
}

void TestAgentService::stateJsonErrors()
{
    const Result<AgentState> notJson = agentStateFromJson("{\"generation\":");
    QVERIFY(!notJson.ok());
    QVERIFY(notJson.error().message.contains(u"not JSON"_s));
    QByteArray json = toJson(AgentState());
    json.replace("\"generation\":0", "\"generation\":\"0\"");
    const Result<AgentState> wrongType = agentStateFromJson(json);
    QVERIFY(!wrongType.ok());
    QVERIFY2(wrongType.error().message.contains(u"\"generation\""_s),
        qPrintable(wrongType.error().message));
}

void TestAgentService::config_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error"); // empty: reads
    QTest::addColumn<int>("line");
    QTest::newRow("all keys") << "# comment\n\ndir = /var/lib/policy-agent\nstate-dir=/s\n"
                                 "listen = 0.0.0.0:9443\nnode = n1\ndataplane = nft\n"
                                 "max-request-bytes = 2048\n"_ba
                              << QString() << 0;
    QTest::newRow("unknown key") << "dir = /x\nlisen = 1.2.3.4:5\n"_ba
                                 << u"unknown key 'lisen' (did you mean 'listen'?)"_s << 2;
    QTest::newRow("no equals") << "\n\nnode n1\n"_ba << u"expected 'key = value'"_s << 3;
    QTest::newRow("bad dataplane") << "dataplane = bpf\n"_ba << u"iptables or nft"_s << 1;
    QTest::newRow("bad size") << "max-request-bytes = 10\n"_ba << u"at least 1024"_s << 1;
}

void TestAgentService::config()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QFETCH(int, line);
    const Result<AgentConfig> c = AgentConfig::parse(text, u"agent.conf"_s);
    if (error.isEmpty()) {
        QVERIFY(c.ok());
        QCOMPARE(c->dir, u"/var/lib/policy-agent"_s);
        QCOMPARE(c->stateDir, u"/s"_s);
        QCOMPARE(c->listen, u"0.0.0.0:9443"_s);
        QCOMPARE(c->node, u"n1"_s);
        QCOMPARE(c->dataplane, u"nft"_s);
        QCOMPARE(c->maxRequestBytes.value_or(0), 2048);
        return;
    }
    QVERIFY(!c.ok());
    QVERIFY2(c.error().message.contains(error), qPrintable(c.error().message));
    QCOMPARE(c.error().file, u"agent.conf"_s);
    QCOMPARE(c.error().line, line);
}

QTEST_GUILESS_MAIN(TestAgentService)
#include "tst_agentservice.moc"
