#include "core/eval/policyengine.h"

#include <algorithm>
#include <unordered_map>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "core/eval/hostendpointpipeline.h"
#include "core/kube/adminconvert.h"
#include "core/kube/kubeconvert.h"
#include "core/model/builtintier.h"
#include "core/model/protocol.h"
#include "core/net/ipnetwork.h"
#include "core/selector/labelindex.h"
#include "core/validate/validator.h"

namespace ps {

namespace {

// The translation context, in a form lupdate sees (it files a free TraceWords::tr() under the
// namespace).
struct TraceWords {
    Q_DECLARE_TR_FUNCTIONS(Trace)
};

struct CompiledProfile {
    QString name;
    QList<CompiledRule> ingress;
    QList<CompiledRule> egress;
};

const std::vector<int> kNoIds;

bool anyOfFamily(const QList<IpNetwork> &nets, int family)
{
    return std::any_of(
        nets.begin(), nets.end(), [family](const IpNetwork &n) { return n.family() == family; });
}

QList<IpNetwork> netsOfFamily(const QList<IpNetwork> &nets, int family)
{
    QList<IpNetwork> out;
    for (const IpNetwork &n : nets) {
        if (n.family() == family)
            out.append(n);
    }
    return out;
}

} // namespace

const QList<QPair<int, int>> &failsafeHostPorts(Direction direction)
{
    static const QList<QPair<int, int>> in {{6, 22}, {17, 68}, {6, 179}, {6, 2379}, {6, 2380},
        {6, 5473}, {6, 6443}, {6, 6666}, {6, 6667}};
    static const QList<QPair<int, int>> out {{17, 53}, {17, 67}, {6, 179}, {6, 2379}, {6, 2380},
        {6, 5473}, {6, 6443}, {6, 6666}, {6, 6667}};
    return direction == Direction::Ingress ? in : out;
}

bool isFailsafePort(Direction direction, int protocol, std::optional<int> port)
{
    if (!port)
        return false;
    const QList<QPair<int, int>> &ports = failsafeHostPorts(direction);
    return std::find(ports.begin(), ports.end(), qMakePair(protocol, *port)) != ports.end();
}

struct PolicyEngine::Data {
    Workspace workspace;
    QList<LeftOut> leftOut;
    Inventory inventory;
    SelectorTable selectors;
    QList<CompiledPolicy> policies;
    QList<OrderedTier> tiers;
    Diagnostics diagnostics;
    // Per object: the policies that apply, by rank (null: none). Engines built one from another
    // share the lists an edit did not touch.
    using IdList = std::shared_ptr<const std::vector<int>>;
    std::vector<IdList> ingress;
    std::vector<IdList> egress;
    std::vector<std::vector<int>> sets; // per selector id: matching object ids (rule sets)
    QHash<QString, CompiledProfile> profiles;
    struct HostStages {
        std::vector<int> untrackedIngress, untrackedEgress, preDnatIngress;
        std::vector<int> forwardIngress, forwardEgress;
        // interfaceName "*": doNotTrack policies Felix ignores there (with a warning)
        std::vector<int> ignoredUntracked;
    };
    QHash<int, HostStages> hostStages; // per host endpoint, by rank
    FelixSettings felixDefault; // nodes without a FelixConfiguration of their own
    QHash<QString, FelixSettings> felixPerNode; // nodes with a node.<name> one
    QHash<IpAddress, QString> hostAddresses; // a node's own addresses → the node
    QHash<QString, int> wildcardHostEndpoints; // a node → its interfaceName "*" host endpoint
    QSet<int> allInterfaces; // every interfaceName "*" host endpoint: no untracked stage

    // What the engine of the next version takes over (build(previous)):
    // the label index over the inventory's objects and profiles;
    std::shared_ptr<const LabelIndex> labels;
    // the objects each policy selector selects, by selector id;
    QHash<int, QList<int>> policyMatches;
    // which rule sets were computed (sets[id] is empty for the others);
    std::vector<bool> setComputed;
    // per policy of `policies`: what compiling it reported; the profiles' the same;
    std::vector<Diagnostics> policyDiagnostics;
    Diagnostics profileDiagnostics;
    // per Calico policy, Kubernetes NetworkPolicy and admin policy (by its id): the index of
    // the policy it compiled to (-1: none) and what converting it reported;
    QHash<ResourceId, int> compiledFrom;
    QHash<ResourceId, Diagnostics> conversionDiagnostics;
    // per policy of `policies`: the resource it comes from
    std::vector<ResourceId> origins;
    // the selector table's size after the last build from nothing: edits only add entries, so
    // past a bound the next build starts afresh and memory stays flat over a long session.
    int freshSelectors = 0;

    void build(const Data *previous);
    void addDiagnostic(
        Diagnostics &out, const Source &source, const QString &message, const QString &path = {});
    void reportUntranslatable(Diagnostics &out, const Source &source, const QString &owner,
        const QList<CompiledRule> &rules, const QString &direction);
    CompiledPolicy compile(const CalicoPolicy &p, Diagnostics &out);
};

void PolicyEngine::Data::addDiagnostic(
    Diagnostics &out, const Source &source, const QString &message, const QString &path)
{
    Diagnostic diag;
    diag.severity = Severity::Warning;
    diag.message = message;
    diag.file = source.file;
    const SourcePos pos = path.isEmpty() ? source.pos : source.find(path);
    diag.line = pos.line;
    diag.column = pos.column;
    diag.path = path;
    out.append(diag);
}

void PolicyEngine::Data::reportUntranslatable(Diagnostics &out, const Source &source,
    const QString &owner, const QList<CompiledRule> &rules, const QString &direction)
{
    for (const CompiledRule &r : rules) {
        for (const Untranslatable &u : r.untranslatable) {
            addDiagnostic(out, source,
                TraceWords::tr("%1 %2 rule %3: %4 \"%5\" %6; the rule matches nothing")
                    .arg(owner, direction)
                    .arg(r.index)
                    .arg(u.field, u.text, untranslatableProblem(u.criterion)),
                QStringLiteral("spec.%1[%2].%3").arg(direction).arg(r.index).arg(u.field));
        }
    }
}

CompiledPolicy PolicyEngine::Data::compile(const CalicoPolicy &p, Diagnostics &out)
{
    CompiledPolicy c = compilePolicy(p, selectors);
    if (!c.selector.error.isEmpty()) {
        addDiagnostic(out, p.source,
            TraceWords::tr("policy %1: its selector does not parse (%2); it selects nothing")
                .arg(c.displayName, c.selector.error));
    }
    for (const QList<CompiledRule> *rules : {&c.ingress, &c.egress}) {
        for (const CompiledRule &r : *rules) {
            for (const CompiledEntity *e : {&r.source, &r.destination}) {
                if (!e->error.isEmpty()) {
                    addDiagnostic(out, p.source,
                        TraceWords::tr("policy %1 rule %2: a selector does not parse (%3); it "
                                       "matches nothing")
                            .arg(c.displayName)
                            .arg(r.index)
                            .arg(e->error));
                }
            }
        }
    }
    const QString owner = TraceWords::tr("policy %1").arg(c.displayName);
    reportUntranslatable(out, p.source, owner, c.ingress, QStringLiteral("ingress"));
    reportUntranslatable(out, p.source, owner, c.egress, QStringLiteral("egress"));
    return c;
}

namespace {

/// A list of ids as a key (endpoints alike share their policy lists).
struct IntListHash {
    size_t operator()(const std::vector<int> &ids) const noexcept
    {
        return qHashRange(ids.begin(), ids.end());
    }
};

/// The resource of `before` with the id, value and source of `item`, or nullptr. `index` maps
/// ids to positions in `before` (filled on first use).
template<class T>
const T *unchangedIn(const QList<T> &before, QHash<ResourceId, qsizetype> &index, const T &item)
{
    if (index.isEmpty() && !before.isEmpty()) {
        index.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            index.insert(before[i].source.id, i);
    }
    const auto it = index.constFind(item.source.id);
    if (it == index.cend())
        return nullptr;
    const T &old = before[*it];
    return old == item && sameOrigin(old.source, item.source) ? &old : nullptr;
}

/// Are two versions of a resource list the same (shared, or equal with the same sources)?
template<class T> bool sameList(const QList<T> &a, const QList<T> &b)
{
    if (a.isSharedWith(b))
        return true;
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!(a[i] == b[i]) || !sameOrigin(a[i].source, b[i].source))
            return false;
    }
    return true;
}

/// Does the inventory (and so every selector's members) stay what it was? It is derived from
/// these lists only (Inventory's constructor).
bool sameInventoryInput(const WorkspaceData &a, const WorkspaceData &b)
{
    return sameList(a.pods, b.pods) && sameList(a.workloads, b.workloads)
        && sameList(a.hostEndpoints, b.hostEndpoints) && sameList(a.networkSets, b.networkSets)
        && sameList(a.profiles, b.profiles) && sameList(a.namespaces, b.namespaces)
        && sameList(a.serviceAccounts, b.serviceAccounts) && sameList(a.services, b.services)
        && sameList(a.endpointSlices, b.endpointSlices);
}

} // namespace

