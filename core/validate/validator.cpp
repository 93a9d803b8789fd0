#include "core/validate/validator.h"

#include <algorithm>

#include <QSet>

#include "core/model/builtintier.h"
#include "core/validate/diagnosticsink.h"
#include "core/validate/adminvalidator_p.h"
#include "core/validate/duplicatecheck_p.h"
#include "core/validate/kubernetesvalidator_p.h"
#include "core/validate/policyvalidator_p.h"
#include "core/validate/resourcevalidator_p.h"
#include "core/validate/versionrules_p.h"

namespace ps {

// What one validation found, per resource list (in the order validate() checks them): the
// list, its findings as reported (before sorting) and each resource's own findings.
struct ValidationMemo {
    CalicoVersion version;
    QSet<QString> tiers; // the tier names policies were checked against
    struct List {
        std::shared_ptr<const void> items; // the QList<T> checked
        Diagnostics found;
        QHash<ResourceId, Diagnostics> ofResource; // the resources' own findings, when any
    };
    std::vector<List> lists;
};

namespace {

// Validates one resource list into `out`, recording it in `memo`. With `before` (the same
// list's memo from the validation before, whose checks had the same inputs), the list is taken
// over whole when it is the same list, else each resource that did not change keeps its own
// findings; duplicates are looked for again.
template<class T, class Check>
void validateAll(Diagnostics &out, ValidationMemo &memo, const ValidationMemo::List *before,
    const QList<T> &items, ResourceKind (*kindOf)(const T &), Check check)
{
    ValidationMemo::List &mine = memo.lists.emplace_back();
    const QList<T> *old = before ? static_cast<const QList<T> *>(before->items.get()) : nullptr;
    mine.items = std::make_shared<const QList<T>>(items);
    if (old && old->isSharedWith(items)) {
        mine.found = before->found;
        mine.ofResource = before->ofResource;
        out += mine.found;
        return;
    }
    QHash<ResourceId, qsizetype> oldIndex;
    if (old) {
        oldIndex.reserve(old->size());
        for (qsizetype i = 0; i < old->size(); ++i)
            oldIndex.insert((*old)[i].source.id, i);
    }
    DuplicateCheck duplicates(items.size());
    for (const T &item : items) {
        DiagnosticSink sink(mine.found, item.source);
        duplicates.add(sink, kindOf(item), item.meta);
        const auto at = oldIndex.constFind(item.source.id);
        if (at != oldIndex.cend() && (*old)[*at] == item
            && sameOrigin((*old)[*at].source, item.source)) {
            const auto kept = before->ofResource.constFind(item.source.id);
            if (kept != before->ofResource.cend()) {
                mine.found += *kept;
                mine.ofResource.insert(item.source.id, *kept);
            }
            continue;
        }
        Diagnostics own;
        DiagnosticSink ownSink(own, item.source);
        check(ownSink, item);
        if (!own.isEmpty()) {
            mine.found += own;
            mine.ofResource.insert(item.source.id, std::move(own));
        }
    }
    out += mine.found;
}

} // namespace

Diagnostics Validator::validate(const Workspace &workspace) const
{
    return validate(workspace, Validation()).diagnostics;
}

Validation Validator::validate(const Workspace &workspace, const Validation &previous) const
{
    const WorkspaceData &d = workspace.data();
    Diagnostics out;
    auto memo = std::make_shared<ValidationMemo>();
    memo->lists.reserve(16);

    QSet<QString> &tiers = memo->tiers;
    const CalicoVersion version = d.calicoVersion;
    memo->version = version;
    for (const QString &name : builtInTierNames(version))
        tiers.insert(name);
    for (const Tier &t : d.tiers)
        tiers.insert(t.meta.name);

    // The memo of the same list from `previous`, when its checks had the same inputs.
    const ValidationMemo *prev = previous.memo.get();
    const auto before = [&](bool versioned, bool tiered = false) -> const ValidationMemo::List * {
        const size_t slot = memo->lists.size();
        if (!prev || slot >= prev->lists.size() || (versioned && prev->version != version)
            || (tiered && prev->tiers != tiers))
            return nullptr;
        return &prev->lists[slot];
    };

    validateAll<Tier>(
        out, *memo, before(true), d.tiers, [](const Tier &) { return ResourceKind::Tier; },
        [version](DiagnosticSink &s, const Tier &t) {
            VersionRules::check(s, t, version);
            ResourceValidator::validate(s, t);
        });
    validateAll<CalicoPolicy>(
        out, *memo, before(true, true), d.policies, [](const CalicoPolicy &p) { return p.kind; },
        [&tiers, version](DiagnosticSink &s, const CalicoPolicy &p) {
            VersionRules::check(s, p, version);
            PolicyValidator::validate(s, p, tiers);
        });
    validateAll<Profile>(
        out, *memo, before(false), d.profiles,
        [](const Profile &) { return ResourceKind::Profile; },
        [](DiagnosticSink &s, const Profile &p) { ResourceValidator::validate(s, p); });
    validateAll<NetworkSet>(
        out, *memo, before(false), d.networkSets,
        [](const NetworkSet &n) {
            return n.global ? ResourceKind::GlobalNetworkSet : ResourceKind::NetworkSet;
        },
        [](DiagnosticSink &s, const NetworkSet &n) { ResourceValidator::validate(s, n); });
    validateAll<HostEndpoint>(
        out, *memo, before(true), d.hostEndpoints,
        [](const HostEndpoint &) { return ResourceKind::HostEndpoint; },
        [version](DiagnosticSink &s, const HostEndpoint &h) {
            ResourceValidator::validate(s, h);
            VersionRules::checkDscpAnnotation(s, h.meta, version);
        });
    // Overlaps are found between pools: the pools are always checked again (there are few).
    validateAll<IpPool>(
        out, *memo, nullptr, d.ipPools, [](const IpPool &) { return ResourceKind::IPPool; },
        [](DiagnosticSink &s, const IpPool &p) { ResourceValidator::validate(s, p); });
    ResourceValidator::checkOverlaps(out, d.ipPools);
    validateAll<FelixConfiguration>(
        out, *memo, before(false), d.felixConfigurations,
        [](const FelixConfiguration &) { return ResourceKind::FelixConfiguration; },
        [](DiagnosticSink &s, const FelixConfiguration &c) { ResourceValidator::validate(s, c); });
    validateAll<KubernetesNetworkPolicy>(
        out, *memo, before(true), d.kubernetesPolicies,
        [](const KubernetesNetworkPolicy &p) {
            return p.staged ? ResourceKind::StagedKubernetesNetworkPolicy
                            : ResourceKind::KubernetesNetworkPolicy;
        },
        [version](DiagnosticSink &s, const KubernetesNetworkPolicy &p) {
            VersionRules::check(s, p, version);
            KubernetesValidator::validate(s, p);
        });
    validateAll<AdminPolicy>(
        out, *memo, before(true), d.adminPolicies, [](const AdminPolicy &p) { return p.kind; },
        [version](
            DiagnosticSink &s, const AdminPolicy &p) { AdminValidator::validate(s, p, version); });
    validateAll<Namespace>(
        out, *memo, before(false), d.namespaces,
        [](const Namespace &) { return ResourceKind::Namespace; },
        [](DiagnosticSink &s, const Namespace &n) { KubernetesValidator::validate(s, n); });
    validateAll<Pod>(
        out, *memo, before(true), d.pods, [](const Pod &) { return ResourceKind::Pod; },
        [version](DiagnosticSink &s, const Pod &p) {
            KubernetesValidator::validate(s, p);
            if (!p.hostNetwork) // not a workload endpoint: Calico reads none of its annotations
                VersionRules::checkDscpAnnotation(s, p.meta, version);
        });
    validateAll<ServiceAccount>(
        out, *memo, before(false), d.serviceAccounts,
        [](const ServiceAccount &) { return ResourceKind::ServiceAccount; },
        [](DiagnosticSink &s, const ServiceAccount &a) { KubernetesValidator::validate(s, a); });
    validateAll<Service>(
        out, *memo, before(false), d.services,
        [](const Service &) { return ResourceKind::Service; },
        [](DiagnosticSink &s, const Service &v) { KubernetesValidator::validate(s, v); });
    validateAll<EndpointSlice>(
        out, *memo, before(false), d.endpointSlices,
        [](const EndpointSlice &) { return ResourceKind::EndpointSlice; },
        [](DiagnosticSink &s, const EndpointSlice &e) { KubernetesValidator::validate(s, e); });
    validateAll<Node>(
        out, *memo, before(false), d.nodes, [](const Node &) { return ResourceKind::Node; },
        [](DiagnosticSink &s, const Node &n) { KubernetesValidator::validate(s, n); });
    validateAll<WorkloadTemplate>(
        out, *memo, before(false), d.workloads, [](const WorkloadTemplate &w) { return w.kind; },
        [](DiagnosticSink &s, const WorkloadTemplate &w) { KubernetesValidator::validate(s, w); });

    // Reading order: by file, then position. Diagnostics of one place keep their order.
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.file != b.file)
            return a.file < b.file;
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    });
    return {std::move(out), std::move(memo)};
}

} // namespace ps
