#pragma once
// FlowRecord: one record of a Calico flow log, whatever format it came in (Whisker JSON,
// Goldmane JSON, Calico Enterprise / Cloud JSON lines), as plain values. docs/flows.md describes
// the formats and how each field is read. A record describes one side of a connection: the
// `reporter` says which node wrote it (Src: the source's node, its egress policies; Dst: the
// destination's node, its ingress policies) and `action` is that side's verdict only.

#include <optional>

#include <QList>
#include <QString>
#include <QtGlobal>

#include "core/model/meta.h"

namespace ps {

/// What a flow end is, as Felix classifies it (Enterprise `*_type`, Goldmane `EndpointType`);
/// Unknown for Whisker JSON, which carries no type.
enum class FlowEndKind { Unknown, Workload, HostEndpoint, NetworkSet, Network };

struct FlowEnd {
    FlowEndKind kind = FlowEndKind::Unknown;
    QString namespace_; // "" when the log says "-" (not namespaced)
    QString name; // the full name when logged (Enterprise aggregation levels 0-1), else ""
    /// The aggregated name: "frontend-7c9d8f6b5-*" (pods sharing a generateName), a node name
    /// (host endpoint), a network set's name, "pub" or "pvt".
    QString aggregated;
    QString ip; // "" when not logged (aggregated away, or a format without addresses)
    Labels labels;
};

/// The kind of resource a policy hit names. EndOfTier hits are flattened: `endOfTier` is set
/// and the kind, namespace and name are the trigger's (the policy that selected the endpoint).
enum class HitKind {
    Unknown,
    CalicoNetworkPolicy,
    GlobalNetworkPolicy,
    StagedNetworkPolicy,
    StagedGlobalNetworkPolicy,
    StagedKubernetesNetworkPolicy,
    KubernetesNetworkPolicy,
    AdminNetworkPolicy,
    BaselineAdminNetworkPolicy,
    ClusterNetworkPolicy,
    Profile,
};

enum class FlowAction { Unknown, Allow, Deny, Pass };

struct PolicyHit {
    int index = 0; // position in its trace
    QString tier; // "" for profiles
    HitKind kind = HitKind::Unknown;
    QString namespace_;
    QString name;
    FlowAction action = FlowAction::Unknown;
    std::optional<int> rule; // nullopt: unknown (-2, "-", or a 4-field string)
    bool endOfTier = false; // rule index -1: no rule matched, the tier's default action applied
    bool isStaged() const
    {
        return kind == HitKind::StagedNetworkPolicy || kind == HitKind::StagedGlobalNetworkPolicy
            || kind == HitKind::StagedKubernetesNetworkPolicy;
    }
    friend bool operator==(const PolicyHit &, const PolicyHit &) = default;
};

enum class FlowReporter { Unknown, Src, Dst, Fwd };

enum class FlowFormat { Whisker, Goldmane, Enterprise };

struct FlowRecord {
    FlowFormat format = FlowFormat::Enterprise;
    qint64 startTime = 0; // Unix seconds
    qint64 endTime = 0;
    FlowEnd source;
    FlowEnd destination;
    QString protocol; // lower case as logged: tcp, udp, icmp, or a number
    std::optional<int> port; // post-DNAT destination port; nullopt when aggregated away
    FlowReporter reporter = FlowReporter::Unknown;
    FlowAction action = FlowAction::Unknown;
    QList<PolicyHit> enforced; // sorted by index
    QList<PolicyHit> pending;
    qint64 packetsIn = 0;
    qint64 packetsOut = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    QString host; // the node that wrote it (Enterprise shipper), or ""
    QString cluster; // Enterprise single-index mode, or ""
    int line = 0; // where the record starts in its file (1-based)
    int column = 0;
};

QString flowActionName(FlowAction action); // "allow", "deny", "pass", "unknown"
QString flowReporterName(FlowReporter reporter); // "src", "dst", "fwd", "unknown"
QString flowFormatName(FlowFormat format); // "whisker", "goldmane", "enterprise"
QString flowEndKindName(FlowEndKind kind); // "wep", "hep", "ns", "net", "unknown"
/// The Calico kind name ("NetworkPolicy", "GlobalNetworkPolicy", "KubernetesNetworkPolicy",
/// "Profile", ...).
QString hitKindName(HitKind kind);
/// "tier security: GlobalNetworkPolicy platform-guardrails rule 2 pass", or "... end of tier deny"
QString hitDescription(const PolicyHit &hit);

} // namespace ps
