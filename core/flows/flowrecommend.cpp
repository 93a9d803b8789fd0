#include "core/flows/flowrecommend.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "core/model/builtintier.h"
#include "core/model/protocol.h"
#include "core/selector/selector.h"

namespace ps {

namespace {

struct RecommendWords {
    Q_DECLARE_TR_FUNCTIONS(FlowLog)
};

constexpr int kMaxSelectorTerms = 3;
constexpr int kMaxSelectorCandidates = 8;

QString quoted(const QString &value)
{
    return u'\'' + value + u'\'';
}

QString term(const QString &key, const QString &value)
{
    return key + QStringLiteral(" == ") + quoted(value);
}

// app.kubernetes.io/* and app first: the labels Kubernetes recommends for naming an
// application; then the usual hand-written ones; then the rest by name.
int labelRank(const QString &key)
{
    static const QStringList preferred = {QStringLiteral("app.kubernetes.io/name"),
        QStringLiteral("app.kubernetes.io/instance"), QStringLiteral("app.kubernetes.io/component"),
        QStringLiteral("app.kubernetes.io/part-of"), QStringLiteral("app"),
        QStringLiteral("k8s-app"), QStringLiteral("name"), QStringLiteral("component"),
        QStringLiteral("role"), QStringLiteral("tier")};
    const qsizetype i = preferred.indexOf(key);
    if (i >= 0)
        return int(i);
    if (key.startsWith(u"app.kubernetes.io/"))
        return int(preferred.size());
    return int(preferred.size()) + 1;
}

bool isHashLike(QStringView s)
{
    return !s.isEmpty()
        && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isLower() || c.isDigit(); })
        && std::any_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

bool isDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

QString dnsName(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.endsWith(u'-') && !out.isEmpty())
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(200);
}

std::optional<int> protocolNumberOf(const Flow &flow)
{
    return parseProtocolNumber(flow.protocol);
}

bool hasPorts(int protocol)
{
    return protocol == 6 || protocol == 17 || protocol == 132;
}

// A selector made of terms, checked against the objects in scope with the selector engine.
struct SelectorChoice {
    bool ok = false;
    QString text;
    QString reason;
};

// A rule's peer, and what it stands for (to find what else the rule allows).
struct Peer {
    bool ok = false;
    QString reason; // why it cannot be named
    EntityRule entity; // selector, namespaceSelector, nets
    QString display; // for the report
    // The peers the rule matches, for "also allowed": a namespace ("" = global objects) and a
    // selector, or addresses.
    bool bySelector = false;
    QString scopeNamespace;
    bool scopeGlobal = false; // non-namespaced objects (host endpoints, global sets)
    QList<int> destinationPods; // the pods a named port would be resolved on
};

struct PendingRule {
    EntityRule entity;
    Peer peer;
    int protocol = 6;
    std::set<int> ports;
};

struct PendingPolicy {
    QString key; // group key
    QString groupName;
    QList<int> members; // inventory ids (pods and templates), sorted
    SelectorChoice selector;
    std::map<QString, PendingRule> ingress; // keyed by peer and protocol
    std::map<QString, PendingRule> egress;
    int connections = 0;
};

class Recommender {
public:
    Recommender(const PolicyEngine &engine, const FlowRecommendOptions &options)
        : m_options(options), m_inv(engine.inventory()),
          m_global(options.global || options.hostEndpoints)
    {
        for (const Pod &p : engine.workspace()->pods)
            m_pods.insert(p.meta.namespace_ + u'/' + p.meta.name, &p);
        for (const WorkloadTemplate &w : engine.workspace()->workloads)
            m_templates[w.meta.namespace_].append(&w);
    }

    QString workloadKey(int id) const;
    QString computeWorkloadKey(int id) const;
    QString groupKey(int id, RecommendGrouping grouping) const;
    QList<int> groupMembers(const QString &ns, const QString &key, RecommendGrouping g) const;
    /// The endpoints that get policies: the namespace's workload endpoints, or the host
    /// endpoints.
    bool inScope(int id) const;
    /// The group of an endpoint in scope, and its members.
    QString scopeKey(int id) const;
    QList<int> scopeMembers(const QString &key) const;
    SelectorChoice chooseSelector(const QString &ns, const QList<int> &members,
        const QString &serviceAccount, bool allEndpoints = false) const;
    Peer peerOf(const FlowEnd &end, const EndpointRef &ref) const;
    std::optional<Port> portFor(int protocol, int port, const QList<int> &destinations) const;
    QStringList observedRefs(const FlowEnd &end, const EndpointRef &ref) const;

private:
    const FlowRecommendOptions &m_options;
    const Inventory &m_inv;
    bool m_global; // the policies are global: every selector peer names its namespace
    QHash<QString, const Pod *> m_pods;
    QHash<QString, QList<const WorkloadTemplate *>> m_templates;
    // Both asked once per connection end: kept.
    mutable QHash<int, QString> m_workloadKeys;
    mutable QHash<QString, Peer> m_workloadPeers; // "ns/workload"
};

