#pragma once
// InventoryCompletions: the choices the policy editor offers from the workspace instead of
// letting users type blind — label keys and key == 'value' terms for selectors (pods, workload
// templates, namespaces, service accounts, host endpoints, network sets), namespace names,
// service-account names, named ports from containers, service names, tiers, and label keys and
// values for label tables.

#include <QHash>
#include <QStringList>

#include "core/model/workspace.h"

namespace ps {

struct InventoryCompletions {
    QStringList endpointSelectorTerms; // keys and key == 'value' of endpoint labels
    QStringList namespaceSelectorTerms; // the same for namespace labels
    QStringList serviceAccountSelectorTerms;
    QStringList namespaces;
    QStringList serviceAccounts; // names (all namespaces)
    QStringList namedPorts;
    QStringList services; // names
    QStringList tiers; // "default" first
    QStringList labelKeys; // every label key of the inventory, for label maps
    QHash<QString, QStringList> labelValues; // key -> its values, sorted

    static InventoryCompletions fromWorkspace(const Workspace &workspace);
};

} // namespace ps
