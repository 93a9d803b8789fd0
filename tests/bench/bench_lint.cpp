// The lint of generated clusters (core/lint): lintWorkspace with the checks that evaluate flows
// (over sets of peers per endpoint class, and an engine per staged policy) on a tiny, a medium and
// the small bench cluster, the reference evaluation (LintOptions::referenceFlows: a trace per
// flow, an engine per candidate redundant rule) on the tiny and medium ones, and the lint without
// flows (LintOptions::flows false) on the small one; BM_LintLarge on 1,000 namespaces, 50,000
// pods and 10,000 policies. The references and the large cluster take minutes: filter. The engine
// is built once outside the timing. Counters: findings.
//   build-ci/tests/bench/bench_lint --benchmark_filter='Tiny$|Medium/|Small/'

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

void run(benchmark::State &state, const PolicyEngine &engine, bool flows, bool reference = false)
{
    LintOptions options;
    options.flows = flows;
    options.referenceFlows = reference;
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

void BM_LintTinyReference(benchmark::State &state)
{
    static const PolicyEngine engine = engineOf(kTiny);
    run(state, engine, true, true);
}

void BM_LintMediumReference(benchmark::State &state)
{
    static const PolicyEngine engine = engineOf(kMedium);
    run(state, engine, true, true);
}

void BM_LintSmall(benchmark::State &state)
{
    static const PolicyEngine engine = engineOf(kSmall);
    run(state, engine, true);
}

void BM_LintLarge(benchmark::State &state)
{
    static const PolicyEngine engine = engineOf(kLarge);
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
BENCHMARK(BM_LintTinyReference)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LintMediumReference)->Unit(benchmark::kSecond)->Iterations(1);
BENCHMARK(BM_LintSmall)->Unit(benchmark::kSecond)->Iterations(1);
BENCHMARK(BM_LintLarge)->Unit(benchmark::kSecond)->Iterations(1);
BENCHMARK(BM_LintSmallWithoutFlows)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
