#include "ui/editor/inventorycompletions.h"

#include <QSet>

#include "core/model/builtintier.h"

namespace ps {

namespace {

using LabelValues = QHash<QString, QSet<QString>>;

/// Adds every key and "key == 'value'" term of `labels`, and its pairs to `values`.
void addTerms(QSet<QString> &terms, LabelValues &values, const Labels &labels)
{
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        terms.insert(it.key());
        terms.insert(it.key() + QStringLiteral(" == '") + it.value() + u'\'');
        values[it.key()].insert(it.value());
    }
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

} // namespace

InventoryCompletions InventoryCompletions::fromWorkspace(const Workspace &workspace)
{
    const WorkspaceData &d = workspace.data();
    QSet<QString> endpoint, ns, sa, namespaces, accounts, ports, services, tiers;
    LabelValues values;
    for (const Pod &pod : d.pods) {
        addTerms(endpoint, values, pod.meta.labels);
        for (const ContainerPort &port : pod.ports)
            if (!port.name.isEmpty())
                ports.insert(port.name);
        if (!pod.meta.namespace_.isEmpty())
            namespaces.insert(pod.meta.namespace_);
    }
    for (const WorkloadTemplate &workload : d.workloads) {
        addTerms(endpoint, values, workload.templateLabels);
        for (const ContainerPort &port : workload.ports)
            if (!port.name.isEmpty())
                ports.insert(port.name);
    }
    for (const HostEndpoint &hep : d.hostEndpoints)
        addTerms(endpoint, values, hep.meta.labels);
    for (const NetworkSet &set : d.networkSets)
        addTerms(endpoint, values, set.meta.labels);
    for (const Namespace &n : d.namespaces) {
        namespaces.insert(n.meta.name);
        addTerms(ns, values, n.meta.labels);
    }
    for (const ServiceAccount &account : d.serviceAccounts) {
        accounts.insert(account.meta.name);
        addTerms(sa, values, account.meta.labels);
    }
    for (const Service &service : d.services)
        services.insert(service.meta.name);
    for (const Tier &tier : d.tiers)
        tiers.insert(tier.meta.name);
    tiers.remove(defaultTierName());

    InventoryCompletions c;
    c.endpointSelectorTerms = sorted(endpoint);
    c.namespaceSelectorTerms = sorted(ns);
    c.serviceAccountSelectorTerms = sorted(sa);
    c.namespaces = sorted(namespaces);
    c.serviceAccounts = sorted(accounts);
    c.namedPorts = sorted(ports);
    c.services = sorted(services);
    c.tiers = QStringList {defaultTierName()} + sorted(tiers);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        c.labelKeys.append(it.key());
        c.labelValues.insert(it.key(), sorted(it.value()));
    }
    c.labelKeys.sort();
    return c;
}

} // namespace ps
