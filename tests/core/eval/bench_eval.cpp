// bench_eval: timings of the policy engine on a generated cluster (not part of ctest).
//   bench_eval [namespaces pods policies [pairwise]]   (default 1000 50000 10000)
// Prints: generate + load, engine build, one trace (mean of many), batch flows/s with traces
// (reasons as values), with traces put in words (toText) and verdict-only, and the
// namespace-level matrix (BM_NamespaceMatrix).

#include <chrono>
#include <cstdio>

#include <QCoreApplication>
#include <QRandomGenerator>

#include "core/eval/matrix.h"
#include "core/eval/policyengine.h"
#include "core/eval/portverdicts.h"
#include "core/generate/generator.h"
#include "core/io/loader.h"
#include "core/report/tracereport.h"

using namespace ps;
using Clock = std::chrono::steady_clock;

static double msSince(Clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    GeneratorOptions options;
    options.namespaces = argc > 1 ? atoi(argv[1]) : 1000;
    options.pods = argc > 2 ? atoi(argv[2]) : 50000;
    options.policies = argc > 3 ? atoi(argv[3]) : 10000;
    auto t = Clock::now();
    const auto yaml = Generator(options).generateYaml();
    if (!yaml) {
        std::fprintf(stderr, "generate: %s\n", qPrintable(yaml.error().message));
        return 1;
    }
    const LoadResult loaded = Loader().loadText(yaml.value(), QStringLiteral("generated.yaml"));
    std::printf("generate + load: %.0f ms (%lld resources)\n", msSince(t),
        static_cast<long long>(loaded.workspace.resourceCount()));

    t = Clock::now();
    const PolicyEngine engine(loaded.workspace);
    std::printf("engine build: %.0f ms (%lld objects, %lld policies, %d selectors)\n", msSince(t),
        static_cast<long long>(engine.inventory().objects().size()),
        static_cast<long long>(engine.policies().size()), engine.selectors().size());

    qint64 applicable = 0;
    qint64 endpoints = 0;
    for (qsizetype id = 0; id < engine.inventory().objects().size(); ++id) {
        if (!engine.inventory().object(int(id)).isEndpoint())
            continue;
        ++endpoints;
        applicable += qint64(engine.applicablePolicies(int(id), Direction::Ingress).size()
            + engine.applicablePolicies(int(id), Direction::Egress).size());
    }
    std::printf("applicable policies: %.1f per endpoint and direction (staged included)\n",
        endpoints ? double(applicable) / double(2 * endpoints) : 0.0);

    QList<QString> refs;
    for (const InventoryObject &o : engine.inventory().objects()) {
        if (o.kind == ObjectKind::Pod)
            refs.append(o.ref());
    }
    QRandomGenerator rng(42);
    QList<Flow> flows;
    for (int i = 0; i < 20000; ++i) {
        Flow f;
        f.from = refs[rng.bounded(int(refs.size()))];
        f.to = refs[rng.bounded(int(refs.size()))];
        f.protocol = QStringLiteral("TCP");
        f.port = QList<int> {80, 443, 5432, 8080, 9090}[rng.bounded(5)];
        flows.append(f);
    }
    t = Clock::now();
    int allowed = 0;
    qsizetype steps = 0;
    for (const Flow &f : flows) {
        const FlowTrace tr = engine.trace(f);
        allowed += tr.verdict == Verdict::Allow;
        steps += tr.egress.steps.size() + tr.ingress.steps.size();
    }
    const double traceMs = msSince(t);
    std::printf(
        "trace with reasons: %.1f us/flow, %.0f flows/s (%d of %lld allowed, %.1f steps/flow)\n",
        traceMs * 1000.0 / flows.size(), flows.size() / (traceMs / 1000.0), allowed,
        static_cast<long long>(flows.size()), double(steps) / flows.size());
    // The same traces put in words, as `policyctl trace` prints them (the explainer runs on
    // output only).
    t = Clock::now();
    qsizetype characters = 0;
    for (const Flow &f : flows)
        characters += toText(engine.trace(f)).size();
    const double wordsMs = msSince(t);
    std::printf("trace + text: %.1f us/flow, %.0f flows/s (%.0f characters/flow)\n",
        wordsMs * 1000.0 / flows.size(), flows.size() / (wordsMs / 1000.0),
        double(characters) / flows.size());
    // A port-less trace in the studio: one trace per range of ports no rule tells apart.
    {
        const int samples = 50;
        t = Clock::now();
        qsizetype groups = 0;
        for (int i = 0; i < samples; ++i) {
            Flow f = flows.at(i);
            f.port.reset();
            groups += verdictsByPort(engine, f).groups.size();
        }
        std::printf("verdicts by port: %.1f ms/flow (%zu port boundaries, %.1f groups/flow)\n",
            msSince(t) / samples, size_t(portBoundaries(engine).size()), double(groups) / samples);
    }
    t = Clock::now();
    QList<Packet> packets;
    for (const Flow &f : flows)
        packets.append(engine.packet(f).value());
    std::printf("resolve + packet: %.1f us/flow\n", msSince(t) * 1000.0 / flows.size());
    t = Clock::now();
    allowed = 0;
    for (const Packet &p : packets)
        allowed += engine.verdict(p) == Verdict::Allow;
    const double verdictMs = msSince(t);
    std::printf("verdict only: %.2f us/flow, %.0f flows/s\n", verdictMs * 1000.0 / packets.size(),
        packets.size() / (verdictMs / 1000.0));
    // BM_NamespaceMatrix: the namespace-level matrix (goal: under 2 s). "pairwise" as the
    // fifth argument also times the one-verdict-per-class-pair reference (minutes at full size).
    {
        QList<int> pods;
        for (qsizetype id = 0; id < engine.inventory().objects().size(); ++id) {
            if (engine.inventory().object(int(id)).isEndpoint())
                pods.append(int(id));
        }
        t = Clock::now();
        const QList<int> classes = endpointClasses(engine, pods);
        std::printf("endpoint classes: %.0f ms (%lld endpoints)\n", msSince(t),
            static_cast<long long>(pods.size()));
        t = Clock::now();
        const ConnectivityMatrix m
            = computeMatrix(engine, MatrixGrouping::Namespace, QStringLiteral("TCP"), 80);
        std::printf("BM_NamespaceMatrix: %.0f ms (%lld groups, %d endpoint classes, %lld rule "
                    "evaluations)\n",
            msSince(t), static_cast<long long>(m.groups.size()), m.classes,
            static_cast<long long>(m.evaluations));
        if (argc > 4 && QByteArray(argv[4]) == "pairwise") {
            t = Clock::now();
            const ConnectivityMatrix ref = computeMatrix(engine, MatrixGrouping::Namespace,
                QStringLiteral("TCP"), 80, MatrixMethod::Pairwise);
            qint64 differing = 0;
            for (qsizetype i = 0; i < m.groups.size(); ++i) {
                for (qsizetype j = 0; j < m.groups.size(); ++j)
                    differing += m.cells[i][j].allowedPairs != ref.cells[i][j].allowedPairs ? 1 : 0;
            }
            std::printf("namespace matrix, pairwise reference: %.0f ms (%lld pairs evaluated, %lld "
                        "cells differ)\n",
                msSince(t), static_cast<long long>(ref.evaluations),
                static_cast<long long>(differing));
        }
    }
    return 0;
}
