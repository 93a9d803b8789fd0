// core/flows recommend against the demo workspace with the shop namespace of
// tests/fixtures/flows/workspace and the cache StatefulSet pods of
// tests/fixtures/flows/recommend-workspace, from recommend-shop.jsonl (Calico Enterprise JSON
// lines written for it). The proof is checked independently of the recommender: its staged
// policies are added to the workspace and enforced by enforceStagedPolicies(), and the engine
// traces every observed connection again (allowed ones stay allowed, denied ones denied) and
// traffic nobody observed (denied once enforced). Selectors: made of stable labels only,
// selecting exactly the group's pods as the selector engine evaluates them; named ports where
// the destination pods declare them; grouping by service account; global policies; a tier;
// a group no stable selector isolates; cancel.

#include <QTest>

#include "core/eval/policyengine.h"
#include "core/flows/flowrecommend.h"
#include "core/flows/flowreplay.h"
#include "core/io/loader.h"
#include "core/selector/selector.h"
#include "tests/support/testfiles.h"

using namespace ps;

namespace {

QString fixture(const QString &name)
{
    return test::fixturePath(QStringLiteral("flows/") + name);
}

Workspace shopWorkspace()
{
    return Loader()
        .loadPaths({test::projectPath(u"resources/demo"), fixture(QStringLiteral("workspace")),
            fixture(QStringLiteral("recommend-workspace"))})
        .workspace;
}

const PolicyEngine &engine()
{
    static const PolicyEngine e(shopWorkspace());
    return e;
}

FlowRecommendation recommend(const PolicyEngine &e, FlowRecommendOptions options)
{
    FlowLogReader reader;
    if (!reader.open(fixture(QStringLiteral("recommend-shop.jsonl"))))
        qWarning("cannot open the log");
    if (options.namespace_.isEmpty())
        options.namespace_ = QStringLiteral("shop");
    return recommendFlows(e, reader, options);
}

// The workspace with the recommendation enforced the way `flows replay --staged` enforces
// staged policies (the workspace's own staged policies are dropped first: they are not
// enforced before either).
PolicyEngine enforced(const Workspace &workspace, const FlowRecommendation &r)
{
    const Workspace staged = workspace.edited([&](WorkspaceData &d) {
        d.policies.removeIf([](const CalicoPolicy &p) { return p.isStaged(); });
        d.kubernetesPolicies.removeIf([](const KubernetesNetworkPolicy &p) { return p.staged; });
        for (const RecommendedPolicy &p : r.policies)
            d.policies.append(p.policy);
    });
    return PolicyEngine(enforceStagedPolicies(staged));
}

Flow flow(const char *from, const char *to, const char *protocol, int port)
{
    Flow f;
    f.from = QString::fromUtf8(from);
    f.to = QString::fromUtf8(to);
    f.protocol = QString::fromUtf8(protocol);
    f.port = port;
    return f;
}

const RecommendedPolicy *policyNamed(const FlowRecommendation &r, const QString &name)
{
    for (const RecommendedPolicy &p : r.policies) {
        if (p.policy.meta.name == name)
            return &p;
    }
    return nullptr;
}

// Every pod of the namespace the selector selects, as the selector engine evaluates it.
QStringList selectedPods(const PolicyEngine &e, const QString &selector, const QString &ns)
{
    const Result<Selector> s = Selector::parse(selector);
    if (!s)
        return {QStringLiteral("unparsable: ") + selector};
    QStringList out;
    for (const InventoryObject &o : e.inventory().objects()) {
        if (o.kind == ObjectKind::Pod && (ns.isEmpty() || o.namespace_ == ns)
            && s->evaluate(o.effectiveLabels))
            out.append(o.ref());
    }
    out.sort();
    return out;
}

QStringList allSelectors(const CalicoPolicy &p)
{
    QStringList out {p.selector};
    for (const QList<Rule> *rules : {&p.ingress, &p.egress}) {
        for (const Rule &r : *rules) {
            for (const EntityRule *e : {&r.source, &r.destination}) {
                if (!e->selector.isEmpty())
                    out.append(e->selector);
            }
        }
    }
    return out;
}

const Rule *ruleTo(const QList<Rule> &rules, bool egress, const QString &selector)
{
    for (const Rule &r : rules) {
        if ((egress ? r.destination : r.source).selector == selector)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestFlowRecommend : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recommendsPerWorkload();
    void stableExactSelectors();
    void namedPorts();
    void proofHoldsWhenEnforced();
    void unrelatedTrafficDenied();
    void deniedAndUnresolvedReported();
    void alsoAllowedIsComputed();
    void byServiceAccount();
    void globalPolicies();
    void hostEndpoints();
    void tierAndOrder();
    void groupWithoutExactSelector();
    void unknownNamespace();
    void cancel();
};

void TestFlowRecommend::recommendsPerWorkload()
{
    const FlowRecommendation r = recommend(engine(), {});
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.records, 12);
    QCOMPARE(r.connections, 9);
    QStringList names;
    for (const RecommendedPolicy &p : r.policies) {
        names.append(p.policy.meta.name);
        QCOMPARE(p.policy.kind, ResourceKind::StagedNetworkPolicy);
        QCOMPARE(p.policy.meta.namespace_, QStringLiteral("shop"));
        QCOMPARE(p.policy.tier, QStringLiteral("default"));
        QCOMPARE(
            p.policy.types, (QStringList {QStringLiteral("Ingress"), QStringLiteral("Egress")}));
        for (const Rule &rule : p.policy.ingress + p.policy.egress)
            QCOMPARE(rule.action, QStringLiteral("Allow"));
    }
    QCOMPARE(names,
        (QStringList {QStringLiteral("recommended-cache"), QStringLiteral("recommended-checkout"),
            QStringLiteral("recommended-frontend")}));
    QVERIFY(r.proven());
    QVERIFY(r.uncovered.isEmpty());
}

void TestFlowRecommend::stableExactSelectors()
{
    const FlowRecommendation r = recommend(engine(), {});
    const QStringList unstable {QStringLiteral("pod-template-hash"),
        QStringLiteral("controller-revision-hash"),
        QStringLiteral("statefulset.kubernetes.io/pod-name")};
    for (const RecommendedPolicy &p : r.policies) {
        for (const QString &selector : allSelectors(p.policy)) {
            const Result<Selector> s = Selector::parse(selector);
            QVERIFY2(s.ok(), qPrintable(selector));
            for (const QString &key : s->labelKeys())
                QVERIFY2(!unstable.contains(key) && !isUnstableLabel(key), qPrintable(selector));
        }
        QVERIFY2(p.selectorExact, qPrintable(p.policy.meta.name));
        QVERIFY(p.selectorExtra.isEmpty());
    }
    const struct {
        const char *policy;
        const char *selector;
        QStringList pods;
    } expected[] = {
        {"recommended-frontend", "app == 'frontend'",
            {QStringLiteral("shop/frontend-7c9d8f6b5-q8w4z"),
                QStringLiteral("shop/frontend-7c9d8f6b5-zt5kd")}},
        {"recommended-checkout", "app == 'checkout'",
            {QStringLiteral("shop/checkout-5f6d7c8b9-x7k2p")}},
        {"recommended-cache", "app == 'cache'",
            {QStringLiteral("shop/cache-0"), QStringLiteral("shop/cache-1")}},
    };
    for (const auto &e : expected) {
        const RecommendedPolicy *p = policyNamed(r, QString::fromUtf8(e.policy));
        QVERIFY2(p, e.policy);
        QCOMPARE(p->policy.selector, QString::fromUtf8(e.selector));
        // Exactly the group's pods, by the selector engine.
        QCOMPARE(selectedPods(engine(), p->policy.selector, QStringLiteral("shop")), e.pods);
    }
    // The StatefulSet group includes its template endpoint: the engine applies the policy to it.
    QVERIFY(policyNamed(r, QStringLiteral("recommended-cache"))
                ->members.contains(QStringLiteral("shop/cache")));
}

void TestFlowRecommend::namedPorts()
{
    const FlowRecommendation r = recommend(engine(), {});
    const RecommendedPolicy *checkout = policyNamed(r, QStringLiteral("recommended-checkout"));
    QVERIFY(checkout);
    // Ingress from the frontend on 8080, which checkout declares as "http".
    const Rule *in = ruleTo(checkout->policy.ingress, false, QStringLiteral("app == 'frontend'"));
    QVERIFY(in);
    QCOMPARE(in->protocol->name(), QStringLiteral("TCP"));
    QCOMPARE(in->destination.ports, (QList<Port> {Port::named(QStringLiteral("http"))}));
    QVERIFY(in->source.namespaceSelector.isEmpty()); // the same namespace
    // Egress to the cache on 6379, which both cache pods declare as "redis".
    const Rule *out = ruleTo(checkout->policy.egress, true, QStringLiteral("app == 'cache'"));
    QVERIFY(out);
    QCOMPARE(out->destination.ports, (QList<Port> {Port::named(QStringLiteral("redis"))}));
    // A public address declares no port names: a number, and the address as nets.
    bool publicRule = false;
    for (const Rule &rule : checkout->policy.egress) {
        if (rule.destination.nets == QStringList {QStringLiteral("203.0.113.50/32")}) {
            publicRule = true;
            QCOMPARE(rule.destination.ports, (QList<Port> {Port::single(443)}));
        }
    }
    QVERIFY(publicRule);
    // The frontend's DNS: the global network set by its label, UDP 53 as a number.
    const RecommendedPolicy *frontend = policyNamed(r, QStringLiteral("recommended-frontend"));
    const Rule *dns = ruleTo(frontend->policy.egress, true, QStringLiteral("role == 'dns'"));
    QVERIFY(dns);
    QCOMPARE(dns->protocol->name(), QStringLiteral("UDP"));
    QCOMPARE(dns->destination.namespaceSelector, QStringLiteral("global()"));
    QCOMPARE(dns->destination.ports, (QList<Port> {Port::single(53)}));
}

void TestFlowRecommend::proofHoldsWhenEnforced()
{
    const FlowRecommendation r = recommend(engine(), {});
    const PolicyEngine after = enforced(engine().workspace(), r);
    QCOMPARE(after.leftOut().size(), engine().leftOut().size());
    QCOMPARE(r.allowed.size(), 5);
    for (const ObservedConnection &c : r.allowed) {
        QVERIFY2(c.proofHolds, qPrintable(c.display() + u' ' + c.reason));
        const FlowTrace t = after.trace(c.flow);
        QVERIFY2(t.ok(), qPrintable(t.error));
        QVERIFY2(t.verdict == Verdict::Allow, qPrintable(c.display()));
        QCOMPARE(c.after, Verdict::Allow);
    }
    for (const ObservedConnection &c : r.denied) {
        QVERIFY2(c.proofHolds, qPrintable(c.display()));
        QVERIFY2(after.trace(c.flow).verdict == Verdict::Deny, qPrintable(c.display()));
    }
    // The replay of the whole log: no logged-allowed connection flips.
    for (const ReplayGroup &g : r.replay.groups) {
        for (const ReplayFlow &f : g.flows)
            QVERIFY2(f.after.verdict == Verdict::Allow || f.before.verdict == Verdict::Deny,
                qPrintable(f.record.source.aggregated));
    }
    // The policies the recommender enforced itself decide as the independently enforced ones.
    const ObservedConnection &c = r.allowed.constFirst();
    QCOMPARE(after.trace(c.flow).verdict, c.after);
}

void TestFlowRecommend::unrelatedTrafficDenied()
{
    const FlowRecommendation r = recommend(engine(), {});
    const PolicyEngine after = enforced(engine().workspace(), r);
    // Allowed today (no policy selects these sides, the namespace profile allows), never
    // observed: denied once the recommendation is enforced.
    const Flow unrelated[] = {
        flow("qa/qa-tester-0", "shop/frontend-7c9d8f6b5-q8w4z", "TCP", 80),
        flow("shop/checkout-5f6d7c8b9-x7k2p", "198.51.100.7", "TCP", 443),
        flow("shop/checkout-5f6d7c8b9-x7k2p", "shop/cache-0", "TCP", 22),
        flow("shop/cache-0", "shop/frontend-7c9d8f6b5-zt5kd", "TCP", 80),
        flow("production/monitor-0", "shop/cache-1", "TCP", 6379),
    };
    for (const Flow &f : unrelated) {
        QVERIFY2(engine().trace(f).verdict == Verdict::Allow, qPrintable(f.from + u' ' + f.to));
        QVERIFY2(after.trace(f).verdict == Verdict::Deny, qPrintable(f.from + u' ' + f.to));
    }
}

void TestFlowRecommend::deniedAndUnresolvedReported()
{
    const FlowRecommendation r = recommend(engine(), {});
    QCOMPARE(r.denied.size(), 2);
    QStringList denied;
    for (const ObservedConnection &c : r.denied)
        denied.append(c.flow.from + QStringLiteral(" -> ") + c.flow.to);
    denied.sort();
    QCOMPARE(denied,
        (QStringList {QStringLiteral("development/dev-api-0 -> shop/checkout-5f6d7c8b9-x7k2p"),
            QStringLiteral("shop/frontend-7c9d8f6b5-q8w4z -> 10.50.4.20")}));
    // Denied connections name nothing in any rule: no rule's peer is the legacy database or
    // the development namespace.
    for (const RecommendedPolicy &p : r.policies) {
        for (const Rule &rule : p.policy.ingress + p.policy.egress) {
            for (const EntityRule *e : {&rule.source, &rule.destination}) {
                QVERIFY(!e->selector.contains(QStringLiteral("legacy")));
                QVERIFY(!e->namespaceSelector.contains(QStringLiteral("development")));
                QVERIFY(!e->nets.contains(QStringLiteral("10.50.4.20/32")));
            }
        }
    }
    QCOMPARE(r.unresolved.size(), 1);
    QVERIFY2(r.unresolved.constFirst().reason.contains(QStringLiteral("payments-6b7c8d9e0-*")),
        qPrintable(r.unresolved.constFirst().reason));
    QCOMPARE(r.outside, 1);
}

void TestFlowRecommend::alsoAllowedIsComputed()
{
    const FlowRecommendation r = recommend(engine(), {});
    const PolicyEngine after = enforced(engine().workspace(), r);
    // The log names one frontend pod talking to checkout; the selector admits its sibling.
    bool sibling = false;
    for (const OtherAllowed &o : r.alsoAllowed) {
        Flow f;
        f.from = o.from;
        f.to = o.to;
        f.protocol = o.protocol;
        f.port = o.port;
        if (f.from.startsWith(u"netset:") || f.to.startsWith(u"gnetset:"))
            continue;
        QVERIFY2(after.trace(f).verdict == Verdict::Allow, qPrintable(o.from + u' ' + o.to));
        if (o.from == u"shop/frontend-7c9d8f6b5-zt5kd" && o.to == u"shop/checkout-5f6d7c8b9-x7k2p"
            && o.port == 8080) {
            QVERIFY(!sibling); // listed once, with both sides' policies
            sibling = true;
            QCOMPARE(
                o.policy, QStringLiteral("shop/recommended-checkout, shop/recommended-frontend"));
        }
    }
    QVERIFY(sibling);
    QCOMPARE(r.alsoAllowedTotal, qint64(r.alsoAllowed.size()));
    // The observed connections themselves are not listed.
    for (const OtherAllowed &o : r.alsoAllowed)
        QVERIFY(!(o.from == u"shop/frontend-7c9d8f6b5-q8w4z"
            && o.to == u"shop/checkout-5f6d7c8b9-x7k2p"));
}

void TestFlowRecommend::byServiceAccount()
{
    FlowRecommendOptions options;
    options.grouping = RecommendGrouping::ServiceAccount;
    const FlowRecommendation r = recommend(engine(), options);
    QCOMPARE(r.policies.size(), 1);
    const RecommendedPolicy &p = r.policies.constFirst();
    QCOMPARE(p.policy.meta.name, QStringLiteral("recommended-sa-default"));
    QCOMPARE(p.policy.selector, QStringLiteral("projectcalico.org/serviceaccount == 'default'"));
    QVERIFY(p.selectorExact);
    QVERIFY(r.proven());
    const PolicyEngine after = enforced(engine().workspace(), r);
    for (const ObservedConnection &c : r.allowed)
        QVERIFY2(after.trace(c.flow).verdict == Verdict::Allow, qPrintable(c.display()));
}

void TestFlowRecommend::globalPolicies()
{
    FlowRecommendOptions options;
    options.global = true;
    const FlowRecommendation r = recommend(engine(), options);
    QCOMPARE(r.policies.size(), 3);
    for (const RecommendedPolicy &p : r.policies) {
        QCOMPARE(p.policy.kind, ResourceKind::StagedGlobalNetworkPolicy);
        QVERIFY(p.policy.meta.namespace_.isEmpty());
        QVERIFY(p.policy.selector.startsWith(
            QStringLiteral("projectcalico.org/namespace == 'shop' && ")));
        QVERIFY(p.policy.meta.name.startsWith(QStringLiteral("recommended-shop-")));
        QVERIFY(p.selectorExact);
        // Every selector peer says its namespace: in a global policy a bare selector would
        // match every namespace.
        for (const Rule &rule : p.policy.ingress + p.policy.egress) {
            for (const EntityRule *e : {&rule.source, &rule.destination}) {
                if (!e->selector.isEmpty())
                    QVERIFY(!e->namespaceSelector.isEmpty());
            }
        }
    }
    QVERIFY(r.proven());
    const PolicyEngine after = enforced(engine().workspace(), r);
    QCOMPARE(after.leftOut().size(), engine().leftOut().size());
    for (const ObservedConnection &c : r.allowed)
        QVERIFY2(after.trace(c.flow).verdict == Verdict::Allow, qPrintable(c.display()));
    QCOMPARE(
        after.trace(flow("qa/qa-tester-0", "shop/frontend-7c9d8f6b5-q8w4z", "TCP", 80)).verdict,
        Verdict::Deny);
}

void TestFlowRecommend::hostEndpoints()
{
    FlowRecommendOptions options;
    options.hostEndpoints = true;
    const FlowRecommendation r = recommend(engine(), options);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.policies.size(), 1);
    const RecommendedPolicy &p = r.policies.constFirst();
    QCOMPARE(p.policy.kind, ResourceKind::StagedGlobalNetworkPolicy);
    QCOMPARE(p.policy.meta.name, QStringLiteral("recommended-hep-role-worker"));
    QVERIFY(p.policy.meta.namespace_.isEmpty());
    QCOMPARE(p.policy.selector, QStringLiteral("role == 'worker'"));
    QVERIFY(p.selectorExact);
    QCOMPARE(p.members, QStringList {QStringLiteral("hep:worker-1-eth0")});
    // The node probing the frontend: egress to the frontend's workload, its namespace named.
    QCOMPARE(p.policy.egress.size(), 1);
    const Rule &rule = p.policy.egress.constFirst();
    QCOMPARE(rule.destination.selector, QStringLiteral("app == 'frontend'"));
    QCOMPARE(
        rule.destination.namespaceSelector, QStringLiteral("projectcalico.org/name == 'shop'"));
    QCOMPARE(rule.destination.ports, (QList<Port> {Port::single(80)}));
    QVERIFY(p.policy.ingress.isEmpty());
    QCOMPARE(r.allowed.size(), 1);
    QVERIFY(r.proven());
    const PolicyEngine after = enforced(engine().workspace(), r);
    QCOMPARE(after.leftOut().size(), engine().leftOut().size());
    for (const ObservedConnection &c : r.allowed)
        QCOMPARE(after.trace(c.flow).verdict, Verdict::Allow);
    for (const ObservedConnection &c : r.denied)
        QCOMPARE(after.trace(c.flow).verdict, Verdict::Deny);
}

