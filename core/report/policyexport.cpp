#include "core/report/policyexport.h"

#include <algorithm>

#include <QSet>

#include "core/eval/policyorder.h"
#include "core/io/writer.h"
#include "core/model/kind.h"

namespace ps {

namespace {

QString describe(ResourceKind kind, const ObjectMeta &meta)
{
    // the display name tells a Kubernetes NetworkPolicy from a Calico one
    const QString what = kindDisplayName(kind);
    return meta.namespace_.isEmpty() ? what + u' ' + meta.name
                                     : what + u' ' + meta.namespace_ + u'/' + meta.name;
}

void append(PolicyExport &out, const QByteArray &document)
{
    if (!out.yaml.isEmpty())
        out.yaml += "---\n";
    out.yaml += document;
    if (!out.yaml.endsWith('\n'))
        out.yaml += '\n';
    ++out.count;
}

} // namespace

PolicyExport exportPolicies(
    const Workspace &workspace, const QList<ResourceId> &ids, PolicyExportTarget target)
{
    const QSet<ResourceId> wanted(ids.cbegin(), ids.cend());
    const auto selected
        = [&wanted](ResourceId id) { return wanted.isEmpty() || wanted.contains(id); };
    const WorkspaceData &d = workspace.data();
    const Writer writer;
    PolicyExport out;

    // A resource whose text could not be read is not written from what was read of it.
    const auto readable = [&out](ResourceKind kind, const auto &resource) {
        if (!resource.source.readError)
            return true;
        out.unreadable.append(describe(kind, resource.meta) + QStringLiteral(": ")
            + resource.source.readError->message);
        return false;
    };
    QList<CalicoPolicy> calico;
    for (const CalicoPolicy &p : d.policies)
        if (selected(p.source.id) && readable(p.kind, p))
            calico.append(p);
    QList<KubernetesNetworkPolicy> kubernetes;
    for (const KubernetesNetworkPolicy &p : d.kubernetesPolicies)
        if (selected(p.source.id) && readable(ResourceKind::KubernetesNetworkPolicy, p))
            kubernetes.append(p);

    if (target == PolicyExportTarget::Kubectl) {
        for (const CalicoPolicy &p : std::as_const(calico))
            out.skipped.append(describe(p.kind, p.meta));
        std::sort(kubernetes.begin(), kubernetes.end(), [](const auto &a, const auto &b) {
            return std::pair(a.meta.namespace_, a.meta.name)
                < std::pair(b.meta.namespace_, b.meta.name);
        });
        for (const KubernetesNetworkPolicy &p : std::as_const(kubernetes))
            append(out, writer.writeResource(p));
        return out;
    }

    for (const KubernetesNetworkPolicy &p : std::as_const(kubernetes))
        out.skipped.append(describe(ResourceKind::KubernetesNetworkPolicy, p.meta));
    // Tiers first: calicoctl refuses a policy whose tier does not exist yet.
    const QList<OrderedTier> order = orderPolicies(workspace, calico, false);
    for (const OrderedTier &tier : order) {
        const auto defined = std::find_if(d.tiers.cbegin(), d.tiers.cend(),
            [&tier](const Tier &t) { return t.meta.name == tier.name; });
        if (defined != d.tiers.cend())
            append(out, writer.writeResource(*defined));
    }
    for (const OrderedTier &tier : order)
        for (const qsizetype index : tier.policies)
            append(out, writer.write(calico[index]));
    return out;
}

} // namespace ps