void PolicyEngine::Data::build(const Data *previous)
{
    // Edits only add selector entries; past a bound, start afresh so they do not pile up.
    if (previous && previous->selectors.size() > 2 * previous->freshSelectors + 4096)
        previous = nullptr;
    const bool sameInventory
        = previous && sameInventoryInput(previous->workspace.data(), workspace.data());
    const bool sameVersion
        = previous && previous->workspace->calicoVersion == workspace->calicoVersion;

    if (previous) {
        selectors = previous->selectors;
        freshSelectors = previous->freshSelectors;
    }
    if (sameInventory) {
        inventory = previous->inventory;
        labels = previous->labels;
    } else {
        inventory = Inventory(workspace);
    }

    felixDefault = ps::felixSettings(workspace.data());
    for (const FelixConfiguration &c : workspace->felixConfigurations) {
        const QString node = felixConfigurationNode(c.meta.name);
        if (!node.isEmpty() && !felixPerNode.contains(node))
            felixPerNode.insert(node, ps::felixSettings(workspace.data(), node));
    }
    for (const Node &node : workspace->nodes) {
        for (const NodeAddress &a : node.addresses) {
            if (const auto ip = IpAddress::parse(a.address.trimmed()))
                hostAddresses.insert(*ip, node.meta.name);
        }
    }
    for (const InventoryObject &o : inventory.objects()) {
        if (o.kind != ObjectKind::HostEndpoint || o.node.isEmpty())
            continue;
        for (const IpAddress &ip : o.addresses)
            hostAddresses.insert(ip, o.node);
    }
    for (const HostEndpoint &h : workspace->hostEndpoints) {
        const int id = inventory.findHostEndpoint(h.meta.name);
        if (id >= 0 && h.interfaceName.trimmed() == u'*')
            allInterfaces.insert(id);
        if (id >= 0 && h.interfaceName.trimmed() == u'*' && !h.node.isEmpty()
            && !wildcardHostEndpoints.contains(h.node))
            wildcardHostEndpoints.insert(h.node, id);
    }

    // Every policy: the Calico ones in load order, then the Kubernetes and admin policies
    // converted. One that did not change since `previous` keeps its conversion and compiled form.
    QList<CalicoPolicy> all = workspace->policies;
    struct Pending {
        ResourceId origin;
        const CompiledPolicy *reused = nullptr;
        const Diagnostics *reusedDiagnostics = nullptr;
    };
    std::vector<Pending> pending;
    pending.reserve(size_t(all.size()));
    const auto reusedFrom = [&](ResourceId origin) -> int {
        return previous ? previous->compiledFrom.value(origin, -2) : -2;
    };
    for (const CalicoPolicy &p : workspace->policies) {
        Pending item {p.source.id};
        const int old = reusedFrom(p.source.id);
        if (old >= 0 && previous->policies[old].policy == p
            && sameOrigin(previous->policies[old].policy.source, p.source)) {
            item.reused = &previous->policies[old];
            item.reusedDiagnostics = &previous->policyDiagnostics[size_t(old)];
        }
        pending.push_back(item);
    }
    QList<ResourceId> converted; // conversions' origins, in order
    const auto convertOrReuse = [&](const auto &resource, const auto *unchanged, auto convert) {
        const ResourceId origin = resource.source.id;
        converted.append(origin);
        const int old = unchanged && sameVersion ? reusedFrom(origin) : -2;
        if (old >= -1) {
            conversionDiagnostics.insert(origin, previous->conversionDiagnostics.value(origin));
            if (old >= 0) {
                all.append(previous->policies[old].policy);
                pending.push_back(
                    {origin, &previous->policies[old], &previous->policyDiagnostics[size_t(old)]});
            } else {
                compiledFrom.insert(origin, -1);
            }
            return;
        }
        auto [policy, diagnosticsOf] = convert(resource);
        conversionDiagnostics.insert(origin, diagnosticsOf);
        if (policy) {
            all.append(*policy);
            pending.push_back({origin});
        } else {
            compiledFrom.insert(origin, -1);
        }
    };
    QHash<ResourceId, qsizetype> oldKube;
    for (const KubernetesNetworkPolicy &k : workspace->kubernetesPolicies) {
        const KubernetesNetworkPolicy *unchanged
            = previous ? unchangedIn(previous->workspace->kubernetesPolicies, oldKube, k) : nullptr;
        convertOrReuse(k, unchanged, [this](const KubernetesNetworkPolicy &r) {
            KubeConversion c = convertKubernetesPolicy(r, knpNaming(workspace->calicoVersion));
            return std::make_pair(std::optional<CalicoPolicy>(c.policy), c.diagnostics);
        });
    }
    QHash<ResourceId, qsizetype> oldAdmin;
    for (const AdminPolicy &a : workspace->adminPolicies) {
        const AdminPolicy *unchanged
            = previous ? unchangedIn(previous->workspace->adminPolicies, oldAdmin, a) : nullptr;
        convertOrReuse(a, unchanged, [this](const AdminPolicy &r) {
            AdminConversion c = convertAdminPolicy(r, workspace->calicoVersion);
            return std::make_pair(c.policy, c.diagnostics);
        });
    }
    for (const ResourceId origin : std::as_const(converted))
        diagnostics.append(conversionDiagnostics.value(origin));

    policies.reserve(all.size());
    policyDiagnostics.reserve(size_t(all.size()));
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Pending &item = pending[size_t(i)];
        compiledFrom.insert(item.origin, int(i));
        if (item.reused) {
            policies.append(*item.reused);
            policyDiagnostics.push_back(*item.reusedDiagnostics);
        } else {
            Diagnostics found;
            policies.append(compile(all[i], found));
            policyDiagnostics.push_back(std::move(found));
        }
        diagnostics.append(policyDiagnostics.back());
    }

    tiers = orderPolicies(workspace, all, true);
    int rank = 0;
    for (qsizetype t = 0; t < tiers.size(); ++t) {
        // A tier only referenced by policies acts as Calico's default: Deny.
        tiers[t].defaultAction = effectiveTierDefaultAction(tiers[t].defaultAction);
        for (qsizetype pi : tiers[t].policies) {
            policies[pi].rank = rank++;
            policies[pi].tierIndex = int(t);
        }
    }

    if (sameInventory) {
        profiles = previous->profiles;
        profileDiagnostics = previous->profileDiagnostics;
    } else {
        for (auto it = inventory.profiles().cbegin(); it != inventory.profiles().cend(); ++it) {
            CompiledProfile cp;
            cp.name = it.key();
            for (qsizetype i = 0; i < it->ingress.size(); ++i)
                cp.ingress.append(compileRule(it->ingress[i], int(i), QString(), true, selectors));
            for (qsizetype i = 0; i < it->egress.size(); ++i)
                cp.egress.append(compileRule(it->egress[i], int(i), QString(), true, selectors));
            const QString owner = TraceWords::tr("profile %1").arg(cp.name);
            reportUntranslatable(
                profileDiagnostics, it->source, owner, cp.ingress, QStringLiteral("ingress"));
            reportUntranslatable(
                profileDiagnostics, it->source, owner, cp.egress, QStringLiteral("egress"));
            profiles.insert(cp.name, cp);
        }
    }
    diagnostics.append(profileDiagnostics);

    // The label index answers every selector query below without scanning all objects.
    const QList<InventoryObject> &objects = inventory.objects();
    if (!labels) {
        auto index = std::make_shared<LabelIndex>();
        for (auto it = inventory.profiles().cbegin(); it != inventory.profiles().cend(); ++it)
            index->setParent(it.key(), it->labelsToApply);
        for (qsizetype id = 0; id < objects.size(); ++id)
            index->setItem(int(id), objects[id].labels, objects[id].profiles);
        labels = std::move(index);
    }
    if (sameInventory)
        policyMatches = previous->policyMatches;

    // The endpoints each policy applies to, per direction and host endpoint stage, by rank.
    // Untracked and pre-DNAT policies form host endpoints' own stages (docs/semantics.md: "Host
    // endpoints").
    const auto isHostStage = [](const CompiledPolicy &p) {
        return (p.policy.doNotTrack || p.policy.preDNAT)
            && !(p.staged && p.policy.stagedAction == u"Delete");
    };
    const auto selectedBy = [&](const CompiledPolicy &p) -> QList<int> {
        if ((!p.evaluated && !isHostStage(p)) || !p.selector.error.isEmpty())
            return {};
        const Selector *sel = selectors.selector(p.selectorId);
        if (!sel)
            return {};
        auto cached = policyMatches.constFind(p.selectorId);
        if (cached == policyMatches.constEnd())
            cached = policyMatches.insert(p.selectorId, labels->matching(*sel));
        return *cached;
    };
    const auto byRank = [this](int a, int b) { return policies[a].rank < policies[b].rank; };
    // Does policy `pi` go into endpoint `id`'s list of `direction` (not a host stage of its own)?
    const auto appliesAt = [&](int pi, int id, Direction direction) {
        const CompiledPolicy &p = policies[pi];
        return objects[id].isEndpoint() && !isHostStage(p)
            && (direction == Direction::Ingress ? p.appliesIngress : p.appliesEgress);
    };
    const auto placeInStages = [&](int pi, int id) {
        const CompiledPolicy &p = policies[pi];
        if (objects[id].kind != ObjectKind::HostEndpoint)
            return;
        HostStages &stages = hostStages[id];
        if (p.policy.doNotTrack && allInterfaces.contains(id)) {
            // Felix has no raw-table chains for an all-interfaces host endpoint: it logs a
            // warning and ignores its untracked policy (docs/semantics.md: "Host endpoints").
            if (p.appliesIngress || p.appliesEgress)
                stages.ignoredUntracked.push_back(pi);
        } else if (p.policy.doNotTrack) {
            if (p.appliesIngress)
                stages.untrackedIngress.push_back(pi);
            if (p.appliesEgress)
                stages.untrackedEgress.push_back(pi);
        } else if (p.policy.preDNAT) {
            if (p.appliesIngress)
                stages.preDnatIngress.push_back(pi);
        } else if (p.policy.applyOnForward) {
            if (p.appliesIngress)
                stages.forwardIngress.push_back(pi);
            if (p.appliesEgress)
                stages.forwardEgress.push_back(pi);
        }
    };
    const auto sortStages = [&](HostStages &stages) {
        for (auto *list :
            {&stages.untrackedIngress, &stages.untrackedEgress, &stages.preDnatIngress,
                &stages.forwardIngress, &stages.forwardEgress, &stages.ignoredUntracked})
            std::sort(list->begin(), list->end(), byRank);
    };

    // After an edit that kept every policy in its place, the tiers and the inventory, unchanged
    // policies keep their relative order (tier order, then order, then name): only the lists
    // holding a changed policy, before or now, are redone — each distinct list once, as
    // endpoints alike share one.
    bool patch = sameInventory && sameVersion && policies.size() == previous->policies.size()
        && sameList(previous->workspace->tiers, workspace->tiers);
    for (size_t i = 0; patch && i < pending.size(); ++i)
        patch = pending[i].origin == previous->origins[i];
    for (const Pending &item : pending)
        origins.push_back(item.origin);
    if (patch) {
        ingress = previous->ingress;
        egress = previous->egress;
        hostStages = previous->hostStages;
        std::vector<unsigned char> mark(size_t(objects.size()), 0);
        for (size_t i = 0; i < pending.size(); ++i) {
            if (pending[i].reused)
                continue;
            const int pi = int(i);
            // Where the version before applied (a policy placed anywhere has its selector's
            // members cached), and where this one does.
            const QList<int> before
                = previous->policyMatches.value(previous->policies[pi].selectorId);
            const QList<int> now = selectedBy(policies[pi]);
            std::vector<int> touched;
            for (const QList<int> *ids : {&before, &now}) {
                for (int id : *ids) {
                    if (!mark[size_t(id)]++)
                        touched.push_back(id);
                }
            }
            for (int id : now)
                mark[size_t(id)] = 2; // selected now
            for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
                std::vector<IdList> &lists = direction == Direction::Ingress ? ingress : egress;
                QHash<QPair<const void *, bool>, IdList> redone;
                for (int id : touched) {
                    IdList &list = lists[size_t(id)];
                    const bool applies = mark[size_t(id)] == 2 && appliesAt(pi, id, direction);
                    const QPair<const void *, bool> key(list.get(), applies);
                    auto it = redone.constFind(key);
                    if (it == redone.constEnd()) {
                        std::vector<int> ids = list ? *list : std::vector<int>();
                        std::erase(ids, pi);
                        if (applies) {
                            ids.insert(std::upper_bound(ids.begin(), ids.end(), pi, byRank), pi);
                        }
                        it = redone.insert(key,
                            ids.empty() ? IdList() : std::make_shared<const std::vector<int>>(ids));
                    }
                    list = *it;
                }
            }
            for (int id : touched) {
                if (objects[id].kind == ObjectKind::HostEndpoint) {
                    HostStages &stages = hostStages[id];
                    for (auto *list : {&stages.untrackedIngress, &stages.untrackedEgress,
                             &stages.preDnatIngress, &stages.forwardIngress, &stages.forwardEgress,
                             &stages.ignoredUntracked})
                        std::erase(*list, pi);
                    if (mark[size_t(id)] == 2)
                        placeInStages(pi, id);
                    sortStages(stages);
                }
                mark[size_t(id)] = 0;
            }
        }
    } else {
        std::vector<std::vector<int>> in(size_t(objects.size()));
        std::vector<std::vector<int>> out(size_t(objects.size()));
        for (qsizetype pi = 0; pi < policies.size(); ++pi) {
            for (int id : selectedBy(policies[pi])) {
                if (!objects[id].isEndpoint())
                    continue;
                placeInStages(int(pi), id);
                if (appliesAt(int(pi), id, Direction::Ingress))
                    in[size_t(id)].push_back(int(pi));
                if (appliesAt(int(pi), id, Direction::Egress))
                    out[size_t(id)].push_back(int(pi));
            }
        }
        for (HostStages &stages : hostStages)
            sortStages(stages);
        // Endpoints alike have the same lists: each distinct one is kept once.
        std::unordered_map<std::vector<int>, IdList, IntListHash> distinct;
        const auto intern = [&](std::vector<int> &ids) -> IdList {
            if (ids.empty())
                return {};
            std::sort(ids.begin(), ids.end(), byRank);
            auto [it, added] = distinct.try_emplace(std::move(ids));
            if (added)
                it->second = std::make_shared<const std::vector<int>>(it->first);
            return it->second;
        };
        ingress.assign(size_t(objects.size()), {});
        egress.assign(size_t(objects.size()), {});
        for (size_t id = 0; id < in.size(); ++id) {
            ingress[id] = intern(in[id]);
            egress[id] = intern(out[id]);
        }
    }

    // Never silent: each doNotTrack policy an all-interfaces host endpoint ignores is a warning.
    for (auto it = hostStages.cbegin(); it != hostStages.cend(); ++it) {
        for (int pi : it->ignoredUntracked) {
            Diagnostic warning;
            warning.severity = Severity::Warning;
            warning.message = TraceWords::tr(
                "policy %1 is doNotTrack but host endpoint %2 has interfaceName \"*\": Felix "
                "ignores untracked policy on an all-interfaces host endpoint")
                                  .arg(policies[pi].displayName, objects[it.key()].ref());
            warning.path = QStringLiteral("spec.doNotTrack");
            const Source &src = policies[pi].policy.source;
            warning.file = src.file;
            warning.line = src.pos.line;
            warning.column = src.pos.column;
            warning.resource = src.id;
            diagnostics.append(warning);
        }
    }

    // Rule IP sets: the objects each rule selector matches.
    sets.assign(size_t(selectors.size()), {});
    setComputed.assign(size_t(selectors.size()), false);
    std::vector<bool> wanted(size_t(selectors.size()), false);
    const auto want = [&](const QList<CompiledRule> &rules) {
        for (const CompiledRule &r : rules) {
            for (const CompiledEntity *e : {&r.source, &r.destination}) {
                if (e->positiveSet >= 0)
                    wanted[size_t(e->positiveSet)] = true;
                if (e->negativeSet >= 0)
                    wanted[size_t(e->negativeSet)] = true;
            }
        }
    };
    for (const CompiledPolicy &p : policies) {
        want(p.ingress);
        want(p.egress);
    }
    for (const CompiledProfile &p : profiles) {
        want(p.ingress);
        want(p.egress);
    }
    for (int id = 0; id < selectors.size(); ++id) {
        if (!wanted[size_t(id)])
            continue;
        const size_t slot = size_t(id);
        if (sameInventory && slot < previous->setComputed.size() && previous->setComputed[slot]) {
            sets[slot] = previous->sets[slot];
        } else if (const Selector *sel = selectors.selector(id)) {
            const QList<int> ids = labels->matching(*sel);
            sets[slot].assign(ids.begin(), ids.end());
        }
        setComputed[slot] = true;
    }
    if (!previous)
        freshSelectors = selectors.size();
}

