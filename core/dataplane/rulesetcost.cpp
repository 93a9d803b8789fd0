#include "core/dataplane/rulesetcost.h"

#include <algorithm>

#include <QHash>
#include <QSet>

#include "core/eval/nodelist.h"

namespace ps {

namespace {

// The rules one rule stands for when each IP set match is written out per member.
qsizetype flatCount(const FelixRule &rule, const QHash<QString, qsizetype> &members)
{
    qsizetype count = 1;
    for (const MatchCriterion &m : rule.match) {
        const bool set
            = m.kind == MatchCriterion::Kind::SourceSet || m.kind == MatchCriterion::Kind::DestSet;
        // A negated set is one rule however large ("not in the set" cannot be split per member
        // without a chain of its own); an empty set still takes its rule.
        if (set && !m.negated)
            count *= std::max<qsizetype>(1, members.value(m.text));
    }
    return count;
}

struct ChainTotals {
    qsizetype rules = 0;
    qsizetype flat = 0;
};

// Rules reachable from `start`, each chain counted once.
ChainTotals reachable(const QString &start, const QHash<QString, const FelixChain *> &chains,
    const QHash<QString, qsizetype> &members)
{
    ChainTotals totals;
    QSet<QString> seen;
    QList<QString> todo {start};
    while (!todo.isEmpty()) {
        const QString name = todo.takeLast();
        const FelixChain *chain = chains.value(name);
        if (!chain || seen.contains(name))
            continue;
        seen.insert(name);
        for (const FelixRule &rule : chain->rules) {
            ++totals.rules;
            totals.flat += flatCount(rule, members);
            if (rule.action.kind == FelixAction::Kind::Jump
                || rule.action.kind == FelixAction::Kind::Goto)
                todo.append(rule.action.target);
        }
    }
    return totals;
}

} // namespace

RulesetCost rulesetCost(const FelixRuleset &ruleset)
{
    RulesetCost cost;
    cost.node = ruleset.node;
    cost.endpoints = int(ruleset.endpoints.size());
    cost.chains = ruleset.chains.size();
    cost.ipsets = ruleset.ipsets.size();
    QHash<QString, qsizetype> members;
    for (const IpSetDefinition &set : ruleset.ipsets) {
        members.insert(set.name, set.members.size());
        cost.ipsetMembers += set.members.size();
    }
    QHash<QString, const FelixChain *> chains;
    for (const FelixChain &chain : ruleset.chains) {
        chains.insert(chain.name, &chain);
        cost.rules += chain.rules.size();
        for (const FelixRule &rule : chain.rules)
            cost.flatRules += flatCount(rule, members);
    }
    for (const RenderedEndpoint &e : ruleset.endpoints) {
        const ChainTotals to = reachable(e.toChain, chains, members);
        const ChainTotals from = reachable(e.fromChain, chains, members);
        cost.endpointChains.append({e.ref, to.rules, from.rules, to.flat, from.flat});
    }
    std::sort(cost.endpointChains.begin(), cost.endpointChains.end(),
        [](const auto &a, const auto &b) { return a.endpoint < b.endpoint; });
    return cost;
}

QList<RulesetCost> rulesetCostPerNode(const PolicyEngine &engine, const RenderOptions &options)
{
    QList<RulesetCost> out;
    for (const QString &node : NodeList::of(engine).nodesWithEndpoints)
        out.append(rulesetCost(renderNode(engine, node, options)));
    return out;
}

} // namespace ps
