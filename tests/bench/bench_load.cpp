// Loading + validating a generated workspace, side by side with yaml-cpp alone parsing the
// same files. Goal: Policy Studio's load + validate costs at most 2x yaml-cpp.
// BM_LoadVsYamlCpp reports the ratio directly as the counter "ratio". BM_HostileCorpus reports
// the slowest input of the hostile corpus.

#include <algorithm>
#include <chrono>

#include <benchmark/benchmark.h>
#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include "benchworkspace.h"
#include "core/io/loader.h"
#include "core/validate/validator.h"
#include "tests/support/hostileyaml.h"
#include "tests/support/testfiles.h"

using namespace ps;
using namespace ps::bench;
using namespace Qt::Literals::StringLiterals;

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

struct NamedInput {
    QString name;
    QByteArray text;
    bool generated = false;
};

/// The hostile corpus (tests/fixtures/hostile) and the inputs too big to commit that
/// tst_hostilecorpus generates: merge-key chains and fans past the budget, an alias bomb.
QList<NamedInput> hostileInputs()
{
    QList<NamedInput> inputs;
    QDirIterator it(ps::test::fixturePath(u"hostile"),
        {QStringLiteral("*.yaml"), QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        inputs.append({QFileInfo(path).fileName(), ps::test::readFile(path), false});
    }
    inputs.append({QStringLiteral("generated merge chain 1400"), ps::test::mergeChain(1400), true});
    inputs.append({QStringLiteral("generated merge chain 8000"), ps::test::mergeChain(8000), true});
    inputs.append({QStringLiteral("generated merge fan 60x60"), ps::test::mergeFan(60, 60), true});
    QByteArray nets;
    for (int i = 0; i < 250; ++i)
        nets += QByteArray(i ? ", " : "") + "1.1.1.1/32";
    QByteArray bomb = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\n"
                      "metadata: {name: a}\nspec:\n  ingress:\n"
                      "  - &r {action: Allow, source: {nets: ["
        + nets + "]}}\n";
    for (int i = 0; i < 10000; ++i)
        bomb += "  - *r\n";
    inputs.append({QStringLiteral("generated alias bomb 10000x250"), bomb, true});
    QByteArray selector = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\n"
                          "metadata: {name: big}\nspec:\n  selector: a == '"
        + QByteArray(qsizetype(200) * 1024, 'x') + "' &&\n";
    inputs.append({QStringLiteral("generated 200 KB selector"), selector, true});
    return inputs;
}

} // namespace

// Every hostile input loaded and validated on its own, as policyctl would: the time of the
// slowest one (counter slowest_ms, its name in the label) is the per-file bound the corpus
// is held to, measured here rather than asserted in a test.
void BM_HostileCorpus(benchmark::State &state)
{
    using Clock = std::chrono::steady_clock;
    const QList<NamedInput> inputs = hostileInputs();
    QList<double> slowest(inputs.size(), 0.0);
    double total = 0;
    for (auto _ : state) {
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            const auto t0 = Clock::now();
            LoadResult r = Loader().loadText(inputs[i].text, inputs[i].name);
            benchmark::DoNotOptimize(
                r.diagnostics.size() + Validator().validate(r.workspace).size());
            const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
            slowest[i] = std::max(slowest[i], seconds);
            total += seconds;
        }
    }
    const auto worst = std::max_element(slowest.cbegin(), slowest.cend()) - slowest.cbegin();
    qsizetype worstFixture = 0;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (!inputs[i].generated && slowest[i] > slowest[worstFixture])
            worstFixture = i;
    }
    state.counters["files"] = double(inputs.size());
    state.counters["slowest_ms"] = slowest[worst] * 1000;
    state.counters["slowest_fixture_ms"] = slowest[worstFixture] * 1000;
    state.counters["mean_ms"] = total * 1000 / double(state.iterations()) / double(inputs.size());
    state.SetLabel(
        (inputs[worst].name + u"; fixture: "_s + inputs[worstFixture].name).toStdString());
}

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

BENCHMARK(BM_HostileCorpus)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_MergeKeysChained)->Arg(1400)->Arg(5000)->Arg(8000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MergeKeysFanned)->Arg(4)->Arg(60)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_YamlCppParse)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Load)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_LoadAndValidate)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_LoadVsYamlCpp)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_MAIN();