PolicyEngine::PolicyEngine() : PolicyEngine(Workspace()) { }

PolicyEngine::PolicyEngine(const Workspace &workspace)
    : PolicyEngine(workspace, Validator().validate(workspace))
{
}

PolicyEngine::PolicyEngine(const Workspace &workspace, const Diagnostics &validation)
{
    auto data = std::make_shared<Data>();
    Admission admission = admit(workspace, validation);
    data->workspace = std::move(admission.admitted);
    data->leftOut = std::move(admission.leftOut);
    data->build(nullptr);
    d = std::move(data);
}

PolicyEngine::PolicyEngine(
    const Workspace &workspace, const Diagnostics &validation, const PolicyEngine &previous)
{
    auto data = std::make_shared<Data>();
    Admission admission = admit(workspace, validation);
    data->workspace = std::move(admission.admitted);
    data->leftOut = std::move(admission.leftOut);
    data->build(previous.d.get());
    d = std::move(data);
}

const Workspace &PolicyEngine::workspace() const
{
    return d->workspace;
}

const QList<LeftOut> &PolicyEngine::leftOut() const
{
    return d->leftOut;
}
const Inventory &PolicyEngine::inventory() const
{
    return d->inventory;
}
const SelectorTable &PolicyEngine::selectors() const
{
    return d->selectors;
}
const QList<CompiledPolicy> &PolicyEngine::policies() const
{
    return d->policies;
}
const QList<OrderedTier> &PolicyEngine::tiers() const
{
    return d->tiers;
}
const Diagnostics &PolicyEngine::diagnostics() const
{
    return d->diagnostics;
}

const std::vector<int> &PolicyEngine::applicablePolicies(int endpoint, Direction direction) const
{
    const auto &lists = direction == Direction::Ingress ? d->ingress : d->egress;
    if (endpoint < 0 || size_t(endpoint) >= lists.size() || !lists[size_t(endpoint)])
        return kNoIds;
    return *lists[size_t(endpoint)];
}

const std::vector<int> &PolicyEngine::setMembers(int selectorId) const
{
    if (selectorId < 0 || size_t(selectorId) >= d->sets.size())
        return kNoIds;
    return d->sets[size_t(selectorId)];
}

const QList<CompiledRule> *PolicyEngine::profileRules(
    const QString &profile, Direction direction) const
{
    const auto it = d->profiles.constFind(profile);
    if (it == d->profiles.constEnd())
        return nullptr;
    return direction == Direction::Ingress ? &it->ingress : &it->egress;
}

