#include "core/eval/selectedendpoints.h"

#include "core/eval/policycompiler.h"
#include "core/kube/kubeconvert.h"

namespace ps {

QStringList endpointsSelectedBy(const PolicyEngine &engine, const Selector &selector)
{
    QStringList out;
    for (const InventoryObject &object : engine.inventory().objects()) {
        if (object.isEndpoint() && selector.evaluate(object.effectiveLabels))
            out.append(object.ref());
    }
    return out;
}

QStringList kubernetesSelectedPods(const PolicyEngine &engine, const QString &policyNamespace,
    const std::optional<LabelSelector> &pods, const std::optional<LabelSelector> &namespaces)
{
    if (!pods && !namespaces)
        return {};
    // The peer as Calico converts it, then Calico's own combination with the namespace.
    EntityRule entity;
    entity.selector = kubernetesSelectorToCalico(pods.value_or(LabelSelector {}), true);
    if (namespaces)
        entity.namespaceSelector = kubernetesSelectorToCalico(*namespaces, false);
    const EntitySelectorText text = entityRuleSelectorText(entity, policyNamespace);
    if (!text.error.isEmpty())
        return {};
    const Result<Selector> selector = Selector::parse(text.positive);
    if (!selector.ok())
        return {};
    return endpointsSelectedBy(engine, *selector);
}

} // namespace ps
