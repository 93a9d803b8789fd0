#include "core/eval/semanticdiff.h"

#include <algorithm>
#include <tuple>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "core/eval/matrix.h"
#include "core/eval/outsideranges.h"
#include "core/model/protocol.h"

namespace ps {

namespace {

QString policyKey(const CompiledPolicy &p)
{
    return p.kindName + u'/' + p.displayName;
}

QStringList changedFields(const CalicoPolicy &a, const CalicoPolicy &b)
{
    QStringList f;
    const auto check = [&](bool same, const char *name) {
        if (!same)
            f.append(QString::fromLatin1(name));
    };
    check(a.tier == b.tier, "tier");
    check(a.order == b.order, "order");
    check(a.selector == b.selector, "selector");
    check(a.namespaceSelector == b.namespaceSelector, "namespaceSelector");
    check(a.serviceAccountSelector == b.serviceAccountSelector, "serviceAccountSelector");
    check(a.types == b.types, "types");
    check(a.ingress == b.ingress, "ingress");
    check(a.egress == b.egress, "egress");
    check(a.doNotTrack == b.doNotTrack && a.preDNAT == b.preDNAT
            && a.applyOnForward == b.applyOnForward,
        "flags");
    check(a.stagedAction == b.stagedAction, "stagedAction");
    check(a.meta.labels == b.meta.labels && a.meta.annotations == b.meta.annotations, "metadata");
    return f;
}

void addProbes(const PolicyEngine &engine, QSet<QPair<int, int>> &out)
{
    for (const CompiledPolicy &p : engine.policies()) {
        for (const QList<CompiledRule> *rules : {&p.ingress, &p.egress}) {
            for (const CompiledRule &r : *rules) {
                const QList<int> protocols
                    = r.protocol ? QList<int> {*r.protocol} : QList<int> {6, 17};
                for (const Port &port : r.destination.ports + r.destination.notPorts) {
                    if (port.isNamed())
                        continue;
                    for (int proto : protocols) {
                        out.insert({proto, port.min()});
                        out.insert({proto, port.max()});
                    }
                }
            }
        }
    }
    for (const InventoryObject &o : engine.inventory().objects()) {
        for (const NamedPort &np : o.namedPorts)
            out.insert({np.protocol, np.port});
    }
}

} // namespace

QList<DiffProbe> defaultDiffProbes(const PolicyEngine &before, const PolicyEngine &after)
{
    QSet<QPair<int, int>> set;
    addProbes(before, set);
    addProbes(after, set);
    QList<QPair<int, int>> sorted(set.begin(), set.end());
    std::sort(sorted.begin(), sorted.end());
    QList<DiffProbe> probes;
    for (const auto &p : sorted)
        probes.append({protocolDisplayName(p.first), p.second});
    // A port no rule names, so changes of "any port" rules show too.
    probes.append({QStringLiteral("TCP"), 65000});
    return probes;
}

SemanticDiff semanticDiff(
    const PolicyEngine &before, const PolicyEngine &after, const DiffOptions &options)
{
    SemanticDiff diff;
    QHash<QString, const CompiledPolicy *> old;
    for (const CompiledPolicy &p : before.policies())
        old.insert(policyKey(p), &p);
    QSet<QString> seen;
    for (const CompiledPolicy &p : after.policies()) {
        const QString key = policyKey(p);
        seen.insert(key);
        const CompiledPolicy *o = old.value(key);
        if (!o)
            diff.policies.append({PolicyChange::Type::Added, p.kindName, p.displayName, {}});
        else if (!(o->policy == p.policy))
            diff.policies.append({PolicyChange::Type::Changed, p.kindName, p.displayName,
                changedFields(o->policy, p.policy)});
    }
    for (const CompiledPolicy &p : before.policies()) {
        if (!seen.contains(policyKey(p)))
            diff.policies.append({PolicyChange::Type::Removed, p.kindName, p.displayName, {}});
    }

    // Endpoints in both inventories, classed on both sides at once.
    QList<int> idsBefore, idsAfter;
    const QList<InventoryObject> &objects = after.inventory().objects();
    for (qsizetype id = 0; id < objects.size(); ++id) {
        if (!objects[id].isEndpoint())
            continue;
        const EndpointRef r = before.resolve(objects[id].ref()).value_or(EndpointRef {});
        if (!r.isEndpoint() || before.inventory().object(r.object).kind != objects[id].kind)
            continue;
        idsAfter.append(int(id));
        idsBefore.append(r.object);
    }
    const QList<int> clsBefore = endpointClasses(before, idsBefore);
    const QList<int> clsAfter = endpointClasses(after, idsAfter);
    QHash<qint64, int> joint;
    QList<int> repIndex; // index into ids*
    QList<qint64> counts;
    for (qsizetype i = 0; i < idsAfter.size(); ++i) {
        const qint64 key = (qint64(clsBefore[i]) << 32) | quint32(clsAfter[i]);
        auto it = joint.constFind(key);
        if (it == joint.constEnd()) {
            it = joint.insert(key, int(repIndex.size()));
            repIndex.append(int(i));
            counts.append(0);
        }
        counts[*it] += 1;
    }
    const QList<DiffProbe> probes
        = options.probes.isEmpty() ? defaultDiffProbes(before, after) : options.probes;
    // Sides of packets: a representative of each class, then one address of each outside range
    // either workspace tells apart (cut at both workspaces' CIDRs, free in both), so that a
    // change to traffic with the outside world shows too.
    QList<PacketPeer> peersBefore;
    QList<PacketPeer> peersAfter;
    QStringList names;
    for (int r : repIndex) {
        peersBefore.append(endpointPeer(before.inventory(), idsBefore[r]));
        peersAfter.append(endpointPeer(after.inventory(), idsAfter[r]));
        names.append(objects[idsAfter[r]].ref());
    }
    const int classCount = int(repIndex.size());
    QList<IpAddress> endpointsBefore;
    for (const InventoryObject &o : before.inventory().objects()) {
        if (o.isEndpoint())
            endpointsBefore += o.addresses;
    }
    for (const OutsideRange &range : outsideRanges(after, outsideCuts(before), endpointsBefore)) {
        for (const IpAddress &a : range.addresses) {
            peersBefore.append(outsidePeer(before.inventory(), a));
            peersAfter.append(outsidePeer(after.inventory(), a));
            names.append(a.toString());
        }
    }
    const int sides = int(names.size());
    // Per probe, the verdicts of every pair of classes on both sides (PairVerdicts); the first
    // maxFlows changes of each probe in (from, to) order are enough to list the first maxFlows
    // changes in (from, to, probe) order.
    struct Change {
        int from;
        int to;
        int probe;
        Verdict before;
        Verdict after;
    };
    // A class's pairs with itself: its pods to themselves never change (no policy sees them,
    // PolicyEngine::isToItself), so only pairs of two distinct members count. An outside side
    // counts once; two outside sides make no pair (no policy between them).
    const auto pairsOf = [&](int i, int j) -> qint64 {
        if (i >= classCount && j >= classCount)
            return 0;
        if (i >= classCount || j >= classCount)
            return counts[std::min(i, j)];
        const qint64 all = counts[i] * counts[j];
        return i == j && objects[idsAfter[repIndex[i]]].kind == ObjectKind::Pod ? all - counts[i]
                                                                                : all;
    };
    QList<Change> changes;
    bool more = false;
    for (qsizetype p = 0; p < probes.size(); ++p) {
        const MatrixProbe probe {parseProtocolNumber(probes[p].protocol), probes[p].port, {}};
        const PairVerdicts vb(before, peersBefore, probe);
        const PairVerdicts va(after, peersAfter, probe);
        int found = 0;
        for (int i = 0; i < sides && found <= options.maxFlows; ++i) {
            for (int j = 0; j < sides && found <= options.maxFlows; ++j) {
                if (pairsOf(i, j) == 0)
                    continue;
                const bool b = vb.allowed(i, j);
                const bool a = va.allowed(i, j);
                if (a == b)
                    continue;
                ++found;
                changes.append({i, j, int(p), b ? Verdict::Allow : Verdict::Deny,
                    a ? Verdict::Allow : Verdict::Deny});
            }
        }
    }
    std::sort(changes.begin(), changes.end(), [](const Change &x, const Change &y) {
        return std::tie(x.from, x.to, x.probe) < std::tie(y.from, y.to, y.probe);
    });
    if (changes.size() > options.maxFlows) {
        more = true;
        changes.resize(options.maxFlows);
    }
    for (const Change &c : changes) {
        const DiffProbe &probe = probes[c.probe];
        diff.flows.append({names[c.from], names[c.to], probe.protocol, probe.port, c.before,
            c.after, pairsOf(c.from, c.to)});
    }
    diff.flowsTruncated = more;
    return diff;
}

} // namespace ps
