#include "core/dataplane/traversalcost.h"

#include <algorithm>

#include <QHash>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/rulesetcost.h"
#include "core/dataplane/simulator.h"
#include "core/eval/nodelist.h"
#include "core/eval/policyengine.h"
#include "core/generate/generator.h"
#include "core/model/protocol.h"
#include "core/net/ipnetwork.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

using K = MatchCriterion::Kind;

// The criteria one member of a set stands for on the side `source`.
QList<MatchCriterion> memberCriteria(const QString &member, bool source, bool ipPort)
{
    MatchCriterion net;
    net.kind = source ? K::SourceNet : K::DestNet;
    if (!ipPort) {
        net.text = member;
        return {net};
    }
    // "10.0.0.1,tcp:8080": the address, the protocol and the port of the same side.
    const qsizetype comma = member.indexOf(u',');
    const qsizetype colon = member.lastIndexOf(u':');
    net.text = member.left(comma);
    MatchCriterion protocol;
    protocol.kind = K::Protocol;
    protocol.text = member.mid(comma + 1, colon - comma - 1);
    const ProtocolFacts *facts = protocolFacts(protocol.text, Qt::CaseInsensitive);
    protocol.number = facts ? facts->number : 0;
    const int port = member.mid(colon + 1).toInt();
    MatchCriterion ports;
    if (source) {
        ports.kind = K::SourcePorts;
        ports.ports = {{port, port}};
    } else {
        ports.kind = K::DestPort;
        ports.text = protocol.text;
        ports.number = port;
    }
    return {protocol, net, ports};
}

QList<FelixRule> flatRules(
    const FelixRule &rule, const QHash<QString, const IpSetDefinition *> &sets)
{
    QList<QList<MatchCriterion>> variants {{}};
    for (const MatchCriterion &m : rule.match) {
        const IpSetDefinition *set = (m.kind == K::SourceSet || m.kind == K::DestSet) && !m.negated
            ? sets.value(m.text)
            : nullptr;
        if (!set || set->members.isEmpty()) {
            for (QList<MatchCriterion> &v : variants)
                v.append(m);
            continue;
        }
        const bool ipPort = m.flags.contains(u',');
        QList<QList<MatchCriterion>> next;
        next.reserve(variants.size() * set->members.size());
        for (const QList<MatchCriterion> &v : std::as_const(variants)) {
            for (const QString &member : set->members)
                next.append(v + memberCriteria(member, m.kind == K::SourceSet, ipPort));
        }
        variants = std::move(next);
    }
    QList<FelixRule> out;
    out.reserve(variants.size());
    for (QList<MatchCriterion> &v : variants) {
        FelixRule r = rule;
        r.match = std::move(v);
        out.append(std::move(r));
    }
    return out;
}

struct Probe {
    QString interfaceName;
    IpAddress address;
};

} // namespace

FelixRuleset flatRendering(const FelixRuleset &ruleset)
{
    FelixRuleset flat = ruleset;
    QHash<QString, const IpSetDefinition *> sets;
    for (const IpSetDefinition &s : ruleset.ipsets)
        sets.insert(s.name, &s);
    const auto expand = [&](QList<FelixRule> &rules) {
        QList<FelixRule> out;
        out.reserve(rules.size());
        for (const FelixRule &r : std::as_const(rules))
            out.append(flatRules(r, sets));
        rules = std::move(out);
    };
    for (FelixChain &c : flat.chains)
        expand(c.rules);
    for (KernelHook &h : flat.hooks) {
        expand(h.inserted);
        expand(h.appended);
    }
    return flat;
}

TraversalCost traversalCost(const FelixRuleset &ruleset, int maxEndpoints)
{
    QList<const RenderedEndpoint *> endpoints;
    for (const RenderedEndpoint &e : ruleset.endpoints) {
        if (!e.hostEndpoint)
            endpoints.append(&e);
    }
    std::sort(endpoints.begin(), endpoints.end(),
        [](const auto *a, const auto *b) { return a->ref < b->ref; });
    QList<Probe> probes;
    // Evenly spread over the endpoints (by REF), so the sample spans the node's namespaces.
    const qsizetype take = std::min<qsizetype>(std::max(maxEndpoints, 0), endpoints.size());
    for (qsizetype i = 0; i < take; ++i) {
        const RenderedEndpoint *e = endpoints[i * endpoints.size() / take];
        for (const QString &text : e->addresses) {
            const auto net = IpNetwork::parseCidrOrIp(text);
            if (net && net->family() == ruleset.ipVersion) {
                probes.append({e->interfaceName, net->address()});
                break;
            }
        }
    }
    const FelixRuleset flat = flatRendering(ruleset);
    const Simulator felix(ruleset);
    const Simulator naive(flat);
    TraversalCost cost;
    qint64 sum = 0;
    qint64 flatSum = 0;
    for (const Probe &from : std::as_const(probes)) {
        for (const Probe &to : std::as_const(probes)) {
            if (&from == &to)
                continue;
            for (const int port : {8080, 1}) {
                SimPacket p;
                p.source = from.address;
                p.destination = to.address;
                p.protocol = 6;
                p.sourcePort = 40000;
                p.destinationPort = port;
                p.inInterface = from.interfaceName;
                p.outInterface = to.interfaceName;
                const int rules = felix.run(p).rulesTraversed;
                const int flatRules = naive.run(p).rulesTraversed;
                ++cost.packets;
                sum += rules;
                flatSum += flatRules;
                cost.max = std::max(cost.max, rules);
                cost.flatMax = std::max(cost.flatMax, flatRules);
            }
        }
    }
    if (cost.packets > 0) {
        cost.mean = double(sum) / cost.packets;
        cost.flatMean = double(flatSum) / cost.packets;
    }
    return cost;
}

GrowthPoint workspacePoint(const PolicyEngine &engine, int maxEndpoints)
{
    const NodeList nodes = NodeList::of(engine);
    GrowthPoint point;
    point.policies = int(engine.policies().size());
    qsizetype most = 0;
    for (const QString &node : nodes.nodesWithEndpoints) {
        const qsizetype count = nodes.endpointsOfNode.value(node).size();
        if (count > most) {
            most = count;
            point.node = node;
        }
    }
    if (point.node.isEmpty())
        return point;
    const FelixRuleset ruleset = renderNode(engine, point.node);
    const RulesetCost cost = rulesetCost(ruleset);
    point.rules = cost.rules;
    point.flatRules = cost.flatRules;
    point.traversed = traversalCost(ruleset, maxEndpoints);
    return point;
}

Result<QList<GrowthPoint>> traversalGrowth(const GrowthOptions &options)
{
    QList<GrowthPoint> points;
    for (const int policies : options.policies) {
        GeneratorOptions g;
        g.namespaces = options.namespaces;
        g.pods = options.pods;
        g.podsPerNode = std::clamp(options.pods, 1, 250); // one node holds them all
        g.hostEndpoints = 0;
        g.policies = policies;
        g.seed = options.seed;
        const Result<Workspace> workspace = Generator(g).generateWorkspace();
        if (!workspace)
            return workspace.error();
        const PolicyEngine engine(workspace.value());
        GrowthPoint point = workspacePoint(engine, options.maxEndpoints);
        point.policies = policies;
        points.append(point);
    }
    return points;
}

} // namespace ps
