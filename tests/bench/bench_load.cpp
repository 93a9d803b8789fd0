// Loading + validating a generated workspace, side by side with yaml-cpp alone parsing the
// same files. Goal: Policy Studio's load + validate costs at most 2x yaml-cpp.
// BM_LoadVsYamlCpp reports the ratio directly as the counter "ratio".

#include <chrono>

#include <benchmark/benchmark.h>
#include <yaml-cpp/yaml.h>

#include "benchworkspace.h"
#include "core/io/loader.h"
#include "core/validate/validator.h"
#include "tests/support/hostileyaml.h"

using namespace ps;
using namespace ps::bench;

namespace {

BenchSize sizeOf(const benchmark::State &state)
{
    return state.range(0) == 0 ? kSmall : kLarge;
}

size_t yamlCppParse(const QStringList &files)
{
    size_t documents = 0;
    for (const QString &f : files)
        documents += YAML::LoadAllFromFile(f.toStdString()).size();
    return documents;
}

qsizetype loadAndValidate(const QStringList &files)
{
    LoadResult r = Loader().loadPaths(files);
    const Diagnostics d = Validator().validate(r.workspace);
    return r.workspace.resourceCount() + d.size();
}

void BM_YamlCppParse(benchmark::State &state)
{
    const QStringList files = generatedWorkspaceFiles(sizeOf(state));
    for (auto _ : state)
        benchmark::DoNotOptimize(yamlCppParse(files));
}

void BM_LoadAndValidate(benchmark::State &state)
{
    const QStringList files = generatedWorkspaceFiles(sizeOf(state));
    for (auto _ : state)
        benchmark::DoNotOptimize(loadAndValidate(files));
}

void BM_Load(benchmark::State &state)
{
    const QStringList files = generatedWorkspaceFiles(sizeOf(state));
    for (auto _ : state)
        benchmark::DoNotOptimize(Loader().loadPaths(files).workspace.resourceCount());
}

// Both measured in the same iteration, so the ratio is from one run on one machine state.
void BM_LoadVsYamlCpp(benchmark::State &state)
{
    using Clock = std::chrono::steady_clock;
    const QStringList files = generatedWorkspaceFiles(sizeOf(state));
    double yamlSeconds = 0;
    double oursSeconds = 0;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        benchmark::DoNotOptimize(yamlCppParse(files));
        const auto t1 = Clock::now();
        benchmark::DoNotOptimize(loadAndValidate(files));
        const auto t2 = Clock::now();
        yamlSeconds += std::chrono::duration<double>(t1 - t0).count();
        oursSeconds += std::chrono::duration<double>(t2 - t1).count();
    }
    state.counters[std::string("yaml_cpp_s")] = yamlSeconds / double(state.iterations());
    state.counters[std::string("load_validate_s")] = oursSeconds / double(state.iterations());
    state.counters[std::string("ratio")] = oursSeconds / yamlSeconds;
}

} // namespace

// Arg 0 = small (100 ns / 5,000 pods / 1,000 policies), 1 = large (1,000 / 50,000 / 10,000).
// Merge keys (<<) chained: Arg mappings, each merging the one before. 1,400 stay under the
// merge budget (about 980,000 merged pairs, read in full); 5,000 (150 KB, 12.5 million pairs)
// and 8,000 are refused at the budget. The time must stay flat past the budget.
void BM_MergeKeysChained(benchmark::State &state)
{
    const QByteArray text = ps::test::mergeChain(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(Loader().loadText(text, QStringLiteral("merges.yaml")));
    state.counters["bytes"] = double(text.size());
}

// Merge keys fanned out: Arg layers of 60 mappings, each merging the whole layer before.
void BM_MergeKeysFanned(benchmark::State &state)
{
    const QByteArray text = ps::test::mergeFan(int(state.range(0)), 60);
    for (auto _ : state)
        benchmark::DoNotOptimize(Loader().loadText(text, QStringLiteral("merges.yaml")));
    state.counters["bytes"] = double(text.size());
}

BENCHMARK(BM_MergeKeysChained)->Arg(1400)->Arg(5000)->Arg(8000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MergeKeysFanned)->Arg(4)->Arg(60)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_YamlCppParse)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Load)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_LoadAndValidate)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_LoadVsYamlCpp)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_MAIN();
