#include "core/dataplane/felixrenderer.h"

#include <algorithm>

#include "core/dataplane/filtertablebuilder_p.h"
#include "core/dataplane/ipsetregistry_p.h"
#include "core/dataplane/mangletablebuilder_p.h"
#include "core/dataplane/nattablebuilder_p.h"
#include "core/dataplane/rawtablebuilder_p.h"
#include "core/dataplane/rendercontext_p.h"
#include "core/dataplane/ruletranslator_p.h"
#include "core/dataplane/staticchains_p.h"
#include "core/eval/policyengine.h"
#include "core/model/workspace.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

/// The local endpoints' chains in every table, the static chains and the IP sets they use.
FelixRuleset renderRuleset(const PolicyEngine &engine, const RenderOptions &requested,
    const QList<int> &endpoints, const QString &node, const QString &endpointRef)
{
    const RenderOptions options
        = withFelixConfiguration(requested, engine.workspace().data(), node);
    const FelixSettings &settings = engine.felixSettings(node);
    if (options.ipVersion == 6 && requested.useFelixConfiguration && !settings.ipv6Support) {
        // Felix with IPv6 support off programs no IPv6 tables at all.
        FelixRuleset none;
        none.node = node;
        none.endpoint = endpointRef;
        none.ipVersion = 6;
        none.marks = FelixMarks::allocate(options.markMask);
        none.interfacePrefix = options.interfacePrefix;
        none.warnings.append(u"FelixConfiguration %1 turns ipv6Support off: Felix programs no "
                             "IPv6 rules on this node"_s.arg(settings.from.join(u", "_s)));
        none.localizedPurposes = options.localizedPurposes;
        return none;
    }
    RenderContext context(engine, options);
    IpSetRegistry ipsets(engine, options.ipVersion, options.localizedPurposes);
    RuleTranslator translator(options, context.marks, ipsets);
    StaticChains statics(context, ipsets);

    FilterTableBuilder filter(context, translator, statics);
    bool anyHep = false;
    QList<int> sorted = endpoints;
    std::sort(sorted.begin(), sorted.end(),
        [&](int a, int b) { return context.interfaceOf(a) < context.interfaceOf(b); });
    context.node = node;
    context.localObjects = sorted;
    for (int object : sorted) {
        const InventoryObject &obj = engine.inventory().object(object);
        if (obj.kind == ObjectKind::HostEndpoint) {
            anyHep = true;
            filter.addHostEndpoint(object);
        } else {
            filter.addWorkload(object);
        }
    }
    FelixTable filterTable = filter.build(anyHep);
    QList<FelixTable> otherTables;
    // Felix programs its static raw, mangle and nat chains on every node, host endpoints or not
    // (with none, the host-endpoint dispatch chains are empty), and its natOutgoing chain and IPAM
    // pool sets whatever the pools are. In nftables mode they are the "raw-", "mangle-" and "nat-"
    // layers of the same calico table.
    otherTables.append(RawTableBuilder(context, translator, statics).build());
    otherTables.append(MangleTableBuilder(context, translator, statics, ipsets).build());
    otherTables.append(NatTableBuilder(context, translator, statics, ipsets).build());

    FelixRuleset rs;
    rs.node = node;
    rs.endpoint = endpointRef;
    rs.ipVersion = options.ipVersion;
    rs.marks = context.marks;
    rs.interfacePrefix = options.interfacePrefix;
    rs.hooks = std::move(filterTable.hooks);
    rs.chains = std::move(filterTable.chains);
    rs.ipsets = ipsets.take();
    rs.endpoints = context.endpoints;
    rs.tables = std::move(otherTables);
    if (options.chainInsertAppend) {
        for (KernelHook &h : rs.hooks)
            h.append = true;
        for (FelixTable &t : rs.tables) {
            for (KernelHook &h : t.hooks)
                h.append = true;
        }
    }
    if (requested.useFelixConfiguration && settings.bpf) {
        context.warnings.append(u"FelixConfiguration %1 turns the BPF dataplane on: Felix "
                                "enforces policy with BPF programs, not these rules"_s.arg(
                                    settings.from.join(u", "_s)));
    }
    for (const QString &warning : translator.warnings())
        context.warnings.append(warning);
    rs.warnings = context.warnings;
    rs.localizedPurposes = options.localizedPurposes;
    return rs;
}

} // namespace

