#pragma once
// Generator: a synthetic cluster of a requested size, written as YAML that Loader reads and
// Validator accepts without errors — for demos, `policyctl generate` and the benchmarks.
//
// The cluster: namespaces (labels environment, team, tier) with service accounts, nodes with
// pod CIDRs (podsPerNode pods each), pods of a handful of applications per namespace (labels
// app, role, version, tier; unique IPs; named container ports; serviceAccountName), their
// Deployments / StatefulSets, Services with EndpointSlices, Tiers, GlobalNetworkSets and
// NetworkSets, a few HostEndpoints, and `policies` policies of every kind: GlobalNetworkPolicy,
// NetworkPolicy, their Staged variants, Kubernetes NetworkPolicy and
// StagedKubernetesNetworkPolicy, with selectors on app / role / environment, namespace and
// service-account selectors, ports, named ports, nets, services, and Allow / Deny / Pass / Log.
//
// Deterministic: the same options give byte-identical output (a seeded std::mt19937_64; no
// clock, no hash-order dependence). The cluster is built as ordinary workspace values and
// written by the core's Writer, so generated files follow the same YAML rules (quoting,
// field order) as every other file the project writes.

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/model/result.h"
#include "core/model/workspace.h"

namespace ps {

struct GeneratorOptions {
    int namespaces = 10;
    int pods = 100;
    int policies = 50;
    quint64 seed = 1;
    int nodes = 0; // 0: just enough for podsPerNode pods per node (at least 1)
    int podsPerNode = 110; // 1..250 (each node has a /24 pod CIDR)
    int hostEndpoints = -1; // -1: one for each of the first three nodes
};

struct GeneratedFile {
    QString name; // "pods.yaml", ...
    QByteArray content; // UTF-8 YAML, documents separated by "---"
    qsizetype resources = 0;
};

class Generator {
public:
    explicit Generator(GeneratorOptions options = {});

    const GeneratorOptions &options() const { return m_options; }
    /// Success when the options describe a cluster that can be generated, else the reason.
    Result<void> checkOptions() const;
    /// The number of nodes the cluster will have.
    int nodeCount() const;

    /// The cluster as several files (namespaces.yaml, pods.yaml, policies.yaml, ...), in a
    /// fixed order; files that would hold no resource are left out. An Error when
    /// checkOptions() fails.
    Result<QList<GeneratedFile>> generateFiles() const;
    /// All files as one multi-document YAML stream, in the same order.
    Result<QByteArray> generateYaml() const;
    /// The cluster as workspace values, without writing it: what loading generateYaml() gives.
    Result<Workspace> generateWorkspace() const;

private:
    GeneratorOptions m_options;
};

} // namespace ps