void TestFlowRecommend::tierAndOrder()
{
    // In the default tier: after every ordered policy of the tier.
    const FlowRecommendation r = recommend(engine(), {});
    for (const CalicoPolicy &p : engine().workspace()->policies) {
        if (p.tier == u"default" && p.order)
            QVERIFY(r.order > *p.order);
    }
    QCOMPARE(r.policies.constFirst().policy.order, r.order);

    // A tier of its own, with a policy ordered 250: names carry the tier, order 300.
    const Workspace withTier = engine().workspace().edited([](WorkspaceData &d) {
        Tier t;
        t.meta.name = QStringLiteral("apps");
        t.order = 500;
        d.tiers.append(t);
        CalicoPolicy p;
        p.kind = ResourceKind::NetworkPolicy;
        p.meta.name = QStringLiteral("apps.baseline");
        p.meta.namespace_ = QStringLiteral("shop");
        p.tier = QStringLiteral("apps");
        p.order = 250;
        p.selector = QStringLiteral("app == 'nothing'");
        p.types = {QStringLiteral("Ingress")};
        d.policies.append(p);
    });
    const PolicyEngine e(withTier);
    QVERIFY(e.leftOut().isEmpty());
    FlowRecommendOptions options;
    options.tier = QStringLiteral("apps");
    const FlowRecommendation t = recommend(e, options);
    QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
    QCOMPARE(t.order, 300.0);
    for (const RecommendedPolicy &p : t.policies) {
        QCOMPARE(p.policy.tier, QStringLiteral("apps"));
        QVERIFY(p.policy.meta.name.startsWith(QStringLiteral("apps.recommended-")));
    }
    QVERIFY(t.proven());

    options.tier = QStringLiteral("no-such-tier");
    const FlowRecommendation missing = recommend(engine(), options);
    QVERIFY(missing.error.contains(QStringLiteral("no-such-tier")));
    QVERIFY(missing.policies.isEmpty());
}

