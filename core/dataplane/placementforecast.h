#pragma once
// A per-node forecast for a pod placement: what a node's ruleset would cost (rulesetCost(),
// core/dataplane/rulesetcost.h) if more pods of some workloads were placed on it. The pods are
// added to a copy of the workspace — each a copy of the workload's pod template (a Deployment or
// other template) or, for a pod no template owns, of that pod: same namespace, labels, service
// account and ports, on the node, with a free address of each family (IPv4, IPv6) that the node's
// pod CIDRs and the enabled IP pools have — and the node is rendered before and after (in the
// family RenderOptions::ipVersion names, so an IPv6 render counts the new pods' IPv6 rules). A
// workload is named as the workload grouping names it (core/eval/matrix.h): "namespace/name" of its
// template, or of the pod itself.
//
// Errors (user-facing, translated in the "PlacementForecast" context): a placement that cannot
// be parsed, an unknown node or workload, no free address left. Pure and thread-safe.

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/rulesetcost.h"
#include "core/model/result.h"

namespace ps {

class PolicyEngine;

struct Placement {
    QString workload; // "namespace/name"
    int count = 1;
};

/// "NAMESPACE/WORKLOAD:COUNT" (":COUNT" may be left out: one pod); COUNT 1..1000.
Result<Placement> parsePlacement(const QString &text);

struct PlacementForecast {
    RulesetCost before; // rendered in RulesetCost options.ipVersion's family (IPv4 by default)
    RulesetCost after;
    /// When the node's pod CIDRs or the IP pools have IPv6 ranges and the render is IPv4: the
    /// IPv6 render too (ip6tables), which the placed pods' IPv6 addresses fill.
    std::optional<RulesetCost> ipv6Before;
    std::optional<RulesetCost> ipv6After;
    QStringList addedPods; // REFs of the pods placed, in order
};

/// `node`'s cost now and with the placements' pods added. `node` must be a Node resource or a
/// node an endpoint is on.
Result<PlacementForecast> forecastPlacement(const PolicyEngine &engine, const QString &node,
    const QList<Placement> &placements, const RenderOptions &options = {});

} // namespace ps
