#include "core/lint/flowlint_p.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <tuple>
#include <vector>

#include <QHash>

#include "core/lint/flowsets_p.h"
#include "core/lint/lintspace.h"

namespace ps {

namespace {

// One evaluated flow: the endpoint (an index into LintSpace::endpoints()), the direction, the
// peer and probe, and the verdict of that direction.
struct Sample {
    int endpoint = 0;
    Direction direction = Direction::Ingress;
    int peer = 0;
    int probe = 0;
    Verdict verdict = Verdict::Deny;
    qint64 position = 0; // in the order the reference evaluation meets flows
};

// What decided a flow: a rule of a policy or profile, the end of a tier, the default deny, a
// failsafe port.
struct Decider {
    int policy = -1; // index into PolicyEngine::policies(), -1 for the others
    int rule = -1;
    QString action; // the trace step's
    QString tier;
    QString profile;
    friend bool operator==(const Decider &, const Decider &) = default;
};

// (policy index, direction, rule index).
using RuleKey = std::tuple<int, int, int>;

struct RuleStats {
    bool matched = false; // some flow it matches comes to its policy's endpoints
    bool reached = false; // some such flow reaches it
    std::optional<Sample> example; // a flow it matches that is decided before it
    QList<Decider> deciders; // what decides those flows first
    QList<qint64> deciderAt; // where each decider is first met (Sample::position)
    QList<Sample> decided; // the flows it decides (Allow, Deny, Pass); reference evaluation
    // The flows it decides, checked as they are met (evaluation over sets): whether each gets
    // the same verdict without the rule, who decides it then, the best example.
    bool decides = false;
    bool same = true;
    QList<Decider> instead;
    QList<qint64> insteadAt;
    std::optional<Sample> decidedExample;
};

// Adds `d`, first met at `at`, to `list` (kept with where each was first met).
void addDecider(QList<Decider> &list, QList<qint64> &firstAt, const Decider &d, qint64 at)
{
    const qsizetype i = list.indexOf(d);
    if (i < 0) {
        list.append(d);
        firstAt.append(at);
    } else if (at < firstAt[i]) {
        firstAt[i] = at;
    }
}

// `list` in the order its members were first met.
QList<Decider> inOrderMet(const QList<Decider> &list, const QList<qint64> &firstAt)
{
    QList<qsizetype> order(list.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](qsizetype a, qsizetype b) { return firstAt[a] < firstAt[b]; });
    QList<Decider> out;
    for (const qsizetype i : order)
        out.append(list[i]);
    return out;
}

// Traffic dropped at the end of a tier that later tiers would have seen.
struct Drop {
    QList<int> endpoints; // indexes into LintSpace::endpoints()
    Sample example;
    std::vector<int> later; // the enforced policies of later tiers, in order
};

QString verdictWord(Verdict verdict)
{
    return verdict == Verdict::Allow ? LintWords::tr("allowed") : LintWords::tr("denied");
}

// "a, b and 2 more"; with `alternatives`, "a or b or 2 more".
QString listed(QStringList names, bool alternatives = false)
{
    const qsizetype limit = 3;
    names.removeDuplicates();
    const QString separator = alternatives ? LintWords::tr(" or ") : QStringLiteral(", ");
    if (names.size() <= limit)
        return names.join(separator);
    const int more = int(names.size() - limit);
    return (alternatives ? LintWords::tr("%1 or %n more", nullptr, more)
                         : LintWords::tr("%1 and %n more", nullptr, more))
        .arg(names.first(limit).join(separator));
}

bool decisive(const QString &action)
{
    return action == u"allow" || action == u"deny" || action == u"end-of-tier-deny"
        || action == u"default-deny";
}

class FlowLint {
public:
    /// Whether `a` makes a better example than `b`: TCP, then UDP, then the others; traffic
    /// between two different endpoints or addresses before traffic of an endpoint to itself.
    bool betterExample(const Sample &a, const Sample &b) const
    {
        const auto rank = [this](const Sample &s) {
            const int protocol = m_space.probes()[s.probe].protocol;
            const int p = protocol == 6 ? 0 : protocol == 17 ? 1 : 2;
            const bool self = m_space.peers()[s.peer].object == m_space.endpoints()[s.endpoint];
            return std::pair {p, self ? 1 : 0};
        };
        return rank(a) < rank(b);
    }
    /// The example the reference evaluation keeps: the better one, else the one met first.
    bool keptOver(const Sample &a, const Sample &b) const
    {
        return betterExample(a, b) || (!betterExample(b, a) && a.position < b.position);
    }
    qint64 position(int endpoint, Direction direction, int peer, int probe) const
    {
        return ((qint64(endpoint) * 2 + (direction == Direction::Ingress ? 0 : 1))
                       * m_space.peers().size()
                   + peer)
            * m_space.probes().size()
            + probe;
    }

