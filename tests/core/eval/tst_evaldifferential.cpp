// Differential test: many small random workspaces (fixed seeds) and flows, evaluated by the
// indexed PolicyEngine and by ReferenceEvaluator (brute force, straight from the spec). They
// must agree on every direction of every flow.

#include <QDir>
#include <QFile>
#include <QTest>

#include "core/eval/matrix.h"
#include "core/eval/outsideranges.h"
#include "core/eval/policyengine.h"
#include "core/eval/semanticdiff.h"
#include "core/io/loader.h"
#include "core/report/tracereport.h"
#include "core/validate/validator.h"
#include "tests/support/randomworkspace.h"
#include "tests/support/testfiles.h"
#include "referenceevaluator.h"

using namespace ps;

namespace {

using Gen = test::RandomWorkspace;

} // namespace

class TestEvalDifferential : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agree_data();
    void agree();
    void matrixClassesAreExact();
    void matrixSetsEqualPairwise_data();
    void matrixSetsEqualPairwise();
    void semanticDiffEqualsPairwise();
    void engineAfterEditsEqualsFresh();
};

void TestEvalDifferential::agree_data()
{
    QTest::addColumn<quint32>("firstSeed");
    for (quint32 block = 0; block < 10; ++block)
        QTest::newRow(
            qPrintable(QStringLiteral("seeds %1-%2").arg(block * 50).arg(block * 50 + 49)))
            << block * 50;
}

void TestEvalDifferential::agree()
{
    QFETCH(quint32, firstSeed);
    int compared = 0;
    int allowed = 0;
    int decidedByPolicy = 0;
    for (quint32 seed = firstSeed; seed < firstSeed + 50; ++seed) {
        Gen gen(seed);
        const Workspace ws = gen.workspace();
        // Evaluation against the reference: every generated resource is evaluated, including
        // those Calico would refuse (the engine leaves those out; tst_leftout checks that).
        const PolicyEngine engine(ws, Diagnostics {});
        const ReferenceEvaluator reference(ws);
        const QList<Flow> flows = gen.flows(ws, 60);
        for (const Flow &flow : flows) {
            const Result<Packet> pkt = engine.packet(flow);
            if (!pkt)
                continue; // e.g. no common address family
            ++compared;
            const FlowTrace trace = engine.trace(flow);
            const auto describe = [&] {
                return QStringLiteral("seed %1: %2 -> %3 %4 %5\n%6")
                    .arg(seed)
                    .arg(flow.from, flow.to, flow.protocol,
                        flow.port ? QString::number(*flow.port) : QString())
                    .arg(QString::fromUtf8(toJson(trace)));
            };
            for (const Direction dir : {Direction::Egress, Direction::Ingress}) {
                const int endpoint
                    = dir == Direction::Egress ? pkt->source.object : pkt->destination.object;
                if (endpoint < 0)
                    continue;
                const Verdict fast = engine.evaluate(endpoint, dir, *pkt, false).verdict;
                const Verdict explained = engine.evaluate(endpoint, dir, *pkt, true).verdict;
                const Verdict ref = reference.direction(endpoint, dir, *pkt);
                if (fast != ref || explained != ref) {
                    QFAIL(qPrintable(QStringLiteral("%1: engine %2 (explained %3), reference %4\n")
                                         .arg(directionName(dir), verdictName(fast),
                                             verdictName(explained), verdictName(ref))
                        + describe()));
                }
            }
            if (pkt->via >= 0) {
                const Verdict fast = engine.evaluateForwarded(pkt->via, *pkt, false).verdict;
                // A pod to itself never reaches the host: its trace has no forward side.
                const bool itself = engine.isToItself(*pkt);
                if (itself && !trace.forward.steps.isEmpty())
                    QFAIL(qPrintable(QStringLiteral("a pod to itself, forwarded\n") + describe()));
                const Verdict explained = itself ? fast : trace.forward.verdict;
                const Verdict ref = reference.forwarded(pkt->via, *pkt);
                if (fast != ref || explained != ref) {
                    QFAIL(qPrintable(
                        QStringLiteral("forwarded: engine %1 (explained %2), reference %3\n")
                            .arg(verdictName(fast), verdictName(explained), verdictName(ref))
                        + describe()));
                }
            }
            allowed += trace.verdict == Verdict::Allow ? 1 : 0;
            for (const DirectionTrace *d : {&trace.egress, &trace.ingress}) {
                if (!d->steps.isEmpty() && !d->steps.last().tier.isEmpty())
                    ++decidedByPolicy;
            }
            if (engine.verdict(*pkt) != reference.flow(*pkt)
                || trace.verdict != reference.flow(*pkt))
                QFAIL(qPrintable(QStringLiteral("flow verdicts differ\n") + describe()));
        }
    }
    // The random workspaces must exercise both verdicts and policy decisions, not only profiles.
    QVERIFY(compared > 1000);
    QVERIFY2(allowed > compared / 10 && allowed < compared * 9 / 10,
        qPrintable(QStringLiteral("%1 of %2 allowed").arg(allowed).arg(compared)));
    QVERIFY2(decidedByPolicy > compared / 4,
        qPrintable(QStringLiteral("%1 policy decisions").arg(decidedByPolicy)));
    qDebug("%d flows compared, %d allowed, %d directions decided by a policy tier", compared,
        allowed, decidedByPolicy);
}