void TestFlowRecommend::groupWithoutExactSelector()
{
    // A hand-made pod labelled app=frontend but of another workload: app == 'frontend' would
    // select it too, and the frontend pods have no other stable label (only pod-template-hash
    // would tell them apart, and it must not be used).
    const Workspace w = engine().workspace().edited([](WorkspaceData &d) {
        Pod p;
        p.meta.name = QStringLiteral("frontend-debug");
        p.meta.namespace_ = QStringLiteral("shop");
        p.meta.labels.insert(QStringLiteral("app"), QStringLiteral("frontend"));
        p.serviceAccountName = QStringLiteral("default");
        p.nodeName = QStringLiteral("worker-1");
        p.podIPs = {QStringLiteral("10.244.1.99")};
        d.pods.append(p);
    });
    const PolicyEngine e(w);
    const FlowRecommendation r = recommend(e, {});
    QVERIFY(!policyNamed(r, QStringLiteral("recommended-frontend")));
    QVERIFY(!r.uncovered.isEmpty());
    const PolicyEngine after = enforced(w, r);
    for (const ObservedConnection &c : r.uncovered) {
        QVERIFY2(c.reason.contains(QStringLiteral("shop/frontend-debug")), qPrintable(c.reason));
        // What enforcing the others' policies does to it is traced, not assumed.
        QCOMPARE(c.after, after.trace(c.flow).verdict);
        QVERIFY(c.flow.from.startsWith(u"shop/frontend") || c.flow.to.startsWith(u"shop/frontend"));
    }
    // The other groups still get their policies, proven.
    QVERIFY(policyNamed(r, QStringLiteral("recommended-cache")));
    QVERIFY(r.proven());
}