    FlowLint(const PolicyEngine &engine, const LintPlaces &places, QList<LintFinding> &findings)
        : m_engine(engine), m_places(places), m_findings(findings), m_space(engine),
          m_sets(engine, m_space)
    {
        const QList<CompiledPolicy> &policies = engine.policies();
        for (qsizetype i = 0; i < policies.size(); ++i)
            m_policyById.insert(policies[i].policy.source.id, int(i));
        for (qsizetype t = 0; t < engine.tiers().size(); ++t)
            m_tierByName.insert(engine.tiers()[t].name, int(t));
    }

    void evaluate();
    void evaluateSets();
    void endOfTierDrops();
    void shadowedRules();
    void redundantRules();
    void redundantRulesFromSets();
    void stagedDiffers(bool reference);

private:
    /// The flow of `set` (peers at one endpoint, direction and probe) the reference evaluation
    /// would keep as an example: the first between two different endpoints, else the first.
    Sample exampleIn(const PeerSet &set, int endpoint, Direction direction, int probe,
        const PeerSet &allowed) const;
    Decider deciderOf(const FlowEvent &e, int endpoint) const;
    bool candidateForRedundant(int policy) const
    {
        const CompiledPolicy &p = m_engine.policies()[policy];
        // Forwarded traffic is not in the space: a rule of an applyOnForward policy may decide
        // some that no flow here shows.
        return m_places.isNative(p) && !p.staged && p.evaluated && !p.policy.applyOnForward;
    }
    /// Whether the flows of `decided` (at one endpoint, direction and probe) get the same
    /// verdicts (`allowed`) without `rule`; notes who decides them then.
    void checkWithout(RuleStats &stats, const CompiledRule &rule, int endpoint, Direction direction,
        int probe, const PeerSet &decided, const PeerSet &allowed);

    std::optional<Decider> deciderOf(const TraceStep &step) const;
    QString deciderName(const Decider &d, Direction direction) const;
    std::optional<LintLocation> deciderLocation(const Decider &d, Direction direction) const;
    void describeDeciders(const QList<Decider> &deciders, Direction direction, QStringList &names,
        QList<LintLocation> &related) const;
    /// The policies of a direction at an endpoint, in evaluation order: the untracked and
    /// pre-DNAT stages of a host endpoint, then the normal one.
    std::vector<int> policiesAt(int endpoint, Direction direction) const;
    QString endpointsText(const QList<int> &endpoints) const;
    /// Whether an enforced policy of a tier after `tier` applies to the endpoint (normal stage).
    bool laterTiersAt(int endpoint, Direction direction, int tier) const
    {
        const std::vector<int> &list = m_engine.applicablePolicies(endpoint, direction);
        return std::any_of(list.begin(), list.end(), [&](int pi) {
            return !m_engine.policies()[pi].staged && m_engine.policies()[pi].tierIndex > tier;
        });
    }

