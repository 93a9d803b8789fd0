#include "core/validate/resourcevalidator_p.h"

#include <cmath>

#include "core/model/builtintier.h"
#include "core/model/felixsettings.h"
#include "core/net/ipnetwork.h"
#include "core/validate/diagnosticsink.h"
#include "core/validate/metarules.h"
#include "core/validate/namerules.h"
#include "core/validate/rulevalidator.h"
#include "core/validate/selectorrules_p.h"

namespace ps {

namespace {

QString indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

bool isInterfaceName(const QString &s)
{
    if (s == QStringLiteral("*"))
        return true;
    if (s.isEmpty() || s.size() > 15)
        return false;
    for (QChar c : s) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

void ResourceValidator::validate(DiagnosticSink &sink, const Tier &tier)
{
    MetaRules::check(sink, tier.meta, ResourceKind::Tier);
    const QString &action = effectiveTierDefaultAction(tier.defaultAction);
    if (action != QStringLiteral("Deny") && action != QStringLiteral("Pass")) {
        sink.error(QStringLiteral("spec.defaultAction"),
            tr("invalid defaultAction \"%1\": expected Deny or Pass").arg(tier.defaultAction));
    }
    if (tier.order && !std::isfinite(*tier.order))
        sink.error(QStringLiteral("spec.order"), tr("order must be a finite number"));

    if (const BuiltInTier *b = builtInTier(tier.meta.name)) {
        if (!tier.order || *tier.order != b->order) {
            sink.error(QStringLiteral("spec.order"),
                tr("the built-in tier \"%1\" must have order %2")
                    .arg(tier.meta.name)
                    .arg(b->order, 0, 'f', 0));
        }
        if (action != b->defaultActionText()) {
            sink.error(QStringLiteral("spec.defaultAction"),
                tr("the built-in tier \"%1\" must have defaultAction %2")
                    .arg(tier.meta.name, b->defaultActionText()));
        }
    }
}

void ResourceValidator::validate(DiagnosticSink &sink, const Profile &profile)
{
    MetaRules::check(sink, profile.meta, ResourceKind::Profile);
    MetaRules::checkLabels(sink, profile.labelsToApply, QStringLiteral("spec.labelsToApply"));
    RuleValidator(sink, RuleOwner::Profile, true)
        .validateList(profile.ingress, QStringLiteral("spec.ingress"));
    RuleValidator(sink, RuleOwner::Profile, false)
        .validateList(profile.egress, QStringLiteral("spec.egress"));
}

void ResourceValidator::validate(DiagnosticSink &sink, const NetworkSet &set)
{
    const ResourceKind kind
        = set.global ? ResourceKind::GlobalNetworkSet : ResourceKind::NetworkSet;
    MetaRules::check(sink, set.meta, kind);
    const QString reserved = QStringLiteral("projectcalico.org/namespace");
    if (set.meta.labels.contains(reserved)) {
        sink.error(MetaRules::entryPath(QStringLiteral("metadata.labels"), reserved),
            tr("the label projectcalico.org/namespace is reserved: Calico sets it "
               "itself and it may not be written on a %1")
                .arg(kindName(kind)));
    }
    for (qsizetype i = 0; i < set.nets.size(); ++i) {
        if (!IpNetwork::parseCidrOrIp(set.nets[i])) {
            sink.error(indexed(QStringLiteral("spec.nets"), i),
                tr("invalid network \"%1\": expected an IP address or a CIDR such as "
                   "10.0.0.0/8")
                    .arg(set.nets[i]));
        }
    }
}

void ResourceValidator::validate(DiagnosticSink &sink, const HostEndpoint &endpoint)
{
    MetaRules::check(sink, endpoint.meta, ResourceKind::HostEndpoint);
    if (endpoint.node.isEmpty()) {
        sink.error(QStringLiteral("spec.node"),
            tr("a HostEndpoint needs spec.node: the node it belongs to"));
    } else {
        const QString e = NameRules::checkDnsSubdomain(endpoint.node, tr("node name"));
        if (!e.isEmpty())
            sink.error(QStringLiteral("spec.node"), e);
    }
    if (endpoint.interfaceName.isEmpty() && endpoint.expectedIPs.isEmpty()) {
        sink.error(QStringLiteral("spec"),
            tr("a HostEndpoint needs interfaceName or expectedIPs (or both)"));
    }
    if (!endpoint.interfaceName.isEmpty() && !isInterfaceName(endpoint.interfaceName)) {
        sink.error(QStringLiteral("spec.interfaceName"),
            tr("invalid interfaceName \"%1\": expected \"*\" or 1-15 letters, digits, "
               "'_', '.' or '-'")
                .arg(endpoint.interfaceName));
    }
    for (qsizetype i = 0; i < endpoint.expectedIPs.size(); ++i) {
        if (!IpAddress::parse(endpoint.expectedIPs[i])) {
            sink.error(indexed(QStringLiteral("spec.expectedIPs"), i),
                tr("invalid IP address \"%1\" in expectedIPs").arg(endpoint.expectedIPs[i]));
        }
    }
    for (qsizetype i = 0; i < endpoint.profiles.size(); ++i) {
        const QString e = NameRules::checkDnsSubdomain(endpoint.profiles[i], tr("profile name"));
        if (!e.isEmpty())
            sink.error(indexed(QStringLiteral("spec.profiles"), i), e);
    }
    for (qsizetype i = 0; i < endpoint.ports.size(); ++i) {
        const EndpointPort &p = endpoint.ports[i];
        const QString path = indexed(QStringLiteral("spec.ports"), i);
        const QString nameError = checkKubernetesPortName(p.name);
        if (!nameError.isEmpty()) {
            sink.error(path + QStringLiteral(".name"),
                p.name.isEmpty() ? tr("a named port needs a name")
                                 : tr("invalid port name \"%1\": %2").arg(p.name, nameError));
        }
        if (!p.protocol.isValid() || !p.protocol.supportsPorts()) {
            sink.error(path + QStringLiteral(".protocol"),
                tr("invalid port protocol \"%1\": expected TCP, UDP or SCTP (names are "
                   "case-sensitive)")
                    .arg(p.protocol.toString()));
        }
        if (p.port < 1 || p.port > 65535) {
            sink.error(path + QStringLiteral(".port"),
                tr("port %1 is out of range: expected 1-65535").arg(p.port));
        }
    }
}

namespace {

/// The link-local range of a family, which no pool may overlap.
IpNetwork linkLocal(int family)
{
    return *IpNetwork::parseCidr(family == 4 ? u"169.254.0.0/16" : u"fe80::/10");
}

bool overlaps(const IpNetwork &a, const IpNetwork &b)
{
    return a.family() == b.family()
        && (a.contains(b.networkAddress()) || b.contains(a.networkAddress()));
}

bool isEncapMode(const QString &mode)
{
    return mode.isEmpty() || mode == u"Never" || mode == u"Always" || mode == u"CrossSubnet";
}

} // namespace

// The checks libcalico-go's IPPool client and validator and the IPPool CRD's validation rules
// make (docs/semantics.md: "Validation").
void ResourceValidator::validate(DiagnosticSink &sink, const IpPool &pool)
{
    MetaRules::check(sink, pool.meta, ResourceKind::IPPool);
    const QString cidrPath = QStringLiteral("spec.cidr");
    std::optional<IpNetwork> net;
    if (pool.cidr.isEmpty()) {
        sink.error(cidrPath, tr("an IPPool needs spec.cidr: the pool's network"));
    } else {
        net = IpNetwork::parseCidr(pool.cidr);
        if (!net) {
            sink.error(cidrPath,
                tr("invalid IPPool CIDR \"%1\": expected a network such as 10.244.0.0/16 or "
                   "fd00:10:244::/64")
                    .arg(pool.cidr));
        } else if (net->hasHostBits()) {
            sink.error(cidrPath,
                tr("IPPool CIDR \"%1\" is not strictly masked: its network is %2")
                    .arg(pool.cidr, net->network().toString()));
        }
    }
    const int family = net ? net->family() : 0;
    if (net) {
        const IpNetwork local = linkLocal(family);
        if (overlaps(*net, local)) {
            sink.error(cidrPath,
                tr("IPPool CIDR %1 overlaps the link-local range %2")
                    .arg(net->toString(), local.toString()));
        }
    }

    const QString blockPath = QStringLiteral("spec.blockSize");
    if (pool.blockSize != 0 && family != 0) {
        const int low = family == 4 ? 20 : 116;
        const int high = family == 4 ? 32 : 128;
        if (pool.blockSize < low || pool.blockSize > high) {
            sink.error(blockPath,
                tr("blockSize %1 is out of range: an IPv%2 pool's blocks are /%3 to /%4")
                    .arg(pool.blockSize)
                    .arg(family)
                    .arg(low)
                    .arg(high));
        }
    } else if (pool.blockSize < 0 || pool.blockSize > 128) {
        sink.error(blockPath, tr("blockSize %1 is out of range").arg(pool.blockSize));
    }
    if (net && !pool.disabled) {
        const int block = pool.blockSize != 0 ? pool.blockSize : (family == 4 ? 26 : 122);
        if (net->prefixLength() > block) {
            sink.error(cidrPath,
                tr("IPPool %1 is smaller than one block (/%2): Calico IPAM cannot use it "
                   "unless the pool is disabled or its blockSize is at least %3")
                    .arg(net->toString())
                    .arg(block)
                    .arg(net->prefixLength()));
        }
    }

    if (!isEncapMode(pool.ipipMode)) {
        sink.error(QStringLiteral("spec.ipipMode"),
            tr("invalid ipipMode \"%1\": expected Never, Always or CrossSubnet")
                .arg(pool.ipipMode));
    }
    if (!isEncapMode(pool.vxlanMode)) {
        sink.error(QStringLiteral("spec.vxlanMode"),
            tr("invalid vxlanMode \"%1\": expected Never, Always or CrossSubnet")
                .arg(pool.vxlanMode));
    }
    if (pool.ipipEnabled() && pool.vxlanEnabled()) {
        sink.error(QStringLiteral("spec.vxlanMode"),
            tr("ipipMode and vxlanMode cannot both be enabled: set one of them to Never"));
    }
    if (family == 6 && pool.ipipEnabled()) {
        sink.error(QStringLiteral("spec.ipipMode"),
            tr("IPIP is not supported on IPv6 pools: ipipMode must be Never"));
    }

    bool loadBalancer = false, workloadOrTunnel = false, tunnel = false;
    for (qsizetype i = 0; i < pool.allowedUses.size(); ++i) {
        const QString &use = pool.allowedUses[i];
        if (use == u"LoadBalancer") {
            loadBalancer = true;
        } else if (use == u"Workload" || use == u"Tunnel") {
            workloadOrTunnel = true;
            tunnel = tunnel || use == u"Tunnel";
        } else {
            sink.error(indexed(QStringLiteral("spec.allowedUses"), i),
                tr("unknown allowed use \"%1\": expected Workload, Tunnel or LoadBalancer")
                    .arg(use));
        }
    }
    if (loadBalancer) {
        if (workloadOrTunnel) {
            sink.error(QStringLiteral("spec.allowedUses"),
                tr("LoadBalancer cannot be combined with Workload or Tunnel"));
        }
        if (pool.ipipEnabled() || pool.vxlanEnabled()) {
            sink.error(pool.ipipEnabled() ? QStringLiteral("spec.ipipMode")
                                          : QStringLiteral("spec.vxlanMode"),
                tr("a LoadBalancer IP pool cannot have IPIP or VXLAN enabled"));
        }
        if (pool.disableBGPExport) {
            sink.error(QStringLiteral("spec.disableBGPExport"),
                tr("a LoadBalancer IP pool cannot disable BGP export"));
        }
        if (!pool.nodeSelector.isEmpty() && pool.nodeSelector != u"all()") {
            sink.error(QStringLiteral("spec.nodeSelector"),
                tr("a LoadBalancer IP pool must have nodeSelector all()"));
        }
    }
    if (tunnel && !pool.namespaceSelector.isEmpty()) {
        sink.error(QStringLiteral("spec.namespaceSelector"),
            tr("an IP pool with allowed use Tunnel cannot have a namespaceSelector"));
    }
    if (!pool.nodeSelector.isEmpty()) {
        SelectorRules::check(sink, QStringLiteral("spec.nodeSelector"), pool.nodeSelector,
            SelectorRole::IpPoolSelector);
    }
    if (!pool.namespaceSelector.isEmpty()) {
        SelectorRules::check(sink, QStringLiteral("spec.namespaceSelector"), pool.namespaceSelector,
            SelectorRole::IpPoolSelector);
    }
    if (!pool.assignmentMode.isEmpty() && pool.assignmentMode != u"Automatic"
        && pool.assignmentMode != u"Manual") {
        sink.error(QStringLiteral("spec.assignmentMode"),
            tr("invalid assignmentMode \"%1\": expected Automatic or Manual")
                .arg(pool.assignmentMode));
    }
}

void ResourceValidator::checkOverlaps(Diagnostics &out, const QList<IpPool> &pools)
{
    QList<std::optional<IpNetwork>> nets;
    for (const IpPool &pool : pools) {
        const std::optional<IpNetwork> net = IpNetwork::parseCidr(pool.cidr);
        nets.append(net ? std::optional<IpNetwork>(net->network()) : std::nullopt);
    }
    for (qsizetype i = 0; i < pools.size(); ++i) {
        if (!nets[i])
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            if (!nets[j] || !overlaps(*nets[i], *nets[j]))
                continue;
            DiagnosticSink sink(out, pools[i].source);
            const DiagnosticSink earlier(out, pools[j].source);
            sink.error(QStringLiteral("spec.cidr"),
                tr("IPPool %1 (%2) overlaps IPPool %3 (%4, %5)")
                    .arg(pools[i].meta.name, nets[i]->toString(), pools[j].meta.name,
                        nets[j]->toString(), earlier.location(QStringLiteral("spec.cidr"))));
            break;
        }
    }
}

} // namespace ps

namespace ps {

namespace {

QString indexedPath(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

/// A value the CRD's pattern allows: one of `allowed` in any case, or left out.
void checkChoice(DiagnosticSink &sink, const QString &path, const QString &value,
    const QStringList &allowed, Qt::CaseSensitivity cs)
{
    if (value.isEmpty())
        return;
    for (const QString &a : allowed) {
        if (value.compare(a, cs) == 0)
            return;
    }
    sink.error(path,
        ResourceValidator::tr("invalid value \"%1\": expected %2")
            .arg(value, allowed.join(QStringLiteral(", "))));
}

void checkFailsafePorts(
    DiagnosticSink &sink, const QString &path, const std::optional<QList<FelixProtoPort>> &ports)
{
    if (!ports)
        return;
    bool unreadable = false;
    for (qsizetype i = 0; i < ports->size(); ++i) {
        const FelixProtoPort &p = (*ports)[i];
        const QString at = indexedPath(path, i);
        // Calico's validation (validateProtoPort): exactly TCP, UDP or SCTP.
        if (p.protocol != u"TCP" && p.protocol != u"UDP" && p.protocol != u"SCTP") {
            sink.error(at + QStringLiteral(".protocol"),
                p.protocol.isEmpty()
                    ? ResourceValidator::tr("a failsafe port needs a protocol: TCP, UDP or SCTP")
                    : ResourceValidator::tr(
                        "invalid failsafe port protocol \"%1\": expected TCP, UDP or SCTP")
                          .arg(p.protocol));
        } else if (p.protocol == u"SCTP") {
            unreadable = true;
        }
        if (!p.net.isEmpty() && !IpNetwork::parseCidrOrIp(p.net)) {
            sink.error(at + QStringLiteral(".net"),
                ResourceValidator::tr(
                    "invalid failsafe port net \"%1\": expected a CIDR or an address")
                    .arg(p.net));
        }
    }
    if (unreadable) {
        sink.warning(path,
            ResourceValidator::tr("Felix reads failsafe ports of TCP and UDP only: with an SCTP "
                                  "port it cannot read this list and keeps its default ports"));
    }
}

} // namespace

// The CRD's patterns and ranges for the settings Policy Studio honours, Calico's validation of
// the failsafe ports, and the names Felix reads.
void ResourceValidator::validate(DiagnosticSink &sink, const FelixConfiguration &config)
{
    MetaRules::check(sink, config.meta, ResourceKind::FelixConfiguration);
    const QString &name = config.meta.name;
    if (!name.isEmpty() && name != u"default" && felixConfigurationNode(name).isEmpty()) {
        sink.warning(QStringLiteral("metadata.name"),
            tr("Felix reads only the FelixConfiguration \"default\" and \"node.<node name>\": "
               "\"%1\" is ignored")
                .arg(name));
    }
    checkChoice(sink, QStringLiteral("spec.defaultEndpointToHostAction"),
        config.defaultEndpointToHostAction,
        {QStringLiteral("Drop"), QStringLiteral("Accept"), QStringLiteral("Return")},
        Qt::CaseInsensitive);
    checkChoice(sink, QStringLiteral("spec.chainInsertMode"), config.chainInsertMode,
        {QStringLiteral("Insert"), QStringLiteral("Append")}, Qt::CaseInsensitive);
    checkChoice(sink, QStringLiteral("spec.iptablesFilterDenyAction"),
        config.iptablesFilterDenyAction, {QStringLiteral("Drop"), QStringLiteral("Reject")},
        Qt::CaseInsensitive);
    checkChoice(sink, QStringLiteral("spec.nftablesMode"), config.nftablesMode,
        {QStringLiteral("Enabled"), QStringLiteral("Disabled"), QStringLiteral("Auto")},
        Qt::CaseSensitive);
    for (qsizetype i = 0; i < config.logPrefix.size(); ++i) {
        const QChar c = config.logPrefix[i];
        const bool allowed
            = (c.unicode() < 128 && c.isLetterOrNumber()) || QStringLiteral("%: /_-").contains(c);
        if (!allowed) {
            sink.errorInValue(QStringLiteral("spec.logPrefix"), config.logPrefix, i,
                tr("invalid character '%1' in logPrefix: letters, digits, '%', ':', ' ', '/', "
                   "'_' and '-' only")
                    .arg(c));
            break;
        }
    }
    if (config.iptablesMarkMask
        && (*config.iptablesMarkMask < 0 || *config.iptablesMarkMask > 0xffffffffLL)) {
        sink.error(QStringLiteral("spec.iptablesMarkMask"),
            tr("iptablesMarkMask %1 is out of range (0 to 4294967295)")
                .arg(*config.iptablesMarkMask));
    }
    checkFailsafePorts(
        sink, QStringLiteral("spec.failsafeInboundHostPorts"), config.failsafeInboundHostPorts);
    checkFailsafePorts(
        sink, QStringLiteral("spec.failsafeOutboundHostPorts"), config.failsafeOutboundHostPorts);
}

} // namespace ps
