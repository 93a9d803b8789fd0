// Dataplane numbers (a benchmark, not part of ctest): render one node of a generated cluster
// and time it; walk packets between its pods with the Simulator and print how many rules a
// packet traverses against how many policies apply to its two endpoints, for two cluster sizes
// with the same per-node load (the curve must not depend on cluster size).
//
//   bench_render [namespaces pods policies]...   (default: 1000 50000 10000, then 100 5000 1000)
//   BENCH_ROUNDS=N (default 5) renders; BENCH_DUMP=DIR writes every output form.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/simulator.h"
#include "core/dataplane/rulesetformat.h"
#include "core/report/renderreport.h"
#include "core/eval/policyengine.h"
#include "core/generate/generator.h"
#include "core/io/loader.h"
#include "core/report/chainreport.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

// CPU time of this thread: wall-clock times lie on a machine shared with other builds.
static qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

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
    FelixRuleset r;
    const int rounds = qEnvironmentVariableIntValue("BENCH_ROUNDS") > 0
        ? qEnvironmentVariableIntValue("BENCH_ROUNDS")
        : 5;
    qint64 best = -1, bestCpu = -1;
    for (int i = 0; i < rounds; ++i) {
        t.restart();
        const qint64 cpu0 = threadCpuNs();
        r = renderNode(engine, node, {});
        const qint64 ns = t.nsecsElapsed();
        const qint64 cpu = threadCpuNs() - cpu0;
        best = best < 0 ? ns : std::min(best, ns);
        bestCpu = bestCpu < 0 ? cpu : std::min(bestCpu, cpu);
    }
    // The text policyctl render writes (ipsets, then the filter table), as bytes.
    qint64 bestText = -1, bestTextCpu = -1;
    QByteArray text;
    for (int i = 0; i < rounds; ++i) {
        t.restart();
        const qint64 cpu0 = threadCpuNs();
        text = renderOutput(r, Dataplane::Iptables, RenderFormat::Text);
        const qint64 ns = t.nsecsElapsed();
        const qint64 cpu = threadCpuNs() - cpu0;
        bestText = bestText < 0 ? ns : std::min(bestText, ns);
        bestTextCpu = bestTextCpu < 0 ? cpu : std::min(bestTextCpu, cpu);
    }
    // BENCH_DUMP=DIR writes every output form, to check that optimisations keep the bytes.
    if (const QString dump = qEnvironmentVariable("BENCH_DUMP"); !dump.isEmpty()) {
        RenderOptions nft;
        nft.nftables = true;
        const FelixRuleset rn = renderNode(engine, node, nft);
        const QList<std::pair<QString, QByteArray>> outputs {
            {u"iptables-restore.txt"_s, iptablesRestoreText(r).toUtf8()},
            {u"iptables-save.txt"_s, iptablesSaveText(r).toUtf8()},
            {u"ipset-restore.txt"_s, ipsetRestoreText(r).toUtf8()},
            {u"nft.txt"_s, nftablesScript(rn).toUtf8()},
            {u"render.json"_s, toJson(r)},
        };
        for (const auto &[file, bytes] : outputs) {
            QFile f(dump + u'/' + QString::number(policies) + u'-' + file);
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
        }
    }
    std::printf("cluster %d ns / %d pods / %d policies: load+index %lld ms; node %s: %d endpoints, "
                "%d chains, %d rules, %d ipsets; best of %d: render %.1f ms (cpu %.1f ms), text "
                "%.1f ms (cpu %.1f ms, %lld bytes)\n",
        namespaces, pods, policies, buildMs, qPrintable(node), int(r.endpoints.size()),
        int(r.chains.size()), int(r.ruleCount()), int(r.ipsets.size()), rounds, double(best) / 1e6,
        double(bestCpu) / 1e6, double(bestText) / 1e6, double(bestTextCpu) / 1e6,
        qint64(text.size()));

    // Rules traversed vs. applicable policies (egress of the source + ingress of the destination).
    const Simulator sim(r);
    QList<int> local;
    for (qsizetype i = 0; i < engine.inventory().objects().size(); ++i) {
        const InventoryObject &o = engine.inventory().objects()[i];
        if (o.kind == ObjectKind::Pod && o.node == node && !o.addresses.isEmpty())
            local.append(int(i));
    }
    // Two probes between every ordered pair of local pods: TCP 8080 (a port the generated
    // policies mention, so verdicts come early or late) and TCP 1 (no rule matches: every
    // applicable policy is walked to its end, the worst case).
    struct Point {
        qint64 sum = 0;
        int max = 0;
        int samples = 0;
    };
    for (const int port : {8080, 1}) {
        QMap<int, Point> curve; // applicable policies (bucket of 5) → rules traversed
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int n = 0;
        for (int a : local) {
            for (int b : local) {
                if (a == b)
                    continue;
                const InventoryObject &oa = engine.inventory().object(a);
                const InventoryObject &ob = engine.inventory().object(b);
                SimPacket p;
                p.source = oa.addresses.first();
                p.destination = ob.addresses.first();
                p.protocol = 6;
                p.sourcePort = 40000;
                p.destinationPort = port;
                p.inInterface = endpointInterfaceName(engine, a, {});
                p.outInterface = endpointInterfaceName(engine, b, {});
                const SimResult res = sim.run(p);
                const int applicable = int(engine.applicablePolicies(a, Direction::Egress).size()
                    + engine.applicablePolicies(b, Direction::Ingress).size());
                Point &slot = curve[applicable / 5 * 5];
                slot.sum += res.rulesTraversed;
                slot.max = std::max(slot.max, res.rulesTraversed);
                slot.samples += 1;
                sx += applicable;
                sy += res.rulesTraversed;
                sxx += double(applicable) * applicable;
                sxy += double(applicable) * res.rulesTraversed;
                ++n;
            }
        }
        const double slope = n > 1 ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : 0;
        const double intercept = n > 0 ? (sy - slope * sx) / n : 0;
        std::printf("  TCP %d: applicable policies (src egress + dst ingress) -> rules traversed "
                    "mean/max (samples); least squares: %.2f rules per policy + %.1f\n   ",
            port, slope, intercept);
        for (auto it = curve.cbegin(); it != curve.cend(); ++it) {
            std::printf(" %d-%d:%.1f/%d(%d)", it.key(), it.key() + 4, double(it->sum) / it->samples,
                it->max, it->samples);
        }
        std::printf("\n");
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (args.size() < 3)
        args = {1000, 50000, 10000, 100, 5000, 1000};
    for (qsizetype i = 0; i + 2 < args.size(); i += 3)
        runOne(args[i], args[i + 1], args[i + 2]);
    return 0;
}