bool PolicyEngine::inSet(int selectorId, const PacketPeer &peer) const
{
    const std::vector<int> &members = setMembers(selectorId);
    for (int m : peer.members) {
        if (std::binary_search(members.begin(), members.end(), m))
            return true;
    }
    return false;
}

Result<EndpointRef> PolicyEngine::resolve(const QString &ref) const
{
    EndpointRef r;
    const QString text = ref.trimmed();
    const Inventory &inv = d->inventory;
    if (text.startsWith(u"hep:")) {
        r.object = inv.findHostEndpoint(text.mid(4));
    } else if (const auto ip = IpAddress::parse(text)) {
        r.address = *ip;
        r.object = inv.endpointAt(*ip);
        r.display = r.object >= 0 ? inv.object(r.object).ref() : ip->toString();
        return r;
    } else if (const qsizetype slash = text.indexOf(u'/'); slash > 0) {
        const QString ns = text.left(slash);
        const QString name = text.mid(slash + 1);
        r.object = inv.findPod(ns, name);
        if (r.object < 0)
            r.object = inv.findWorkload(ns, name);
    }
    if (r.object < 0) {
        return Error {TraceWords::tr(
            "unknown endpoint %1 (expected namespace/name, hep:name or an IP address)")
                          .arg(text)};
    }
    r.display = inv.object(r.object).ref();
    return r;
}

Result<Packet> PolicyEngine::packet(const Flow &flow) const
{
    const Result<EndpointRef> from = resolve(flow.from);
    if (!from)
        return from.error();
    const Result<EndpointRef> to = resolve(flow.to);
    if (!to)
        return to.error();
    return packet(*from, *to, flow);
}

Result<Packet> PolicyEngine::packet(
    const EndpointRef &from, const EndpointRef &to, const Flow &flow) const
{
    const auto proto = parseProtocolNumber(flow.protocol);
    if (!proto)
        return Error {unknownProtocolMessage(flow.protocol)};
    const Inventory &inv = d->inventory;
    const auto addressesOf = [&](const EndpointRef &r) -> QList<IpAddress> {
        if (r.address)
            return {*r.address};
        return r.object >= 0 ? inv.object(r.object).addresses : QList<IpAddress> {};
    };
    const QList<IpAddress> src = addressesOf(from);
    const QList<IpAddress> dst = addressesOf(to);
    int family = 0;
    if (to.address)
        family = to.address->family();
    else if (from.address)
        family = from.address->family();
    else {
        for (const IpAddress &a : src) {
            if (std::any_of(dst.begin(), dst.end(),
                    [&](const IpAddress &b) { return b.family() == a.family(); })) {
                family = a.family();
                break;
            }
        }
        if (family == 0)
            family = !src.isEmpty() ? src.first().family()
                                    : (!dst.isEmpty() ? dst.first().family() : 4);
    }
    Packet p;
    if (!flow.via.trimmed().isEmpty()) {
        const Result<EndpointRef> via = resolve(flow.via);
        if (!via)
            return via.error();
        if (via->object < 0 || inv.object(via->object).kind != ObjectKind::HostEndpoint)
            return Error {TraceWords::tr("via %1 is not a host endpoint (expected hep:name): "
                                         "only host endpoints see forwarded traffic")
                              .arg(via->display)};
        p.via = via->object;
    }
    p.family = family;
    p.protocol = *proto;
    p.destinationPort = flow.port;
    p.sourcePort = flow.sourcePort;
    p.icmpType = flow.icmpType;
    p.icmpCode = flow.icmpCode;
    const auto makePeer = [&](const EndpointRef &r, const QList<IpAddress> &addresses,
                              PacketPeer &peer) -> QString {
        peer.object = r.object;
        if (r.address) {
            peer.address = r.address;
        } else {
            for (const IpAddress &a : addresses) {
                if (a.family() == family) {
                    peer.address = a;
                    break;
                }
            }
            if (!peer.address && !addresses.isEmpty())
                return TraceWords::tr("%1 has no IPv%2 address").arg(r.display).arg(family);
        }
        if (peer.address)
            peer.members = inv.objectsAt(*peer.address);
        else if (r.object >= 0)
            peer.members = {r.object};
        return QString();
    };
    if (const QString e = makePeer(from, src, p.source); !e.isEmpty())
        return Error {e};
    if (const QString e = makePeer(to, dst, p.destination); !e.isEmpty())
        return Error {e};
    if (p.source.address && p.destination.address
        && p.source.address->family() != p.destination.address->family()) {
        return Error {
            TraceWords::tr("%1 and %2 are of different IP families").arg(from.display, to.display)};
    }
    return p;
}

bool PolicyEngine::ruleMatches(
    const CompiledRule &r, const Packet &pkt, QList<RuleMismatch> *failures) const
{
    return failures ? matchRule(r, pkt, failures, nullptr) == 0
                    : matchRule(r, pkt, nullptr, nullptr) == 0;
}

int PolicyEngine::failureCount(const CompiledRule &r, const Packet &pkt) const
{
    int count = 0;
    matchRule(r, pkt, nullptr, &count);
    return count;
}

