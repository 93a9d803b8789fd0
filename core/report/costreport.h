#pragma once
// What the ruleset costs, as `policyctl cost` prints it — the numbers the studio's Charts dock
// draws (core/dataplane/rulesetcost.h, traversalcost.h, placementforecast.h):
//
// * text: an aligned table with a header line (per node, per endpoint, per policy count), or the
//   forecast as before / after / change lines;
// * JSON (the contract scripts use), keys in this order:
//   {"nodes":[{"node","endpoints","rules","flatRules","chains","ipsets","ipsetMembers"}]}
//   {"endpoints":[{"endpoint","node","toRules","fromRules","flatToRules","flatFromRules"}]}
//   {"growth":{"namespaces","pods","points":[<point>],"workspace":<point>}} where a point is
//     {"policies","node","rules","flatRules","packets","traversed":{"mean","max"},
//     "flatTraversed":{"mean","max"}} and "workspace" the workspace's own busiest node
//   {"forecast":{"node","placed":["ns/pod",...],"before":{<node fields>},"after":{...}}}, with
//     "ipv6":{"before","after"} after them on a dual-stack cluster (the IPv6 ruleset);
//   Means are rounded to one decimal.

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/dataplane/placementforecast.h"
#include "core/dataplane/rulesetcost.h"
#include "core/dataplane/traversalcost.h"

namespace ps {

QString nodeCostsToText(const QList<RulesetCost> &nodes);
QByteArray nodeCostsToJson(const QList<RulesetCost> &nodes);
QString endpointCostsToText(const QList<RulesetCost> &nodes);
QByteArray endpointCostsToJson(const QList<RulesetCost> &nodes);
QString growthToText(
    const GrowthOptions &options, const QList<GrowthPoint> &points, const GrowthPoint &workspace);
QByteArray growthToJson(
    const GrowthOptions &options, const QList<GrowthPoint> &points, const GrowthPoint &workspace);
QString forecastToText(const PlacementForecast &forecast);
QByteArray forecastToJson(const PlacementForecast &forecast);

} // namespace ps