    const PolicyEngine &m_engine;
    const LintPlaces &m_places;
    QList<LintFinding> &m_findings;
    LintSpace m_space;
    FlowSets m_sets;
    QHash<ResourceId, int> m_policyById;
    QHash<QString, int> m_tierByName;
    std::map<RuleKey, RuleStats> m_rules;
    std::map<std::tuple<int, int, std::vector<int>>, Drop> m_drops; // (tier, direction, policies)
};

std::vector<int> FlowLint::policiesAt(int endpoint, Direction direction) const
{
    std::vector<int> out;
    for (const HostEndpointPipeline stage : {HostEndpointPipeline::Untracked,
             HostEndpointPipeline::PreDnat, HostEndpointPipeline::Normal}) {
        const std::vector<int> &list = m_engine.stagePolicies(endpoint, direction, stage);
        out.insert(out.end(), list.begin(), list.end());
    }
    return out;
}

std::optional<Decider> FlowLint::deciderOf(const TraceStep &step) const
{
    Decider d;
    d.action = step.action;
    d.tier = step.tier;
    if (step.kind == u"Profile") {
        d.profile = step.policy;
        d.rule = step.rule;
        return d;
    }
    if (!step.policy.isEmpty()) {
        const auto it = m_policyById.constFind(step.policyId);
        if (it == m_policyById.constEnd())
            return std::nullopt;
        d.policy = *it;
        d.rule = step.rule;
    }
    return d;
}

QString FlowLint::deciderName(const Decider &d, Direction direction) const
{
    if (!d.profile.isEmpty())
        return LintWords::tr("%1 rule %2 of profile %3")
            .arg(LintPlaces::directionWord(direction))
            .arg(d.rule)
            .arg(d.profile);
    if (d.action == u"end-of-tier-deny")
        return LintWords::tr("the end of tier %1 (no rule of its policies allows or passes it)")
            .arg(d.tier);
    if (d.action == u"default-deny")
        return LintWords::tr("the default deny (no profile allows it)");
    if (d.policy < 0)
        return LintWords::tr("Felix's failsafe ports");
    const CompiledPolicy &p = m_engine.policies()[d.policy];
    return LintWords::tr("%1 (%2)").arg(LintPlaces::ruleName(p, direction, d.rule), d.action);
}

std::optional<LintLocation> FlowLint::deciderLocation(const Decider &d, Direction direction) const
{
    if (d.policy < 0)
        return std::nullopt;
    const CompiledPolicy &p = m_engine.policies()[d.policy];
    if (d.rule < 0)
        return lintLocation(p.policy.source, m_places.selectorPath(p));
    return m_places.ruleLocation(p, direction, d.rule);
}

void FlowLint::describeDeciders(const QList<Decider> &deciders, Direction direction,
    QStringList &names, QList<LintLocation> &related) const
{
    for (const Decider &d : deciders) {
        names.append(deciderName(d, direction));
        if (const std::optional<LintLocation> where = deciderLocation(d, direction);
            where && !related.contains(*where))
            related.append(*where);
    }
}

QString FlowLint::endpointsText(const QList<int> &endpoints) const
{
    qsizetype count = 0;
    for (const int e : endpoints)
        count += m_space.classSize(e);
    const QString first = m_engine.inventory().object(m_space.endpoints()[endpoints.first()]).ref();
    if (count <= 1)
        return first;
    return LintWords::tr("%1 and %n other endpoint(s)", nullptr, int(count - 1)).arg(first);
}

void FlowLint::evaluate()
{
    const QList<CompiledPolicy> &policies = m_engine.policies();
    for (qsizetype ei = 0; ei < m_space.endpoints().size(); ++ei) {
        const int endpoint = m_space.endpoints()[ei];
        for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
            const std::vector<int> list = policiesAt(endpoint, direction);
            if (list.empty())
                continue; // profiles decide: nothing of a policy to lint
            std::vector<std::pair<int, const CompiledRule *>> rules;
            for (const int pi : list) {
                if (policies[pi].staged)
                    continue;
                for (const CompiledRule &r : LintPlaces::rulesOf(policies[pi], direction)) {
                    if (r.action != RuleAction::Invalid)
                        rules.emplace_back(pi, &r);
                }
            }
            const std::vector<int> &normal = m_engine.applicablePolicies(endpoint, direction);
            m_space.forEachPacket(int(ei), direction, [&](int peer, int probe, const Packet &pkt) {
                const DirectionTrace trace = m_engine.evaluate(endpoint, direction, pkt);
                const Sample sample {int(ei), direction, peer, probe, trace.verdict,
                    position(int(ei), direction, peer, probe)};
                std::vector<RuleKey> reached;
                for (const TraceStep &step : trace.steps) {
                    if (step.rule < 0 || step.kind == u"Profile"
                        || !(decisive(step.action) || step.action == u"pass"
                            || step.action == u"log"))
                        continue;
                    if (const auto it = m_policyById.constFind(step.policyId);
                        it != m_policyById.constEnd())
                        reached.emplace_back(*it, int(direction), step.rule);
                }
                for (const auto &[pi, rule] : rules) {
                    if (!m_engine.ruleMatches(*rule, pkt))
                        continue;
                    const RuleKey key {pi, int(direction), rule->index};
                    RuleStats &stats = m_rules[key];
                    stats.matched = true;
                    if (std::find(reached.begin(), reached.end(), key) != reached.end()) {
                        stats.reached = true;
                        if (rule->action != RuleAction::Log)
                            stats.decided.append(sample);
                        continue;
                    }
                    if (!stats.example || betterExample(sample, *stats.example))
                        stats.example = sample;
                    // The first step that ends the chain, or skips the rest of this tier.
                    const QString &tier = policies[pi].tier;
                    for (const TraceStep &step : trace.steps) {
                        if (!decisive(step.action)
                            && !(step.action == u"pass" && step.tier == tier))
                            continue;
                        if (const std::optional<Decider> d = deciderOf(step))
                            addDecider(stats.deciders, stats.deciderAt, *d, sample.position);
                        break;
                    }
                }
                // Dropped at the end of a tier that later tiers would have seen.
                for (const TraceStep &step : trace.steps) {
                    if (step.action != u"end-of-tier-deny"
                        || !(step.stage.isEmpty() || step.stage == u"normal"))
                        continue;
                    const int tier = m_tierByName.value(step.tier, -1);
                    std::vector<int> here;
                    std::vector<int> later;
                    for (const int pi : normal) {
                        if (policies[pi].staged)
                            continue;
                        if (policies[pi].tierIndex == tier)
                            here.push_back(pi);
                        else if (policies[pi].tierIndex > tier)
                            later.push_back(pi);
                    }
                    if (later.empty())
                        continue;
                    Drop &drop = m_drops[{tier, int(direction), here}];
                    if (drop.endpoints.isEmpty()) {
                        drop.example = sample;
                        drop.later = later;
                    } else if (betterExample(sample, drop.example)) {
                        drop.example = sample;
                    }
                    if (!drop.endpoints.contains(int(ei)))
                        drop.endpoints.append(int(ei));
                }
            });
        }
    }
}