// The one rule matcher. Without `failures` and `count` it stops at the first failed criterion
// (the fast path); with `count` it counts every failed criterion without recording them; with
// `failures` it records each one. Returns the number of failures seen (0 = match).
int PolicyEngine::matchRule(
    const CompiledRule &r, const Packet &pkt, QList<RuleMismatch> *failures, int *count) const
{
    int failed = 0;
#define PS_FAIL(...)                                                                               \
    do {                                                                                           \
        ++failed;                                                                                  \
        if (count)                                                                                 \
            ++*count;                                                                              \
        else if (!failures)                                                                        \
            return failed;                                                                         \
        else                                                                                       \
            failures->append(__VA_ARGS__);                                                         \
    } while (false)

    if (r.action == RuleAction::Invalid)
        PS_FAIL(RuleMismatch {.criterion = Criterion::Action, .kind = MismatchKind::Invalid});
    if (r.protocolUnknown)
        PS_FAIL(RuleMismatch {.criterion = Criterion::Protocol, .kind = MismatchKind::Invalid});
    for (const Untranslatable &u : r.untranslatable) {
        PS_FAIL(RuleMismatch {.criterion = u.criterion,
            .kind = MismatchKind::Unusable,
            .name = u.field,
            .text = u.text});
    }
    if (r.ipVersion && *r.ipVersion != pkt.family)
        PS_FAIL(RuleMismatch {
            .criterion = Criterion::IpVersion, .family = pkt.family, .ruleValue = *r.ipVersion});
    // docs/semantics.md: "Compiling a policy": CIDR lists filtered to the packet's family; a list
    // that becomes empty makes the rule never match this family (notNets too); a catch-all notNets
    // never matches.
    const struct {
        const QList<IpNetwork> *nets;
        Criterion criterion;
        RuleSide side;
    } lists[] = {
        {&r.source.nets, Criterion::Nets, RuleSide::Source},
        {&r.source.notNets, Criterion::NotNets, RuleSide::Source},
        {&r.destination.nets, Criterion::Nets, RuleSide::Destination},
        {&r.destination.notNets, Criterion::NotNets, RuleSide::Destination},
    };
    for (const auto &l : lists) {
        if (!l.nets->isEmpty() && !anyOfFamily(*l.nets, pkt.family)) {
            PS_FAIL(RuleMismatch {.criterion = l.criterion,
                .kind = MismatchKind::OtherFamily,
                .side = l.side,
                .family = pkt.family});
        }
        if (l.criterion == Criterion::NotNets) {
            for (const IpNetwork &n : *l.nets) {
                if (n.family() == pkt.family && n.isCatchAll()) {
                    PS_FAIL(RuleMismatch {.criterion = l.criterion,
                        .kind = MismatchKind::CatchAll,
                        .side = l.side,
                        .family = pkt.family,
                        .nets = {n}});
                    break;
                }
            }
        }
    }
    if (r.protocol && *r.protocol != pkt.protocol)
        PS_FAIL(RuleMismatch {
            .criterion = Criterion::Protocol, .protocol = pkt.protocol, .ruleValue = *r.protocol});
    if (r.notProtocol && *r.notProtocol == pkt.protocol)
        PS_FAIL(RuleMismatch {.criterion = Criterion::NotProtocol,
            .protocol = pkt.protocol,
            .ruleValue = *r.notProtocol});
    if (r.icmp && r.icmp->type) {
        if (!pkt.icmpType || *pkt.icmpType != *r.icmp->type) {
            PS_FAIL(RuleMismatch {.criterion = Criterion::IcmpType,
                .kind = pkt.icmpType ? MismatchKind::Value : MismatchKind::Missing,
                .protocol = pkt.protocol,
                .value = pkt.icmpType,
                .ruleValue = *r.icmp->type});
        } else if (r.icmp->code && (!pkt.icmpCode || *pkt.icmpCode != *r.icmp->code)) {
            PS_FAIL(RuleMismatch {.criterion = Criterion::IcmpCode,
                .kind = pkt.icmpCode ? MismatchKind::Value : MismatchKind::Missing,
                .protocol = pkt.protocol,
                .value = pkt.icmpCode,
                .ruleValue = *r.icmp->code});
        }
    }
    if (r.notIcmp && r.notIcmp->type && pkt.icmpType && *pkt.icmpType == *r.notIcmp->type
        && (!r.notIcmp->code || (pkt.icmpCode && *pkt.icmpCode == *r.notIcmp->code))) {
        PS_FAIL(RuleMismatch {.criterion = Criterion::NotIcmp,
            .protocol = pkt.protocol,
            .value = pkt.icmpType,
            .ruleValue = *r.notIcmp->type});
    }

    const Inventory &inv = d->inventory;
    const int portSetProtocol = namedPortProtocol(r.protocol);
    const auto namedPortMember
        = [&](const QString &name, int port, const PacketPeer &peer, int positiveSet) {
              if (pkt.protocol != portSetProtocol)
                  return false;
              for (int m : peer.members) {
                  const InventoryObject &o = inv.object(m);
                  if (!o.isEndpoint())
                      continue; // network sets and outside addresses never have named ports
                  if (positiveSet >= 0
                      && !std::binary_search(
                          setMembers(positiveSet).begin(), setMembers(positiveSet).end(), m))
                      continue;
                  for (const NamedPort &np : o.namedPorts) {
                      if (np.name == name && np.port == port && np.protocol == portSetProtocol)
                          return true;
                  }
              }
              return false;
          };
    const auto portIn = [&](const QList<Port> &ports, int port, const PacketPeer &peer,
                            int positiveSet) {
        for (const Port &p : ports) {
            if (p.isNamed() ? namedPortMember(p.name(), port, peer, positiveSet) : p.contains(port))
                return true;
        }
        return false;
    };

    for (const bool isSource : {true, false}) {
        const CompiledEntity &e = isSource ? r.source : r.destination;
        const PacketPeer &peer = isSource ? pkt.source : pkt.destination;
        const std::optional<int> port = isSource ? pkt.sourcePort : pkt.destinationPort;
        // What every mismatch of this side says about the packet; built only when recorded.
        const auto sideMismatch = [&](Criterion criterion, MismatchKind kind) {
            return RuleMismatch {.criterion = criterion,
                .kind = kind,
                .side = isSource ? RuleSide::Source : RuleSide::Destination,
                .family = pkt.family,
                .protocol = pkt.protocol,
                .value = port,
                .address = peer.address,
                .peer = peer.object >= 0 ? inv.object(peer.object).ref() : QString()};
        };
        const auto withNets = [](RuleMismatch m, QList<IpNetwork> nets) {
            m.nets = std::move(nets);
            return m;
        };
        if (anyOfFamily(e.nets, pkt.family)) {
            if (!peer.address)
                PS_FAIL(withNets(sideMismatch(Criterion::Nets, MismatchKind::Missing),
                    netsOfFamily(e.nets, pkt.family)));
            else if (std::none_of(e.nets.begin(), e.nets.end(),
                         [&](const IpNetwork &n) { return n.contains(*peer.address); }))
                PS_FAIL(withNets(sideMismatch(Criterion::Nets, MismatchKind::Value),
                    netsOfFamily(e.nets, pkt.family)));
        }
        if (anyOfFamily(e.notNets, pkt.family)) {
            if (!peer.address) {
                PS_FAIL(withNets(sideMismatch(Criterion::NotNets, MismatchKind::Missing),
                    netsOfFamily(e.notNets, pkt.family)));
            } else {
                for (const IpNetwork &n : e.notNets) {
                    if (n.contains(*peer.address)) {
                        PS_FAIL(
                            withNets(sideMismatch(Criterion::NotNets, MismatchKind::Value), {n}));
                        break;
                    }
                }
            }
        }
        if (e.positiveSet >= 0 && !inSet(e.positiveSet, peer)) {
            ++failed;
            if (count)
                ++*count;
            else if (!failures)
                return failed;
            const Selector *sel = d->selectors.selector(e.positiveSet);
            if (failures && !sel) {
                failures->append(sideMismatch(Criterion::Selector, MismatchKind::Invalid));
            } else if (failures && peer.members.isEmpty()) {
                failures->append(sideMismatch(Criterion::Selector, MismatchKind::Outside));
            } else if (failures) {
                RuleMismatch m = sideMismatch(Criterion::Selector, MismatchKind::Value);
                m.selector = selectorMisses(sel->root(),
                    LabelSource(inv.object(peer.members.first()).effectiveLabels), true);
                failures->append(m);
            }
        }
        if (e.negativeSet >= 0 && inSet(e.negativeSet, peer)) {
            PS_FAIL([&] {
                RuleMismatch m = sideMismatch(Criterion::NotSelector, MismatchKind::Value);
                m.name = e.notSelector;
                return m;
            }());
        }
        const auto withPorts = [](RuleMismatch m, const QList<Port> &ports) {
            m.ports = ports;
            return m;
        };
        if (!e.ports.isEmpty()) {
            if (!port)
                PS_FAIL(withPorts(sideMismatch(Criterion::Ports, MismatchKind::Missing), e.ports));
            else if (!portIn(e.ports, *port, peer, e.positiveSet))
                PS_FAIL(withPorts(sideMismatch(Criterion::Ports, MismatchKind::Value), e.ports));
        }
        if (!e.notPorts.isEmpty() && port && portIn(e.notPorts, *port, peer, e.positiveSet))
            PS_FAIL(withPorts(sideMismatch(Criterion::NotPorts, MismatchKind::Value), e.notPorts));
        if (e.hasService) {
            const auto serviceMismatch = [&](MismatchKind kind) {
                RuleMismatch m = sideMismatch(Criterion::Services, kind);
                m.name = e.serviceKey;
                return m;
            };
            const ServiceMembers *svc = inv.service(e.serviceKey);
            if (!svc) {
                PS_FAIL(serviceMismatch(MismatchKind::Unknown));
            } else if (isSource) {
                if (!peer.address || !svc->addresses.contains(*peer.address))
                    PS_FAIL(serviceMismatch(MismatchKind::Value));
            } else if (!peer.address || !port
                || !svc->ports.contains(ServicePortKey {*peer.address, pkt.protocol, *port})) {
                PS_FAIL(serviceMismatch(MismatchKind::Value));
            }
        }
    }
#undef PS_FAIL
    return failed;
}

namespace {

// A matching rule's step: where it is, and why with what the rule carries beyond its action.
TraceStep ruleStep(const QString &tier, const CompiledPolicy &p, const CompiledRule &r,
    const QString &action, StepReason why)
{
    why.ruleAction = r.action;
    why.httpIgnored = r.hasHttp;
    why.serviceNamespaceDefaulted
        = r.source.serviceNamespaceDefaulted || r.destination.serviceNamespaceDefaulted;
    return {
        tier, p.displayName, p.kindName, r.index, action, std::move(why), {}, p.policy.source.id};
}

// A step about policy `p` as a whole (no rule).
TraceStep policyStep(
    const QString &tier, const CompiledPolicy &p, const QString &action, StepReason why)
{
    return {tier, p.displayName, p.kindName, -1, action, std::move(why), {}, p.policy.source.id};
}

StepReason failsafeReason(
    StepReason::Kind kind, Direction direction, const QString &endpoint, const Packet &pkt)
{
    StepReason why;
    why.kind = kind;
    why.direction = direction;
    why.endpoint = endpoint;
    why.protocol = pkt.protocol;
    why.port = pkt.destinationPort;
    return why;
}

} // namespace

DirectionTrace PolicyEngine::evaluate(
    int endpoint, Direction direction, const Packet &pkt, bool explain) const
{
    DirectionTrace out;
    const InventoryObject &obj = d->inventory.object(endpoint);
    if (explain)
        out.endpoint = obj.ref();
    out.isEndpoint = true;
    if (obj.kind != ObjectKind::HostEndpoint) {
        runStage(endpoint, direction, pkt, explain, HostEndpointPipeline::Normal,
            applicablePolicies(endpoint, direction), out);
        return out;
    }
    // A host endpoint: failsafe ports, untracked, pre-DNAT (ingress), normal (docs/semantics.md:
    // "Host endpoints").
    const bool isIngress = direction == Direction::Ingress;
    if (explain) {
        out.stages = isIngress
            ? QStringList {QStringLiteral("untracked"), QStringLiteral("preDNAT"),
                QStringLiteral("normal")}
            : QStringList {QStringLiteral("untracked"), QStringLiteral("normal")};
        // An all-interfaces host endpoint has no untracked stage in Felix.
        if (d->allInterfaces.contains(endpoint))
            out.stages.removeFirst();
    }
    const auto tagged = [&](HostEndpointPipeline stage, qsizetype from) {
        for (qsizetype i = from; i < out.steps.size(); ++i)
            out.steps[i].stage = hostEndpointPipelineName(stage);
    };
    if (isFailsafe(endpoint, direction, pkt)) {
        out.verdict = Verdict::Allow;
        if (explain) {
            out.steps.append({QString(), QString(), QString(), -1, QStringLiteral("allow"),
                failsafeReason(StepReason::Kind::Failsafe, direction, out.endpoint, pkt),
                QStringLiteral("failsafe")});
        }
        return out;
    }
    for (const HostEndpointPipeline stage :
        {HostEndpointPipeline::Untracked, HostEndpointPipeline::PreDnat}) {
        if (stage == HostEndpointPipeline::PreDnat && !isIngress)
            break;
        const qsizetype from = out.steps.size();
        const bool decided = runStage(endpoint, direction, pkt, explain, stage,
            stagePolicies(endpoint, direction, stage), out);
        tagged(stage, from);
        if (decided)
            return out;
    }
    const qsizetype from = out.steps.size();
    runStage(endpoint, direction, pkt, explain, HostEndpointPipeline::Normal,
        applicablePolicies(endpoint, direction), out);
    tagged(HostEndpointPipeline::Normal, from);
    return out;
}

