#include "core/eval/outsideranges.h"

#include <algorithm>
#include <compare>
#include <vector>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "core/eval/compiledrules.h"

namespace ps {

namespace {

// 128-bit address arithmetic over IpAddress's mapped form.
struct Bits128 {
    quint64 hi = 0;
    quint64 lo = 0;
    friend auto operator<=>(const Bits128 &, const Bits128 &) = default;
    friend bool operator==(const Bits128 &, const Bits128 &) = default;
};

Bits128 bitsOf(const IpAddress &a)
{
    return {a.hi(), a.lo()};
}

Bits128 lastOf(const IpNetwork &n)
{
    Bits128 b = bitsOf(n.networkAddress());
    const int bits = n.prefixLength() + (n.family() == 4 ? 96 : 0);
    if (bits >= 64) {
        b.lo |= bits == 128 ? 0 : ~quint64(0) >> (bits - 64);
    } else {
        b.hi |= ~quint64(0) >> bits;
        b.lo = ~quint64(0);
    }
    return b;
}

struct Interval {
    Bits128 first;
    Bits128 last;
};

// The first address of [first, last] outside every interval of `taken` (sorted by first).
std::optional<Bits128> firstFree(Bits128 first, Bits128 last, const std::vector<Interval> &taken)
{
    Bits128 candidate = first;
    for (const Interval &iv : taken) {
        if (iv.last < candidate)
            continue;
        if (candidate < iv.first)
            break;
        if (iv.last >= last)
            return std::nullopt;
        candidate = iv.last;
        if (++candidate.lo == 0)
            ++candidate.hi;
    }
    return candidate <= last ? std::optional(candidate) : std::nullopt;
}

} // namespace

QList<OutsideRange> outsideRanges(const PolicyEngine &engine, const QList<IpNetwork> &extraCuts,
    const QList<IpAddress> &alsoTaken)
{
    const Inventory &inv = engine.inventory();
    QHash<QString, IpNetwork> nets;
    const auto addNets = [&](const QList<IpNetwork> &list) {
        for (const IpNetwork &n : list)
            nets.insert(n.toString(), n);
    };
    addNets(extraCuts);
    // A `services:` peer picks out its Service's endpoint addresses, which may lie outside
    // every endpoint of the inventory (the API server's): each is a range of its own.
    QSet<QString> services;
    forEachCompiledRule(engine, [&](const CompiledRule &r) {
        addNets(r.source.nets);
        addNets(r.source.notNets);
        addNets(r.destination.nets);
        addNets(r.destination.notNets);
        for (const CompiledEntity *e : {&r.source, &r.destination}) {
            if (e->hasService)
                services.insert(e->serviceKey);
        }
    });
    for (const QString &key : std::as_const(services)) {
        if (const ServiceMembers *m = inv.service(key)) {
            for (const IpAddress &a : m->addresses) {
                const IpNetwork host(a, a.family() == 4 ? 32 : 128);
                nets.insert(host.toString(), host);
            }
        }
    }
    QHash<QString, int> owner; // net -> the first network set holding it
    QList<OutsideRange> out;
    QHash<int, int> nodeOfSet; // network set object -> index into out
    const QList<InventoryObject> &objects = inv.objects();
    std::vector<Bits128> endpointAddresses[2];
    for (qsizetype id = 0; id < objects.size(); ++id) {
        const InventoryObject &o = objects[id];
        if (o.isEndpoint()) {
            for (const IpAddress &a : o.addresses)
                endpointAddresses[a.family() == 4 ? 0 : 1].push_back(bitsOf(a));
            continue;
        }
        if (o.kind != ObjectKind::NetworkSet && o.kind != ObjectKind::GlobalNetworkSet)
            continue;
        addNets(o.nets);
        OutsideRange n;
        n.id = o.ref();
        n.isNetworkSet = true;
        n.name = o.name;
        n.namespace_ = o.kind == ObjectKind::NetworkSet ? o.namespace_ : QString();
        for (const IpNetwork &net : o.nets) {
            n.cidrs.append(net.toString());
            if (!owner.contains(net.toString()))
                owner.insert(net.toString(), int(id));
        }
        nodeOfSet.insert(int(id), int(out.size()));
        out.append(n);
    }
    std::vector<Bits128> takenAddresses[2] = {endpointAddresses[0], endpointAddresses[1]};
    for (const IpAddress &a : alsoTaken)
        takenAddresses[a.family() == 4 ? 0 : 1].push_back(bitsOf(a));
    for (std::vector<Bits128> &list : takenAddresses) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }

