#pragma once
// FelixRuleset: what Felix would program on one node (or for one endpoint) in the filter table
// — fixed chains, dispatch chains, endpoint chains, policy / profile / group chains, the rules
// Felix inserts and appends into the kernel chains — plus the IP sets those rules reference,
// with their members, the raw and mangle tables of host endpoints and the nat table of the IP
// pools. A plain value made by FelixRenderer; its kernel input forms are in rulesetformat.h,
// its JSON form in core/report/renderreport.h.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/dataplane/felixnames.h"
#include "core/dataplane/felixrule.h"

namespace ps {

struct IpSetDefinition {
    QString id; // "s:…", "n:…", "svc:…", "svcnoport:…"
    QString name; // "cali40s:…" (iptables / ipset)
    QString type; // hash:net, hash:ip,port
    int family = 4;
    QStringList members; // ipset text: "10.0.0.1/32", "10.0.0.1,tcp:8080"
    QString purpose; // the selector text, "named port http (tcp) of <selector>", "service ns/name"
};

/// A kernel chain Felix hooks into (INPUT, FORWARD, OUTPUT): rules it inserts at the top and
/// rules it appends. Inserted rules are hashed with the chain name as seed, appended ones with
/// "<chain>*appends*".
struct KernelHook {
    QString chain;
    QList<FelixRule> inserted;
    QList<FelixRule> appended;
    /// ChainInsertMode Append: the "inserted" rules are written with -A, in order, before the
    /// appended ones (their hashes stay seeded with the chain name).
    bool append = false;
};

/// A local endpoint and where its chains are.
struct RenderedEndpoint {
    QString ref; // "ns/pod", "hep:name"
    QString interfaceName; // cali…, or the HEP interface
    bool hostEndpoint = false;
    QStringList addresses;
    QString toChain; // cali-tw-… / cali-th-…
    QString fromChain; // cali-fw-… / cali-fh-…
};

/// A table other than filter (raw, mangle, nat) with Felix's hooks into its kernel chains and
/// its chains (sorted by name). Chain names repeat across tables (cali-PREROUTING, cali-fh-eth0).
struct FelixTable {
    QString name;
    QList<KernelHook> hooks;
    QList<FelixChain> chains;

    const FelixChain *chain(const QString &name) const;
};

struct FelixRuleset {
    QString node; // the node rendered ("" for a single endpoint)
    QString endpoint; // the endpoint REF for a single-endpoint render
    int ipVersion = 4;
    FelixMarks marks;
    QString interfacePrefix = QStringLiteral("cali");
    QList<KernelHook> hooks; // filter INPUT, FORWARD, OUTPUT
    /// raw (doNotTrack policy) and mangle (preDNAT policy, egress policy of DNATed host
    /// traffic): rendered for nodes with host endpoints in iptables mode; nat (natOutgoing of IP
    /// pools): rendered when the workspace has IP pools, in both modes. Written before filter.
    QList<FelixTable> tables;
    QList<FelixChain> chains; // sorted by name
    QList<IpSetDefinition> ipsets; // sorted by name
    QList<RenderedEndpoint> endpoints;
    QStringList warnings; // things rendered approximately (see the renderer)
    bool localizedPurposes = false; // RenderOptions::localizedPurposes: purposes translated

    const FelixChain *chain(const QString &name) const;
    const IpSetDefinition *ipset(const QString &name) const;
    /// Total number of rules in all chains (hooks excluded).
    qsizetype ruleCount() const;
};

} // namespace ps