DirectionTrace PolicyEngine::evaluateForwarded(
    int hostEndpoint, const Packet &pkt, bool explain) const
{
    DirectionTrace out;
    const InventoryObject &obj = d->inventory.object(hostEndpoint);
    if (explain) {
        out.endpoint = obj.ref();
        out.stages
            = {QStringLiteral("untracked"), QStringLiteral("preDNAT"), QStringLiteral("forward")};
        if (d->allInterfaces.contains(hostEndpoint))
            out.stages.removeFirst(); // no untracked stage on an all-interfaces host endpoint
    }
    out.isEndpoint = true;
    const auto tagged = [&](HostEndpointPipeline stage, qsizetype from) {
        for (qsizetype i = from; i < out.steps.size(); ++i)
            out.steps[i].stage = hostEndpointPipelineName(stage);
    };
    if (isFailsafe(hostEndpoint, Direction::Ingress, pkt)) {
        // The failsafe chains run in the raw and mangle tables too; the forward chains have none.
        if (explain) {
            out.steps.append({QString(), QString(), QString(), -1, QStringLiteral("next-stage"),
                failsafeReason(
                    StepReason::Kind::FailsafeForwarded, Direction::Ingress, out.endpoint, pkt),
                QStringLiteral("failsafe")});
        }
    } else {
        for (const HostEndpointPipeline stage :
            {HostEndpointPipeline::Untracked, HostEndpointPipeline::PreDnat}) {
            const qsizetype from = out.steps.size();
            const bool decided = runStage(hostEndpoint, Direction::Ingress, pkt, explain, stage,
                stagePolicies(hostEndpoint, Direction::Ingress, stage), out);
            tagged(stage, from);
            if (decided)
                return out;
        }
    }
    const qsizetype from = out.steps.size();
    runStage(hostEndpoint, Direction::Ingress, pkt, explain, HostEndpointPipeline::Forward,
        stagePolicies(hostEndpoint, Direction::Ingress, HostEndpointPipeline::Forward), out);
    tagged(HostEndpointPipeline::Forward, from);
    return out;
}

bool PolicyEngine::hasAllInterfacesHostEndpoints() const
{
    return !d->wildcardHostEndpoints.isEmpty();
}

DirectionTrace PolicyEngine::evaluateForwardPath(const Packet &pkt, bool explain) const
{
    DirectionTrace out;
    out.isEndpoint = true;
    if (pkt.via < 0 && d->wildcardHostEndpoints.isEmpty())
        return out;
    const Inventory &inv = d->inventory;
    const auto workloadNode = [&](int object) {
        if (object < 0 || !inv.object(object).isWorkloadEndpoint())
            return QString();
        return inv.object(object).node;
    };
    // The node a packet starts on as its own (a host endpoint or a node address): it leaves
    // through OUTPUT there, not FORWARD.
    QString localSource;
    if (pkt.source.object >= 0 && inv.object(pkt.source.object).kind == ObjectKind::HostEndpoint)
        localSource = inv.object(pkt.source.object).node;
    else if (pkt.source.address)
        localSource = hostNodeOf(*pkt.source.address);
    const QString viaNode = pkt.via >= 0 ? inv.object(pkt.via).node : QString();
    const QString srcNode = ownHostOf(pkt).isEmpty() ? workloadNode(pkt.source.object) : QString();
    QString dstNode = workloadNode(pkt.destination.object);
    if (!dstNode.isEmpty() && dstNode == localSource)
        dstNode.clear();

    struct Check {
        int hostEndpoint;
        Direction direction;
        bool fromPod;
    };
    QList<Check> checks;
    const auto wildcard = [&](const QString &node) {
        return node.isEmpty() ? -1 : d->wildcardHostEndpoints.value(node, -1);
    };
    bool viaPlaced = false;
    if (!srcNode.isEmpty()) {
        if (const int w = wildcard(srcNode); w >= 0)
            checks.append({w, Direction::Ingress, true});
        int out = -1;
        if (dstNode == srcNode) {
            out = wildcard(srcNode);
        } else if (pkt.via >= 0 && viaNode == srcNode) {
            out = pkt.via; // Flow::via on the sending pod's node: the interface it leaves by
            viaPlaced = true;
        } else {
            out = wildcard(srcNode);
        }
        if (out >= 0)
            checks.append({out, Direction::Egress, true});
    }
    if (!dstNode.isEmpty() && dstNode != srcNode) {
        int in = wildcard(dstNode);
        if (pkt.via >= 0 && viaNode == dstNode) {
            in = pkt.via;
            viaPlaced = true;
        }
        if (in >= 0)
            checks.append({in, Direction::Ingress, false});
        if (const int w = wildcard(dstNode); w >= 0)
            checks.append({w, Direction::Egress, false});
    }
    if (pkt.via >= 0 && !viaPlaced)
        checks.prepend({pkt.via, Direction::Ingress, false});

    for (const Check &c : checks) {
        DirectionTrace one;
        if (c.direction == Direction::Ingress && !c.fromPod) {
            one = evaluateForwarded(c.hostEndpoint, pkt, explain);
        } else {
            one.isEndpoint = true;
            // A pod's packet meets the all-interfaces host endpoint's pre-DNAT policy first:
            // Felix's mangle from-host-endpoint dispatch ends in its chain for every interface,
            // the pods' too (the raw table's skips pods' packets, so no untracked stage). Its
            // failsafe ports come first there, and an allow skips the forward ingress stage.
            const std::vector<int> &preDnat = c.direction == Direction::Ingress
                ? stagePolicies(c.hostEndpoint, c.direction, HostEndpointPipeline::PreDnat)
                : kNoIds;
            const bool withPreDnat = !preDnat.empty();
            if (explain) {
                one.endpoint = inv.object(c.hostEndpoint).ref();
                one.stages = withPreDnat
                    ? QStringList {QStringLiteral("preDNAT"), QStringLiteral("forward")}
                    : QStringList {QStringLiteral("forward")};
            }
            const bool decided
                = withPreDnat && runPodPreDnat(c.hostEndpoint, pkt, explain, preDnat, one);
            if (!decided) {
                const qsizetype from = one.steps.size();
                runStage(c.hostEndpoint, c.direction, pkt, explain, HostEndpointPipeline::Forward,
                    stagePolicies(c.hostEndpoint, c.direction, HostEndpointPipeline::Forward), one);
                for (qsizetype i = from; i < one.steps.size(); ++i)
                    one.steps[i].stage = hostEndpointPipelineName(HostEndpointPipeline::Forward);
            }
        }
        if (explain) {
            if (out.endpoint.isEmpty())
                out.endpoint = one.endpoint;
            out.stages += one.stages;
            out.steps += one.steps;
        }
        if (one.verdict == Verdict::Deny) {
            out.verdict = Verdict::Deny;
            break;
        }
    }
    return out;
}

const std::vector<int> &PolicyEngine::ignoredUntrackedPolicies(int hostEndpoint) const
{
    const auto it = d->hostStages.constFind(hostEndpoint);
    return it == d->hostStages.constEnd() ? kNoIds : it->ignoredUntracked;
}

bool PolicyEngine::runPodPreDnat(int hostEndpoint, const Packet &pkt, bool explain,
    const std::vector<int> &preDnat, DirectionTrace &out) const
{
    if (isFailsafe(hostEndpoint, Direction::Ingress, pkt)) {
        if (explain) {
            out.steps.append({QString(), QString(), QString(), -1, QStringLiteral("next-stage"),
                failsafeReason(StepReason::Kind::FailsafeForwarded, Direction::Ingress,
                    d->inventory.object(hostEndpoint).ref(), pkt),
                QStringLiteral("failsafe")});
        }
        return false;
    }
    const qsizetype from = out.steps.size();
    const bool decided = runStage(hostEndpoint, Direction::Ingress, pkt, explain,
        HostEndpointPipeline::PreDnat, preDnat, out);
    for (qsizetype i = from; i < out.steps.size(); ++i)
        out.steps[i].stage = hostEndpointPipelineName(HostEndpointPipeline::PreDnat);
    return decided;
}

DirectionTrace PolicyEngine::evaluateOwnHostPreDnat(const Packet &pkt, bool explain) const
{
    DirectionTrace out;
    out.isEndpoint = true;
    if (d->wildcardHostEndpoints.isEmpty())
        return out;
    const int hostEndpoint = d->wildcardHostEndpoints.value(ownHostOf(pkt), -1);
    if (hostEndpoint < 0)
        return out;
    // Felix's mangle PREROUTING dispatches every interface's packets, the pods' included, to the
    // all-interfaces host endpoint's pre-DNAT chain (failsafe ports first), before routing sends
    // them on to filter INPUT; an allow there only marks the packet, and INPUT's workload-to-host
    // chain runs regardless. No untracked stage: the raw table's dispatch skips pods' packets.
    const std::vector<int> &preDnat
        = stagePolicies(hostEndpoint, Direction::Ingress, HostEndpointPipeline::PreDnat);
    if (preDnat.empty())
        return out;
    if (explain) {
        out.endpoint = d->inventory.object(hostEndpoint).ref();
        out.stages = QStringList {QStringLiteral("preDNAT")};
    }
    runPodPreDnat(hostEndpoint, pkt, explain, preDnat, out);
    for (TraceStep &step : out.steps)
        step.why.ownHost = true;
    return out;
}

const std::vector<int> &PolicyEngine::stagePolicies(
    int endpoint, Direction direction, HostEndpointPipeline stage) const
{
    if (stage == HostEndpointPipeline::Normal)
        return applicablePolicies(endpoint, direction);
    const auto it = d->hostStages.constFind(endpoint);
    if (it == d->hostStages.constEnd())
        return kNoIds;
    const bool in = direction == Direction::Ingress;
    switch (stage) {
    case HostEndpointPipeline::Untracked:
        return in ? it->untrackedIngress : it->untrackedEgress;
    case HostEndpointPipeline::PreDnat:
        return in ? it->preDnatIngress : kNoIds;
    case HostEndpointPipeline::Forward:
        return in ? it->forwardIngress : it->forwardEgress;
    case HostEndpointPipeline::Normal:
        break;
    }
    return kNoIds;
}

