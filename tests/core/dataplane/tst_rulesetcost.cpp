// What a ruleset costs (core/dataplane/rulesetcost.h) and the policy inventory in numbers
// (core/eval/policystats.h): on a hand-made ruleset, the rules, chains, IP set members, the flat
// count (each set match written per member, a negated set as one rule) and the rules an
// endpoint's chains reach (jumps followed, each chain once, cycles safe); on the demo, every
// node with endpoints is costed, the flat rendering never needs fewer rules, and the policy
// counts agree with the engine: per tier they add up to every policy, and a policy selects the
// endpoints it applies to — none exactly when the lint says it selects nothing.

#include <QTest>

#include "core/dataplane/rulesetcost.h"
#include "core/eval/nodelist.h"
#include "core/eval/policystats.h"
#include "core/io/loader.h"
#include "core/lint/linter.h"
#include "resources/demoworkspace.h"

using namespace ps;

namespace {

FelixRule rule(QList<MatchCriterion> match, FelixAction::Kind action, const QString &target = {})
{
    FelixRule r;
    r.match = std::move(match);
    r.action.kind = action;
    r.action.target = target;
    return r;
}

MatchCriterion set(MatchCriterion::Kind kind, const QString &name, bool negated = false)
{
    MatchCriterion m;
    m.kind = kind;
    m.text = name;
    m.negated = negated;
    return m;
}

} // namespace

class TestRulesetCost : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handMadeRuleset()
    {
        using K = MatchCriterion::Kind;
        using A = FelixAction::Kind;
        FelixRuleset r;
        r.node = u"n1"_qs;
        r.ipsets = {{u"s:a"_qs, u"cali40s:a"_qs, u"hash:net"_qs, 4,
                        {u"10.0.0.1/32"_qs, u"10.0.0.2/32"_qs, u"10.0.0.3/32"_qs}, {}},
            {u"s:b"_qs, u"cali40s:b"_qs, u"hash:net"_qs, 4, {u"10.0.1.1/32"_qs, u"10.0.1.2/32"_qs},
                {}}};
        r.chains = {
            {u"cali-tw-x"_qs,
                {rule({}, A::Jump, u"cali-pi-p"_qs),
                    rule({set(K::SourceSet, u"cali40s:a"_qs), set(K::DestSet, u"cali40s:b"_qs)},
                        A::Accept)},
                {}, {}},
            {u"cali-pi-p"_qs,
                {rule({set(K::SourceSet, u"cali40s:a"_qs, true)}, A::Drop),
                    rule({}, A::Goto, u"cali-tw-x"_qs)}, // a cycle: counted once
                {}, {}},
            {u"cali-fw-x"_qs, {rule({set(K::SourceSet, u"cali40s:b"_qs)}, A::Accept)}, {}, {}},
            {u"cali-unused"_qs, {rule({}, A::Accept)}, {}, {}},
        };
        RenderedEndpoint e;
        e.ref = u"ns/x"_qs;
        e.toChain = u"cali-tw-x"_qs;
        e.fromChain = u"cali-fw-x"_qs;
        r.endpoints = {e};

        const RulesetCost cost = rulesetCost(r);
        QCOMPARE(cost.node, u"n1"_qs);
        QCOMPARE(cost.endpoints, 1);
        QCOMPARE(cost.chains, 4);
        QCOMPARE(cost.rules, 6);
        QCOMPARE(cost.ipsets, 2);
        QCOMPARE(cost.ipsetMembers, 5);
        // 1 + 3×2 + 1 (negated) + 1 + 2 + 1
        QCOMPARE(cost.flatRules, 12);
        QCOMPARE(cost.endpointChains.size(), 1);
        QCOMPARE(cost.endpointChains[0].toRules, 4);
        QCOMPARE(cost.endpointChains[0].flatToRules, 9);
        QCOMPARE(cost.endpointChains[0].fromRules, 1);
        QCOMPARE(cost.endpointChains[0].flatFromRules, 2);
    }

    void demoNodes()
    {
        const PolicyEngine engine(Loader().loadPaths({demoWorkspacePath()}).workspace);
        const QList<RulesetCost> nodes = rulesetCostPerNode(engine);
        const NodeList list = NodeList::of(engine);
        QCOMPARE(nodes.size(), list.nodesWithEndpoints.size());
        for (const RulesetCost &n : nodes) {
            QCOMPARE(n.endpoints, int(list.endpointsOfNode.value(n.node).size()));
            QVERIFY(n.rules > 0);
            QVERIFY(n.flatRules >= n.rules);
            QCOMPARE(n.endpointChains.size(), qsizetype(n.endpoints));
            for (const EndpointChainCost &e : n.endpointChains) {
                QVERIFY(e.toRules > 0 && e.fromRules > 0);
                QVERIFY(e.toRules + e.fromRules <= n.rules);
                QVERIFY(e.flatToRules >= e.toRules);
            }
        }
    }

    void demoPolicyStats()
    {
        const PolicyEngine engine(Loader().loadPaths({demoWorkspacePath()}).workspace);
        const PolicyStats stats = policyStats(engine);
        QCOMPARE(stats.policies, qsizetype(engine.policies().size()));
        qsizetype sum = 0;
        for (qsizetype t = 0; t < stats.perTier.size(); ++t) {
            QCOMPARE(stats.perTier[t].name, engine.tiers()[t].name);
            sum += stats.perTier[t].count;
        }
        QCOMPARE(sum, stats.policies);
        sum = 0;
        for (const PolicyCount &c : stats.perNamespace)
            sum += c.count;
        QCOMPARE(sum, stats.policies);
        QCOMPARE(stats.endpointsSelected.size(), stats.policies);
        const QList<LintFinding> lint = lintWorkspace(engine, {false});
        for (qsizetype pi = 0; pi < engine.policies().size(); ++pi) {
            const CompiledPolicy &p = engine.policies()[pi];
            qsizetype applies = 0;
            for (qsizetype id = 0; id < engine.inventory().objects().size(); ++id) {
                const ObjectKind kind = engine.inventory().object(int(id)).kind;
                if (kind != ObjectKind::Pod && kind != ObjectKind::HostEndpoint)
                    continue;
                bool found = false;
                for (const Direction d : {Direction::Ingress, Direction::Egress}) {
                    const std::vector<int> &list = engine.applicablePolicies(int(id), d);
                    found = found || std::find(list.cbegin(), list.cend(), int(pi)) != list.cend();
                }
                applies += found;
            }
            const auto entry
                = std::find_if(stats.endpointsSelected.cbegin(), stats.endpointsSelected.cend(),
                    [&](const PolicyCount &c) { return c.name == p.displayName; });
            QVERIFY(entry != stats.endpointsSelected.cend());
            QCOMPARE(entry->count, applies);
            const bool selectsNothing = std::any_of(lint.cbegin(), lint.cend(), [&](const auto &f) {
                return f.code == LintCode::SelectsNothing
                    && f.location.resource == p.policy.source.id;
            });
            if (p.appliesIngress || p.appliesEgress)
                QCOMPARE(applies == 0, selectsNothing);
        }
        // The demo's policies all apply somewhere.
        for (const PolicyCount &c : stats.endpointsSelected)
            QVERIFY2(c.count > 0, qPrintable(c.name));
    }
};

QTEST_GUILESS_MAIN(TestRulesetCost)
#include "tst_rulesetcost.moc"
