// The flow graph of a generated cluster (`policyctl generate`'s sizes): computeFlowGraph by
// namespace, the figure the issue asks to keep under 2 s for 1,000 namespaces, 50,000 pods and
// 10,000 policies; the engine is built once outside the timing. Counters: nodes, edges, endpoint
// classes and probes (protocol and port intervals) evaluated. BM_NamespaceGraphLayout lays the same
// graph out (Graphviz, the engine chosen by size); BM_NamespaceOverviewLayout makes and lays out
// what the studio draws of a graph too large to draw whole (flowGraphOverview(): namespaces
// grouped by the first word of their name).
//   build-ci/tests/bench/bench_graph --benchmark_filter=Large

#include <benchmark/benchmark.h>

#include "benchworkspace.h"
#include "core/eval/policyengine.h"
#include "core/graph/flowgraph.h"
#include "core/graph/graphcollapse.h"
#include "core/graph/graphlayout.h"
#include "core/io/loader.h"

using namespace ps;
using namespace ps::bench;

namespace {

const PolicyEngine &engineOf(BenchSize size)
{
    static const PolicyEngine small(Loader().loadPaths(generatedWorkspaceFiles(kSmall)).workspace);
    if (size.namespaces == kSmall.namespaces)
        return small;
    static const PolicyEngine large(Loader().loadPaths(generatedWorkspaceFiles(kLarge)).workspace);
    return large;
}

BenchSize sizeOf(const benchmark::State &state)
{
    return state.range(0) == 0 ? kSmall : kLarge;
}

void count(benchmark::State &state, const FlowGraph &g)
{
    state.counters["nodes"] = double(g.nodes.size());
    state.counters["edges"] = double(g.edges.size());
    state.counters["classes"] = g.classes;
    state.counters["probes"] = double(g.probes.size());
}

void BM_NamespaceGraph(benchmark::State &state)
{
    const PolicyEngine &engine = engineOf(sizeOf(state));
    FlowGraph g;
    for (auto _ : state) {
        g = computeFlowGraph(
            engine, {MatrixGrouping::Namespace, false, std::nullopt, std::nullopt});
        benchmark::DoNotOptimize(g.edges.size());
    }
    count(state, g);
}

void BM_NamespaceGraphDenied(benchmark::State &state)
{
    const PolicyEngine &engine = engineOf(sizeOf(state));
    FlowGraph g;
    for (auto _ : state) {
        g = computeFlowGraph(engine, {MatrixGrouping::Namespace, true, std::nullopt, std::nullopt});
        benchmark::DoNotOptimize(g.denied.size());
    }
    count(state, g);
}

// One probe's matrix (TCP 80), the unit the graph's cost is made of.
void BM_NamespaceMatrixOneProbe(benchmark::State &state)
{
    const PolicyEngine &engine = engineOf(sizeOf(state));
    for (auto _ : state) {
        const ConnectivityMatrix m
            = computeMatrix(engine, MatrixGrouping::Namespace, QStringLiteral("TCP"), 80);
        benchmark::DoNotOptimize(m.cells.size());
        state.counters["classes"] = m.classes;
        state.counters["evaluations"] = double(m.evaluations);
    }
    state.counters["probes"] = double(graphProbes(engine, {}).size());
}

// Graphviz's layout of the namespace graph (dot or sfdp by size).
void BM_NamespaceGraphLayout(benchmark::State &state)
{
    const FlowGraph g = computeFlowGraph(
        engineOf(sizeOf(state)), {MatrixGrouping::Namespace, false, std::nullopt, std::nullopt});
    for (auto _ : state) {
        const Result<GraphLayout> layout = layoutFlowGraph(g);
        benchmark::DoNotOptimize(layout.ok());
        if (!layout.ok())
            state.SkipWithError(qPrintable(layout.error().message));
    }
    state.SetLabel(layoutEngineFor(g).toStdString());
    count(state, g);
}

// The studio's overview of the namespace graph: grouped, then laid out as the Graph dock does
// (no edge labels above 40 edges).
void BM_NamespaceOverviewLayout(benchmark::State &state)
{
    const FlowGraph g = computeFlowGraph(
        engineOf(sizeOf(state)), {MatrixGrouping::Namespace, false, std::nullopt, std::nullopt});
    GraphOverview overview;
    for (auto _ : state) {
        overview = flowGraphOverview(g);
        const Result<GraphLayout> layout
            = layoutFlowGraph(overview.graph, {}, overview.graph.edges.size() <= 40);
        benchmark::DoNotOptimize(layout.ok());
        if (!layout.ok())
            state.SkipWithError(qPrintable(layout.error().message));
    }
    state.SetLabel(layoutEngineFor(overview.graph).toStdString());
    count(state, overview.graph);
    state.counters["groups"] = overview.groups;
}

} // namespace

BENCHMARK(BM_NamespaceOverviewLayout)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_NamespaceGraphLayout)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_NamespaceMatrixOneProbe)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_NamespaceGraph)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_NamespaceGraphDenied)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(1);

BENCHMARK_MAIN();
