#include "core/eval/portverdicts.h"

#include <algorithm>
#include <set>

#include "core/eval/policyengine.h"
#include "core/model/protocol.h"

namespace ps {

int PortVerdictGroup::portCount() const
{
    int count = 0;
    for (const auto &[first, last] : ranges)
        count += last - first + 1;
    return count;
}

namespace {

// A range [min, max] of ports is told apart at min and just after max.
void addRange(std::set<int> &cuts, int min, int max)
{
    cuts.insert(min);
    if (max < 65535)
        cuts.insert(max + 1);
}

void addPorts(std::set<int> &cuts, const QList<Port> &ports)
{
    for (const Port &port : ports) {
        if (!port.isNamed()) // named ports: every number they resolve to is added below
            addRange(cuts, port.min(), port.max());
    }
}

void addRules(std::set<int> &cuts, const QList<Rule> &rules)
{
    for (const Rule &rule : rules) {
        for (const EntityRule *side : {&rule.source, &rule.destination}) {
            addPorts(cuts, side->ports);
            addPorts(cuts, side->notPorts);
        }
    }
}

} // namespace

QList<int> portBoundaries(const PolicyEngine &engine)
{
    std::set<int> cuts {0};
    for (const CompiledPolicy &p : engine.policies()) {
        addRules(cuts, p.policy.ingress);
        addRules(cuts, p.policy.egress);
    }
    const Inventory &inventory = engine.inventory();
    for (const Profile &profile : inventory.profiles()) {
        addRules(cuts, profile.ingress);
        addRules(cuts, profile.egress);
    }
    for (const InventoryObject &o : inventory.objects()) {
        for (const NamedPort &np : o.namedPorts)
            addRange(cuts, np.port, np.port);
    }
    for (const ServiceMembers &service : inventory.services()) {
        for (const ServicePortKey &key : service.ports)
            addRange(cuts, key.port, key.port);
    }
    for (Direction direction : {Direction::Ingress, Direction::Egress}) {
        for (const auto &[protocol, port] : failsafeHostPorts(direction))
            addRange(cuts, port, port);
    }
    // The failsafe ports the FelixConfigurations set, on every node they apply to.
    QStringList nodes {QString()};
    for (const FelixConfiguration &c : engine.workspace()->felixConfigurations)
        nodes.append(felixConfigurationNode(c.meta.name));
    for (const QString &node : nodes) {
        const FelixSettings &s = engine.felixSettings(node);
        for (const FailsafePort &p : s.failsafeInbound + s.failsafeOutbound)
            addRange(cuts, p.port, p.port);
    }
    return {cuts.begin(), cuts.end()};
}

PortVerdicts verdictsByPort(const PolicyEngine &engine, const Flow &flow)
{
    PortVerdicts result;
    Flow probe = flow;
    const std::optional<int> protocol = parseProtocolNumber(flow.protocol);
    if (!protocol || !protocolCarriesPorts(*protocol)) {
        probe.port.reset();
        const FlowTrace trace = engine.trace(probe);
        if (!trace.ok())
            result.error = trace.error;
        else
            result.groups.append({trace.verdict, {{0, 65535}}});
        return result;
    }
    const QList<int> cuts = portBoundaries(engine);
    for (qsizetype i = 0; i < cuts.size(); ++i) {
        const int first = cuts[i];
        const int last = i + 1 < cuts.size() ? cuts[i + 1] - 1 : 65535;
        probe.port = first;
        const FlowTrace trace = engine.trace(probe);
        if (!trace.ok()) {
            result.error = trace.error;
            result.groups.clear();
            return result;
        }
        auto group = std::find_if(result.groups.begin(), result.groups.end(),
            [&](const PortVerdictGroup &g) { return g.verdict == trace.verdict; });
        if (group == result.groups.end()) {
            result.groups.append({trace.verdict, {}});
            group = result.groups.end() - 1;
        }
        if (!group->ranges.isEmpty() && group->ranges.last().second == first - 1)
            group->ranges.last().second = last;
        else
            group->ranges.append({first, last});
    }
    return result;
}

} // namespace ps
