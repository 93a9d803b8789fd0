// Rules a packet traverses (core/dataplane/traversalcost.h) and the forecast for a pod placement
// (core/dataplane/placementforecast.h). On a hand-made ruleset: the flat rendering written out
// per member (checked rule by rule, and its size is the flat count rulesetCost() gives), and
// the rules the probes traverse in both renderings, counted by hand. On the demo: the flat
// rendering decides every probe as Felix's rendering does (it only costs more), and placing pods
// adds their endpoints and chains to the node. On generated clusters: one point per policy
// count, the flat rendering never cheaper.

#include <QTest>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/placementforecast.h"
#include "core/dataplane/rulesetcost.h"
#include "core/dataplane/simulator.h"
#include "core/dataplane/traversalcost.h"
#include "core/eval/nodelist.h"
#include "core/io/loader.h"
#include "core/net/ipnetwork.h"
#include "resources/demoworkspace.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

using K = MatchCriterion::Kind;
using A = FelixAction::Kind;

FelixRule rule(QList<MatchCriterion> match, A action, const QString &target = {})
{
    FelixRule r;
    r.match = std::move(match);
    r.action.kind = action;
    r.action.target = target;
    return r;
}

MatchCriterion criterion(K kind, const QString &text = {}, bool negated = false)
{
    MatchCriterion m;
    m.kind = kind;
    m.text = text;
    m.negated = negated;
    return m;
}

MatchCriterion destPorts(int port)
{
    MatchCriterion m;
    m.kind = K::DestPorts;
    m.ports = {{port, port}};
    return m;
}

RenderedEndpoint endpoint(const QString &ref, const QString &iface, const QString &address)
{
    RenderedEndpoint e;
    e.ref = ref;
    e.interfaceName = iface;
    e.addresses = {address};
    return e;
}

// FORWARD jumps to cali-tw-b for traffic out of caliB; cali-tw-b accepts TCP 8080 from the set
// {10.0.0.9, 10.0.0.1, 10.0.0.2} and drops the rest, unless the source is in a negated set.
FelixRuleset handMade()
{
    FelixRuleset r;
    r.node = u"n1"_s;
    r.ipsets = {{u"s:a"_s, u"cali40s:a"_s, u"hash:net"_s, 4,
                    {u"10.0.0.9/32"_s, u"10.0.0.1/32"_s, u"10.0.0.2/32"_s}, {}},
        {u"s:none"_s, u"cali40s:none"_s, u"hash:net"_s, 4, {}, {}}};
    KernelHook forward;
    forward.chain = u"FORWARD"_s;
    forward.inserted = {rule({criterion(K::OutInterface, u"caliB"_s)}, A::Jump, u"cali-tw-b"_s)};
    r.hooks = {forward};
    r.chains = {{u"cali-tw-b"_s,
        {rule({criterion(K::Protocol, u"tcp"_s), criterion(K::SourceSet, u"cali40s:a"_s),
                  destPorts(8080)},
             A::Accept),
            rule({criterion(K::SourceSet, u"cali40s:none"_s)}, A::Accept),
            rule({criterion(K::SourceSet, u"cali40s:a"_s, true)}, A::Drop), rule({}, A::Drop)},
        {}, {}}};
    r.endpoints = {endpoint(u"ns/a"_s, u"caliA"_s, u"10.0.0.1/32"_s),
        endpoint(u"ns/b"_s, u"caliB"_s, u"10.0.0.2/32"_s)};
    return r;
}

PolicyEngine demo()
{
    return PolicyEngine(Loader().loadPaths({demoWorkspacePath()}).workspace);
}

} // namespace