// One stage (docs/semantics.md: "Evaluating a packet at an endpoint", "Host endpoints"): the tiers
// of `list`; for Normal then the profiles and the default deny. Untracked and PreDnat tiers have no
// end-of-tier deny and leave what they do not decide to the next stage; Forward allows what its
// tiers do not decide. Returns whether the stage decided out.verdict. With `explain`, each step
// says why (StepReason); without, no step is recorded.
bool PolicyEngine::runStage(int endpoint, Direction direction, const Packet &pkt, bool explain,
    HostEndpointPipeline stage, const std::vector<int> &list, DirectionTrace &out) const
{
    const Inventory &inv = d->inventory;
    const InventoryObject &obj = inv.object(endpoint);
    const bool endOfTierDeny
        = stage == HostEndpointPipeline::Normal || stage == HostEndpointPipeline::Forward;
    const bool isIngress = direction == Direction::Ingress;
    const auto rulesOf = [isIngress](const CompiledPolicy &p) -> const QList<CompiledRule> & {
        return isIngress ? p.ingress : p.egress;
    };
    const auto reason = [&](StepReason::Kind kind) {
        StepReason why;
        why.kind = kind;
        why.direction = direction;
        why.endpoint = out.endpoint;
        return why;
    };

    // Nearest rules: those with the fewest failed criteria (rules that would let the flow on,
    // Allow and Pass, first; at most three when tied), with what they failed.
    const auto nearest = [&](const QList<const CompiledPolicy *> &candidates) {
        QList<NearRule> best;
        qsizetype bestCount = -1;
        for (const bool permissiveOnly : {true, false}) {
            for (const CompiledPolicy *p : candidates) {
                for (const CompiledRule &r : rulesOf(*p)) {
                    if (r.action == RuleAction::Log
                        || (permissiveOnly && r.action != RuleAction::Allow
                            && r.action != RuleAction::Pass))
                        continue;
                    // Count first; record the failures only of the few rules reported.
                    const int failed = failureCount(r, pkt);
                    if (failed == 0)
                        continue;
                    if (bestCount < 0 || failed < bestCount) {
                        bestCount = failed;
                        best.clear();
                    }
                    if (failed == bestCount && best.size() < 3) {
                        NearRule near {p->displayName, r.index, {}};
                        ruleMatches(r, pkt, &near.failures);
                        best.append(std::move(near));
                    }
                }
            }
            if (bestCount >= 0)
                break;
        }
        return best;
    };

    size_t i = 0;
    while (i < list.size()) {
        const int tierIndex = d->policies[list[i]].tierIndex;
        const OrderedTier &tier = d->tiers[tierIndex];
        size_t end = i;
        bool anyEnforced = false;
        while (end < list.size() && d->policies[list[end]].tierIndex == tierIndex) {
            anyEnforced = anyEnforced || !d->policies[list[end]].staged;
            ++end;
        }
        bool passed = false;
        QList<const CompiledPolicy *> enforced;
        for (size_t k = i; k < end && !passed; ++k) {
            const CompiledPolicy &p = d->policies[list[k]];
            if (p.staged) {
                if (!explain)
                    continue;
                // What the staged policy would do on its own: its first terminal rule.
                bool reported = false;
                for (const CompiledRule &r : rulesOf(p)) {
                    if (r.action == RuleAction::Log || !ruleMatches(r, pkt))
                        continue;
                    out.steps.append(ruleStep(tier.name, p, r,
                        QStringLiteral("would-") + ruleActionName(r.action),
                        reason(StepReason::Kind::StagedRuleMatched)));
                    reported = true;
                    break;
                }
                if (!reported) {
                    // No nearest-rule analysis here: staged policies are many in large
                    // workspaces and it would dominate the cost of a trace.
                    out.steps.append(policyStep(tier.name, p, QStringLiteral("would-no-match"),
                        reason(rulesOf(p).isEmpty() ? StepReason::Kind::StagedNoRule
                                                    : StepReason::Kind::StagedNoMatch)));
                }
                continue;
            }
            enforced.append(&p);
            for (const CompiledRule &r : rulesOf(p)) {
                if (r.action == RuleAction::Invalid || !ruleMatches(r, pkt))
                    continue;
                if (r.action == RuleAction::Log) {
                    if (explain)
                        out.steps.append(ruleStep(tier.name, p, r, QStringLiteral("log"),
                            reason(StepReason::Kind::RuleMatched)));
                    continue;
                }
                if (r.action == RuleAction::Pass) {
                    if (explain)
                        out.steps.append(ruleStep(tier.name, p, r, QStringLiteral("pass"),
                            reason(StepReason::Kind::RuleMatched)));
                    passed = true;
                    break;
                }
                out.verdict = r.action == RuleAction::Allow ? Verdict::Allow : Verdict::Deny;
                if (explain)
                    out.steps.append(ruleStep(tier.name, p, r, ruleActionName(r.action),
                        reason(StepReason::Kind::RuleMatched)));
                return true;
            }
        }
        i = end;
        if (!anyEnforced || passed)
            continue;
        if (!endOfTierDeny || tier.defaultAction == u"Pass") {
            if (explain) {
                out.steps.append(
                    policyStep(tier.name, *enforced.last(), QStringLiteral("end-of-tier-pass"),
                        reason(endOfTierDeny ? StepReason::Kind::TierDefaultPass
                                             : StepReason::Kind::TierEndNoDeny)));
            }
            continue;
        }
        out.verdict = Verdict::Deny;
        if (explain) {
            StepReason why = reason(StepReason::Kind::TierEndDeny);
            for (const CompiledPolicy *p : enforced)
                why.names.append(p->displayName);
            why.nearest = nearest(enforced);
            out.steps.append(policyStep(
                tier.name, *enforced.last(), QStringLiteral("end-of-tier-deny"), std::move(why)));
        }
        return true;
    }

    const bool anyTier
        = std::any_of(list.begin(), list.end(), [&](int pi) { return !d->policies[pi].staged; });
    if (stage == HostEndpointPipeline::Untracked || stage == HostEndpointPipeline::PreDnat) {
        if (explain && anyTier) {
            out.steps.append({QString(), QString(), QString(), -1, QStringLiteral("next-stage"),
                reason(StepReason::Kind::StageUndecided)});
        }
        return false;
    }
    const auto afterTiers = [&](StepReason::Kind kind) {
        StepReason why = reason(kind);
        why.anyTier = anyTier;
        return why;
    };
    if (stage == HostEndpointPipeline::Forward) {
        out.verdict = Verdict::Allow;
        if (explain) {
            out.steps.append({QString(), QString(), QString(), -1, QStringLiteral("default-allow"),
                afterTiers(StepReason::Kind::ForwardDefault)});
        }
        return true;
    }

    // Profiles, in the endpoint's order (docs/semantics.md: "Evaluating a packet at an endpoint").
    // Pass ends a profile (iptables behaviour).
    for (const QString &name : obj.profiles) {
        const auto it = d->profiles.constFind(name);
        if (it == d->profiles.constEnd())
            continue;
        for (const CompiledRule &r : isIngress ? it->ingress : it->egress) {
            if (r.action == RuleAction::Invalid || !ruleMatches(r, pkt))
                continue;
            const auto profileStep = [&] {
                StepReason why = afterTiers(StepReason::Kind::ProfileRuleMatched);
                why.ruleAction = r.action;
                return TraceStep {QString(), name, QStringLiteral("Profile"), r.index,
                    ruleActionName(r.action), std::move(why)};
            };
            if (r.action == RuleAction::Log) {
                if (explain)
                    out.steps.append(profileStep());
                continue;
            }
            if (r.action == RuleAction::Pass) {
                if (explain)
                    out.steps.append(profileStep());
                break;
            }
            out.verdict = r.action == RuleAction::Allow ? Verdict::Allow : Verdict::Deny;
            if (explain)
                out.steps.append(profileStep());
            return true;
        }
    }
    out.verdict = Verdict::Deny;
    if (explain) {
        StepReason why = afterTiers(StepReason::Kind::DefaultDeny);
        why.names = obj.profiles;
        out.steps.append(
            {QString(), QString(), QString(), -1, QStringLiteral("default-deny"), std::move(why)});
    }
    return true;
}

namespace {

// A workload's traffic to its own host (Felix's cali-wl-to-host): the workload's egress policy
// ran; the configured action decides; host endpoint policy is not consulted.
DirectionTrace endpointToHostTrace(const QString &who, const FelixSettings &settings)
{
    DirectionTrace out;
    out.endpoint = who;
    out.isEndpoint = true;
    out.verdict
        = settings.endpointToHost == EndpointToHostAction::Drop ? Verdict::Deny : Verdict::Allow;
    StepReason why;
    why.kind = StepReason::Kind::EndpointToHost;
    why.direction = Direction::Ingress;
    why.endpoint = who;
    why.names = QStringList {endpointToHostActionName(settings.endpointToHost)};
    if (!settings.endpointToHostFrom.isEmpty())
        why.names.append(settings.endpointToHostFrom);
    out.steps.append({QString(), QString(), QString(), -1,
        out.verdict == Verdict::Allow ? QStringLiteral("allow") : QStringLiteral("deny"), why,
        QString()});
    return out;
}

DirectionTrace toItselfTrace(const QString &who, Direction direction)
{
    DirectionTrace t;
    t.endpoint = who;
    t.isEndpoint = true;
    t.verdict = Verdict::Allow;
    StepReason why;
    why.kind = StepReason::Kind::ToItself;
    why.direction = direction;
    why.endpoint = who;
    t.steps.append({QString(), QString(), QString(), -1, QStringLiteral("not-evaluated"), why});
    return t;
}

DirectionTrace outsideTrace(const QString &who)
{
    DirectionTrace t;
    t.endpoint = who;
    t.isEndpoint = false;
    t.verdict = Verdict::Allow;
    StepReason why;
    why.kind = StepReason::Kind::Outside;
    why.endpoint = who;
    t.steps.append({QString(), QString(), QString(), -1, QStringLiteral("not-evaluated"), why});
    return t;
}

} // namespace

