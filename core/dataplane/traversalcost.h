#pragma once
// Rules a packet traverses: the dataplane simulator (core/dataplane/simulator.h) walks
// representative packets through a node's filter table as Felix renders it and through the
// naive flat rendering of the same ruleset — every IP set match written out as one rule per
// member (flatRendering(), the rendering rulesetCost() counts as flatRules) — and counts the
// rules each packet is tested against. traversalGrowth() does so for generated clusters
// (core/generate/generator.h) of a growing number of policies: the curve Calico's
// documentation warns about, where iptables slows down past about a thousand rules.
//
// The probes: between every ordered pair of up to maxEndpoints workload endpoints of the node,
// evenly spread over them in REF order, a new
// TCP connection to port 8080 (a port the generated policies name, so some verdicts come early)
// and to port 1 (which no rule names: every applicable policy is walked to its end). Host
// endpoints and endpoints without an address of the ruleset's family are not probed.
//
// Plain values; the functions are pure and thread-safe.

#include <QList>
#include <QString>

#include "core/dataplane/felixruleset.h"
#include "core/model/result.h"

namespace ps {

class PolicyEngine;

struct TraversalCost {
    int packets = 0; // probes run (each through both renderings)
    double mean = 0; // rules traversed per probe, as Felix renders
    int max = 0;
    double flatMean = 0; // the same in the flat rendering
    int flatMax = 0;
};

/// The naive flat rendering of `ruleset`: the same chains and hooks, with each rule that
/// matches IP sets written out once per member (per combination of members when it matches
/// several); a negated set match, an empty set and a set the ruleset does not define stay as
/// they are (one rule). Members of ip,port sets become an address, protocol and port match.
/// The IP sets stay defined, for the set matches that are left.
FelixRuleset flatRendering(const FelixRuleset &ruleset);

/// The probes (see above) through `ruleset` and through its flat rendering.
/// `maxEndpoints` bounds the endpoints probed (n endpoints: 2·n·(n−1) probes).
TraversalCost traversalCost(const FelixRuleset &ruleset, int maxEndpoints = 12);

struct GrowthOptions {
    int namespaces = 3;
    int pods = 110; // all on one node (2 to 250)
    QList<int> policies {0, 100, 200, 400, 800, 1600, 3200};
    quint64 seed = 1;
    int maxEndpoints = 12;
};

struct GrowthPoint {
    int policies = 0;
    QString node; // the generated node with the most endpoints
    qsizetype rules = 0; // its filter rules, as Felix renders
    qsizetype flatRules = 0; // in the flat rendering
    TraversalCost traversed;
};

/// The same numbers for `engine`'s own workspace: its policies, its busiest node (the most
/// endpoints, the first by name on a tie; an empty node when no node has endpoints).
GrowthPoint workspacePoint(const PolicyEngine &engine, int maxEndpoints = 12);

/// One point per entry of options.policies: a cluster generated with that many policies (and
/// the options' namespaces, pods and seed; no host endpoints), its node rendered and probed. An
/// Error when the generator refuses the options.
Result<QList<GrowthPoint>> traversalGrowth(const GrowthOptions &options = {});

} // namespace ps
