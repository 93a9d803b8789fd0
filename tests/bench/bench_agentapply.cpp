// Apply time of the node agent for one node of the generated large cluster (1,000
// namespaces, 50,000 pods, 10,000 policies; 110 pods on every node). The program moves itself
// into a network namespace of its own (unshare: root only) and applies there with the real
// ipset, iptables-restore, ip6tables-restore and nft. "dual" is the same cluster with an IPv6
// address added to every pod (fd00:<v4 octets>::), so the IPv6 sets are as full as the IPv4
// ones; "ipv4" is the cluster as generated with FelixConfiguration ipv6Support off.
//   BM_AgentPlan           — what PUT /v1/apply costs before the kernel: YAML read, validated,
//                            evaluated, the node rendered for both families (POST /v1/plan
//                            does exactly this);
//   BM_IptablesTransaction — the kernel transaction alone (sets written and swapped, chains
//                            in one iptables-restore per family, read back and compared);
//   BM_AgentApply          — PUT /v1/apply end to end (NodeAgent::apply, state saved);
//   BM_NftTransaction      — the kernel transaction of --dataplane nft (the node rendered for
//                            nftables mode, one nft -f batch replacing our tables, read back
//                            with nft -j and compared).
// Not part of ctest: run build-ci/tests/bench/bench_agentapply as root.

#include <sched.h>
#include <unistd.h>

#include <benchmark/benchmark.h>

#include <QTemporaryDir>

#include "core/agent/iptablesapplier.h"
#include "core/agent/nftapplier.h"
#include "core/agent/nodeagent.h"
#include "core/eval/policyengine.h"
#include "core/eval/inventory.h"
#include "core/generate/generator.h"
#include "core/io/writer.h"
#include "core/io/loader.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

bool g_inNamespace = false;

struct LargeNode {
    QByteArray yaml; // as generated, IPv6 support off
    QByteArray dualYaml; // every pod with an IPv6 address too, IPv6 support on (the default)
    QString node;
    FelixRuleset ruleset; // of yaml
    FelixRuleset nftRuleset;
    QList<FelixRuleset> dual; // of dualYaml: IPv4, IPv6
    QList<FelixRuleset> nftDual;
    int pods = 0;
};

/// 10.1.2.3 → fd00:10:1:2::3 (the octets as hex-looking groups: unique per address).
QString ipv6Of(const QString &ipv4)
{
    const QStringList o = ipv4.split(u'.');
    return u"fd00:%1:%2:%3::%4"_s.arg(o.value(0), o.value(1), o.value(2), o.value(3));
}

const LargeNode &largeNode()
{
    static const LargeNode node = [] {
        LargeNode n;
        GeneratorOptions go;
        go.namespaces = 1000;
        go.pods = 50000;
        go.policies = 10000;
        const QByteArray generated = *Generator(go).generateYaml();
        n.yaml = generated
            + "---\napiVersion: projectcalico.org/v3\nkind: FelixConfiguration\n"
              "metadata: {name: default}\nspec: {ipv6Support: false}\n";
        const Workspace ws = Loader().loadText(generated, QStringLiteral("large.yaml")).workspace;
        const Workspace dual = ws.edited([](WorkspaceData &d) {
            for (Pod &p : d.pods) {
                if (!p.podIPs.isEmpty())
                    p.podIPs.append(ipv6Of(p.podIPs.first()));
            }
        });
        n.dualYaml = Writer().write(dual);
        const PolicyEngine engine(ws);
        const PolicyEngine dualEngine(dual);
        for (const InventoryObject &o : engine.inventory().objects()) {
            if (o.kind == ObjectKind::Pod && !o.node.isEmpty()) {
                n.node = o.node;
                break;
            }
        }
        for (const InventoryObject &o : engine.inventory().objects())
            n.pods += o.kind == ObjectKind::Pod && o.node == n.node ? 1 : 0;
        n.ruleset = renderNode(engine, n.node);
        RenderOptions nft;
        nft.nftables = true;
        n.nftRuleset = renderNode(engine, n.node, nft);
        for (const int version : {4, 6}) {
            RenderOptions options;
            options.ipVersion = version;
            n.dual.append(renderNode(dualEngine, n.node, options));
            options.nftables = true;
            n.nftDual.append(renderNode(dualEngine, n.node, options));
        }
        return n;
    }();
    return node;
}