RenderOptions withFelixConfiguration(
    const RenderOptions &options, const WorkspaceData &workspace, const QString &node)
{
    RenderOptions out = options;
    if (!options.useFelixConfiguration)
        return out;
    const auto overlay = [&](const FelixConfiguration &c) {
        if (c.failsafeInboundHostPorts) {
            if (auto ports = failsafePortsOf(*c.failsafeInboundHostPorts))
                out.failsafeInbound = std::move(*ports);
        }
        if (c.failsafeOutboundHostPorts) {
            if (auto ports = failsafePortsOf(*c.failsafeOutboundHostPorts))
                out.failsafeOutbound = std::move(*ports);
        }
        if (!c.defaultEndpointToHostAction.isEmpty())
            out.defaultEndpointToHostAction = c.defaultEndpointToHostAction.toUpper();
        if (!c.chainInsertMode.isEmpty())
            out.chainInsertAppend = c.chainInsertMode.compare(u"Append", Qt::CaseInsensitive) == 0;
        if (!c.logPrefix.isEmpty())
            out.logPrefix = c.logPrefix;
        if (c.iptablesMarkMask && *c.iptablesMarkMask > 0 && *c.iptablesMarkMask <= 0xffffffffLL)
            out.markMask = quint32(*c.iptablesMarkMask);
        if (!c.iptablesFilterDenyAction.isEmpty())
            out.denyAction = c.iptablesFilterDenyAction.toUpper();
    };
    for (const FelixConfiguration &c : workspace.felixConfigurations) {
        if (c.meta.name == u"default")
            overlay(c);
    }
    for (const FelixConfiguration &c : workspace.felixConfigurations) {
        if (!node.isEmpty() && felixConfigurationNode(c.meta.name) == node)
            overlay(c);
    }
    return out;
}

QString endpointInterfaceName(const PolicyEngine &engine, int object, const RenderOptions &options)
{
    const InventoryObject &obj = engine.inventory().object(object);
    const auto it = options.interfaceNames.constFind(obj.ref());
    if (it != options.interfaceNames.constEnd())
        return *it;
    if (obj.kind == ObjectKind::HostEndpoint) {
        for (const HostEndpoint &hep : engine.workspace()->hostEndpoints) {
            if (hep.meta.name == obj.name)
                return hep.interfaceName; // "*": every interface of the host
        }
        return QString();
    }
    return workloadInterfaceName(obj.namespace_, obj.name, options.interfacePrefix);
}

FelixRuleset renderNode(
    const PolicyEngine &engine, const QString &node, const RenderOptions &options)
{
    QList<int> local;
    const QList<InventoryObject> &objects = engine.inventory().objects();
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const InventoryObject &o = objects[i];
        if ((o.kind == ObjectKind::Pod || o.kind == ObjectKind::HostEndpoint) && o.node == node)
            local.append(int(i));
    }
    return renderRuleset(engine, options, local, node, QString());
}

Result<FelixRuleset> renderEndpoint(
    const PolicyEngine &engine, const QString &endpointRef, const RenderOptions &options)
{
    const Result<EndpointRef> ref = engine.resolve(endpointRef);
    if (!ref)
        return ref.error();
    if (!ref->isEndpoint())
        return Error {u"%1 is not an endpoint of the inventory"_s.arg(endpointRef)};
    const InventoryObject &obj = engine.inventory().object(ref->object);
    if (obj.kind != ObjectKind::Pod && obj.kind != ObjectKind::HostEndpoint)
        return Error {u"%1 is a workload template: only pods and host endpoints have "
                      "chains"_s.arg(endpointRef)};
    return renderRuleset(engine, options, {ref->object}, obj.node, obj.ref());
}

Dataplane renderDataplane(const PolicyEngine &engine, const RenderRequest &request)
{
    if (!request.dataplaneFromFelixConfiguration || !request.options.useFelixConfiguration)
        return request.dataplane;
    QString node = request.node;
    if (!request.endpoint.isEmpty()) {
        if (const Result<EndpointRef> ref = engine.resolve(request.endpoint);
            ref && ref->isEndpoint())
            node = engine.inventory().object(ref->object).node;
    }
    return engine.felixSettings(node).nftables ? Dataplane::Nftables : request.dataplane;
}

Result<FelixRuleset> render(const PolicyEngine &engine, const RenderRequest &request)
{
    RenderOptions options = request.options;
    options.nftables = renderDataplane(engine, request) == Dataplane::Nftables;
    if (!request.endpoint.isEmpty())
        return renderEndpoint(engine, request.endpoint, options);
    return renderNode(engine, request.node, options);
}

} // namespace ps