// Endpoint classes must never merge endpoints a policy can tell apart: every cell of a
// namespace matrix (built from one representative pair per class pair) must equal the
// verdicts of all its pod pairs evaluated one by one.
void TestEvalDifferential::matrixClassesAreExact()
{
    for (quint32 seed = 1000; seed < 1060; ++seed) {
        Gen gen(seed);
        const Workspace ws = gen.workspace();
        const PolicyEngine engine(ws);
        for (const int port : {53, 80, 8080}) {
            const ConnectivityMatrix m
                = computeMatrix(engine, MatrixGrouping::Namespace, QStringLiteral("TCP"), port);
            for (qsizetype i = 0; i < m.groups.size(); ++i) {
                for (qsizetype j = 0; j < m.groups.size(); ++j) {
                    qint64 allowed = 0;
                    for (int a : m.groups[i].members) {
                        for (int b : m.groups[j].members) {
                            Flow f;
                            f.protocol = QStringLiteral("TCP");
                            f.port = port;
                            const InventoryObject &oa = engine.inventory().object(a);
                            const InventoryObject &ob = engine.inventory().object(b);
                            const Result<Packet> pkt
                                = engine.packet(EndpointRef {a, std::nullopt, oa.ref()},
                                    EndpointRef {b, std::nullopt, ob.ref()}, f);
                            allowed += pkt.ok() && engine.verdict(pkt.value()) == Verdict::Allow
                                ? 1
                                : 0;
                        }
                    }
                    QVERIFY2(allowed == m.cells[i][j].allowedPairs,
                        qPrintable(QStringLiteral(
                            "seed %1 port %2: %3 -> %4: matrix %5 of %6 allowed, pairwise %7")
                                       .arg(seed)
                                       .arg(port)
                                       .arg(m.groups[i].name, m.groups[j].name)
                                       .arg(m.cells[i][j].allowedPairs)
                                       .arg(m.cells[i][j].pairs)
                                       .arg(allowed)));
                }
            }
        }
    }
}

// The fast matrix (PairVerdicts: sets of peers per endpoint) must equal the pairwise
// reference cell by cell, on the golden scenario workspaces and on random ones.
void TestEvalDifferential::matrixSetsEqualPairwise_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<quint32>("firstSeed");
    const QDir root(test::fixturePath(u"eval"));
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QString dir = root.filePath(name + QStringLiteral("/workspace"));
        QFile pathFile(root.filePath(name + QStringLiteral("/workspace-path")));
        if (pathFile.open(QIODevice::ReadOnly))
            dir = test::projectPath(QString::fromUtf8(pathFile.readAll().trimmed()));
        QTest::newRow(qPrintable(name)) << dir << quint32(0);
    }
    for (quint32 block = 0; block < 4; ++block)
        QTest::newRow(qPrintable(QStringLiteral("random %1").arg(2000 + block * 50)))
            << QString() << 2000 + block * 50;
}

