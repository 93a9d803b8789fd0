#pragma once
// What a ruleset costs the kernel — the numbers the studio's charts draw. Calico's documentation
// warns that iptables slows down past about a thousand rules a packet has to pass; Felix keeps
// the count down by matching peers with IP sets (one rule per policy rule, whatever the number
// of addresses) and by sharing chains. For a rendered ruleset (core/dataplane/felixrenderer.h):
// its rules, chains, IP sets and their members; the rules a naive flat rendering would need,
// with each IP set match written out as one rule per member (a rule matching a source set of 40
// and a destination set of 3 addresses: 120 rules); and per local endpoint, the rules its
// to- and from-chains reach (following jumps and gotos, each chain counted once) — the most a
// new connection to or from it can traverse in the filter table, in both renderings.
//
// Plain values; the functions are const on the engine and thread-safe.

#include <QList>
#include <QString>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/felixruleset.h"

namespace ps {

struct EndpointChainCost {
    QString endpoint; // REF
    qsizetype toRules = 0; // rules reachable from its to-chain (traffic to it)
    qsizetype fromRules = 0; // from its from-chain (traffic from it)
    qsizetype flatToRules = 0; // the same in the flat rendering
    qsizetype flatFromRules = 0;
};

struct RulesetCost {
    QString node;
    int endpoints = 0;
    qsizetype rules = 0; // every chain's rules (kernel hooks and other tables left out)
    qsizetype chains = 0;
    qsizetype ipsets = 0;
    qsizetype ipsetMembers = 0;
    qsizetype flatRules = 0; // rules with every IP set match written out per member
    QList<EndpointChainCost> endpointChains; // sorted by REF
};

/// The cost of one rendered ruleset.
RulesetCost rulesetCost(const FelixRuleset &ruleset);

/// The cost of every node that holds an endpoint (sorted by node name), as Felix would render it.
QList<RulesetCost> rulesetCostPerNode(
    const PolicyEngine &engine, const RenderOptions &options = {});

} // namespace ps