Sample FlowLint::exampleIn(
    const PeerSet &set, int endpoint, Direction direction, int probe, const PeerSet &allowed) const
{
    int peer = set.first();
    const int self = m_space.endpoints()[endpoint];
    if (m_space.peers()[peer].object == self) {
        PeerSet others = set;
        for (int i = 0; i < int(m_space.peers().size()); ++i) {
            if (m_space.peers()[i].object == self)
                others.reset(i);
        }
        if (!others.none())
            peer = others.first();
    }
    return {endpoint, direction, peer, probe, allowed.test(peer) ? Verdict::Allow : Verdict::Deny,
        position(endpoint, direction, peer, probe)};
}

Decider FlowLint::deciderOf(const FlowEvent &e, int endpoint) const
{
    Decider d;
    switch (e.kind) {
    case FlowEvent::Kind::Rule:
        d.policy = e.policy;
        d.rule = e.rule->index;
        d.action = ruleActionName(e.rule->action);
        d.tier = m_engine.tiers()[e.tier].name;
        break;
    case FlowEvent::Kind::EndOfTierDeny:
        d.policy = e.policy;
        d.action = QStringLiteral("end-of-tier-deny");
        d.tier = m_engine.tiers()[e.tier].name;
        break;
    case FlowEvent::Kind::Failsafe:
        d.action = QStringLiteral("allow");
        break;
    case FlowEvent::Kind::Profile:
        d.rule = e.rule->index;
        d.action = ruleActionName(e.rule->action);
        d.profile = m_engine.inventory().object(m_space.endpoints()[endpoint]).profiles[e.profile];
        break;
    case FlowEvent::Kind::DefaultDeny:
        d.action = QStringLiteral("default-deny");
        break;
    }
    return d;
}

void FlowLint::checkWithout(RuleStats &stats, const CompiledRule &rule, int endpoint,
    Direction direction, int probe, const PeerSet &decided, const PeerSet &allowed)
{
    const Sample example = exampleIn(decided, endpoint, direction, probe, allowed);
    if (!stats.decidedExample || keptOver(example, *stats.decidedExample))
        stats.decidedExample = example;
    stats.decides = true;
    if (!stats.same)
        return;
    const FlowRun without = m_sets.run(endpoint, direction, decided, probe, &rule);
    if (!(without.allowed == allowed)) {
        stats.same = false;
        return;
    }
    const int object = m_space.endpoints()[endpoint];
    for (const FlowEvent &e : without.events) {
        if (!e.decisive())
            continue;
        // Not redundant either: a Deny that ends a tier before later ones, which the end of the
        // tier would otherwise drop unseen (end-of-tier-drop); written out, it says so.
        if (e.kind == FlowEvent::Kind::EndOfTierDeny
            && laterTiersAt(
                object, direction, m_tierByName.value(m_engine.tiers()[e.tier].name, -1))) {
            stats.same = false;
            return;
        }
        addDecider(stats.instead, stats.insteadAt, deciderOf(e, endpoint),
            position(endpoint, direction, e.peers.first(), probe));
    }
}