void TestEvalDifferential::matrixSetsEqualPairwise()
{
    QFETCH(QString, dir);
    QFETCH(quint32, firstSeed);
    QList<QPair<QString, Workspace>> workspaces;
    if (!dir.isEmpty()) {
        const LoadResult loaded = Loader().loadPaths({dir});
        QVERIFY2(loaded.workspace.resourceCount() > 0, qPrintable(dir));
        workspaces.append({dir, loaded.workspace});
    } else {
        for (quint32 seed = firstSeed; seed < firstSeed + 50; ++seed)
            workspaces.append({QStringLiteral("seed %1").arg(seed), Gen(seed).workspace()});
    }
    const QList<QPair<QString, std::optional<int>>> probes {{QStringLiteral("TCP"), 80},
        {QStringLiteral("TCP"), 8080}, {QStringLiteral("TCP"), 5432}, {QStringLiteral("UDP"), 53},
        {QStringLiteral("TCP"), std::nullopt}, {QStringLiteral("ICMP"), std::nullopt},
        {QStringLiteral("bogus"), 80}};
    int cells = 0;
    int allowedCells = 0;
    for (const auto &[name, ws] : workspaces) {
        const PolicyEngine engine(ws);
        for (const MatrixGrouping by : {MatrixGrouping::Pod, MatrixGrouping::Namespace}) {
            for (const auto &[protocol, port] : probes) {
                const ConnectivityMatrix fast
                    = computeMatrix(engine, by, protocol, port, MatrixMethod::Sets);
                const ConnectivityMatrix ref
                    = computeMatrix(engine, by, protocol, port, MatrixMethod::Pairwise);
                QCOMPARE(fast.groups.size(), ref.groups.size());
                for (qsizetype i = 0; i < ref.groups.size(); ++i) {
                    for (qsizetype j = 0; j < ref.groups.size(); ++j) {
                        ++cells;
                        allowedCells += ref.cells[i][j].allowedPairs > 0 ? 1 : 0;
                        if (fast.cells[i][j].allowedPairs == ref.cells[i][j].allowedPairs
                            && fast.cells[i][j].pairs == ref.cells[i][j].pairs)
                            continue;
                        QFAIL(qPrintable(QStringLiteral(
                            "%1 by %2 %3/%4: %5 -> %6: sets %7 of %8 allowed, pairwise %9 of %10")
                                             .arg(name, matrixGroupingName(by), protocol,
                                                 port ? QString::number(*port)
                                                      : QStringLiteral("-"),
                                                 ref.groups[i].name, ref.groups[j].name)
                                             .arg(fast.cells[i][j].allowedPairs)
                                             .arg(fast.cells[i][j].pairs)
                                             .arg(ref.cells[i][j].allowedPairs)
                                             .arg(ref.cells[i][j].pairs)));
                    }
                }
            }
        }
    }
    QVERIFY(cells > 0);
    qDebug("%d cells compared, %d with allowed pairs", cells, allowedCells);
}

// The semantic diff (PairVerdicts over joint classes) must report exactly the endpoint pairs
// whose verdict changes when every pair is evaluated one by one, per probe and direction of
// change: same inventory, the policies of another random workspace.
void TestEvalDifferential::semanticDiffEqualsPairwise()
{
    qint64 changed = 0;
    qint64 changedOutside = 0;
    for (quint32 seed = 3000; seed < 3040; ++seed) {
        const Workspace a = Gen(seed).workspace();
        const Workspace other = Gen(seed + 1000).workspace();
        const Workspace b = a.edited([&](WorkspaceData &d) {
            d.policies = other->policies;
            d.kubernetesPolicies = other->kubernetesPolicies;
            d.tiers = other->tiers;
            d.profiles = other->profiles;
        });
        const PolicyEngine before(a);
        const PolicyEngine after(b);
        DiffOptions options;
        options.maxFlows = 1 << 30;
        const SemanticDiff diff = semanticDiff(before, after, options);
        QVERIFY(!diff.flowsTruncated);
        // Keyed by probe, the verdict before, and whether an outside address is one side.
        QHash<QString, qint64> reported;
        for (const FlowChange &c : diff.flows) {
            const bool outside = IpAddress::parse(c.from) || IpAddress::parse(c.to);
            reported[c.protocol + u'/' + (c.port ? QString::number(*c.port) : QString()) + u' '
                + verdictName(c.before) + (outside ? QStringLiteral(" outside") : QString())]
                += c.endpointPairs;
        }
        QList<QPair<int, int>> endpoints; // (before id, after id)
        const QList<InventoryObject> &objects = after.inventory().objects();
        for (qsizetype id = 0; id < objects.size(); ++id) {
            const EndpointRef r = before.resolve(objects[id].ref()).value_or(EndpointRef {});
            if (objects[id].isEndpoint() && r.isEndpoint()
                && before.inventory().object(r.object).kind == objects[id].kind)
                endpoints.append({r.object, int(id)});
        }
        const auto verdictOf = [](const PolicyEngine &engine, int from, int to, const Flow &flow) {
            const Result<Packet> pkt = engine.packet(
                EndpointRef {from, std::nullopt, engine.inventory().object(from).ref()},
                EndpointRef {to, std::nullopt, engine.inventory().object(to).ref()}, flow);
            return pkt.ok() ? engine.verdict(pkt.value()) : Verdict::Deny;
        };
        // The outside addresses the diff probes: one per range either workspace tells apart.
        QList<IpAddress> endpointsBefore;
        for (const InventoryObject &o : before.inventory().objects()) {
            if (o.isEndpoint())
                endpointsBefore += o.addresses;
        }
        QList<IpAddress> outside;
        for (const OutsideRange &range : outsideRanges(after, outsideCuts(before), endpointsBefore))
            outside += range.addresses;
        QHash<QString, qint64> pairwise;
        for (const DiffProbe &probe : defaultDiffProbes(before, after)) {
            Flow flow;
            flow.protocol = probe.protocol;
            flow.port = probe.port;
            const QString key = probe.protocol + u'/'
                + (probe.port ? QString::number(*probe.port) : QString()) + u' ';
            for (const auto &x : endpoints) {
                for (const auto &y : endpoints) {
                    const Verdict vb = verdictOf(before, x.first, y.first, flow);
                    if (vb == verdictOf(after, x.second, y.second, flow))
                        continue;
                    pairwise[key + verdictName(vb)] += 1;
                    ++changed;
                }
                // With each outside address the diff probes, both ways, traced one by one.
                for (const IpAddress &address : outside) {
                    const QString ref = address.toString();
                    const QString self = objects[x.second].ref();
                    for (const auto &[from, to] : {std::pair {self, ref}, std::pair {ref, self}}) {
                        Flow f = flow;
                        f.from = from;
                        f.to = to;
                        const Verdict vb = before.trace(f).verdict;
                        if (vb == after.trace(f).verdict)
                            continue;
                        pairwise[key + verdictName(vb) + QStringLiteral(" outside")] += 1;
                        ++changedOutside;
                    }
                }
            }
        }
        QVERIFY2(reported == pairwise, qPrintable(QStringLiteral("seed %1").arg(seed)));
    }
    QVERIFY(changed > 100);
    QVERIFY(changedOutside > 0);
    qDebug("%lld endpoint-pair and %lld outside verdict changes compared",
        static_cast<long long>(changed), static_cast<long long>(changedOutside));
}

