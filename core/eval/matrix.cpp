#include "core/eval/matrix.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace ps {

std::optional<MatrixGrouping> matrixGroupingFromName(const QString &name)
{
    if (name == u"pod")
        return MatrixGrouping::Pod;
    if (name == u"workload")
        return MatrixGrouping::Workload;
    if (name == u"namespace")
        return MatrixGrouping::Namespace;
    if (name == u"serviceaccount")
        return MatrixGrouping::ServiceAccount;
    return std::nullopt;
}

QString matrixGroupingName(MatrixGrouping grouping)
{
    switch (grouping) {
    case MatrixGrouping::Pod:
        return QStringLiteral("pod");
    case MatrixGrouping::Workload:
        return QStringLiteral("workload");
    case MatrixGrouping::Namespace:
        return QStringLiteral("namespace");
    case MatrixGrouping::ServiceAccount:
        return QStringLiteral("serviceaccount");
    }
    return QString();
}

QString cellVerdictName(CellVerdict v)
{
    switch (v) {
    case CellVerdict::Allow:
        return QStringLiteral("allow");
    case CellVerdict::Deny:
        return QStringLiteral("deny");
    case CellVerdict::Partial:
        return QStringLiteral("partial");
    }
    return QString();
}

namespace {

void collectNets(const QList<CompiledRule> &rules, QList<IpNet> &out)
{
    for (const CompiledRule &r : rules) {
        for (const CompiledEntity *e : {&r.source, &r.destination}) {
            for (const QList<IpNet> *nets : {&e->nets, &e->notNets}) {
                for (const IpNet &n : *nets) {
                    if (!out.contains(n))
                        out.append(n);
                }
            }
        }
    }
}

} // namespace

QList<int> endpointClasses(const PolicyEngine &engine, const QList<int> &endpoints)
{
    const Inventory &inv = engine.inventory();
    QList<IpNet> nets;
    for (const CompiledPolicy &p : engine.policies()) {
        collectNets(p.ingress, nets);
        collectNets(p.egress, nets);
    }
    for (auto it = inv.profiles().cbegin(); it != inv.profiles().cend(); ++it) {
        // Profile rules are compiled by the engine too; their nets are rare, read them raw.
        for (const QList<Rule> *rules : {&it->ingress, &it->egress}) {
            for (const Rule &r : *rules) {
                for (const EntityRule *e : {&r.source, &r.destination}) {
                    for (const QStringList *list : {&e->nets, &e->notNets}) {
                        for (const QString &t : *list) {
                            if (const auto n = IpNet::parse(t); n && !nets.contains(*n))
                                nets.append(*n);
                        }
                    }
                }
            }
        }
    }
    QList<const ServiceMembers *> services;
    for (const Service &s : engine.workspace()->services) {
        const QString ns = s.meta.namespace_.isEmpty() ? QStringLiteral("default") : s.meta.namespace_;
        if (const ServiceMembers *m = inv.service(ns + u'/' + s.meta.name))
            services.append(m);
    }

    QHash<QString, int> ids;
    QList<int> out;
    out.reserve(endpoints.size());
    for (int id : endpoints) {
        const InventoryObject &o = inv.object(id);
        QString key = QString::number(int(o.kind)) + u'|';
        for (auto it = o.effectiveLabels.cbegin(); it != o.effectiveLabels.cend(); ++it)
            key += it.key() + u'=' + it.value() + u'\x1f';
        key += u'|' + o.profiles.join(u'\x1f') + u'|';
        for (const NamedPort &np : o.namedPorts)
            key += np.name + u'/' + QString::number(np.protocol) + u'/' + QString::number(np.port) + u'\x1f';
        key += u'|';
        // The address a packet would use: the first one (families are kept apart by the key).
        if (!o.addresses.isEmpty()) {
            const IpAddr &a = o.addresses.first();
            key += QString::number(a.family()) + u'|';
            for (int other : inv.objectsAt(a)) {
                if (other != id)
                    key += QString::number(other) + u',';
            }
            key += u'|';
            for (const IpNet &n : nets)
                key += n.contains(a) ? u'1' : u'0';
            key += u'|';
            for (const ServiceMembers *svc : services) {
                if (!svc->addresses.contains(a))
                    continue;
                key += svc->key + u':';
                QList<QPair<int, int>> ports;
                for (const ServicePortKey &k : svc->ports) {
                    if (k.address == a)
                        ports.append({k.protocol, k.port});
                }
                std::sort(ports.begin(), ports.end());
                for (const auto &p : ports)
                    key += QString::number(p.first) + u'/' + QString::number(p.second) + u',';
                key += u';';
            }
        } else {
            key += QStringLiteral("noaddr");
        }
        const auto it = ids.constFind(key);
        if (it != ids.constEnd()) {
            out.append(*it);
        } else {
            const int cls = int(ids.size());
            ids.insert(key, cls);
            out.append(cls);
        }
    }
    return out;
}