void FlowLint::evaluateSets()
{
    const QList<CompiledPolicy> &policies = m_engine.policies();
    for (int ei = 0; ei < int(m_space.endpoints().size()); ++ei) {
        const int endpoint = m_space.endpoints()[ei];
        const QList<PeerSet> groups = m_sets.groups(ei);
        for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
            const std::vector<int> list = policiesAt(endpoint, direction);
            if (list.empty())
                continue; // profiles decide: nothing of a policy to lint
            std::vector<std::pair<int, const CompiledRule *>> rules;
            for (const int pi : list) {
                if (policies[pi].staged)
                    continue;
                for (const CompiledRule &r : LintPlaces::rulesOf(policies[pi], direction)) {
                    if (r.action != RuleAction::Invalid)
                        rules.emplace_back(pi, &r);
                }
            }
            const std::vector<int> &normal = m_engine.applicablePolicies(endpoint, direction);
            for (const PeerSet &group : groups) {
                for (int probe = 0; probe < int(m_space.probes().size()); ++probe) {
                    const FlowRun run = m_sets.run(ei, direction, group, probe);
                    const Packet packet = *m_space.packet(ei, direction, group.first(), probe);
                    // The peers that reach each rule (its trace steps).
                    std::map<RuleKey, PeerSet> reachedBy;
                    for (const FlowEvent &e : run.events) {
                        if (e.kind != FlowEvent::Kind::Rule)
                            continue;
                        const RuleKey key {e.policy, int(direction), e.rule->index};
                        const auto [it, added] = reachedBy.emplace(key, e.peers);
                        if (!added)
                            it->second |= e.peers;
                    }
                    for (const auto &[pi, rule] : rules) {
                        const PeerSet matched
                            = m_sets.matches(*rule, direction, packet, group, probe);
                        if (matched.none())
                            continue;
                        const RuleKey key {pi, int(direction), rule->index};
                        RuleStats &stats = m_rules[key];
                        stats.matched = true;
                        PeerSet notReached = matched;
                        if (const auto it = reachedBy.find(key); it != reachedBy.end()) {
                            stats.reached = true;
                            notReached -= it->second;
                            if (rule->action != RuleAction::Log && candidateForRedundant(pi))
                                checkWithout(stats, *rule, ei, direction, probe, it->second,
                                    run.allowed & it->second);
                        }
                        if (notReached.none())
                            continue;
                        const Sample example
                            = exampleIn(notReached, ei, direction, probe, run.allowed);
                        if (!stats.example || keptOver(example, *stats.example))
                            stats.example = example;
                        // The first step that ends the chain, or skips the rest of this tier.
                        const QString &tier = policies[pi].tier;
                        for (const FlowEvent &e : run.events) {
                            const bool ends = e.decisive()
                                || (e.rule && e.rule->action == RuleAction::Pass
                                    && (e.kind == FlowEvent::Kind::Rule
                                               ? m_engine.tiers()[e.tier].name
                                               : QString())
                                        == tier);
                            if (!ends)
                                continue;
                            const PeerSet met = notReached & e.peers;
                            if (met.none())
                                continue;
                            addDecider(stats.deciders, stats.deciderAt, deciderOf(e, ei),
                                position(ei, direction, met.first(), probe));
                            notReached -= met;
                            if (notReached.none())
                                break;
                        }
                    }
                    // Dropped at the end of a tier that later tiers would have seen.
                    for (const FlowEvent &e : run.events) {
                        if (e.kind != FlowEvent::Kind::EndOfTierDeny)
                            continue;
                        const int tier = m_tierByName.value(m_engine.tiers()[e.tier].name, -1);
                        std::vector<int> here;
                        std::vector<int> later;
                        for (const int pi : normal) {
                            if (policies[pi].staged)
                                continue;
                            if (policies[pi].tierIndex == tier)
                                here.push_back(pi);
                            else if (policies[pi].tierIndex > tier)
                                later.push_back(pi);
                        }
                        if (later.empty())
                            continue;
                        const Sample sample = exampleIn(e.peers, ei, direction, probe, run.allowed);
                        Drop &drop = m_drops[{tier, int(direction), here}];
                        if (drop.endpoints.isEmpty()) {
                            drop.example = sample;
                            drop.later = later;
                        } else if (keptOver(sample, drop.example)) {
                            drop.example = sample;
                        }
                        if (!drop.endpoints.contains(ei))
                            drop.endpoints.append(ei);
                    }
                }
            }
        }
    }
}

void FlowLint::endOfTierDrops()
{
    const QList<CompiledPolicy> &policies = m_engine.policies();
    for (const auto &[key, drop] : m_drops) {
        const auto &[tier, dir, here] = key;
        const Direction direction = Direction(dir);
        const QString word = LintPlaces::directionWord(direction);
        // Where to point: a policy that lists the direction in its types without a rule for it,
        // else the last policy of the tier, whose end drops the traffic.
        int at = here.back();
        QString typesNote;
        for (const int pi : here) {
            const CompiledPolicy &p = policies[pi];
            if (LintPlaces::rulesOf(p, direction).isEmpty()) {
                at = pi;
                typesNote = LintWords::tr(" %1 lists %2 in its types but has no %3 rule.")
                                .arg(LintPlaces::policyName(p),
                                    direction == Direction::Ingress ? QStringLiteral("Ingress")
                                                                    : QStringLiteral("Egress"),
                                    word);
                break;
            }
        }
        const CompiledPolicy &p = policies[at];
        const QString path = LintPlaces::rulesOf(p, direction).isEmpty()
            ? QStringLiteral("spec.types")
            : m_places.rulePath(p, direction, 0).section(u'[', 0, 0);
        QStringList names;
        QList<LintLocation> related;
        for (const int pi : here) {
            names.append(LintPlaces::policyName(policies[pi]));
            if (pi != at)
                related.append(
                    lintLocation(policies[pi].policy.source, m_places.selectorPath(policies[pi])));
        }
        QStringList laterNames;
        for (const int pi : drop.later) {
            laterNames.append(LintWords::tr("%1 in tier %2")
                                  .arg(LintPlaces::policyName(policies[pi]), policies[pi].tier));
            if (related.size() < 6)
                related.append(
                    lintLocation(policies[pi].policy.source, m_places.selectorPath(policies[pi])));
        }
        const QString tierName = m_engine.tiers()[tier].name;
        addLintFinding(m_findings, LintCode::EndOfTierDrop,
            LintWords::tr("In tier %1, which is not the last, no rule of %2 allows or passes some "
                          "%4 traffic of %3 (e.g. %5): it is dropped at the end of tier %1, so the "
                          "later tiers never see it (%6), in the current inventory.%7")
                .arg(tierName, listed(names), endpointsText(drop.endpoints), word,
                    m_space.describe(
                        drop.example.endpoint, direction, drop.example.peer, drop.example.probe),
                    listed(laterNames), typesNote),
            lintLocation(p.policy.source, path), related);
    }
}

