#include "core/lint/linter.h"

#include <algorithm>
#include <vector>

#include <QCoreApplication>
#include <QSet>

#include "core/lint/flowlint_p.h"
#include "core/lint/lintplaces_p.h"

namespace ps {

namespace {

QString sideName(bool source)
{
    return source ? LintWords::tr("source") : LintWords::tr("destination");
}

class Linter {
public:
    explicit Linter(const PolicyEngine &engine) : m_engine(engine), m_places(engine) { }

    void selectsNothing();
    void peerSelectsNothing();
    void logOnly();
    void logAfterVerdict();
    void unusedNetworkSets();
    void flows(bool reference) { lintFlows(m_engine, m_places, m_findings, reference); }

    QList<LintFinding> take() { return std::move(m_findings); }

private:
    void add(LintCode code, const QString &message, LintLocation location,
        QList<LintLocation> related = {})
    {
        addLintFinding(m_findings, code, message, std::move(location), std::move(related));
    }

    const PolicyEngine &m_engine;
    LintPlaces m_places;
    QList<LintFinding> m_findings;
};

// A policy that applies to no endpoint: no pod, workload template or host endpoint matches its
// selector (doNotTrack and preDNAT policies apply to host endpoints only).
void Linter::selectsNothing()
{
    const Inventory &inv = m_engine.inventory();
    const QList<CompiledPolicy> &policies = m_engine.policies();
    std::vector<bool> applies(size_t(policies.size()), false);
    for (qsizetype id = 0; id < inv.objects().size(); ++id) {
        if (!inv.object(int(id)).isEndpoint())
            continue;
        for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
            for (const HostEndpointPipeline stage : {HostEndpointPipeline::Normal,
                     HostEndpointPipeline::Untracked, HostEndpointPipeline::PreDnat}) {
                for (const int pi : m_engine.stagePolicies(int(id), direction, stage))
                    applies[size_t(pi)] = true;
            }
        }
    }
    for (qsizetype pi = 0; pi < policies.size(); ++pi) {
        const CompiledPolicy &p = policies[pi];
        // A selector that does not parse is validation's; a staged Delete applies nowhere by
        // design; a policy of no type applies to no direction.
        if (applies[size_t(pi)] || !p.selector.error.isEmpty()
            || (p.staged && p.policy.stagedAction == u"Delete")
            || (!p.appliesIngress && !p.appliesEgress))
            continue;
        const bool hostOnly = p.policy.doNotTrack || p.policy.preDNAT;
        const QString message = hostOnly
            ? LintWords::tr("%1 selects no host endpoint in the current inventory (its selector "
                            "is %2, and doNotTrack and preDNAT policies apply to host endpoints "
                            "only), so it decides nothing.")
                  .arg(LintPlaces::policyName(p), p.selector.text)
            : LintWords::tr("%1 selects no endpoint in the current inventory (no pod, workload or "
                            "host endpoint matches %2), so it decides nothing.")
                  .arg(LintPlaces::policyName(p), p.selector.text);
        add(LintCode::SelectsNothing, message,
            lintLocation(p.policy.source, m_places.selectorPath(p)));
    }
}

// A rule side whose selector set holds no object (endpoint or network set): the rule can match
// no packet.
void Linter::peerSelectsNothing()
{
    for (const CompiledPolicy &p : m_engine.policies()) {
        for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
            const QList<CompiledRule> &rules = LintPlaces::rulesOf(p, direction);
            for (const CompiledRule &r : rules) {
                for (const bool source : {true, false}) {
                    const CompiledEntity &side = source ? r.source : r.destination;
                    if (side.positiveSet < 0 || !side.error.isEmpty()
                        || !m_engine.setMembers(side.positiveSet).empty())
                        continue;
                    QString path = m_places.rulePath(p, direction, r.index);
                    if (m_places.isNative(p)) {
                        const QList<Rule> &written
                            = direction == Direction::Ingress ? p.policy.ingress : p.policy.egress;
                        const EntityRule &e
                            = source ? written[r.index].source : written[r.index].destination;
                        path += u'.'
                            + (source ? QStringLiteral("source") : QStringLiteral("destination"));
                        if (!e.selector.isEmpty())
                            path += QStringLiteral(".selector");
                        else if (!e.namespaceSelector.isEmpty())
                            path += QStringLiteral(".namespaceSelector");
                        else if (e.serviceAccounts)
                            path += QStringLiteral(".serviceAccounts");
                        else if (!e.notSelector.isEmpty())
                            path += QStringLiteral(".notSelector");
                    }
                    add(LintCode::PeerSelectsNothing,
                        LintWords::tr("The %1 of %2 selects no endpoint and no network set in the "
                                      "current inventory (%3), so the rule never matches.")
                            .arg(sideName(source), LintPlaces::ruleName(p, direction, r.index),
                                m_engine.selectors().text(side.positiveSet)),
                        lintLocation(p.policy.source, path));
                }
            }
        }
    }
}