FlowTrace PolicyEngine::trace(const Flow &flow) const
{
    FlowTrace t;
    t.from = flow.from;
    t.to = flow.to;
    t.via = flow.via.trimmed();
    const auto proto = parseProtocolNumber(flow.protocol);
    t.protocol = proto ? protocolDisplayName(*proto) : flow.protocol;
    t.port = flow.port;
    t.sourcePort = flow.sourcePort;
    t.icmpType = flow.icmpType;
    t.icmpCode = flow.icmpCode;
    const Result<EndpointRef> resolvedFrom = resolve(flow.from);
    const Result<EndpointRef> resolvedTo = resolve(flow.to);
    if (!resolvedFrom || !resolvedTo) {
        t.error = !resolvedFrom ? resolvedFrom.error().message : resolvedTo.error().message;
        return t;
    }
    const EndpointRef &from = *resolvedFrom;
    const EndpointRef &to = *resolvedTo;
    const Result<Packet> pkt = packet(from, to, flow);
    if (!pkt) {
        t.error = pkt.error().message;
        return t;
    }
    if (isToItself(*pkt)) {
        t.egress = toItselfTrace(from.display, Direction::Egress);
        t.ingress = toItselfTrace(to.display, Direction::Ingress);
        t.verdict = Verdict::Allow;
        return t;
    }
    t.egress = from.isEndpoint() ? evaluate(from.object, Direction::Egress, *pkt)
                                 : outsideTrace(from.display);
    t.forward = evaluateForwardPath(*pkt);
    const bool forwarded = !t.forward.endpoint.isEmpty();
    if (pkt->via >= 0)
        t.via = d->inventory.object(pkt->via).ref();
    else if (forwarded)
        t.via = t.forward.endpoint;
    const QString ownHost = ownHostOf(*pkt);
    if (!ownHost.isEmpty()) {
        // Mangle PREROUTING's pre-DNAT stage first; a deny there is final (INPUT never runs).
        const DirectionTrace preDnat = evaluateOwnHostPreDnat(*pkt);
        t.ingress = endpointToHostTrace(to.display, felixSettings(ownHost));
        if (!preDnat.endpoint.isEmpty()) {
            t.ingress.stages = preDnat.stages;
            // After the pre-DNAT steps, under a heading of its own: filter INPUT's
            // workload-to-host chain.
            for (TraceStep &step : t.ingress.steps) {
                step.why.ownHost = true;
                step.stage = QStringLiteral("workloadToHost");
            }
            if (preDnat.verdict == Verdict::Deny) {
                t.ingress.verdict = Verdict::Deny;
                t.ingress.steps = preDnat.steps;
            } else {
                t.ingress.steps = preDnat.steps + t.ingress.steps;
            }
        }
    } else
        t.ingress = to.isEndpoint() ? evaluate(to.object, Direction::Ingress, *pkt)
                                    : outsideTrace(to.display);
    t.verdict = t.egress.verdict == Verdict::Allow && t.ingress.verdict == Verdict::Allow
            && (!forwarded || t.forward.verdict == Verdict::Allow)
        ? Verdict::Allow
        : Verdict::Deny;
    return t;
}

QList<FlowTrace> PolicyEngine::trace(const QList<Flow> &flows) const
{
    QList<FlowTrace> out;
    out.reserve(flows.size());
    for (const Flow &f : flows)
        out.append(trace(f));
    return out;
}

Verdict PolicyEngine::verdict(const Packet &pkt) const
{
    if (isToItself(pkt))
        return Verdict::Allow;
    if (pkt.source.object >= 0
        && evaluate(pkt.source.object, Direction::Egress, pkt, false).verdict == Verdict::Deny)
        return Verdict::Deny;
    if (evaluateForwardPath(pkt, false).verdict == Verdict::Deny)
        return Verdict::Deny;
    const QString ownHost = ownHostOf(pkt);
    if (!ownHost.isEmpty()) {
        if (evaluateOwnHostPreDnat(pkt, false).verdict == Verdict::Deny)
            return Verdict::Deny;
        return felixSettings(ownHost).endpointToHost == EndpointToHostAction::Drop ? Verdict::Deny
                                                                                   : Verdict::Allow;
    }
    if (pkt.destination.object >= 0
        && evaluate(pkt.destination.object, Direction::Ingress, pkt, false).verdict
            == Verdict::Deny)
        return Verdict::Deny;
    return Verdict::Allow;
}

const FelixSettings &PolicyEngine::felixSettings(const QString &node) const
{
    const auto it = d->felixPerNode.constFind(node);
    return it == d->felixPerNode.constEnd() ? d->felixDefault : *it;
}

bool PolicyEngine::isToItself(const Packet &packet) const
{
    return packet.source.object >= 0 && packet.source.object == packet.destination.object
        && d->inventory.object(packet.source.object).kind == ObjectKind::Pod;
}

QString PolicyEngine::ownHostOf(const Packet &packet) const
{
    if (packet.source.object < 0 || !packet.destination.address || d->hostAddresses.isEmpty())
        return {};
    const InventoryObject &from = d->inventory.object(packet.source.object);
    if (!from.isWorkloadEndpoint() || from.node.isEmpty())
        return {};
    const auto it = d->hostAddresses.constFind(*packet.destination.address);
    return it != d->hostAddresses.constEnd() && *it == from.node ? *it : QString();
}

QString PolicyEngine::hostNodeOf(const IpAddress &address) const
{
    return d->hostAddresses.value(address);
}

bool PolicyEngine::isFailsafe(int hostEndpoint, Direction direction, const Packet &packet) const
{
    if (!packet.destinationPort)
        return false;
    const FelixSettings &settings = felixSettings(d->inventory.object(hostEndpoint).node);
    const bool in = direction == Direction::Ingress;
    // Inbound ports are open to the source's network, outbound ones to the destination's.
    const std::optional<IpAddress> &peer = in ? packet.source.address : packet.destination.address;
    for (const FailsafePort &p : in ? settings.failsafeInbound : settings.failsafeOutbound) {
        if (p.protocol != packet.protocol || p.port != *packet.destinationPort)
            continue;
        if (p.net.isEmpty())
            return true;
        const auto net = IpNetwork::parseCidrOrIp(p.net);
        if (net && peer && net->contains(*peer))
            return true;
    }
    return false;
}

EndpointChain PolicyEngine::chain(int endpoint) const
{
    EndpointChain c;
    const InventoryObject &obj = d->inventory.object(endpoint);
    c.endpoint = obj.ref();
    c.kind = kindDisplayName(obj.resourceKind);
    const auto tiersOf = [&](const std::vector<int> &list, Direction dir) {
        QList<ChainTier> tiers;
        for (int pi : list) {
            const CompiledPolicy &p = d->policies[pi];
            const OrderedTier &tier = d->tiers[p.tierIndex];
            if (tiers.isEmpty() || tiers.last().name != tier.name)
                tiers.append({tier.name, tier.defaultAction, true, {}});
            ChainTier &ct = tiers.last();
            ct.stagedOnly = ct.stagedOnly && p.staged;
            ChainPolicy cp;
            cp.policy = pi;
            cp.id = p.policy.source.id;
            cp.name = p.displayName;
            cp.kind = p.kindName;
            cp.order = p.policy.order;
            cp.staged = p.staged;
            cp.selector = p.selector.text;
            const QList<Rule> &rules
                = dir == Direction::Ingress ? p.policy.ingress : p.policy.egress;
            for (qsizetype i = 0; i < rules.size(); ++i)
                cp.rules.append({int(i), rules[i].action, rules[i]});
            ct.policies.append(cp);
        }
        return tiers;
    };
    for (const Direction dir : {Direction::Ingress, Direction::Egress}) {
        ChainDirection &cd = dir == Direction::Ingress ? c.ingress : c.egress;
        cd.tiers = tiersOf(applicablePolicies(endpoint, dir), dir);
        if (obj.kind == ObjectKind::HostEndpoint) {
            for (const HostEndpointPipeline stage : {HostEndpointPipeline::Untracked,
                     HostEndpointPipeline::PreDnat, HostEndpointPipeline::Forward}) {
                if (stage == HostEndpointPipeline::PreDnat && dir == Direction::Egress)
                    continue;
                cd.stages.append({hostEndpointPipelineName(stage),
                    tiersOf(stagePolicies(endpoint, dir, stage), dir)});
            }
        }
        for (const QString &name : obj.profiles) {
            ChainProfile prof;
            prof.name = name;
            const Profile *p = d->inventory.profile(name);
            prof.defined = p != nullptr;
            if (p) {
                const QList<Rule> &rules = dir == Direction::Ingress ? p->ingress : p->egress;
                for (qsizetype i = 0; i < rules.size(); ++i)
                    prof.rules.append({int(i), rules[i].action, rules[i]});
            }
            cd.profiles.append(prof);
        }
    }
    return c;
}

} // namespace ps
