#pragma once
// FelixRenderer: turns the policy engine's view of a workspace into what Felix would program
// for a node's local endpoints (or a single endpoint), in iptables mode: the filter-table
// chains (docs/rendering.md: "Chains") and the IP sets they reference. It reads only the engine
// (compiled policies with their selector texts, the inventory, the per-endpoint
// ordered policy lists and the selector-set members), so it never re-derives Calico semantics.
// The result is a FelixRuleset value. Rendering a node never fails (an unknown node gives an
// empty one); rendering one endpoint fails when the REF names no pod or host endpoint.

#include <optional>

#include <QHash>
#include <QString>

#include "core/dataplane/felixnames.h"
#include "core/dataplane/felixruleset.h"
#include "core/model/felixsettings.h"
#include "core/model/result.h"

namespace ps {

class PolicyEngine;

struct RenderOptions {
    FelixNaming naming = FelixNaming::Current;
    /// Render for Felix's nftables mode: chain names are limited to 256 characters instead of
    /// 28 (so policy chains are practically never shortened). Use with nftablesScript().
    bool nftables = false;
    int ipVersion = 4;
    quint32 markMask = 0xffff0000;
    QString interfacePrefix = QStringLiteral("cali");
    QString denyAction = QStringLiteral("DROP"); // IptablesFilterDenyAction: DROP / REJECT
    QString defaultEndpointToHostAction
        = QStringLiteral("DROP"); // Felix default; manifests use ACCEPT
    QString logPrefix = QStringLiteral("calico-packet");
    bool dropInvalid = true; // !DisableConntrackInvalidCheck
    bool allowVxlanFromWorkloads = false;
    bool allowIpipFromWorkloads = false;
    /// FelixConfiguration vxlanEnabled / ipipEnabled. Unset, Felix turns VXLAN on when an IP
    /// pool of the render's family uses it and IPIP when any pool does (docs/rendering.md: "The
    /// nat table"). VXLAN adds rules to cali-INPUT, cali-OUTPUT and the raw table; both add the
    /// tunnel masquerade rules of the nat table.
    std::optional<bool> vxlanEnabled;
    std::optional<bool> ipipEnabled;
    /// Felix's MASQFullyRandom feature (detected: iptables 1.6.2 and kernel 3.14 or later, so on
    /// in practice): MASQUERADE rules get --random-fully.
    bool masqueradeFullyRandom = true;
    int vxlanPort = 4789;
    bool policyGroups = true; // cali-gi-/cali-go- chains for same-selector runs
    quint32 maxIpsetSize = 1048576;
    /// Purposes of rules, chains and IP sets in the user's language, for display; off, they are
    /// the stable English that `policyctl render -o json` writes.
    bool localizedPurposes = false;
    /// Interface names by endpoint REF, overriding the CNI naming (for examples and tests).
    QHash<QString, QString> interfaceNames;
    /// FailsafeInboundHostPorts / FailsafeOutboundHostPorts; nullopt: Felix's defaults.
    std::optional<QList<FailsafePort>> failsafeInbound;
    std::optional<QList<FailsafePort>> failsafeOutbound;
    /// ChainInsertMode Append: Felix's hook rules go at the end of INPUT, FORWARD and OUTPUT
    /// (iptables-restore `-A`, in order) instead of the top.
    bool chainInsertAppend = false;
    /// Each setting the workspace's FelixConfiguration for the rendered node writes (`default`,
    /// then `node.<name>`: failsafe ports, defaultEndpointToHostAction, chainInsertMode,
    /// logPrefix, iptablesMarkMask, iptablesFilterDenyAction) wins over the value above.
    bool useFelixConfiguration = true;
};

/// `options` with the settings the FelixConfigurations of `node` write (see
/// RenderOptions::useFelixConfiguration); unchanged when it is off.
RenderOptions withFelixConfiguration(
    const RenderOptions &options, const WorkspaceData &workspace, const QString &node);

/// Every workload endpoint (pod) and host endpoint on `node`.
FelixRuleset renderNode(
    const PolicyEngine &engine, const QString &node, const RenderOptions &options = {});
/// One endpoint (REF as PolicyEngine::resolve takes it), as if it were alone on its node; an
/// Error when the REF is unknown, outside the inventory or a workload template.
Result<FelixRuleset> renderEndpoint(
    const PolicyEngine &engine, const QString &endpointRef, const RenderOptions &options = {});

enum class Dataplane { Iptables, Nftables };

/// What `policyctl render` asks for: a node or one endpoint (REF), a dataplane, options.
struct RenderRequest {
    QString node;
    QString endpoint; // wins over node when set
    Dataplane dataplane = Dataplane::Iptables;
    /// No dataplane was asked for: the node's FelixConfiguration picks it (nftablesMode
    /// Enabled: nftables; Disabled or Auto: `dataplane`).
    bool dataplaneFromFelixConfiguration = false;
    RenderOptions options;
};

/// The dataplane a request renders for: its own, or the node's FelixConfiguration's when it
/// leaves the choice to it (RenderRequest::dataplaneFromFelixConfiguration).
Dataplane renderDataplane(const PolicyEngine &engine, const RenderRequest &request);
/// renderEndpoint or renderNode, with options.nftables set from renderDataplane().
Result<FelixRuleset> render(const PolicyEngine &engine, const RenderRequest &request);

/// The interface name a local endpoint gets (options override, else CNI naming / HEP iface).
QString endpointInterfaceName(const PolicyEngine &engine, int object, const RenderOptions &options);

} // namespace ps