Labels stableLabels(const Labels &labels)
{
    Labels out;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (!isUnstableLabel(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

// The workload a pod belongs to: the workload template of its namespace whose (stable) template
// labels it carries, else its generateName without the ReplicaSet hash, else its name without a
// StatefulSet ordinal or a Deployment's "<hash>-<suffix>".
QString Recommender::workloadKey(int id) const
{
    if (const auto it = m_workloadKeys.constFind(id); it != m_workloadKeys.constEnd())
        return *it;
    QString key = computeWorkloadKey(id);
    m_workloadKeys.insert(id, key);
    return key;
}

QString Recommender::computeWorkloadKey(int id) const
{
    const InventoryObject &o = m_inv.object(id);
    if (o.kind == ObjectKind::Workload)
        return o.name;
    const Labels own = stableLabels(o.labels);
    const WorkloadTemplate *best = nullptr;
    for (const WorkloadTemplate *w : m_templates.value(o.namespace_)) {
        const Labels t = stableLabels(w->templateLabels);
        if (t.isEmpty())
            continue;
        bool subset = true;
        for (auto it = t.cbegin(); it != t.cend() && subset; ++it)
            subset = own.value(it.key()) == it.value() && own.contains(it.key());
        if (subset && (!best || t.size() > stableLabels(best->templateLabels).size()))
            best = w;
    }
    if (best)
        return best->meta.name;
    const Pod *pod = m_pods.value(o.namespace_ + u'/' + o.name);
    QStringList parts;
    if (pod && !pod->meta.generateName.isEmpty()) {
        parts = pod->meta.generateName.split(u'-', Qt::SkipEmptyParts);
        if (parts.size() > 1 && o.labels.contains(QStringLiteral("pod-template-hash"))
            && parts.constLast() == o.labels.value(QStringLiteral("pod-template-hash")))
            parts.removeLast();
        return parts.join(u'-');
    }
    parts = o.name.split(u'-');
    if (parts.size() > 1 && isDigits(parts.constLast()))
        parts.removeLast();
    else if (parts.size() > 2 && parts.constLast().size() == 5
        && isHashLike(parts.at(parts.size() - 2)) && parts.at(parts.size() - 2).size() >= 6)
        parts.resize(parts.size() - 2);
    return parts.join(u'-');
}

QString Recommender::groupKey(int id, RecommendGrouping grouping) const
{
    if (grouping == RecommendGrouping::ServiceAccount) {
        const InventoryObject &o = m_inv.object(id);
        return o.serviceAccount.isEmpty() ? QStringLiteral("default") : o.serviceAccount;
    }
    return workloadKey(id);
}

QList<int> Recommender::groupMembers(
    const QString &ns, const QString &key, RecommendGrouping g) const
{
    QList<int> out;
    const QList<InventoryObject> &objects = m_inv.objects();
    for (int i = 0; i < objects.size(); ++i) {
        const InventoryObject &o = objects.at(i);
        if (o.isWorkloadEndpoint() && o.namespace_ == ns && groupKey(i, g) == key)
            out.append(i);
    }
    return out;
}

bool Recommender::inScope(int id) const
{
    const InventoryObject &o = m_inv.object(id);
    if (m_options.hostEndpoints)
        return o.kind == ObjectKind::HostEndpoint;
    return o.isWorkloadEndpoint() && o.namespace_ == m_options.namespace_;
}

// Host endpoints: grouped by their stable labels ("" for none: no selector can name them).
QString Recommender::scopeKey(int id) const
{
    if (!m_options.hostEndpoints)
        return groupKey(id, m_options.grouping);
    QStringList terms;
    const Labels labels = stableLabels(m_inv.object(id).labels);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        terms.append(it.key() + u'=' + it.value());
    return terms.join(u',');
}

QList<int> Recommender::scopeMembers(const QString &key) const
{
    if (!m_options.hostEndpoints)
        return groupMembers(m_options.namespace_, key, m_options.grouping);
    QList<int> out;
    for (int i = 0; i < m_inv.objects().size(); ++i) {
        if (inScope(i) && scopeKey(i) == key)
            out.append(i);
    }
    return out;
}

// The fewest stable labels (preferred ones first) whose conjunction selects exactly `members`
// among the workload endpoints of `ns` (or, `allEndpoints`, among every endpoint: a global
// policy's selector sees them all), evaluated by the selector engine on the labels Calico
// matches (own and inherited).
SelectorChoice Recommender::chooseSelector(const QString &ns, const QList<int> &members,
    const QString &serviceAccount, bool allEndpoints) const
{
    SelectorChoice choice;
    if (members.isEmpty()) {
        choice.reason = RecommendWords::tr("no endpoints");
        return choice;
    }
    // Labels every member has with the same value (templates count by their template labels).
    Labels common = stableLabels(m_inv.object(members.constFirst()).labels);
    for (int id : members) {
        const Labels own = m_inv.object(id).labels;
        for (auto it = common.begin(); it != common.end();) {
            if (own.value(it.key()) != it.value() || !own.contains(it.key()))
                it = common.erase(it);
            else
                ++it;
        }
    }
    QStringList keys = common.keys();
    std::stable_sort(keys.begin(), keys.end(),
        [](const QString &a, const QString &b) { return labelRank(a) < labelRank(b); });
    if (keys.size() > kMaxSelectorCandidates)
        keys.resize(kMaxSelectorCandidates);
    const QSet<int> wanted(members.cbegin(), members.cend());
    QList<int> scope;
    const QList<InventoryObject> &objects = m_inv.objects();
    for (int i = 0; i < objects.size(); ++i) {
        if (allEndpoints ? objects.at(i).isEndpoint()
                         : objects.at(i).isWorkloadEndpoint() && objects.at(i).namespace_ == ns)
            scope.append(i);
    }
    QString extra; // what the best candidate also selects, for the reason
    const auto exact = [&](const QString &text) {
        const Result<Selector> s = Selector::parse(text);
        if (!s)
            return false;
        for (int id : scope) {
            if (s->evaluate(m_inv.object(id).effectiveLabels) != wanted.contains(id)) {
                if (extra.isEmpty())
                    extra = m_inv.object(id).ref();
                return false;
            }
        }
        return true;
    };
    // Combinations of 1..kMaxSelectorTerms keys, in preference order.
    std::vector<int> pick;
    const std::function<bool(int, int)> search = [&](int start, int size) -> bool {
        if (int(pick.size()) == size) {
            QStringList terms;
            for (int k : pick)
                terms.append(term(keys.at(k), common.value(keys.at(k))));
            const QString text = terms.join(QStringLiteral(" && "));
            if (exact(text)) {
                choice.ok = true;
                choice.text = text;
                return true;
            }
            return false;
        }
        for (int k = start; k < int(keys.size()); ++k) {
            pick.push_back(k);
            if (search(k + 1, size))
                return true;
            pick.pop_back();
        }
        return false;
    };
    for (int size = 1; size <= std::min(kMaxSelectorTerms, int(keys.size())); ++size) {
        if (search(0, size)) {
            choice.reason = allEndpoints
                ? RecommendWords::tr("stable labels %1 select exactly these %n endpoint(s) of "
                                     "the workspace",
                    nullptr, int(members.size()))
                      .arg(choice.text)
                : RecommendWords::tr("stable labels %1 select exactly these %n endpoint(s) of "
                                     "namespace %2",
                    nullptr, int(members.size()))
                      .arg(choice.text, ns);
            return choice;
        }
    }
    if (!serviceAccount.isEmpty()) {
        const QString text
            = term(QStringLiteral("projectcalico.org/serviceaccount"), serviceAccount);
        if (exact(text)) {
            choice.ok = true;
            choice.text = text;
            choice.reason = RecommendWords::tr("the service account label Calico sets selects "
                                               "exactly these %n endpoint(s)",
                nullptr, int(members.size()));
            return choice;
        }
    }
    choice.reason = keys.isEmpty()
        ? RecommendWords::tr("the endpoints have no stable label in common")
        : RecommendWords::tr("no combination of their stable labels (%1) selects only them: "
                             "%2 matches too")
              .arg(keys.join(QStringLiteral(", ")), extra);
    return choice;
}

// How a rule names the other end of a connection.
Peer Recommender::peerOf(const FlowEnd &end, const EndpointRef &ref) const
{
    Peer peer;
    const bool global = m_global;
    const QString &policyNs = m_options.namespace_;
    const auto namespaceSelector = [&](const QString &ns) {
        if (ns.isEmpty())
            return QStringLiteral("global()");
        if (global || ns != policyNs)
            return term(QStringLiteral("projectcalico.org/name"), ns);
        return QString();
    };
    const auto bySelector = [&](const QString &selector, const QString &ns, const QString &what) {
        peer.ok = true;
        peer.bySelector = true;
        peer.entity.selector = selector;
        peer.entity.namespaceSelector = namespaceSelector(ns);
        peer.scopeNamespace = ns;
        peer.scopeGlobal = ns.isEmpty();
        peer.display = what;
    };
    const auto byNets
        = [&](const QStringList &nets, const QStringList &notNets, const QString &what) {
              peer.ok = true;
              peer.entity.nets = nets;
              peer.entity.notNets = notNets;
              peer.display = what;
          };
    if (ref.isEndpoint()) {
        const int id = ref.object;
        const InventoryObject &o = m_inv.object(id);
        if (o.isWorkloadEndpoint()) {
            const QString key = workloadKey(id);
            const QString cacheKey = o.namespace_ + u'/' + key;
            if (const auto it = m_workloadPeers.constFind(cacheKey);
                it != m_workloadPeers.constEnd())
                return *it;
            const QList<int> members = groupMembers(o.namespace_, key, RecommendGrouping::Workload);
            SelectorChoice s = chooseSelector(o.namespace_, members, {});
            if (!s.ok) {
                peer.reason
                    = RecommendWords::tr("peer %1 (workload %2): %3").arg(o.ref(), key, s.reason);
                m_workloadPeers.insert(cacheKey, peer);
                return peer;
            }
            bySelector(s.text, o.namespace_,
                RecommendWords::tr("workload %1/%2 (%3)").arg(o.namespace_, key, s.text));
            for (int m : members) {
                if (m_inv.object(m).kind == ObjectKind::Pod)
                    peer.destinationPods.append(m);
            }
            if (peer.destinationPods.isEmpty())
                peer.destinationPods = members;
            m_workloadPeers.insert(cacheKey, peer);
            return peer;
        }
        if (o.kind == ObjectKind::HostEndpoint) {
            const Labels labels = stableLabels(o.labels);
            if (!labels.isEmpty()) {
                QStringList terms;
                for (auto it = labels.cbegin(); it != labels.cend(); ++it)
                    terms.append(term(it.key(), it.value()));
                bySelector(terms.join(QStringLiteral(" && ")), QString(),
                    RecommendWords::tr("host endpoint %1 (%2)")
                        .arg(o.name, terms.join(QStringLiteral(" && "))));
                return peer;
            }
            QStringList nets;
            for (const IpAddress &a : o.addresses)
                nets.append(a.toString()
                    + (a.family() == 4 ? QStringLiteral("/32") : QStringLiteral("/128")));
            if (nets.isEmpty()) {
                peer.reason
                    = RecommendWords::tr("host endpoint %1 has neither labels nor expected IPs")
                          .arg(o.name);
                return peer;
            }
            byNets(nets, {},
                RecommendWords::tr("host endpoint %1 (%2)")
                    .arg(o.name, nets.join(QStringLiteral(", "))));
            return peer;
        }
    }
    // A network set the log names (its address resolved outside the endpoints).
    const QString setName = !end.name.isEmpty() ? end.name : end.aggregated;
    const int set = end.namespace_.isEmpty()
        ? m_inv.findByRef(QStringLiteral("gnetset:") + setName)
        : m_inv.findByRef(QStringLiteral("netset:") + end.namespace_ + u'/' + setName);
    if (set >= 0 && end.aggregated != u"pub" && end.aggregated != u"pvt") {
        const InventoryObject &o = m_inv.object(set);
        Labels labels = stableLabels(o.labels);
        if (!labels.isEmpty()) {
            QStringList terms;
            for (auto it = labels.cbegin(); it != labels.cend(); ++it)
                terms.append(term(it.key(), it.value()));
            const QString text = terms.join(QStringLiteral(" && "));
            bySelector(text, o.namespace_,
                RecommendWords::tr("network set %1 (%2)").arg(o.ref().section(u':', 1), text));
            return peer;
        }
        QStringList nets;
        for (const IpNetwork &n : o.nets)
            nets.append(n.toString());
        byNets(nets, {},
            RecommendWords::tr("network set %1 (%2)")
                .arg(o.ref().section(u':', 1), nets.join(QStringLiteral(", "))));
        return peer;
    }
    if (!end.ip.isEmpty() && ref.address) {
        const IpAddress &a = *ref.address;
        const QString net
            = a.toString() + (a.family() == 4 ? QStringLiteral("/32") : QStringLiteral("/128"));
        byNets({net}, {}, net);
        return peer;
    }
    // "pub" / "pvt" without an address: the whole class, as Felix classifies addresses.
    const QStringList privateNets = {QStringLiteral("10.0.0.0/8"), QStringLiteral("172.16.0.0/12"),
        QStringLiteral("192.168.0.0/16")};
    if (end.aggregated == u"pvt") {
        byNets(privateNets, {}, RecommendWords::tr("any private address (the log names none)"));
        return peer;
    }
    if (end.aggregated == u"pub") {
        byNets({QStringLiteral("0.0.0.0/0")}, privateNets,
            RecommendWords::tr("any public address (the log names none)"));
        return peer;
    }
    if (ref.address) {
        const IpAddress &a = *ref.address;
        const QString net
            = a.toString() + (a.family() == 4 ? QStringLiteral("/32") : QStringLiteral("/128"));
        byNets({net}, {}, net);
        return peer;
    }
    peer.reason = RecommendWords::tr("%1 cannot be named in a rule").arg(flowEndDisplay(end));
    return peer;
}

// The port's name when every destination endpoint declares that protocol and number under the
// same name (a named port then means the same on all of them), else nullopt.
std::optional<Port> Recommender::portFor(
    int protocol, int port, const QList<int> &destinations) const
{
    QString name;
    for (int id : destinations) {
        QString found;
        for (const NamedPort &p : m_inv.object(id).namedPorts) {
            if (p.protocol == protocol && p.port == port) {
                found = p.name;
                break;
            }
        }
        if (found.isEmpty() || (!name.isEmpty() && found != name))
            return std::nullopt;
        name = found;
    }
    if (name.isEmpty())
        return std::nullopt;
    return Port::named(name);
}

// The endpoint REFs (or the address) an observed end stands for: every pod of an aggregated
// name, the network set, else what it resolved to.
QStringList Recommender::observedRefs(const FlowEnd &end, const EndpointRef &ref) const
{
    QStringList out;
    if (end.name.isEmpty() && end.aggregated.endsWith(u'*') && !end.namespace_.isEmpty()) {
        const QString prefix = end.aggregated.chopped(1);
        for (const InventoryObject &o : m_inv.objects()) {
            if (o.kind != ObjectKind::Pod || o.namespace_ != end.namespace_
                || !o.name.startsWith(prefix))
                continue;
            const Pod *pod = m_pods.value(o.namespace_ + u'/' + o.name);
            if ((pod && pod->meta.generateName == prefix)
                || !QStringView(o.name).mid(prefix.size()).contains(u'-'))
                out.append(o.ref());
        }
    }
    const QString setName = !end.name.isEmpty() ? end.name : end.aggregated;
    const int set = end.namespace_.isEmpty()
        ? m_inv.findByRef(QStringLiteral("gnetset:") + setName)
        : m_inv.findByRef(QStringLiteral("netset:") + end.namespace_ + u'/' + setName);
    if (set >= 0 && !ref.isEndpoint())
        out.append(m_inv.object(set).ref());
    out.append(ref.display);
    return out;
}

// `port` < 0: none.
QString connectionKey(const QString &from, const QString &to, int protocol, int port)
{
    return from + u'|' + to + u'|' + QString::number(protocol) + u'|'
        + (port >= 0 ? QString::number(port) : QString());
}

const TraceStep *decidingStep(const DirectionTrace &d)
{
    for (qsizetype i = d.steps.size() - 1; i >= 0; --i) {
        const QString &a = d.steps.at(i).action;
        if (a == u"allow" || a == u"deny" || a == u"end-of-tier-deny" || a == u"default-deny"
            || a == u"default-allow")
            return &d.steps.at(i);
    }
    return nullptr;
}

QString decidedBy(const FlowTrace &t)
{
    QStringList sides;
    for (const DirectionTrace *d : {&t.egress, &t.ingress}) {
        if (!d->isEndpoint)
            continue;
        const TraceStep *s = decidingStep(*d);
        const QString side = d == &t.egress ? QStringLiteral("egress") : QStringLiteral("ingress");
        if (!s) {
            sides.append(side + QStringLiteral(": ") + verdictName(d->verdict));
            continue;
        }
        QString what = s->policy.isEmpty() ? s->action
                                           : s->kind + u' ' + s->policy
                + (s->rule >= 0 ? RecommendWords::tr(" rule %1").arg(s->rule) : QString()) + u' '
                + s->action;
        sides.append(side + QStringLiteral(": ") + what);
    }
    return sides.join(QStringLiteral("; "));
}

ResourceKind enforcedKindOf(ResourceKind staged)
{
    return staged == ResourceKind::StagedGlobalNetworkPolicy ? ResourceKind::GlobalNetworkPolicy
                                                             : ResourceKind::NetworkPolicy;
}

} // namespace

bool isUnstableLabel(const QString &key)
{
    static const QStringList unstable
        = {QStringLiteral("pod-template-hash"), QStringLiteral("controller-revision-hash"),
            QStringLiteral("statefulset.kubernetes.io/pod-name"),
            QStringLiteral("pod-template-generation"), QStringLiteral("controller-uid"),
            QStringLiteral("batch.kubernetes.io/controller-uid"),
            QStringLiteral("batch.kubernetes.io/job-name"), QStringLiteral("job-name"),
            QStringLiteral("apps.kubernetes.io/pod-index"),
            QStringLiteral("batch.kubernetes.io/job-completion-index")};
    return key.startsWith(u"projectcalico.org/") || key.startsWith(u"pcns.")
        || key.startsWith(u"pcsa.") || unstable.contains(key);
}

QString ObservedConnection::display() const
{
    return QStringLiteral("%1 -> %2 %3/%4")
        .arg(flowEndDisplay(record.source), flowEndDisplay(record.destination), record.protocol,
            record.port ? QString::number(*record.port) : QStringLiteral("-"));
}

bool FlowRecommendation::proven() const
{
    if (!error.isEmpty() || cancelled)
        return false;
    for (const RecommendedPolicy &p : policies) {
        if (!p.selectorExact)
            return false;
    }
    for (const QList<ObservedConnection> *list : {&allowed, &denied}) {
        for (const ObservedConnection &c : *list) {
            if (!c.proofHolds)
                return false;
        }
    }
    return true;
}

FlowRecommendation recommendFlows(
    const PolicyEngine &engine, FlowLogReader &reader, const FlowRecommendOptions &options)
{
    FlowRecommendation result;
    const QString &ns = options.namespace_;
    result.tier = options.tier.isEmpty() ? defaultTierName() : options.tier;
    const WorkspaceData &ws = engine.workspace().data();
    const Inventory &inv = engine.inventory();
    const bool hosts = options.hostEndpoints;
    const bool global = options.global || hosts;
    {
        bool known = hosts;
        for (const Namespace &n : ws.namespaces)
            known = known || n.meta.name == ns;
        for (const InventoryObject &o : inv.objects())
            known = known || (o.isWorkloadEndpoint() && o.namespace_ == ns);
        if (!known) {
            result.error = RecommendWords::tr("namespace %1 is neither in the workspace nor has "
                                              "endpoints there")
                               .arg(ns);
            return result;
        }
        bool tierKnown = builtInTier(result.tier, ws.calicoVersion) != nullptr;
        const Tier *tier = nullptr;
        for (const Tier &t : ws.tiers) {
            if (t.meta.name == result.tier)
                tier = &t;
        }
        tierKnown = tierKnown || tier;
        if (!tierKnown) {
            result.error = RecommendWords::tr("tier %1 is not in the workspace").arg(result.tier);
            return result;
        }
        if (tier && tier->defaultAction.compare(u"Pass", Qt::CaseInsensitive) == 0) {
            result.notes.append(RecommendWords::tr(
                "tier %1 passes what no policy of it decides: traffic the recommendation does "
                "not allow goes on to the next tier instead of being denied")
                                    .arg(result.tier));
        }
    }

    // Read: one entry per connection.
    QHash<QString, int> byKey;
    QList<ObservedConnection> connections;
    const FlowLogRead read = readFlowLog(reader, options.read, [&](const FlowRecord &r) {
        ++result.records;
        const QString key = (r.reporter == FlowReporter::Fwd ? QStringLiteral("fwd|") : QString())
            + flowGroupKey(r, false);
        auto it = byKey.constFind(key);
        if (it == byKey.constEnd()) {
            it = byKey.insert(key, int(connections.size()));
            ObservedConnection c;
            c.record = r;
            connections.append(c);
        }
        ObservedConnection &c = connections[*it];
        ++c.records;
        c.loggedDenied = c.loggedDenied || r.action == FlowAction::Deny;
    });
    result.errors = read.errors;
    result.invalid = read.invalid;
    result.cancelled = read.cancelled;
    result.connections = int(connections.size());
    if (result.cancelled)
        return result;

    Recommender rec(engine, options);
    const FlowEndResolver resolver(engine);
    std::map<QString, PendingPolicy> pending; // by group key
    QSet<QString> observed; // connection keys over the endpoints the ends stand for
    struct Planned {
        int connection;
        QStringList policies; // group keys it adds rules to
    };
    QList<Planned> plannedAllowed;

    const auto policyFor = [&](int id) -> PendingPolicy & {
        const QString key = rec.scopeKey(id);
        auto it = pending.find(key);
        if (it == pending.end()) {
            PendingPolicy p;
            p.key = key;
            p.groupName = hosts ? RecommendWords::tr("host endpoints labelled %1")
                                      .arg(key.isEmpty() ? RecommendWords::tr("nothing") : key)
                : options.grouping == RecommendGrouping::ServiceAccount
                ? RecommendWords::tr("service account %1").arg(key)
                : RecommendWords::tr("workload %1").arg(key);
            p.members = rec.scopeMembers(key);
            p.selector = rec.chooseSelector(ns, p.members,
                !hosts && options.grouping == RecommendGrouping::ServiceAccount ? key : QString(),
                hosts);
            it = pending.emplace(key, std::move(p)).first;
        }
        return it->second;
    };

    for (int i = 0; i < connections.size(); ++i) {
        ObservedConnection &c = connections[i];
        if (c.record.reporter == FlowReporter::Fwd) {
            c.reason = RecommendWords::tr("records of forwarded traffic (reporter fwd) do not say "
                                          "which host endpoint forwarded them");
            result.unresolved.append(c);
            continue;
        }
        const Result<Flow> flow
            = FlowExplainer::flowOf(c.record, resolver, nullptr, nullptr, options.read.cluster);
        if (!flow) {
            c.reason = flow.error().message;
            result.unresolved.append(c);
            continue;
        }
        const Result<EndpointRef> from = engine.resolve(flow->from);
        const Result<EndpointRef> to = engine.resolve(flow->to);
        if (!from || !to) {
            c.reason = !from ? from.error().message : to.error().message;
            result.unresolved.append(c);
            continue;
        }
        c.resolved = true;
        c.flow = *flow;
        const auto inNamespace
            = [&](const EndpointRef &r) { return r.isEndpoint() && rec.inScope(r.object); };
        const bool sourceIn = inNamespace(*from);
        const bool destinationIn = inNamespace(*to);
        if (!sourceIn && !destinationIn) {
            ++result.outside;
            continue;
        }
        if (c.loggedDenied) {
            result.denied.append(c);
            continue;
        }
        const int protocol = protocolNumberOf(*flow).value_or(6);
        const bool withPort = hasPorts(protocol) && flow->port.has_value();
        const int portNumber = flow->port.value_or(0);
        for (const QString &a : rec.observedRefs(c.record.source, *from)) {
            for (const QString &b : rec.observedRefs(c.record.destination, *to))
                observed.insert(connectionKey(a, b, protocol, withPort ? portNumber : -1));
        }
        // Check every side can be written before adding anything.
        QStringList problems;
        struct Side {
            bool egress;
            int endpoint;
            Peer peer;
        };
        QList<Side> sides;
        if (sourceIn)
            sides.append({true, from->object, rec.peerOf(c.record.destination, *to)});
        if (destinationIn)
            sides.append({false, to->object, rec.peerOf(c.record.source, *from)});
        for (const Side &s : sides) {
            const PendingPolicy &p = policyFor(s.endpoint);
            if (!p.selector.ok)
                problems.append(RecommendWords::tr("%1 has no exact stable selector: %2")
                                    .arg(p.groupName, p.selector.reason));
            if (!s.peer.ok)
                problems.append(s.peer.reason);
        }
        if (!problems.isEmpty()) {
            c.reason = problems.join(QStringLiteral("; "));
            result.uncovered.append(c);
            continue;
        }
        Planned planned {int(result.allowed.size()), {}};
        for (Side &s : sides) {
            PendingPolicy &p = policyFor(s.endpoint);
            ++p.connections;
            planned.policies.append(p.key);
            auto &rules = s.egress ? p.egress : p.ingress;
            const QString key = s.peer.display + u'\n' + QString::number(protocol);
            auto it = rules.find(key);
            if (it == rules.end()) {
                PendingRule r;
                r.entity = s.peer.entity;
                r.peer = s.peer;
                r.protocol = protocol;
                it = rules.emplace(key, std::move(r)).first;
            }
            if (withPort)
                it->second.ports.insert(portNumber);
        }
        plannedAllowed.append(planned);
        result.allowed.append(c);
    }

    // The staged policies.
    double maxOrder = 0;
    bool anyOrder = false;
    for (const CalicoPolicy &p : ws.policies) {
        if ((p.tier.isEmpty() ? defaultTierName() : p.tier) == result.tier && p.order) {
            maxOrder = anyOrder ? std::max(maxOrder, *p.order) : *p.order;
            anyOrder = true;
        }
    }
    if (result.tier == defaultTierName() && !ws.kubernetesPolicies.isEmpty()) {
        maxOrder = anyOrder ? std::max(maxOrder, 1000.0) : 1000.0; // Kubernetes policies' order
        anyOrder = true;
    }
    result.order = anyOrder ? (std::floor(maxOrder / 100) + 1) * 100 : 100;

    QSet<QString> takenNames;
    for (const CalicoPolicy &p : ws.policies)
        takenNames.insert(p.meta.namespace_ + u'/' + p.meta.name);
    const QString prefix = result.tier == defaultTierName() ? QString() : result.tier + u'.';
    for (auto &[key, p] : pending) {
        if (!p.selector.ok || (p.ingress.empty() && p.egress.empty()))
            continue;
        RecommendedPolicy out;
        out.group = p.groupName;
        out.connections = p.connections;
        out.selectorReason = p.selector.reason;
        for (int id : p.members)
            out.members.append(inv.object(id).ref());
        out.members.sort();
        CalicoPolicy &policy = out.policy;
        policy.kind
            = global ? ResourceKind::StagedGlobalNetworkPolicy : ResourceKind::StagedNetworkPolicy;
        const QString base = prefix + QStringLiteral("recommended-")
            + (hosts ? dnsName(QStringLiteral("hep-") + key)
                     : dnsName((global ? ns + u'-' : QString())
                         + (options.grouping == RecommendGrouping::ServiceAccount
                                 ? QStringLiteral("sa-")
                                 : QString())
                         + key));
        QString name = base;
        const QString policyNs = global ? QString() : ns;
        for (int n = 2; takenNames.contains(policyNs + u'/' + name); ++n)
            name = base + u'-' + QString::number(n);
        takenNames.insert(policyNs + u'/' + name);
        policy.meta.name = name;
        policy.meta.namespace_ = policyNs;
        policy.tier = result.tier;
        policy.order = result.order;
        policy.selector = global && !hosts ? term(QStringLiteral("projectcalico.org/namespace"), ns)
                + QStringLiteral(" && ") + p.selector.text
                                           : p.selector.text;
        policy.types = {QStringLiteral("Ingress"), QStringLiteral("Egress")};
        policy.stagedAction = QStringLiteral("Set");
        for (const bool egress : {false, true}) {
            for (auto &[ruleKey, r] : egress ? p.egress : p.ingress) {
                Rule rule;
                rule.action = QStringLiteral("Allow");
                rule.protocol = Protocol::fromString(protocolDisplayName(r.protocol));
                (egress ? rule.destination : rule.source) = r.entity;
                QList<int> destinations;
                if (egress) {
                    if (r.peer.bySelector)
                        destinations = r.peer.destinationPods;
                } else {
                    for (int id : p.members) {
                        if (inv.object(id).kind == ObjectKind::Pod)
                            destinations.append(id);
                    }
                    if (destinations.isEmpty())
                        destinations = p.members;
                }
                QList<Port> named;
                QList<Port> numbered;
                for (int port : r.ports) {
                    if (const std::optional<Port> n = destinations.isEmpty()
                            ? std::nullopt
                            : rec.portFor(r.protocol, port, destinations))
                        named.append(*n);
                    else
                        numbered.append(Port::single(port));
                }
                rule.destination.ports = numbered + named;
                (egress ? policy.egress : policy.ingress).append(rule);
            }
        }
        result.policies.append(out);
    }
    for (const auto &[key, p] : pending) {
        if (!p.selector.ok)
            result.notes.append(
                RecommendWords::tr("%1 gets no policy: %2").arg(p.groupName, p.selector.reason));
    }
    {
        QSet<QString> groups;
        for (int id = 0; id < inv.objects().size(); ++id) {
            if (rec.inScope(id) && inv.object(id).kind != ObjectKind::Workload)
                groups.insert(rec.scopeKey(id));
        }
        QStringList quiet;
        for (const QString &g : groups) {
            if (!pending.contains(g))
                quiet.append(g);
        }
        quiet.sort();
        if (!quiet.isEmpty()) {
            result.notes.append(RecommendWords::tr("no allowed traffic observed for %1: no "
                                                   "policy recommended for them")
                                    .arg(quiet.join(QStringLiteral(", "))));
        }
    }

    // Enforce them (a Set staged policy with a new name adds the enforced policy) and prove.
    const Workspace enforcedWs = engine.workspace().edited([&](WorkspaceData &d) {
        for (const RecommendedPolicy &r : result.policies) {
            CalicoPolicy p = r.policy;
            p.kind = enforcedKindOf(p.kind);
            p.stagedAction.clear();
            p.source.id = {};
            d.policies.append(p);
        }
    });
    const PolicyEngine after(enforcedWs);
    QHash<QString, int> compiledIndex; // policy display name -> index in after.policies()
    QHash<QString, int> recommendedByDisplay; // display name -> index in result.policies
    for (int i = 0; i < result.policies.size(); ++i) {
        const CalicoPolicy &p = result.policies.at(i).policy;
        const QString display
            = p.meta.namespace_.isEmpty() ? p.meta.name : p.meta.namespace_ + u'/' + p.meta.name;
        recommendedByDisplay.insert(display, i);
    }
    for (int i = 0; i < after.policies().size(); ++i) {
        const CompiledPolicy &c = after.policies().at(i);
        const ResourceKind k = c.policy.kind;
        if ((k == ResourceKind::NetworkPolicy || k == ResourceKind::GlobalNetworkPolicy)
            && recommendedByDisplay.contains(c.displayName)
            && c.policy.kind
                == enforcedKindOf(
                    result.policies.at(recommendedByDisplay.value(c.displayName)).policy.kind))
            compiledIndex.insert(c.displayName, i);
    }
    for (const LeftOut &l : after.leftOut()) {
        if (recommendedByDisplay.contains(l.name))
            result.notes.append(RecommendWords::tr("%1 is left out when enforced: %2")
                                    .arg(l.name, l.reason.message));
    }
    const Inventory &afterInv = after.inventory();
    for (auto it = recommendedByDisplay.cbegin(); it != recommendedByDisplay.cend(); ++it) {
        RecommendedPolicy &r = result.policies[it.value()];
        const int index = compiledIndex.value(it.key(), -1);
        if (index < 0) {
            r.selectorExact = false;
            r.selectorExtra.append(RecommendWords::tr("(the enforced policy was left out)"));
            continue;
        }
        QStringList applied;
        for (int id = 0; id < afterInv.objects().size(); ++id) {
            if (!afterInv.object(id).isEndpoint())
                continue;
            const std::vector<int> &list = after.applicablePolicies(id, Direction::Ingress);
            if (std::find(list.begin(), list.end(), index) != list.end())
                applied.append(afterInv.object(id).ref());
        }
        applied.sort();
        r.selectorExact = applied == r.members;
        for (const QString &a : applied) {
            if (!r.members.contains(a))
                r.selectorExtra.append(a);
        }
    }
    // The proof and the search for what else is allowed: a step per connection and per policy.
    const int steps = int(result.allowed.size() + result.denied.size() + result.policies.size());
    int step = 0;
    const auto goOn = [&](bool ask) {
        ++step;
        if (!options.computing || (!ask && step % 256 != 0))
            return true;
        result.cancelled = !options.computing(step, steps);
        return !result.cancelled;
    };
    for (QList<ObservedConnection> *list : {&result.allowed, &result.denied}) {
        const bool allowed = list == &result.allowed;
        for (ObservedConnection &c : *list) {
            if (!goOn(false))
                return result;
            const FlowTrace before = engine.trace(c.flow);
            const FlowTrace afterTrace = after.trace(c.flow);
            c.before = before.verdict;
            c.after = afterTrace.verdict;
            c.afterDecidedBy = afterTrace.ok() ? decidedBy(afterTrace) : afterTrace.error;
            if (allowed) {
                c.proofHolds = afterTrace.ok() && c.after == Verdict::Allow;
                if (!c.proofHolds) {
                    c.reason = c.before == Verdict::Allow
                        ? RecommendWords::tr("denied once the recommendation is enforced")
                        : RecommendWords::tr("the workspace denies it already (drift: the log "
                                             "says allowed)");
                }
            } else {
                c.proofHolds = c.after == Verdict::Deny || c.before == Verdict::Allow;
                if (c.before == Verdict::Allow)
                    c.reason = RecommendWords::tr("the workspace allows it already (drift: the "
                                                  "log says denied)");
                else if (!c.proofHolds)
                    c.reason = RecommendWords::tr("allowed once the recommendation is enforced");
            }
        }
    }
    // Connections no rule names are not in the proof; what enforcing does to them is said.
    for (ObservedConnection &c : result.uncovered) {
        const FlowTrace afterTrace = after.trace(c.flow);
        c.before = engine.trace(c.flow).verdict;
        c.after = afterTrace.verdict;
        c.afterDecidedBy = afterTrace.ok() ? decidedBy(afterTrace) : afterTrace.error;
    }
    {
        FlowReplayer replayer(engine, after, options.read);
        for (const ObservedConnection &c : connections)
            replayer.add(c.record);
        result.replay = replayer.take();
    }

    // What else the rules allow: every endpoint and network set a rule's peer matches, traced on
    // the rule's ports in the enforced workspace; allowed there by this policy and not observed.
    const auto peersOf = [&](const Rule &rule, bool egress, const QString &policyNs) {
        const EntityRule &e = egress ? rule.destination : rule.source;
        QList<QPair<QString, QString>> out; // (ref to report, ref to trace)
        if (!e.selector.isEmpty()) {
            const Result<Selector> sel = Selector::parse(e.selector);
            const Result<Selector> nsSel = Selector::parse(e.namespaceSelector);
            if (!sel || !nsSel)
                return out;
            const bool globalScope = e.namespaceSelector.trimmed() == u"global()";
            for (const InventoryObject &o : afterInv.objects()) {
                if (o.kind == ObjectKind::Workload)
                    continue;
                if (globalScope
                        ? !o.namespace_.isEmpty()
                        : (e.namespaceSelector.isEmpty()
                                ? o.namespace_ != policyNs || policyNs.isEmpty()
                                : o.namespace_.isEmpty()
                                    || !nsSel->evaluate(Labels {
                                        {QStringLiteral("projectcalico.org/name"), o.namespace_}})))
                    continue;
                if (!sel->evaluate(o.effectiveLabels))
                    continue;
                if (o.kind == ObjectKind::NetworkSet || o.kind == ObjectKind::GlobalNetworkSet) {
                    if (!o.nets.isEmpty())
                        out.append({o.ref(), o.nets.constFirst().networkAddress().toString()});
                } else if (!o.addresses.isEmpty()) {
                    out.append({o.ref(), o.ref()});
                }
            }
            return out;
        }
        for (const QString &n : e.nets) {
            if (const auto net = IpNetwork::parseCidrOrIp(n)) {
                const QString address = net->networkAddress().toString();
                const bool host = net->prefixLength() == (net->family() == 4 ? 32 : 128);
                out.append({host ? address : n, address});
            }
        }
        return out;
    };
    // A connection both sides' policies allow is listed once, naming both.
    QHash<QString, qsizetype> listed; // connection key -> index in alsoAllowed, or -1
    QSet<QString> seen; // (policy, connection) traced
    for (int pi = 0; pi < result.policies.size(); ++pi) {
        if (!goOn(true)) // a policy weighs more than a connection: asked every time
            return result;
        const RecommendedPolicy &r = result.policies.at(pi);
        const QString display = r.policy.meta.namespace_.isEmpty()
            ? r.policy.meta.name
            : r.policy.meta.namespace_ + u'/' + r.policy.meta.name;
        QList<int> members;
        for (const QString &m : r.members) {
            const int id = afterInv.findByRef(m);
            if (id >= 0
                && (afterInv.object(id).kind == ObjectKind::Pod
                    || afterInv.object(id).kind == ObjectKind::HostEndpoint)
                && !afterInv.object(id).addresses.isEmpty())
                members.append(id);
        }
        for (const bool egress : {false, true}) {
            for (const Rule &rule : egress ? r.policy.egress : r.policy.ingress) {
                const int protocol = rule.protocol ? rule.protocol->toNumber().value_or(6) : 6;
                const auto peers = peersOf(rule, egress, ns);
                for (int m : members) {
                    const InventoryObject &member = afterInv.object(m);
                    for (const auto &[peerRef, traceRef] : peers) {
                        if (peerRef == member.ref())
                            continue;
                        const int destination = egress ? afterInv.findByRef(peerRef) : m;
                        QList<int> ports;
                        for (const Port &p : rule.destination.ports) {
                            if (!p.isNamed()) {
                                ports.append(p.min());
                                continue;
                            }
                            if (destination < 0)
                                continue;
                            for (const NamedPort &np : afterInv.object(destination).namedPorts) {
                                if (np.name == p.name() && np.protocol == protocol)
                                    ports.append(np.port);
                            }
                        }
                        QList<std::optional<int>> probes;
                        if (hasPorts(protocol)) {
                            for (int p : ports)
                                probes.append(p);
                        } else {
                            probes.append(std::nullopt);
                        }
                        for (const std::optional<int> &port : probes) {
                            const QString from = egress ? member.ref() : peerRef;
                            const QString to = egress ? peerRef : member.ref();
                            const QString key
                                = connectionKey(from, to, protocol, port.value_or(-1));
                            if (observed.contains(key) || seen.contains(display + u'\n' + key))
                                continue;
                            seen.insert(display + u'\n' + key);
                            Flow f;
                            f.from = egress ? member.ref() : traceRef;
                            f.to = egress ? traceRef : member.ref();
                            f.protocol = protocolDisplayName(protocol);
                            f.port = port;
                            const FlowTrace t = after.trace(f);
                            if (!t.ok() || t.verdict != Verdict::Allow)
                                continue;
                            const TraceStep *s = decidingStep(egress ? t.egress : t.ingress);
                            if (!s || s->policy != display)
                                continue;
                            if (const auto it = listed.constFind(key); it != listed.constEnd()) {
                                if (*it >= 0)
                                    result.alsoAllowed[*it].policy
                                        += QStringLiteral(", ") + display;
                                continue;
                            }
                            ++result.alsoAllowedTotal;
                            const bool keep = result.alsoAllowed.size() < options.maxOtherFlows;
                            listed.insert(key, keep ? result.alsoAllowed.size() : -1);
                            if (keep) {
                                result.alsoAllowed.append(
                                    {from, to, protocolDisplayName(protocol), port, display});
                            }
                        }
                    }
                }
            }
        }
    }
    if (options.computing && !options.computing(steps, steps))
        result.cancelled = true;
    return result;
}

} // namespace ps