void FlowLint::shadowedRules()
{
    const QList<CompiledPolicy> &policies = m_engine.policies();
    for (const auto &[key, stats] : m_rules) {
        if (!stats.matched || stats.reached || !stats.example)
            continue;
        const auto &[pi, dir, index] = key;
        const Direction direction = Direction(dir);
        const CompiledPolicy &p = policies[pi];
        const CompiledRule &rule = LintPlaces::rulesOf(p, direction)[index];
        QStringList names;
        QList<LintLocation> related;
        describeDeciders(inOrderMet(stats.deciders, stats.deciderAt), direction, names, related);
        const QString example = m_space.describe(
            stats.example->endpoint, direction, stats.example->peer, stats.example->probe);
        if (rule.action == RuleAction::Log) {
            addLintFinding(m_findings, LintCode::LogAfterVerdict,
                LintWords::tr("%1 is a Log rule that no flow it matches reaches in the current "
                              "inventory (e.g. %2): %3 decides it first, so nothing is logged.")
                    .arg(LintPlaces::ruleName(p, direction, index), example, listed(names, true)),
                m_places.ruleLocation(p, direction, index), related);
            continue;
        }
        addLintFinding(m_findings, LintCode::ShadowedRule,
            LintWords::tr("%1 never decides: every flow it matches in the current inventory "
                          "(e.g. %2) is decided before it by %3.")
                .arg(LintPlaces::ruleName(p, direction, index), example, listed(names, true)),
            m_places.ruleLocation(p, direction, index), related);
    }
}

// The step that gave a direction's verdict: the last decisive one.
std::optional<TraceStep> finalStep(const DirectionTrace &trace)
{
    for (qsizetype i = trace.steps.size() - 1; i >= 0; --i) {
        if (decisive(trace.steps[i].action))
            return trace.steps[i];
    }
    return std::nullopt;
}

void FlowLint::redundantRulesFromSets()
{
    const QList<CompiledPolicy> &policies = m_engine.policies();
    for (const auto &[key, stats] : m_rules) {
        if (!stats.decides || !stats.same)
            continue;
        const auto &[pi, dir, index] = key;
        const Direction direction = Direction(dir);
        const CompiledPolicy &p = policies[pi];
        QStringList names;
        QList<LintLocation> related;
        describeDeciders(inOrderMet(stats.instead, stats.insteadAt)
                             .first(std::min<qsizetype>(3, stats.instead.size())),
            direction, names, related);
        const Sample &example = *stats.decidedExample;
        addLintFinding(m_findings, LintCode::RedundantRule,
            LintWords::tr("Removing %1 changes no verdict in the current inventory: every flow "
                          "it decides (e.g. %2, %3) gets the same verdict without it, from %4.")
                .arg(LintPlaces::ruleName(p, direction, index),
                    m_space.describe(example.endpoint, direction, example.peer, example.probe),
                    verdictWord(example.verdict), listed(names, true)),
            m_places.ruleLocation(p, direction, index), related);
    }
}

