#include "core/graph/graphpieces_p.h"

#include <QCoreApplication>

#include "core/model/protocol.h"

namespace ps::graphpieces {

int orderOf(int key)
{
    return key == kOtherProtocols ? 1000 : key;
}

bool hasRanges(int key)
{
    return key != kOtherProtocols && (protocolCarriesPorts(key) || protocolIcmpFamily(key) != 0);
}

PortRange domainOf(int key)
{
    if (!hasRanges(key))
        return {0, 0};
    return {0, protocolIcmpFamily(key) != 0 ? 255 : 65535};
}

Flow flowOf(int key, int number, const PortRange &range)
{
    Flow f;
    f.protocol = QString::number(key == kOtherProtocols ? number : key);
    if (hasRanges(key) && protocolIcmpFamily(key) != 0)
        f.icmpType = range.first;
    else if (hasRanges(key))
        f.port = range.first;
    return f;
}

std::optional<Flow> witness(const PolicyEngine &engine, const GraphNode &from, const GraphNode &to,
    Flow flow, Verdict wanted)
{
    for (qsizetype i = 0; i < from.peers.size(); ++i) {
        for (qsizetype j = 0; j < to.peers.size(); ++j) {
            flow.from = from.peerRefs[i];
            flow.to = to.peerRefs[j];
            const Result<Packet> pkt = engine.packet(flow);
            if (pkt.ok() && engine.verdict(pkt.value()) == wanted)
                return flow;
        }
    }
    return std::nullopt;
}

std::optional<TraceStep> decidingStep(const DirectionTrace &t)
{
    for (auto it = t.steps.crbegin(); it != t.steps.crend(); ++it) {
        if (it->action != u"log" && !it->action.startsWith(QStringLiteral("would-")))
            return *it;
    }
    return std::nullopt;
}

GraphChangeReason explain(
    const PolicyEngine &oldEngine, const PolicyEngine &newEngine, const Flow &flow, bool allowedNow)
{
    GraphChangeReason r;
    r.allowedNow = allowedNow;
    r.flow = flow;
    const FlowTrace now = newEngine.trace(flow);
    if (!now.ok()) {
        r.note = QCoreApplication::translate("GraphDiff", "not in the new workspace: %1")
                     .arg(now.error);
        return r;
    }
    const FlowTrace before = oldEngine.trace(flow);
    const struct {
        const char *name;
        const DirectionTrace *now;
        const DirectionTrace *before;
    } sides[]
        = {{"egress", &now.egress, &before.egress}, {"ingress", &now.ingress, &before.ingress}};
    const Verdict wanted = allowedNow ? Verdict::Allow : Verdict::Deny;
    // The side whose verdict changed the way the flow did; else the first side that decides it so.
    const auto pick = [&](bool changedOnly) {
        for (const auto &side : sides) {
            if (!side.now->isEndpoint || side.now->verdict != wanted)
                continue;
            if (changedOnly && before.ok() && side.before->isEndpoint
                && side.before->verdict == wanted)
                continue;
            if (const std::optional<TraceStep> step = decidingStep(*side.now)) {
                r.direction = QString::fromLatin1(side.name);
                r.step = *step;
                if (before.ok() && side.before->isEndpoint)
                    r.previous = decidingStep(*side.before);
                return true;
            }
        }
        return false;
    };
    if (!pick(true) && !pick(false))
        r.note = QCoreApplication::translate("GraphDiff", "no policy decides it on either side");
    return r;
}

Connections connectionsOf(
    const std::vector<quint64> &bits, const QList<GraphProbe> &probes, bool canBeAll)
{
    const auto has = [&](qsizetype p) { return (bits[size_t(p) / 64] >> (p % 64)) & 1U; };
    Connections c;
    bool every = canBeAll;
    for (qsizetype p = 0; p < probes.size() && every; ++p)
        every = has(p);
    if (every) {
        c.all = true;
        return c;
    }
    for (qsizetype p = 0; p < probes.size(); ++p) {
        if (!has(p))
            continue;
        const GraphProbe &probe = probes[p];
        if (c.protocols.isEmpty() || c.protocols.last().protocol != probe.protocol)
            c.protocols.append(ProtocolConnections {probe.protocol, {}});
        if (!probe.range)
            continue;
        QList<PortRange> &ranges = c.protocols.last().ranges;
        if (!ranges.isEmpty() && ranges.last().last + 1 == probe.range->first)
            ranges.last().last = probe.range->last;
        else
            ranges.append(*probe.range);
    }
    return c;
}

void addProbes(
    std::vector<quint64> &bits, const Connections &connections, const QList<GraphProbe> &probes)
{
    bits.resize((size_t(probes.size()) + 63) / 64, 0);
    for (qsizetype p = 0; p < probes.size(); ++p) {
        const GraphProbe &probe = probes[p];
        if (connections.all
            || connections.holds(probe.protocol,
                probe.range ? std::optional<int>(probe.range->first) : std::nullopt))
            bits[size_t(p) / 64] |= quint64(1) << (p % 64);
    }
}

} // namespace ps::graphpieces
