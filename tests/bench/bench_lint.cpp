// The lint of generated clusters (core/lint): lintWorkspace with the checks that evaluate flows
// on a tiny and a medium cluster (the flow checks evaluate every flow of the lint's space at each
// endpoint class, and build an engine per candidate redundant rule or staged policy), and without
// them (LintOptions::flows false) on the small bench cluster. The engine is built once outside
// the timing. Counters: findings.
//   build-ci/tests/bench/bench_lint --benchmark_filter=Tiny

#include <benchmark/benchmark.h>

#include "benchworkspace.h"
#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/lint/linter.h"

using namespace ps;
using namespace ps::bench;

namespace {

constexpr BenchSize kTiny {10, 100, 50};
constexpr BenchSize kMedium {50, 1000, 500};

PolicyEngine engineOf(BenchSize size)
{
    return PolicyEngine(Loader().loadPaths(generatedWorkspaceFiles(size)).workspace);
}

void run(benchmark::State &state, const PolicyEngine &engine, bool flows)
{
    LintOptions options;
    options.flows = flows;
    QList<LintFinding> findings;
    for (auto _ : state) {
        findings = lintWorkspace(engine, options);
        benchmark::DoNotOptimize(findings.size());
    }
    state.counters["findings"] = double(findings.size());
}

void BM_LintTiny(benchmark::State &state)
{
    static const PolicyEngine engine = engineOf(kTiny);
    run(state, engine, true);
}

void BM_LintMedium(benchmark::State &state)
{
    static const PolicyEngine engine = engineOf(kMedium);
    run(state, engine, true);
}

void BM_LintSmallWithoutFlows(benchmark::State &state)
{
    static const PolicyEngine engine = engineOf(kSmall);
    run(state, engine, false);
}

} // namespace

BENCHMARK(BM_LintTiny)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LintMedium)->Unit(benchmark::kSecond)->Iterations(1);
BENCHMARK(BM_LintSmallWithoutFlows)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