void FlowLint::redundantRules()
{
    const QList<CompiledPolicy> &policies = m_engine.policies();
    for (const auto &[key, stats] : m_rules) {
        if (stats.decided.isEmpty())
            continue;
        const auto &[pi, dir, index] = key;
        const Direction direction = Direction(dir);
        const CompiledPolicy &p = policies[pi];
        // Forwarded traffic is not in the space: a rule of an applyOnForward policy may decide
        // some that no flow here shows.
        if (!m_places.isNative(p) || p.staged || !p.evaluated || p.policy.applyOnForward)
            continue;
        const ResourceId id = p.policy.source.id;
        const int removed = index; // a structured binding cannot be captured (before C++20)
        const Workspace without = m_engine.workspace().edited([&](WorkspaceData &d) {
            const qsizetype at = indexOfResource(d.policies, id);
            QList<Rule> &list
                = direction == Direction::Ingress ? d.policies[at].ingress : d.policies[at].egress;
            list.removeAt(removed);
        });
        // Already admitted: nothing is left out of it again.
        const PolicyEngine other(without, Diagnostics());
        // Not redundant either: a Deny that ends a tier before later ones, which the end of the
        // tier would otherwise drop unseen (end-of-tier-drop); written out, it says so.
        bool same = true;
        for (const Sample &s : stats.decided) {
            const int endpoint = m_space.endpoints()[s.endpoint];
            const std::optional<Packet> pkt
                = m_space.packet(s.endpoint, direction, s.peer, s.probe);
            const DirectionTrace trace = other.evaluate(endpoint, direction, *pkt);
            const std::optional<TraceStep> step = finalStep(trace);
            if (trace.verdict != s.verdict
                || (step && step->action == u"end-of-tier-deny"
                    && laterTiersAt(endpoint, direction, m_tierByName.value(step->tier, -1)))) {
                same = false;
                break;
            }
        }
        if (!same)
            continue;
        // Who decides instead (rule indexes after the removed one move back by one).
        QList<Decider> instead;
        for (const Sample &s : stats.decided) {
            if (instead.size() >= 3)
                break;
            const std::optional<Packet> pkt
                = m_space.packet(s.endpoint, direction, s.peer, s.probe);
            const std::optional<TraceStep> step
                = finalStep(other.evaluate(m_space.endpoints()[s.endpoint], direction, *pkt));
            if (!step)
                continue;
            std::optional<Decider> d = deciderOf(*step);
            if (!d)
                continue;
            if (d->policy == pi && d->rule >= index)
                ++d->rule;
            if (!instead.contains(*d))
                instead.append(*d);
        }
        QStringList names;
        QList<LintLocation> related;
        describeDeciders(instead, direction, names, related);
        Sample example = stats.decided.first();
        for (const Sample &s : stats.decided) {
            if (betterExample(s, example))
                example = s;
        }
        addLintFinding(m_findings, LintCode::RedundantRule,
            LintWords::tr("Removing %1 changes no verdict in the current inventory: every flow "
                          "it decides (e.g. %2, %3) gets the same verdict without it, from %4.")
                .arg(LintPlaces::ruleName(p, direction, index),
                    m_space.describe(example.endpoint, direction, example.peer, example.probe),
                    verdictWord(example.verdict), listed(names, true)),
            m_places.ruleLocation(p, direction, index), related);
    }
}

// The enforced kind a staged kind stages.
std::optional<ResourceKind> enforcedKind(ResourceKind staged)
{
    switch (staged) {
    case ResourceKind::StagedGlobalNetworkPolicy:
        return ResourceKind::GlobalNetworkPolicy;
    case ResourceKind::StagedNetworkPolicy:
        return ResourceKind::NetworkPolicy;
    case ResourceKind::StagedKubernetesNetworkPolicy:
        return ResourceKind::KubernetesNetworkPolicy;
    default:
        return std::nullopt;
    }
}

