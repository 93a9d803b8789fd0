// Flow logs through import and explain on one core (core/flows): records per second, the figure
// to keep above 100,000. The log is the fixture log of each format (tests/fixtures/flows)
// repeated to 100,000 records in memory, with the destination port varied over 500 values so the
// engine traces about 500 flow groups besides reading every record; the engine (demo workspace
// with the shop namespace) is built once outside the timing.
//   build-ci/tests/bench/bench_flows

#include <benchmark/benchmark.h>

#include <QByteArray>
#include <QList>

#include "core/eval/policyengine.h"
#include "core/flows/flowexplain.h"
#include "core/flows/flowlogreader.h"
#include "core/io/loader.h"
#include "tests/support/testfiles.h"

using namespace ps;

namespace {

constexpr int kRecords = 100000;

const PolicyEngine &engine()
{
    static const PolicyEngine e(Loader()
                                    .loadPaths({test::projectPath(u"resources/demo"),
                                        test::fixturePath(u"flows/workspace")})
                                    .workspace);
    return e;
}

// `kRecords` records made of the fixture's lines, the port of each varied.
QByteArray logOf(const char *file, const QByteArray &portKey)
{
    QList<QByteArray> lines
        = test::readFile(test::fixturePath(QStringLiteral("flows/") + QString::fromUtf8(file)))
              .split('\n');
    lines.removeAll(QByteArray());
    QByteArray out;
    out.reserve(qsizetype(kRecords) * (lines.constFirst().size() + 16));
    for (int i = 0; i < kRecords; ++i) {
        QByteArray line = lines.at(i % lines.size());
        if (i % lines.size() == 4) // frontend -> checkout
            line.replace(portKey + "8080", portKey + QByteArray::number(8000 + (i / 10) % 500));
        out += line;
        out += '\n';
    }
    return out;
}

void explain(benchmark::State &state, const QByteArray &log)
{
    const PolicyEngine &e = engine();
    qint64 groups = 0;
    for (auto _ : state) {
        FlowLogReader reader;
        reader.openData(log, QStringLiteral("bench.log"));
        const FlowExplanation result = explainFlowLog(e, reader);
        groups = result.groups.size();
        if (result.records != kRecords)
            state.SkipWithError("not every record was read");
        benchmark::DoNotOptimize(groups);
    }
    state.SetItemsProcessed(state.iterations() * kRecords);
    state.SetBytesProcessed(state.iterations() * log.size());
    state.counters["groups"] = double(groups);
    state.counters["records/s"]
        = benchmark::Counter(double(kRecords), benchmark::Counter::kIsIterationInvariantRate);
}

// Reading alone (no resolution, no trace): what import costs of the figure above.
void read(benchmark::State &state, const QByteArray &log)
{
    for (auto _ : state) {
        FlowLogReader reader;
        reader.openData(log, QStringLiteral("bench.log"));
        FlowRecord record;
        Error error;
        qint64 records = 0;
        while (reader.next(record, error) != FlowLogReader::Status::End)
            ++records;
        if (records != kRecords)
            state.SkipWithError("not every record was read");
        benchmark::DoNotOptimize(records);
    }
    state.SetItemsProcessed(state.iterations() * kRecords);
    state.SetBytesProcessed(state.iterations() * log.size());
}

void BM_ReadGoldmane(benchmark::State &state)
{
    static const QByteArray log = logOf("goldmane.ndjson", "\"dest_port\":");
    read(state, log);
}

void BM_ReadEnterprise(benchmark::State &state)
{
    static const QByteArray log = logOf("enterprise-modern.jsonl", "\"dest_port\":");
    read(state, log);
}

void BM_ExplainEnterprise(benchmark::State &state)
{
    static const QByteArray log = logOf("enterprise-modern.jsonl", "\"dest_port\":");
    explain(state, log);
}

void BM_ExplainGoldmane(benchmark::State &state)
{
    static const QByteArray log = logOf("goldmane.ndjson", "\"dest_port\":");
    explain(state, log);
}

void BM_ExplainWhisker(benchmark::State &state)
{
    static const QByteArray log = logOf("whisker-stream.txt", "\"dest_port\":");
    explain(state, log);
}

} // namespace

BENCHMARK(BM_ExplainEnterprise)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExplainGoldmane)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExplainWhisker)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadGoldmane)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadEnterprise)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
