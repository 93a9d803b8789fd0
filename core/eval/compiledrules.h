#pragma once
// forEachCompiledRule(): every compiled rule the engine evaluates — each policy's ingress and
// egress rules, then each profile's — for the analyses that cut the flow space at what rules
// tell apart (the flow graph's ports and outside ranges, the lint's source ports).

#include "core/eval/policyengine.h"

namespace ps {

/// Calls f(const CompiledRule &) for every rule of every policy, then of every profile.
template<typename F> void forEachCompiledRule(const PolicyEngine &engine, F f)
{
    for (const CompiledPolicy &p : engine.policies()) {
        for (const CompiledRule &r : p.ingress)
            f(r);
        for (const CompiledRule &r : p.egress)
            f(r);
    }
    const Inventory &inv = engine.inventory();
    for (auto it = inv.profiles().cbegin(); it != inv.profiles().cend(); ++it) {
        for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
            if (const QList<CompiledRule> *rules = engine.profileRules(it.key(), direction)) {
                for (const CompiledRule &r : *rules)
                    f(r);
            }
        }
    }
}

} // namespace ps