void FlowLint::stagedDiffers(bool reference)
{
    const QList<CompiledPolicy> &policies = m_engine.policies();
    const Workspace &workspace = m_engine.workspace();
    for (qsizetype si = 0; si < policies.size(); ++si) {
        const CompiledPolicy &staged = policies[si];
        const std::optional<ResourceKind> kind = enforcedKind(staged.policy.kind);
        if (!staged.staged || !kind)
            continue;
        const bool remove = staged.policy.stagedAction == u"Delete";
        const ResourceId id = staged.policy.source.id;
        const QString &name = staged.policy.meta.name;
        const QString &ns = staged.policy.meta.namespace_;
        // The enforced policy it stages: same kind family, namespace and name.
        int enforced = -1;
        for (qsizetype i = 0; i < policies.size(); ++i) {
            const CalicoPolicy &c = policies[i].policy;
            if (c.kind == *kind && c.meta.name == name && c.meta.namespace_ == ns)
                enforced = int(i);
        }
        if (remove && enforced < 0)
            continue; // deleting what does not exist changes nothing
        // Only where the staged or the enforced policy applies can a verdict change.
        bool concernsSome = false;
        for (qsizetype ei = 0; ei < m_space.endpoints().size() && !concernsSome; ++ei) {
            for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
                const std::vector<int> &list
                    = m_engine.applicablePolicies(m_space.endpoints()[ei], direction);
                concernsSome = concernsSome || std::any_of(list.begin(), list.end(), [&](int pi) {
                    return pi == si || pi == enforced;
                });
            }
        }
        if (!concernsSome)
            continue;
        const ResourceId enforcedId
            = enforced >= 0 ? policies[enforced].policy.source.id : ResourceId();
        const Workspace after = workspace.edited([&](WorkspaceData &d) {
            if (*kind == ResourceKind::KubernetesNetworkPolicy) {
                const qsizetype at = indexOfResource(d.kubernetesPolicies, enforcedId);
                if (at >= 0)
                    d.kubernetesPolicies.removeAt(at);
                if (!remove) {
                    KubernetesNetworkPolicy k
                        = d.kubernetesPolicies[indexOfResource(d.kubernetesPolicies, id)];
                    k.staged = false;
                    k.stagedAction.clear();
                    k.source.id = ResourceId();
                    d.kubernetesPolicies.append(k);
                }
                return;
            }
            const qsizetype at = indexOfResource(d.policies, enforcedId);
            if (at >= 0)
                d.policies.removeAt(at);
            if (!remove) {
                CalicoPolicy c = d.policies[indexOfResource(d.policies, id)];
                c.kind = *kind;
                c.stagedAction.clear();
                c.source.id = ResourceId();
                d.policies.append(c);
            }
        });
        // Outside the reference, built from this engine: the inventory, its label index and the
        // unchanged policies are taken over (the same answers).
        const PolicyEngine other = reference ? PolicyEngine(after, Diagnostics())
                                             : PolicyEngine(after, Diagnostics(), m_engine);
        QList<int> changedAt;
        std::optional<Sample> example;
        Verdict afterVerdict = Verdict::Deny;
        FlowSets otherSets(other, m_space);
        for (qsizetype ei = 0; ei < m_space.endpoints().size(); ++ei) {
            const int endpoint = m_space.endpoints()[ei];
            for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
                const std::vector<int> &list = m_engine.applicablePolicies(endpoint, direction);
                const bool concerned = std::any_of(
                    list.begin(), list.end(), [&](int pi) { return pi == si || pi == enforced; });
                if (!concerned)
                    continue;
                bool changed = false;
                if (!reference) {
                    for (const PeerSet &group : m_sets.groups(int(ei))) {
                        for (int probe = 0; probe < int(m_space.probes().size()); ++probe) {
                            const PeerSet before
                                = m_sets.run(int(ei), direction, group, probe, nullptr, false)
                                      .allowed;
                            const PeerSet now
                                = otherSets.run(int(ei), direction, group, probe, nullptr, false)
                                      .allowed;
                            if (before == now)
                                continue;
                            changed = true;
                            PeerSet differ = before - now;
                            differ |= now - before;
                            const Sample sample
                                = exampleIn(differ, int(ei), direction, probe, before);
                            if (!example || keptOver(sample, *example)) {
                                example = sample;
                                afterVerdict
                                    = now.test(sample.peer) ? Verdict::Allow : Verdict::Deny;
                            }
                        }
                    }
                    if (changed && !changedAt.contains(int(ei)))
                        changedAt.append(int(ei));
                    continue;
                }
                m_space.forEachPacket(
                    int(ei), direction, [&](int peer, int probe, const Packet &pkt) {
                        const Verdict before
                            = m_engine.evaluate(endpoint, direction, pkt, false).verdict;
                        const Verdict now = other.evaluate(endpoint, direction, pkt, false).verdict;
                        if (before == now)
                            return;
                        changed = true;
                        const Sample sample {int(ei), direction, peer, probe, before,
                            position(int(ei), direction, peer, probe)};
                        if (!example || betterExample(sample, *example)) {
                            example = sample;
                            afterVerdict = now;
                        }
                    });
                if (changed && !changedAt.contains(int(ei)))
                    changedAt.append(int(ei));
            }
        }
        if (!example)
            continue;
        const QString flow = m_space.describe(
            example->endpoint, example->direction, example->peer, example->probe);
        QList<LintLocation> related;
        QString message;
        if (enforced >= 0) {
            related.append(
                lintLocation(policies[enforced].policy.source, QStringLiteral("metadata.name")));
            message = remove
                ? LintWords::tr("%1 (stagedAction Delete) would change verdicts if enforced: "
                                "without %2, %3 would be %4 instead of %5, at %6, in the current "
                                "inventory.")
                : LintWords::tr("%1 would change verdicts if enforced in place of %2: %3 would be "
                                "%4 instead of %5, at %6, in the current inventory.");
            message = message.arg(LintPlaces::policyName(staged),
                LintPlaces::policyName(policies[enforced]), flow, verdictWord(afterVerdict),
                verdictWord(example->verdict), endpointsText(changedAt));
        } else {
            message = LintWords::tr("%1 stages a policy that is not enforced yet and would change "
                                    "verdicts if enforced: %2 would be %3 instead of %4, at %5, "
                                    "in the current inventory.")
                          .arg(LintPlaces::policyName(staged), flow, verdictWord(afterVerdict),
                              verdictWord(example->verdict), endpointsText(changedAt));
        }
        addLintFinding(m_findings, LintCode::StagedDiffers, message,
            lintLocation(staged.policy.source, QStringLiteral("metadata.name")), related);
    }
}

} // namespace

void lintFlows(const PolicyEngine &engine, const LintPlaces &places, QList<LintFinding> &findings,
    bool reference)
{
    FlowLint lint(engine, places, findings);
    if (reference)
        lint.evaluate();
    else
        lint.evaluateSets();
    lint.endOfTierDrops();
    lint.shadowedRules();
    if (reference)
        lint.redundantRules();
    else
        lint.redundantRulesFromSets();
    lint.stagedDiffers(reference);
}

} // namespace ps
