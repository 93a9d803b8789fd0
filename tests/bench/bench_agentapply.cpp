// Apply time of the node agent for one node of the generated large cluster (1,000
// namespaces, 50,000 pods, 10,000 policies; 110 pods on every node). The program moves itself
// into a network namespace of its own (unshare: root only) and applies there with the real
// ipset and iptables-restore:
//   BM_AgentPlan          — what PUT /v1/apply costs before the kernel: YAML read, validated,
//                           evaluated, the node rendered (POST /v1/plan does exactly this);
//   BM_IptablesTransaction — the kernel transaction alone (sets written and swapped, chains
//                           in one iptables-restore, read back and compared);
//   BM_AgentApply         — PUT /v1/apply end to end (NodeAgent::apply, state saved);
//   BM_NftTransaction     — the kernel transaction of --dataplane nft (the node rendered for
//                           nftables mode, one nft -f batch replacing our table, read back
//                           with nft -j and compared).
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
#include "core/io/loader.h"

using namespace ps;

namespace {

bool g_inNamespace = false;

struct LargeNode {
    QByteArray yaml;
    QString node;
    FelixRuleset ruleset;
    FelixRuleset nftRuleset;
    int pods = 0;
};

const LargeNode &largeNode()
{
    static const LargeNode node = [] {
        LargeNode n;
        GeneratorOptions go;
        go.namespaces = 1000;
        go.pods = 50000;
        go.policies = 10000;
        n.yaml = *Generator(go).generateYaml();
        const PolicyEngine engine(
            Loader().loadText(n.yaml, QStringLiteral("large.yaml")).workspace);
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
        return n;
    }();
    return node;
}

void counters(benchmark::State &state, const LargeNode &n)
{
    state.counters["pods"] = n.pods;
    state.counters["rules"] = double(n.ruleset.ruleCount());
    state.counters["ipsets"] = double(n.ruleset.ipsets.size());
    state.counters["yaml_MB"] = double(n.yaml.size()) / 1e6;
}

void BM_AgentPlan(benchmark::State &state)
{
    const LargeNode &n = largeNode();
    QTemporaryDir dir;
    NodeAgent agent({n.node, Dataplane::Iptables, dir.path(), {}});
    for (auto _ : state)
        benchmark::DoNotOptimize(agent.plan(n.yaml));
    counters(state, n);
}

void BM_IptablesTransaction(benchmark::State &state)
{
    if (!g_inNamespace) {
        state.SkipWithError("needs root: the program applies in a network namespace of its own");
        return;
    }
    const LargeNode &n = largeNode();
    const IptablesApplier applier;
    for (auto _ : state) {
        const Result<IptablesApplyReport> r = applier.apply(n.ruleset);
        if (!r) {
            state.SkipWithError(qPrintable(r.error().message));
            return;
        }
    }
    counters(state, n);
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
    for (auto _ : state) {
        const ApplyOutcome out = agent.apply(n.yaml, std::nullopt);
        if (out.status != ApplyOutcome::Status::Applied) {
            state.SkipWithError(qPrintable(out.message));
            return;
        }
        kernelMs += double(out.milliseconds);
    }
    counters(state, n);
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
    for (auto _ : state) {
        const Result<NftApplyReport> r = applier.apply(n.nftRuleset);
        if (!r) {
            state.SkipWithError(qPrintable(r.error().message));
            return;
        }
    }
    counters(state, n);
}

BENCHMARK(BM_AgentPlan)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_IptablesTransaction)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_AgentApply)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_NftTransaction)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    g_inNamespace = ::geteuid() == 0 && ::unshare(CLONE_NEWNET) == 0;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