ConnectivityMatrix computeMatrix(const PolicyEngine &engine, MatrixGrouping by, const QString &protocol,
                                 std::optional<int> port)
{
    ConnectivityMatrix m;
    m.by = by;
    m.protocol = protocol;
    m.port = port;
    const Inventory &inv = engine.inventory();
    const QList<InventoryObject> &objects = inv.objects();

    // Groups.
    QHash<QString, int> groupIndex;
    const auto addTo = [&](const QString &name, int id) {
        auto it = groupIndex.constFind(name);
        if (it == groupIndex.constEnd()) {
            it = groupIndex.insert(name, int(m.groups.size()));
            m.groups.append({name, {}});
        }
        m.groups[*it].members.append(id);
    };
    // Workload templates by namespace, with the labels their pods carry.
    struct Template {
        int id;
        Labels labels;
    };
    QHash<QString, QList<Template>> templatesByNamespace;
    QList<int> templates;
    QSet<int> seenTemplates;
    for (const WorkloadTemplate &w : engine.workspace()->workloads) {
        const QString ns = w.meta.namespace_.isEmpty() ? QStringLiteral("default") : w.meta.namespace_;
        const int id = inv.findWorkload(ns, w.meta.name);
        if (id < 0 || seenTemplates.contains(id))
            continue;
        seenTemplates.insert(id);
        templates.append(id);
        if (!w.templateLabels.isEmpty())
            templatesByNamespace[ns].append({id, w.templateLabels});
    }
    QSet<int> templatesWithPods;
    for (qsizetype id = 0; id < objects.size(); ++id) {
        const InventoryObject &o = objects[id];
        if (o.kind == ObjectKind::HostEndpoint) {
            addTo(o.ref(), int(id));
            continue;
        }
        if (o.kind != ObjectKind::Pod)
            continue;
        switch (by) {
        case MatrixGrouping::Pod:
            addTo(o.ref(), int(id));
            break;
        case MatrixGrouping::Namespace:
            addTo(o.namespace_, int(id));
            break;
        case MatrixGrouping::ServiceAccount:
            addTo(o.namespace_ + u'/' + (o.serviceAccount.isEmpty() ? QStringLiteral("default") : o.serviceAccount), int(id));
            break;
        case MatrixGrouping::Workload: {
            // No owner references in the inventory: a pod belongs to the first template of its
            // namespace whose template labels it carries.
            QString owner;
            for (const Template &t : templatesByNamespace.value(o.namespace_)) {
                bool carries = true;
                for (auto it = t.labels.cbegin(); it != t.labels.cend() && carries; ++it)
                    carries = o.labels.contains(it.key()) && o.labels.value(it.key()) == it.value();
                if (carries) {
                    owner = objects[t.id].ref();
                    templatesWithPods.insert(t.id);
                    break;
                }
            }
            addTo(owner.isEmpty() ? o.ref() : owner, int(id));
            break;
        }
        }
    }
    if (by == MatrixGrouping::Workload) {
        for (int t : templates) {
            if (!templatesWithPods.contains(t))
                addTo(objects[t].ref(), t);
        }
    }
    std::sort(m.groups.begin(), m.groups.end(), [](const MatrixGroup &a, const MatrixGroup &b) { return a.name < b.name; });

    // Classes within groups: (group, class) pairs with their sizes.
    QList<int> all;
    for (const MatrixGroup &g : m.groups)
        all.append(g.members);
    const QList<int> cls = endpointClasses(engine, all);
    QHash<int, int> classOf;
    QHash<int, int> representative;
    for (qsizetype i = 0; i < all.size(); ++i) {
        classOf.insert(all[i], cls[i]);
        if (!representative.contains(cls[i]))
            representative.insert(cls[i], all[i]);
    }
    m.classes = int(representative.size());
    struct Part {
        int cls;
        qint64 count;
    };
    QList<QList<Part>> parts;
    for (const MatrixGroup &g : m.groups) {
        QHash<int, qint64> counts;
        QList<int> order;
        for (int id : g.members) {
            const int c = classOf.value(id);
            if (!counts.contains(c))
                order.append(c);
            counts[c] += 1;
        }
        QList<Part> p;
        for (int c : order)
            p.append({c, counts.value(c)});
        parts.append(p);
    }

    Flow probe;
    probe.protocol = protocol;
    probe.port = port;
    const std::optional<int> protocolNumber = parseFlowProtocol(protocol);
    // Each class's side of a packet, computed once (address, objects it belongs to).
    QHash<int, PacketPeer> peers;
    for (auto it = representative.cbegin(); it != representative.cend(); ++it) {
        const InventoryObject &o = objects[it.value()];
        PacketPeer peer;
        peer.object = it.value();
        if (!o.addresses.isEmpty()) {
            peer.address = o.addresses.first();
            peer.members = inv.objectsAt(*peer.address);
        } else {
            peer.members = {it.value()};
        }
        peers.insert(it.key(), peer);
    }
    QHash<qint64, bool> verdicts;
    const auto allowed = [&](int fromClass, int toClass) {
        const qint64 key = (qint64(fromClass) << 32) | quint32(toClass);
        const auto it = verdicts.constFind(key);
        if (it != verdicts.constEnd())
            return *it;
        ++m.evaluations;
        const PacketPeer &src = peers[fromClass];
        const PacketPeer &dst = peers[toClass];
        bool ok = false;
        if (protocolNumber && (!src.address || !dst.address || src.address->family() == dst.address->family())) {
            Packet pkt;
            pkt.family = src.address ? src.address->family() : (dst.address ? dst.address->family() : 4);
            pkt.protocol = *protocolNumber;
            pkt.destinationPort = port;
            pkt.source = src;
            pkt.destination = dst;
            ok = engine.verdict(pkt) == Verdict::Allow;
        } else {
            // Mixed families: let the engine pick addresses of a common family.
            const int a = representative.value(fromClass);
            const int b = representative.value(toClass);
            const Result<Packet> pkt = engine.packet(EndpointRef{a, std::nullopt, objects[a].ref(), QString()},
                                                     EndpointRef{b, std::nullopt, objects[b].ref(), QString()}, probe);
            ok = pkt.ok() && engine.verdict(pkt.value()) == Verdict::Allow;
        }
        verdicts.insert(key, ok);
        return ok;
    };
    m.cells.resize(m.groups.size());
    for (qsizetype i = 0; i < m.groups.size(); ++i) {
        m.cells[i].resize(m.groups.size());
        for (qsizetype j = 0; j < m.groups.size(); ++j) {
            MatrixCell &cell = m.cells[i][j];
            for (const Part &a : parts[i]) {
                for (const Part &b : parts[j]) {
                    const qint64 pairs = a.count * b.count;
                    cell.pairs += pairs;
                    if (allowed(a.cls, b.cls))
                        cell.allowedPairs += pairs;
                }
            }
            cell.verdict = cell.allowedPairs == cell.pairs ? CellVerdict::Allow
                : cell.allowedPairs == 0                   ? CellVerdict::Deny
                                                           : CellVerdict::Partial;
        }
    }
    return m;
}