    QList<OutsideRange> ranges;
    for (const int family : {4, 6}) {
        const int fi = family == 4 ? 0 : 1;
        if (endpointAddresses[fi].empty())
            continue; // no endpoint can talk to that family
        std::vector<IpNetwork> list;
        for (const IpNetwork &n : nets) {
            if (n.family() == family && !n.isCatchAll())
                list.push_back(n);
        }
        std::sort(list.begin(), list.end(), [](const IpNetwork &a, const IpNetwork &b) {
            return std::pair {bitsOf(a.networkAddress()), a.prefixLength()}
            < std::pair {bitsOf(b.networkAddress()), b.prefixLength()};
        });
        // Parents: the smallest listed net around each (CIDRs nest or are disjoint).
        std::vector<int> parent(list.size(), -1);
        std::vector<int> open;
        for (size_t i = 0; i < list.size(); ++i) {
            while (!open.empty()
                && lastOf(list[size_t(open.back())]) < bitsOf(list[i].networkAddress()))
                open.pop_back();
            parent[i] = open.empty() ? -1 : open.back();
            open.push_back(int(i));
        }
        const IpNetwork root
            = family == 4 ? *IpNetwork::parseCidr(u"0.0.0.0/0") : *IpNetwork::parseCidr(u"::/0");
        for (int i = -1; i < int(list.size()); ++i) {
            const IpNetwork &net = i < 0 ? root : list[size_t(i)];
            const Bits128 first = bitsOf(net.networkAddress());
            const Bits128 last = lastOf(net);
            std::vector<Interval> taken;
            for (size_t c = 0; c < list.size(); ++c) {
                if (parent[c] == i)
                    taken.push_back({bitsOf(list[c].networkAddress()), lastOf(list[c])});
            }
            if (family == 6) // IPv4-mapped addresses are IPv4's
                taken.push_back({{0, 0xffff00000000ULL}, {0, 0xffffffffffffULL}});
            const std::vector<Bits128> &addresses = takenAddresses[fi];
            for (auto it = std::lower_bound(addresses.begin(), addresses.end(), first);
                 it != addresses.end() && *it <= last; ++it)
                taken.push_back({*it, *it});
            std::sort(taken.begin(), taken.end(),
                [](const Interval &a, const Interval &b) { return a.first < b.first; });
            const std::optional<Bits128> free = firstFree(first, last, taken);
            const QString key = net.toString();
            const auto setIt = owner.constFind(key);
            if (setIt != owner.constEnd()) {
                if (free)
                    out[nodeOfSet.value(*setIt)].addresses.append(
                        IpAddress::v6(free->hi, free->lo));
                continue;
            }
            if (!free)
                continue;
            OutsideRange n;
            n.id = key;
            n.name = i >= 0   ? key
                : family == 4 ? QCoreApplication::translate("FlowGraph", "any other IPv4 address")
                              : QCoreApplication::translate("FlowGraph", "any other IPv6 address");
            n.cidrs = {key};
            n.addresses = {IpAddress::v6(free->hi, free->lo)};
            ranges.append(n);
        }
    }
    // Network sets, then ranges (roots last), each in a stable order.
    std::stable_sort(out.begin(), out.end(),
        [](const OutsideRange &a, const OutsideRange &b) { return a.id < b.id; });
    std::stable_sort(
        ranges.begin(), ranges.end(), [](const OutsideRange &a, const OutsideRange &b) {
            const bool ra = a.id.endsWith(QStringLiteral("/0"));
            const bool rb = b.id.endsWith(QStringLiteral("/0"));
            return ra != rb ? rb : false;
        });
    out.append(ranges);
    return out;
}

QList<IpNetwork> outsideCuts(const PolicyEngine &engine)
{
    QList<IpNetwork> cuts;
    for (const OutsideRange &range : outsideRanges(engine)) {
        for (const QString &cidr : range.cidrs) {
            if (const std::optional<IpNetwork> net = IpNetwork::parseCidr(cidr);
                net && !net->isCatchAll())
                cuts.append(*net);
        }
    }
    return cuts;
}

} // namespace ps