// A direction whose rules are all Log rules: they record traffic and decide none of it.
void Linter::logOnly()
{
    for (const CompiledPolicy &p : m_engine.policies()) {
        for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
            const QList<CompiledRule> &rules = LintPlaces::rulesOf(p, direction);
            if (rules.isEmpty()
                || !std::all_of(rules.begin(), rules.end(),
                    [](const CompiledRule &r) { return r.action == RuleAction::Log; }))
                continue;
            add(LintCode::LogOnly,
                LintWords::tr("%1 has only Log rules for %2: they record traffic but never allow, "
                              "deny or pass it, so the policy decides nothing for %2 and the "
                              "traffic goes on to the next policy or the end of tier %3.")
                    .arg(LintPlaces::policyName(p), LintPlaces::directionWord(direction), p.tier),
                m_places.ruleLocation(p, direction, 0));
        }
    }
}

// Rule criteria as written, without what does not match (action, annotations).
Rule matchOf(Rule rule)
{
    rule.action.clear();
    rule.annotations.clear();
    return rule;
}

// A Log rule after a rule of the same policy that matches everything it matches and decides
// (Allow, Deny, Pass): the Log rule is never reached by a packet it matches.
void Linter::logAfterVerdict()
{
    for (const CompiledPolicy &p : m_engine.policies()) {
        if (!m_places.isNative(p))
            continue;
        for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
            const QList<CompiledRule> &rules = LintPlaces::rulesOf(p, direction);
            const QList<Rule> &written
                = direction == Direction::Ingress ? p.policy.ingress : p.policy.egress;
            for (const CompiledRule &r : rules) {
                if (r.action != RuleAction::Log)
                    continue;
                for (const CompiledRule &earlier : rules) {
                    if (earlier.index >= r.index)
                        break;
                    if (earlier.action == RuleAction::Log || earlier.action == RuleAction::Invalid
                        || !earlier.translatable())
                        continue;
                    const Rule &e = written[earlier.index];
                    if (!e.matchesAllTraffic() && matchOf(e) != matchOf(written[r.index]))
                        continue;
                    add(LintCode::LogAfterVerdict,
                        LintWords::tr("%1 is a Log rule that no packet it matches reaches: %2 "
                                      "(%3) matches all of that traffic first and decides it.")
                            .arg(LintPlaces::ruleName(p, direction, r.index),
                                LintPlaces::ruleName(p, direction, earlier.index),
                                ruleActionName(earlier.action)),
                        m_places.ruleLocation(p, direction, r.index),
                        {m_places.ruleLocation(p, direction, earlier.index)});
                    break;
                }
            }
        }
    }
}

// Network sets no rule selector (positive or negative, of any policy or profile) holds.
void Linter::unusedNetworkSets()
{
    // The sets rules match, each once (rules share them), then the objects those sets hold.
    std::vector<bool> ruleSets(size_t(m_engine.selectors().size()), false);
    const auto collect = [&](const QList<CompiledRule> &rules) {
        for (const CompiledRule &r : rules) {
            for (const CompiledEntity *side : {&r.source, &r.destination}) {
                for (const int set : {side->positiveSet, side->negativeSet}) {
                    if (set >= 0 && size_t(set) < ruleSets.size())
                        ruleSets[size_t(set)] = true;
                }
            }
        }
    };
    for (const CompiledPolicy &p : m_engine.policies()) {
        collect(p.ingress);
        collect(p.egress);
    }
    const Inventory &inv = m_engine.inventory();
    for (auto it = inv.profiles().cbegin(); it != inv.profiles().cend(); ++it) {
        for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
            if (const QList<CompiledRule> *rules = m_engine.profileRules(it.key(), direction))
                collect(*rules);
        }
    }
    std::vector<bool> used(size_t(inv.objects().size()), false);
    for (size_t set = 0; set < ruleSets.size(); ++set) {
        if (!ruleSets[set])
            continue;
        for (const int id : m_engine.setMembers(int(set))) {
            if (id >= 0 && size_t(id) < used.size())
                used[size_t(id)] = true;
        }
    }
    for (const NetworkSet &set : m_engine.workspace()->networkSets) {
        const int id = inv.findByRef(set.global
                ? QStringLiteral("gnetset:") + set.meta.name
                : QStringLiteral("netset:") + set.meta.namespace_ + u'/' + set.meta.name);
        if (id < 0 || used[size_t(id)])
            continue;
        const QString name
            = set.global ? set.meta.name : set.meta.namespace_ + u'/' + set.meta.name;
        add(LintCode::UnusedNetworkSet,
            LintWords::tr("%1 %2 is held by no rule's selector in any policy or profile, so its "
                          "nets decide nothing.")
                .arg(set.global ? QStringLiteral("GlobalNetworkSet") : QStringLiteral("NetworkSet"),
                    name),
            lintLocation(set.source, QStringLiteral("metadata.name")));
    }
}

} // namespace

QList<LintFinding> lintWorkspace(const PolicyEngine &engine, const LintOptions &options)
{
    Linter linter(engine);
    linter.selectsNothing();
    linter.peerSelectsNothing();
    linter.logOnly();
    linter.unusedNetworkSets();
    // The flow checks find every Log rule no flow reaches; without them, the ones an earlier
    // rule of the same policy visibly covers.
    if (options.flows)
        linter.flows(options.referenceFlows);
    else
        linter.logAfterVerdict();
    QList<LintFinding> findings = linter.take();
    sortLintFindings(findings);
    return findings;
}

} // namespace ps
