// What the studio's analysis of a workspace costs on the generated clusters (core/eval,
// core/validate): validation, the engine index built from nothing, and the analysis after an
// edit of one policy, from nothing and taken over from the validation and engine of the version
// before (what the studio does after every edit). Counters: policies, endpoints.
//   build-ci/tests/bench/bench_engine --benchmark_filter=Large

#include <benchmark/benchmark.h>

#include "benchworkspace.h"
#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/validate/validator.h"

using namespace ps;
using namespace ps::bench;

namespace {

const Workspace &workspaceOf(const benchmark::State &state)
{
    static const Workspace small = Loader().loadPaths(generatedWorkspaceFiles(kSmall)).workspace;
    if (state.range(0) == 0)
        return small;
    static const Workspace large = Loader().loadPaths(generatedWorkspaceFiles(kLarge)).workspace;
    return large;
}

/// The workspace with its first policy's order set to `order`: the edit the studio's Form
/// makes while the user types an order.
Workspace withFirstOrder(const Workspace &workspace, double order)
{
    return workspace.edited([order](WorkspaceData &d) { d.policies[0].order = order; });
}

void count(benchmark::State &state, const PolicyEngine &engine)
{
    state.counters["policies"] = double(engine.policies().size());
    state.counters["objects"] = double(engine.inventory().objects().size());
}

void BM_Validate(benchmark::State &state)
{
    const Workspace &workspace = workspaceOf(state);
    for (auto _ : state) {
        Diagnostics d = Validator().validate(workspace);
        benchmark::DoNotOptimize(d.size());
    }
}

void BM_EngineBuild(benchmark::State &state)
{
    const Workspace &workspace = workspaceOf(state);
    const Diagnostics validation = Validator().validate(workspace);
    std::optional<PolicyEngine> engine;
    for (auto _ : state)
        engine.emplace(workspace, validation);
    count(state, *engine);
}

// One edit, then validation and the engine built from nothing: the analysis before it was
// incremental.
void BM_EditAnalysedFromNothing(benchmark::State &state)
{
    const Workspace &workspace = workspaceOf(state);
    int round = 0;
    std::optional<PolicyEngine> engine;
    for (auto _ : state) {
        const Workspace edited = withFirstOrder(workspace, 100 + (round++ % 2));
        const Diagnostics validation = Validator().validate(edited);
        engine.emplace(edited, validation);
    }
    count(state, *engine);
}

// One edit, then validation and the engine built from the engine before the edit: what the
// studio does after every edit.
void BM_EditAnalysedIncrementally(benchmark::State &state)
{
    const Workspace &workspace = workspaceOf(state);
    Validation validation = Validator().validate(workspace, Validation());
    PolicyEngine engine(workspace, validation.diagnostics);
    int round = 0;
    for (auto _ : state) {
        const Workspace edited = withFirstOrder(workspace, 100 + (round++ % 2));
        validation = Validator().validate(edited, validation);
        engine = PolicyEngine(edited, validation.diagnostics, engine);
    }
    count(state, engine);
}

// Validation alone, taken over from the one before an edit of one policy.
void BM_ValidateAfterEdit(benchmark::State &state)
{
    const Workspace &workspace = workspaceOf(state);
    Validation validation = Validator().validate(workspace, Validation());
    int round = 0;
    for (auto _ : state) {
        const Workspace edited = withFirstOrder(workspace, 100 + (round++ % 2));
        validation = Validator().validate(edited, validation);
        benchmark::DoNotOptimize(validation.diagnostics.size());
    }
}

// The engine alone, built from the one before an edit of one policy.
void BM_EngineAfterEdit(benchmark::State &state)
{
    const Workspace &workspace = workspaceOf(state);
    PolicyEngine engine(workspace, Validator().validate(workspace));
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const Workspace edited = withFirstOrder(workspace, 100 + (round++ % 2));
        const Diagnostics validation = Validator().validate(edited);
        state.ResumeTiming();
        engine = PolicyEngine(edited, validation, engine);
    }
    count(state, engine);
}

} // namespace

BENCHMARK(BM_Validate)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_EngineBuild)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_EditAnalysedFromNothing)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_EditAnalysedIncrementally)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);
BENCHMARK(BM_ValidateAfterEdit)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_EngineAfterEdit)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(10);

BENCHMARK_MAIN();