void TestFlowRecommend::unknownNamespace()
{
    FlowRecommendOptions options;
    options.namespace_ = QStringLiteral("nowhere");
    const FlowRecommendation r = recommend(engine(), options);
    QVERIFY(r.error.contains(QStringLiteral("nowhere")));
    QVERIFY(!r.proven());
}

void TestFlowRecommend::cancel()
{
    const QByteArray text = test::readFile(fixture(QStringLiteral("recommend-shop.jsonl")));
    QByteArray data;
    for (int i = 0; i < 800; ++i)
        data += text;
    FlowLogReader reader;
    reader.openData(data, QStringLiteral("big.jsonl"));
    FlowRecommendOptions options;
    options.namespace_ = QStringLiteral("shop");
    options.read.progress = [](qint64, qint64, qint64 records) { return records < 4096; };
    const FlowRecommendation r = recommendFlows(engine(), reader, options);
    QVERIFY(r.cancelled);
    QVERIFY(r.policies.isEmpty());
    QVERIFY(!r.proven());

    // After reading: the computing callback sees every policy and the end, and can cancel.
    FlowRecommendOptions computing;
    QList<std::pair<int, int>> calls;
    computing.computing = [&calls](int done, int total) {
        calls.append({done, total});
        return true;
    };
    const FlowRecommendation full = recommend(engine(), computing);
    QVERIFY(!full.cancelled);
    const int total = int(full.allowed.size() + full.denied.size() + full.policies.size());
    QCOMPARE(calls.size(), int(full.policies.size()) + 1);
    QCOMPARE(calls.constLast(), std::make_pair(total, total));
    computing.computing = [](int, int) { return false; };
    const FlowRecommendation stopped = recommend(engine(), computing);
    QVERIFY(stopped.cancelled);
    QVERIFY(!stopped.proven());
}

QTEST_GUILESS_MAIN(TestFlowRecommend)

#include "tst_flowrecommend.moc"