namespace {

QString mark(const MatrixCell &c)
{
    switch (c.verdict) {
    case CellVerdict::Allow:
        return QStringLiteral("A");
    case CellVerdict::Deny:
        return QStringLiteral("-");
    case CellVerdict::Partial:
        return QStringLiteral("P");
    }
    return QString();
}

QString probeText(const ConnectivityMatrix &m)
{
    return m.port ? m.protocol + u'/' + QString::number(*m.port) : m.protocol;
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    QString q = s;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

} // namespace

QString matrixToText(const ConnectivityMatrix &m)
{
    QString out = QCoreApplication::translate("Matrix", "%1 by %2 (rows: from, columns: to; A allow, - deny, P partial)\n")
                      .arg(probeText(m), matrixGroupingName(m.by));
    qsizetype width = 0;
    for (const MatrixGroup &g : m.groups)
        width = std::max(width, g.name.size());
    for (qsizetype j = 0; j < m.groups.size(); ++j)
        out += QString(width + 2, u' ') + QStringLiteral("%1 %2\n").arg(j + 1, 3).arg(m.groups[j].name);
    out += QString(width + 2, u' ');
    for (qsizetype j = 0; j < m.groups.size(); ++j)
        out += QStringLiteral("%1").arg(j + 1, 3);
    out += u'\n';
    for (qsizetype i = 0; i < m.groups.size(); ++i) {
        out += m.groups[i].name.leftJustified(width + 2);
        for (qsizetype j = 0; j < m.groups.size(); ++j)
            out += QStringLiteral("%1").arg(mark(m.cells[i][j]), 3);
        out += u'\n';
    }
    return out;
}

QString matrixToCsv(const ConnectivityMatrix &m)
{
    QString out = QStringLiteral("from\\to");
    for (const MatrixGroup &g : m.groups)
        out += u',' + csvField(g.name);
    out += u'\n';
    for (qsizetype i = 0; i < m.groups.size(); ++i) {
        out += csvField(m.groups[i].name);
        for (qsizetype j = 0; j < m.groups.size(); ++j)
            out += u',' + cellVerdictName(m.cells[i][j].verdict);
        out += u'\n';
    }
    return out;
}

QString matrixToMarkdown(const ConnectivityMatrix &m)
{
    QString out = QStringLiteral("| from \\ to |");
    for (const MatrixGroup &g : m.groups)
        out += u' ' + g.name + QStringLiteral(" |");
    out += QStringLiteral("\n|---|");
    for (qsizetype j = 0; j < m.groups.size(); ++j)
        out += QStringLiteral("---|");
    out += u'\n';
    for (qsizetype i = 0; i < m.groups.size(); ++i) {
        out += QStringLiteral("| ") + m.groups[i].name + QStringLiteral(" |");
        for (qsizetype j = 0; j < m.groups.size(); ++j)
            out += u' ' + cellVerdictName(m.cells[i][j].verdict) + QStringLiteral(" |");
        out += u'\n';
    }
    return out;
}

QString matrixToDot(const ConnectivityMatrix &m)
{
    const auto quoted = [](QString s) {
        s.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
        s.replace(QStringLiteral("\""), QStringLiteral("\\\""));
        return u'"' + s + u'"';
    };
    QString out = QStringLiteral("digraph connectivity {\n  label=%1;\n  node [shape=box];\n").arg(quoted(probeText(m)));
    for (const MatrixGroup &g : m.groups)
        out += QStringLiteral("  %1;\n").arg(quoted(g.name));
    for (qsizetype i = 0; i < m.groups.size(); ++i) {
        for (qsizetype j = 0; j < m.groups.size(); ++j) {
            const MatrixCell &c = m.cells[i][j];
            if (c.verdict == CellVerdict::Deny)
                continue;
            out += QStringLiteral("  %1 -> %2%3;\n")
                       .arg(quoted(m.groups[i].name), quoted(m.groups[j].name),
                            c.verdict == CellVerdict::Partial ? QStringLiteral(" [style=dashed]") : QString());
        }
    }
    out += QStringLiteral("}\n");
    return out;
}

QByteArray matrixToJson(const ConnectivityMatrix &m)
{
    JsonWriter w;
    w.beginObject();
    w.field("by", matrixGroupingName(m.by));
    w.field("protocol", m.protocol);
    if (m.port)
        w.field("port", *m.port);
    w.beginArray("groups");
    for (const MatrixGroup &g : m.groups) {
        w.beginObject();
        w.field("name", g.name);
        w.field("endpoints", int(g.members.size()));
        w.endObject();
    }
    w.endArray();
    w.beginArray("cells");
    for (qsizetype i = 0; i < m.groups.size(); ++i) {
        w.beginArray();
        for (qsizetype j = 0; j < m.groups.size(); ++j)
            w.value(cellVerdictName(m.cells[i][j].verdict));
        w.endArray();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

} // namespace ps