void counters(benchmark::State &state, const LargeNode &n, bool dual)
{
    state.counters["pods"] = n.pods;
    state.counters["rules"] = double(n.ruleset.ruleCount());
    state.counters["ipsets"] = double(n.ruleset.ipsets.size());
    if (dual) {
        state.counters["rules"] = double(n.dual[0].ruleCount());
        state.counters["ipsets"] = double(n.dual[0].ipsets.size());
        state.counters["rules6"] = double(n.dual[1].ruleCount());
        state.counters["ipsets6"] = double(n.dual[1].ipsets.size());
    }
    state.counters["yaml_MB"] = double((dual ? n.dualYaml : n.yaml).size()) / 1e6;
}

/// Argument 0: IPv4 only (ipv6Support off); 1: dual-stack.
bool dualArg(const benchmark::State &state)
{
    return state.range(0) != 0;
}

void BM_AgentPlan(benchmark::State &state)
{
    const LargeNode &n = largeNode();
    QTemporaryDir dir;
    NodeAgent agent({n.node, Dataplane::Iptables, dir.path(), {}});
    const bool dual = dualArg(state);
    for (auto _ : state)
        benchmark::DoNotOptimize(agent.plan(dual ? n.dualYaml : n.yaml));
    counters(state, n, dual);
}

void BM_IptablesTransaction(benchmark::State &state)
{
    if (!g_inNamespace) {
        state.SkipWithError("needs root: the program applies in a network namespace of its own");
        return;
    }
    const LargeNode &n = largeNode();
    const IptablesApplier applier;
    const bool dual = dualArg(state);
    for (auto _ : state) {
        const Result<IptablesApplyReport> r
            = dual ? applier.apply(n.dual) : applier.apply(QList<FelixRuleset> {n.ruleset});
        if (!r) {
            state.SkipWithError(qPrintable(r.error().message));
            return;
        }
    }
    counters(state, n, dual);
}

void BM_AgentApply(benchmark::State &state)
{
    if (!g_inNamespace) {
        state.SkipWithError("needs root: the program applies in a network namespace of its own");
        return;
    }
    const LargeNode &n = largeNode();
    QTemporaryDir dir;
    NodeAgent agent({n.node, Dataplane::Iptables, dir.path(), {}});
    if (!agent.start()) {
        state.SkipWithError("the agent did not start");
        return;
    }
    double kernelMs = 0;
    const bool dual = dualArg(state);
    for (auto _ : state) {
        const ApplyOutcome out = agent.apply(dual ? n.dualYaml : n.yaml, std::nullopt);
        if (out.status != ApplyOutcome::Status::Applied) {
            state.SkipWithError(qPrintable(out.message));
            return;
        }
        kernelMs += double(out.milliseconds);
    }
    counters(state, n, dual);
    state.counters["kernel_ms"] = kernelMs / double(state.iterations());
}

void BM_NftTransaction(benchmark::State &state)
{
    if (!g_inNamespace) {
        state.SkipWithError("needs root: the program applies in a network namespace of its own");
        return;
    }
    const LargeNode &n = largeNode();
    const NftApplier applier;
    const bool dual = dualArg(state);
    for (auto _ : state) {
        const Result<NftApplyReport> r
            = dual ? applier.apply(n.nftDual) : applier.apply(QList<FelixRuleset> {n.nftRuleset});
        if (!r) {
            state.SkipWithError(qPrintable(r.error().message));
            return;
        }
    }
    counters(state, n, dual);
}

// Arg 0: IPv4 only; Arg 1: dual-stack.
BENCHMARK(BM_AgentPlan)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->ArgName("dual")
    ->Arg(0)
    ->Arg(1);
BENCHMARK(BM_IptablesTransaction)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5)
    ->ArgName("dual")
    ->Arg(0)
    ->Arg(1);
BENCHMARK(BM_AgentApply)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->ArgName("dual")
    ->Arg(0)
    ->Arg(1);
BENCHMARK(BM_NftTransaction)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5)
    ->ArgName("dual")
    ->Arg(0)
    ->Arg(1);

} // namespace

int main(int argc, char **argv)
{
    g_inNamespace = ::geteuid() == 0 && ::unshare(CLONE_NEWNET) == 0;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
