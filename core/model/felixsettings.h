#pragma once
// FelixSettings: what Felix on one node runs with — the FelixConfiguration `node.<name>` over
// `default`, field by field, over Felix's own defaults (docs/semantics.md: "FelixConfiguration").
// Trace, chain and render ask here, so a workspace without any FelixConfiguration behaves as
// Felix out of the box.

#include <QList>
#include <QString>

#include "core/model/workspace.h"

namespace ps {

/// A failsafe port as Felix uses it: protocol number (6 TCP, 17 UDP), port, and the network it
/// is open to (empty: any address).
struct FailsafePort {
    int protocol = 6;
    int port = 0;
    QString net;
    friend bool operator==(const FailsafePort &, const FailsafePort &) = default;
};

/// What happens to traffic from a workload to its own host, after the workload's egress policy.
enum class EndpointToHostAction { Drop, Accept, Return };

struct FelixSettings {
    QList<FailsafePort> failsafeInbound; // FailsafeInboundHostPorts
    QList<FailsafePort> failsafeOutbound; // FailsafeOutboundHostPorts
    // Felix's own default is Drop, but calico-node as both installers run it (Calico's manifests
    // and the Tigera operator) has FELIX_DEFAULTENDPOINTTOHOSTACTION=ACCEPT in its environment:
    // what clusters do when no FelixConfiguration says otherwise.
    EndpointToHostAction endpointToHost = EndpointToHostAction::Accept;
    bool chainInsertAppend = false; // ChainInsertMode Append
    QString logPrefix = QStringLiteral("calico-packet");
    quint32 markMask = 0xffff0000;
    QString filterDenyAction = QStringLiteral("DROP"); // DROP or REJECT
    bool ipv6Support = true;
    bool nftables = false; // NFTablesMode Enabled (Auto is taken as iptables)
    bool bpf = false; // BPFEnabled: policy is not rendered as iptables or nftables rules
    /// The FelixConfigurations that made these settings (names), most specific last.
    QStringList from;
    /// The FelixConfiguration whose defaultEndpointToHostAction decides (empty: none sets it).
    QString endpointToHostFrom;
};

/// Felix's default failsafe ports (inbound: tcp 22, udp 68, tcp 179, 2379, 2380, 5473, 6443,
/// 6666, 6667; outbound: udp 53, udp 67, then the same TCP ports).
const QList<FailsafePort> &defaultFailsafePorts(bool inbound);

/// The settings of `node` ("" for a node without its own configuration: `default` only).
FelixSettings felixSettings(const WorkspaceData &workspace, const QString &node = {});

/// The ports of a FelixConfiguration list as Felix reads them: nullopt when Felix cannot read
/// the list (a protocol other than TCP or UDP) and keeps its default instead.
std::optional<QList<FailsafePort>> failsafePortsOf(const QList<FelixProtoPort> &ports);

/// "node.<name>" → "<name>"; "" for `default` and names Felix does not read.
QString felixConfigurationNode(const QString &name);

/// The name of the Felix setting as text, e.g. "Drop".
QString endpointToHostActionName(EndpointToHostAction action);

} // namespace ps
