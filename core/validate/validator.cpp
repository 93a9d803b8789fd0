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

namespace {

template<class T, class Check>
void validateAll(Diagnostics &out, DuplicateCheck &duplicates, const QList<T> &items,
    ResourceKind (*kindOf)(const T &), Check check)
{
    for (const T &item : items) {
        DiagnosticSink sink(out, item.source);
        duplicates.add(sink, kindOf(item), item.meta);
        check(sink, item);
    }
}

} // namespace

Diagnostics Validator::validate(const Workspace &workspace) const
{
    const WorkspaceData &d = workspace.data();
    Diagnostics out;
    DuplicateCheck duplicates(workspace.resourceCount());

    QSet<QString> tiers;
    const CalicoVersion version = d.calicoVersion;
    for (const QString &name : builtInTierNames(version))
        tiers.insert(name);
    for (const Tier &t : d.tiers)
        tiers.insert(t.meta.name);

    validateAll<Tier>(
        out, duplicates, d.tiers, [](const Tier &) { return ResourceKind::Tier; },
        [version](DiagnosticSink &s, const Tier &t) {
            VersionRules::check(s, t, version);
            ResourceValidator::validate(s, t);
        });
    validateAll<CalicoPolicy>(
        out, duplicates, d.policies, [](const CalicoPolicy &p) { return p.kind; },
        [&tiers, version](DiagnosticSink &s, const CalicoPolicy &p) {
            VersionRules::check(s, p, version);
            PolicyValidator::validate(s, p, tiers);
        });
    validateAll<Profile>(
        out, duplicates, d.profiles, [](const Profile &) { return ResourceKind::Profile; },
        [](DiagnosticSink &s, const Profile &p) { ResourceValidator::validate(s, p); });
    validateAll<NetworkSet>(
        out, duplicates, d.networkSets,
        [](const NetworkSet &n) {
            return n.global ? ResourceKind::GlobalNetworkSet : ResourceKind::NetworkSet;
        },
        [](DiagnosticSink &s, const NetworkSet &n) { ResourceValidator::validate(s, n); });
    validateAll<HostEndpoint>(
        out, duplicates, d.hostEndpoints,
        [](const HostEndpoint &) { return ResourceKind::HostEndpoint; },
        [](DiagnosticSink &s, const HostEndpoint &h) { ResourceValidator::validate(s, h); });
    validateAll<IpPool>(
        out, duplicates, d.ipPools, [](const IpPool &) { return ResourceKind::IPPool; },
        [](DiagnosticSink &s, const IpPool &p) { ResourceValidator::validate(s, p); });
    ResourceValidator::checkOverlaps(out, d.ipPools);
    validateAll<FelixConfiguration>(
        out, duplicates, d.felixConfigurations,
        [](const FelixConfiguration &) { return ResourceKind::FelixConfiguration; },
        [](DiagnosticSink &s, const FelixConfiguration &c) { ResourceValidator::validate(s, c); });
    validateAll<KubernetesNetworkPolicy>(
        out, duplicates, d.kubernetesPolicies,
        [](const KubernetesNetworkPolicy &p) {
            return p.staged ? ResourceKind::StagedKubernetesNetworkPolicy
                            : ResourceKind::KubernetesNetworkPolicy;
        },
        [version](DiagnosticSink &s, const KubernetesNetworkPolicy &p) {
            VersionRules::check(s, p, version);
            KubernetesValidator::validate(s, p);
        });
    validateAll<AdminPolicy>(
        out, duplicates, d.adminPolicies, [](const AdminPolicy &p) { return p.kind; },
        [version](
            DiagnosticSink &s, const AdminPolicy &p) { AdminValidator::validate(s, p, version); });
    validateAll<Namespace>(
        out, duplicates, d.namespaces, [](const Namespace &) { return ResourceKind::Namespace; },
        [](DiagnosticSink &s, const Namespace &n) { KubernetesValidator::validate(s, n); });
    validateAll<Pod>(
        out, duplicates, d.pods, [](const Pod &) { return ResourceKind::Pod; },
        [](DiagnosticSink &s, const Pod &p) { KubernetesValidator::validate(s, p); });
    validateAll<ServiceAccount>(
        out, duplicates, d.serviceAccounts,
        [](const ServiceAccount &) { return ResourceKind::ServiceAccount; },
        [](DiagnosticSink &s, const ServiceAccount &a) { KubernetesValidator::validate(s, a); });
    validateAll<Service>(
        out, duplicates, d.services, [](const Service &) { return ResourceKind::Service; },
        [](DiagnosticSink &s, const Service &v) { KubernetesValidator::validate(s, v); });
    validateAll<EndpointSlice>(
        out, duplicates, d.endpointSlices,
        [](const EndpointSlice &) { return ResourceKind::EndpointSlice; },
        [](DiagnosticSink &s, const EndpointSlice &e) { KubernetesValidator::validate(s, e); });
    validateAll<Node>(
        out, duplicates, d.nodes, [](const Node &) { return ResourceKind::Node; },
        [](DiagnosticSink &s, const Node &n) { KubernetesValidator::validate(s, n); });
    validateAll<WorkloadTemplate>(
        out, duplicates, d.workloads, [](const WorkloadTemplate &w) { return w.kind; },
        [](DiagnosticSink &s, const WorkloadTemplate &w) { KubernetesValidator::validate(s, w); });

    // Reading order: by file, then position. Diagnostics of one place keep their order.
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.file != b.file)
            return a.file < b.file;
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    });
    return out;
}

} // namespace ps