namespace {

/// An edit of the kinds the studio makes, picked at random: a policy's order, selector or whole
/// content changed, a policy made invalid, removed or added, a pod's labels, the tiers, a
/// Kubernetes policy.
Workspace randomEdit(Gen &g, const Workspace &ws, const Workspace &other, QString &what)
{
    return ws.edited([&](WorkspaceData &d) {
        const int kind = g.below(9);
        if (d.policies.isEmpty() && kind <= 4) {
            what = QStringLiteral("policy added");
            d.policies.append(other->policies.isEmpty() ? CalicoPolicy() : g.pick(other->policies));
            d.policies.last().source.id = ResourceId();
            return;
        }
        const int i = g.below(int(std::max<qsizetype>(d.policies.size(), 1)));
        switch (kind) {
        case 0:
            what = QStringLiteral("order of policy %1").arg(i);
            d.policies[i].order
                = g.below(4) == 0 ? std::nullopt : std::optional<double>(g.below(300));
            break;
        case 1:
            what = QStringLiteral("selector of policy %1").arg(i);
            d.policies[i].selector = g.selector();
            break;
        case 2: {
            what = QStringLiteral("content of policy %1").arg(i);
            if (other->policies.isEmpty())
                break;
            CalicoPolicy p = g.pick(other->policies);
            p.source = d.policies[i].source;
            d.policies[i] = p;
            break;
        }
        case 3:
            what = QStringLiteral("policy %1 made invalid").arg(i);
            d.policies[i].selector = QStringLiteral("app == ");
            break;
        case 4:
            what = QStringLiteral("policy %1 removed").arg(i);
            d.policies.removeAt(i);
            break;
        case 5:
            what = QStringLiteral("policy added");
            if (!other->policies.isEmpty()) {
                d.policies.insert(g.below(int(d.policies.size()) + 1), g.pick(other->policies));
            }
            break;
        case 6:
            what = QStringLiteral("labels of a pod");
            if (!d.pods.isEmpty())
                d.pods[g.below(int(d.pods.size()))].meta.labels = g.labels();
            break;
        case 7:
            what = QStringLiteral("tiers");
            d.tiers = other->tiers;
            break;
        default:
            what = QStringLiteral("Kubernetes policies");
            d.kubernetesPolicies = other->kubernetesPolicies;
            break;
        }
    });
}

/// Where two engines of one workspace differ in what they answer, or "" when they agree.
QString engineDifference(const PolicyEngine &a, const PolicyEngine &b, const QList<Flow> &flows)
{
    if (a.diagnostics() != b.diagnostics())
        return QStringLiteral("diagnostics");
    if (a.leftOut() != b.leftOut())
        return QStringLiteral("left out");
    if (a.policies().size() != b.policies().size())
        return QStringLiteral("policy count");
    for (qsizetype i = 0; i < a.policies().size(); ++i) {
        const CompiledPolicy &x = a.policies()[i];
        const CompiledPolicy &y = b.policies()[i];
        if (!(x.policy == y.policy) || x.rank != y.rank || x.tierIndex != y.tierIndex
            || x.displayName != y.displayName)
            return QStringLiteral("policy %1").arg(x.displayName);
        for (const auto &[rx, ry] :
            {std::pair(&x.ingress, &y.ingress), std::pair(&x.egress, &y.egress)}) {
            if (rx->size() != ry->size())
                return QStringLiteral("rules of %1").arg(x.displayName);
            for (qsizetype r = 0; r < rx->size(); ++r) {
                for (const auto &[ex, ey] : {std::pair(&(*rx)[r].source, &(*ry)[r].source),
                         std::pair(&(*rx)[r].destination, &(*ry)[r].destination)}) {
                    if (a.setMembers(ex->positiveSet) != b.setMembers(ey->positiveSet)
                        || a.setMembers(ex->negativeSet) != b.setMembers(ey->negativeSet))
                        return QStringLiteral("rule sets of %1").arg(x.displayName);
                }
            }
        }
    }
    if (a.tiers().size() != b.tiers().size())
        return QStringLiteral("tiers");
    for (qsizetype t = 0; t < a.tiers().size(); ++t) {
        if (a.tiers()[t].name != b.tiers()[t].name
            || a.tiers()[t].policies != b.tiers()[t].policies)
            return QStringLiteral("tier %1").arg(a.tiers()[t].name);
    }
    const QList<InventoryObject> &objects = a.inventory().objects();
    if (objects.size() != b.inventory().objects().size())
        return QStringLiteral("inventory");
    for (int id = 0; id < int(objects.size()); ++id) {
        for (const Direction d : {Direction::Ingress, Direction::Egress}) {
            if (a.applicablePolicies(id, d) != b.applicablePolicies(id, d))
                return QStringLiteral("policies of %1").arg(objects[id].ref());
            for (const HostEndpointPipeline stage : {HostEndpointPipeline::Forward,
                     HostEndpointPipeline::Untracked, HostEndpointPipeline::PreDnat}) {
                if (a.stagePolicies(id, d, stage) != b.stagePolicies(id, d, stage))
                    return QStringLiteral("stages of %1").arg(objects[id].ref());
            }
        }
    }
    for (const Flow &f : flows) {
        if (toJson(a.trace(f)) != toJson(b.trace(f)))
            return QStringLiteral("trace %1 -> %2").arg(f.from, f.to);
    }
    return {};
}

} // namespace