class TestTraversalCost : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void flatRenderingByHand()
    {
        const FelixRuleset r = handMade();
        const FelixRuleset flat = flatRendering(r);
        QCOMPARE(flat.chains.size(), 1);
        const QList<FelixRule> &rules = flat.chains[0].rules;
        // 3 members + the empty set's rule + the negated set's rule + the last rule.
        QCOMPARE(rules.size(), 6);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(rules[i].match.size(), 3);
            QCOMPARE(rules[i].match[0].kind, K::Protocol);
            QCOMPARE(rules[i].match[1].kind, K::SourceNet);
            QCOMPARE(rules[i].match[1].text, r.ipsets[0].members[i]);
            QCOMPARE(rules[i].match[2].kind, K::DestPorts);
            QCOMPARE(rules[i].action.kind, A::Accept);
        }
        QCOMPARE(rules[3], r.chains[0].rules[1]);
        QCOMPARE(rules[4], r.chains[0].rules[2]);
        QCOMPARE(rules[5], r.chains[0].rules[3]);
        QCOMPARE(flat.hooks.size(), 1);
        QCOMPARE(flat.hooks[0].inserted, r.hooks[0].inserted);
        QCOMPARE(rulesetCost(flat).rules, rulesetCost(r).flatRules);
    }

    void ipPortMembers()
    {
        FelixRuleset r;
        r.ipsets = {{u"n:x"_s, u"cali40n:x"_s, u"hash:ip,port"_s, 4,
            {u"10.0.0.1,tcp:80"_s, u"10.0.0.2,udp:53"_s}, {}}};
        MatchCriterion m = criterion(K::DestSet, u"cali40n:x"_s);
        m.flags = u"dst,dst"_s;
        r.chains = {{u"cali-pi-x"_s, {rule({m}, A::Accept)}, {}, {}}};
        const FelixRuleset flat = flatRendering(r);
        const QList<FelixRule> &rules = flat.chains[0].rules;
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules[1].match.size(), 3);
        QCOMPARE(rules[1].match[0].text, u"udp"_s);
        QCOMPARE(rules[1].match[0].number, 17);
        QCOMPARE(rules[1].match[1].kind, K::DestNet);
        QCOMPARE(rules[1].match[1].text, u"10.0.0.2"_s);
        QCOMPARE(rules[1].match[2].kind, K::DestPort);
        QCOMPARE(rules[1].match[2].number, 53);
    }

    void traversedByHand()
    {
        // a→b TCP 8080: FORWARD's jump, the set rule accepts: 2 rules; flat: the jump, members
        // 10.0.0.9 and 10.0.0.1: 3. a→b TCP 1: the jump, the set rule, the empty set's rule,
        // the negated one, the drop: 5; flat: the jump, 3 members, 3 more: 7. b→a: FORWARD's
        // one rule does not match: 1 in both, for both ports.
        const TraversalCost cost = traversalCost(handMade());
        QCOMPARE(cost.packets, 4);
        QCOMPARE(cost.max, 5);
        QCOMPARE(cost.flatMax, 7);
        QCOMPARE(cost.mean, (2 + 5 + 1 + 1) / 4.0);
        QCOMPARE(cost.flatMean, (3 + 7 + 1 + 1) / 4.0);
        QCOMPARE(traversalCost(handMade(), 1).packets, 0);
    }

    void flatDecidesAsFelixOnDemo()
    {
        const PolicyEngine engine = demo();
        for (const QString &node : NodeList::of(engine).nodesWithEndpoints) {
            const FelixRuleset r = renderNode(engine, node);
            const FelixRuleset flat = flatRendering(r);
            QCOMPARE(rulesetCost(flat).rules, rulesetCost(r).flatRules);
            const Simulator felix(r);
            const Simulator naive(flat);
            int probes = 0;
            int accepted = 0;
            for (const RenderedEndpoint &a : r.endpoints) {
                for (const RenderedEndpoint &b : r.endpoints) {
                    if (a.ref == b.ref || a.hostEndpoint || b.hostEndpoint)
                        continue;
                    for (const int port : {80, 443, 8080, 5432, 1}) {
                        SimPacket p;
                        p.source = IpNetwork::parseCidrOrIp(a.addresses.value(0))->address();
                        p.destination = IpNetwork::parseCidrOrIp(b.addresses.value(0))->address();
                        p.sourcePort = 40000;
                        p.destinationPort = port;
                        p.inInterface = a.interfaceName;
                        p.outInterface = b.interfaceName;
                        const SimResult x = felix.run(p);
                        const SimResult y = naive.run(p);
                        QCOMPARE(y.accepted, x.accepted);
                        QVERIFY(y.rulesTraversed >= x.rulesTraversed);
                        ++probes;
                        accepted += x.accepted;
                    }
                }
            }
            // Both verdicts are among the probes, so the agreement means something.
            QVERIFY2(accepted > 0 && accepted < probes, qPrintable(node));
            const TraversalCost cost = traversalCost(r);
            QVERIFY(cost.packets > 0);
            QVERIFY(cost.flatMean >= cost.mean);
            QVERIFY(cost.flatMax >= cost.max);
        }
    }

    void growth()
    {
        GrowthOptions options;
        options.namespaces = 2;
        options.pods = 20;
        options.policies = {0, 20, 60};
        options.maxEndpoints = 6;
        const Result<QList<GrowthPoint>> points = traversalGrowth(options);
        QVERIFY2(points, qPrintable(points ? QString() : points.error().message));
        QCOMPARE(points->size(), 3);
        for (qsizetype i = 0; i < points->size(); ++i) {
            const GrowthPoint &p = points->at(i);
            QCOMPARE(p.policies, options.policies[i]);
            QVERIFY(!p.node.isEmpty());
            QCOMPARE(p.traversed.packets, 2 * 6 * 5);
            QVERIFY(p.flatRules >= p.rules);
            QVERIFY(p.traversed.flatMean >= p.traversed.mean);
        }
        // More policies, more rules to pass (the generator adds policies to the same cluster).
        QVERIFY(points->at(2).rules > points->at(0).rules);
        QVERIFY(points->at(2).traversed.flatMean > points->at(0).traversed.flatMean);
        options.namespaces = 0;
        QVERIFY(!traversalGrowth(options));
    }

    void workspacePointOnDemo()
    {
        const PolicyEngine engine = demo();
        const NodeList nodes = NodeList::of(engine);
        const GrowthPoint p = workspacePoint(engine);
        QCOMPARE(p.policies, int(engine.policies().size()));
        for (const QString &node : nodes.nodesWithEndpoints) {
            QVERIFY(nodes.endpointsOfNode.value(node).size()
                <= nodes.endpointsOfNode.value(p.node).size());
        }
        const FelixRuleset r = renderNode(engine, p.node);
        QCOMPARE(p.rules, rulesetCost(r).rules);
        const TraversalCost t = traversalCost(r);
        QCOMPARE(p.traversed.packets, t.packets);
        QCOMPARE(p.traversed.mean, t.mean);
        // Every probe passes at least FORWARD's rules to Felix's dispatch and both endpoint
        // chains' first rules.
        QVERIFY(t.mean >= 3);
    }

    void parsePlacements_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("workload");
        QTest::addColumn<int>("count");
        QTest::newRow("count") << u"shop/web:3"_s << u"shop/web"_s << 3;
        QTest::newRow("one") << u" shop/web "_s << u"shop/web"_s << 1;
        QTest::newRow("zero") << u"shop/web:0"_s << QString() << 0;
        QTest::newRow("too many") << u"shop/web:1001"_s << QString() << 0;
        QTest::newRow("no namespace") << u"web:2"_s << QString() << 0;
        QTest::newRow("two slashes") << u"a/b/c"_s << QString() << 0;
        QTest::newRow("empty name") << u"shop/:2"_s << QString() << 0;
    }

    void parsePlacements()
    {
        QFETCH(QString, text);
        QFETCH(QString, workload);
        QFETCH(int, count);
        const Result<Placement> p = parsePlacement(text);
        QCOMPARE(bool(p), !workload.isEmpty());
        if (p) {
            QCOMPARE(p->workload, workload);
            QCOMPARE(p->count, count);
        }
    }

    void forecastOnDemo()
    {
        const PolicyEngine engine = demo();
        const QString node = u"worker-2"_s;
        const Result<PlacementForecast> f
            = forecastPlacement(engine, node, {{u"production/server-0"_s, 3}});
        QVERIFY2(f, qPrintable(f ? QString() : f.error().message));
        QCOMPARE(f->before.node, node);
        QCOMPARE(f->before.rules, rulesetCost(renderNode(engine, node)).rules);
        QCOMPARE(f->after.endpoints, f->before.endpoints + 3);
        QCOMPARE(f->addedPods.size(), 3);
        QStringList refs;
        for (const EndpointChainCost &e : f->after.endpointChains)
            refs.append(e.endpoint);
        for (const QString &pod : f->addedPods)
            QVERIFY2(refs.contains(pod), qPrintable(pod));
        // Each new pod gets its own to- and from-chains (and the dispatch rules to them), and
        // it is a member of the sets that select it, like server-0.
        QVERIFY(f->after.chains >= f->before.chains + 6); // 2 × 3
        QVERIFY(f->after.rules > f->before.rules);
        QVERIFY(f->after.ipsetMembers >= f->before.ipsetMembers);
    }

    void forecastErrors()
    {
        const PolicyEngine engine = demo();
        QVERIFY(!forecastPlacement(engine, u"no-such-node"_s, {{u"production/server-0"_s, 1}}));
        QVERIFY(!forecastPlacement(engine, u"worker-1"_s, {{u"production/nothing"_s, 1}}));
        const Result<PlacementForecast> none = forecastPlacement(engine, u"worker-1"_s, {});
        QVERIFY(none);
        QCOMPARE(none->after.rules, none->before.rules);
        QCOMPARE(none->after.ipsetMembers, none->before.ipsetMembers);
    }
};

QTEST_GUILESS_MAIN(TestTraversalCost)
#include "tst_traversalcost.moc"
