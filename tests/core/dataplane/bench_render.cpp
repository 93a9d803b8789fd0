// Dataplane numbers (a benchmark, not part of ctest): render one node of a generated cluster
// and time it; walk packets between its pods with the Simulator and print how many rules a
// packet traverses against how many policies apply to its two endpoints, for two cluster sizes
// with the same per-node load (the curve must not depend on cluster size).
//
//   bench_render [namespaces pods policies]...   (default: 1000 50000 10000, then 20 1100 200)

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QTemporaryDir>

#include <cstdio>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/simulator.h"
#include "core/eval/policyengine.h"
#include "core/generate/generator.h"
#include "core/io/loader.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

static void runOne(int namespaces, int pods, int policies)
{
    GeneratorOptions go;
    go.namespaces = namespaces;
    go.pods = pods;
    go.policies = policies;
    const auto yaml = Generator(go).generateYaml();
    if (!yaml) {
        std::printf("generate failed\n");
        return;
    }
    QElapsedTimer t;
    t.start();
    const LoadResult lr = Loader().loadText(*yaml, u"generated.yaml"_s);
    const PolicyEngine engine(lr.workspace);
    const qint64 buildMs = t.restart();
    // The first node.
    QString node;
    for (const InventoryObject &o : engine.inventory().objects()) {
        if (o.kind == ObjectKind::Pod && !o.node.isEmpty()) {
            node = o.node;
            break;
        }
    }
    RenderResult r;
    const int rounds = qEnvironmentVariableIntValue("BENCH_ROUNDS") > 0
        ? qEnvironmentVariableIntValue("BENCH_ROUNDS")
        : 5;
    qint64 best = -1;
    for (int i = 0; i < rounds; ++i) {
        t.restart();
        r = renderNode(engine, node, {});
        const qint64 ns = t.nsecsElapsed();
        best = best < 0 ? ns : std::min(best, ns);
    }
    t.restart();
    const QString text = iptablesRestoreText(r.ruleset) + ipsetRestoreText(r.ruleset);
    const qint64 textMs = t.elapsed();
    std::printf(
        "cluster %d ns / %d pods / %d policies: load+index %lld ms; node %s: %d endpoints, "
        "%d chains, %d rules, %d ipsets; render %.1f ms (best of %d), text %lld ms (%lld bytes)\n",
        namespaces, pods, policies, buildMs, qPrintable(node), int(r.ruleset.endpoints.size()),
        int(r.ruleset.chains.size()), int(r.ruleset.ruleCount()), int(r.ruleset.ipsets.size()),
        double(best) / 1e6, rounds, textMs, qint64(text.size()));

    // Rules traversed vs. applicable policies (egress of the source + ingress of the destination).
    const Simulator sim(r.ruleset);
    QList<int> local;
    for (qsizetype i = 0; i < engine.inventory().objects().size(); ++i) {
        const InventoryObject &o = engine.inventory().objects()[i];
        if (o.kind == ObjectKind::Pod && o.node == node && !o.addresses.isEmpty())
            local.append(int(i));
    }
    QMap<int, QPair<qint64, int>> curve; // applicable policies → (rules sum, samples)
    for (int a : local) {
        for (int b : local) {
            if (a == b)
                continue;
            const InventoryObject &oa = engine.inventory().object(a),
                                  &ob = engine.inventory().object(b);
            SimPacket p;
            p.source = oa.addresses.first();
            p.destination = ob.addresses.first();
            p.protocol = 6;
            p.sourcePort = 40000;
            p.destinationPort = 8080;
            p.inInterface = endpointInterfaceName(engine, a, {});
            p.outInterface = endpointInterfaceName(engine, b, {});
            const SimResult res = sim.run(p);
            const int applicable = int(engine.applicablePolicies(a, Direction::Egress).size()
                + engine.applicablePolicies(b, Direction::Ingress).size());
            auto &slot = curve[applicable];
            slot.first += res.rulesTraversed;
            slot.second += 1;
        }
    }
    std::printf("  applicable policies -> mean rules traversed (samples):");
    for (auto it = curve.cbegin(); it != curve.cend(); ++it)
        std::printf(" %d->%.1f(%d)", it.key(), double(it->first) / it->second, it->second);
    std::printf("\n");
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (args.size() < 3)
        args = {1000, 50000, 10000, 20, 1100, 200};
    for (qsizetype i = 0; i + 2 < args.size(); i += 3)
        runOne(args[i], args[i + 1], args[i + 2]);
    return 0;
}