// Validation and an engine taken over from the ones before an edit (what the studio does after
// every edit) must answer exactly as ones made from nothing: over chains of random edits of
// random workspaces, the findings, policies, their ranks, tiers, every endpoint's lists, rule
// sets, diagnostics and traces agree.
void TestEvalDifferential::engineAfterEditsEqualsFresh()
{
    int edits = 0;
    for (quint32 seed = 5000; seed < 5060; ++seed) {
        Gen g(seed);
        Workspace ws = g.workspace();
        Validation validation = Validator().validate(ws, Validation());
        PolicyEngine incremental(ws, validation.diagnostics);
        for (int round = 0; round < 8; ++round) {
            const Workspace other = Gen(seed * 31 + quint32(round)).workspace();
            QString what;
            ws = randomEdit(g, ws, other, what);
            validation = Validator().validate(ws, validation);
            const Diagnostics fromNothing = Validator().validate(ws);
            QVERIFY2(validation.diagnostics == fromNothing,
                qPrintable(QStringLiteral("seed %1, edit %2 (%3): validation differs")
                               .arg(seed)
                               .arg(round)
                               .arg(what)));
            incremental = PolicyEngine(ws, validation.diagnostics, incremental);
            const PolicyEngine fresh(ws, fromNothing);
            const QString difference = engineDifference(incremental, fresh, g.flows(ws, 40));
            QVERIFY2(difference.isEmpty(),
                qPrintable(QStringLiteral("seed %1, edit %2 (%3): %4 differs")
                               .arg(seed)
                               .arg(round)
                               .arg(what, difference)));
            ++edits;
        }
    }
    qDebug("%d edits compared", edits);
}

QTEST_GUILESS_MAIN(TestEvalDifferential)
#include "tst_evaldifferential.moc"
