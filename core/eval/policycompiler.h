#pragma once
// PolicyCompiler: Calico's v3 → internal compilation of policies (docs/semantics.md, "Compiling
// a policy"): the selector that decides which endpoints a policy applies to, each rule's peer
// selectors built as the exact strings Calico builds so the dataplane renderer gets identical
// texts and UniqueIDs, nets normalised, services resolved to "namespace/name" keys, protocols
// as numbers with ICMP implying the IP family.
//
// Free functions give the strings; compilePolicy() gives a CompiledPolicy whose selectors are
// interned in a SelectorTable (each distinct text parsed once). Problems (a selector that does
// not parse) never throw: the text is kept and `error` says why; such a selector matches
// nothing, as Calico would refuse the policy.

#include <optional>

#include <QList>
#include <QString>

#include "core/eval/matchreason.h"
#include "core/model/action.h"
#include "core/model/policy.h"
#include "core/model/rule.h"
#include "core/net/ipnetwork.h"

namespace ps {

class SelectorTable;

struct SelectorText {
    QString text;
    QString error; // non-empty when an input selector failed to parse
};

/// The compiled selector of a (Global/Staged/Kubernetes) NetworkPolicy.
SelectorText policySelectorText(const CalicoPolicy &policy);

struct EntitySelectorText {
    QString positive; // namespaced, service-account and user selector combined
    QString negative; // notSelector, raw
    QString error;
};
/// Calico's GetEntityRuleSelector; `policyNamespace` is "" for GNPs and profiles.
EntitySelectorText entityRuleSelectorText(const EntityRule &entity, const QString &policyNamespace);

struct CompiledEntity {
    QList<IpNetwork> nets; // normalised (host bits cleared), as Calico's NormalizeIPNets
    QList<IpNetwork> notNets; // entries that do not parse are in CompiledRule::untranslatable
    QString selector; // positive text as Calico builds it ("" = none)
    QString notSelector; // raw notSelector text ("" = none)
    // Sets actually matched (SelectorTable ids, -1 = none). With both a positive selector and a
    // notSelector Felix compiles one set "(P) && !(N)" (rule_scanner combineMatchesIfPossible);
    // otherwise a notSelector alone means "not in the set of N".
    int positiveSet = -1;
    int negativeSet = -1;
    QList<Port> ports;
    QList<Port> notPorts;
    bool hasService = false;
    QString serviceKey; // "namespace/name"
    bool serviceNamespaceDefaulted
        = false; // NP rule without services.namespace (documented default)
    QString error;

    bool hasNamedPorts() const;
};

/// A field of a rule that the compiler cannot translate: a net that is neither a CIDR nor an
/// address (Criterion::Nets), a selector that does not parse (Selector), a port out of range or
/// a port name Calico would refuse (Ports), an ICMP type or code out of range or a code without
/// a type (IcmpType). Calico's converter skips a bad net, which can leave a list empty and the
/// rule matching every address, and drops a service-account match that does not parse; we keep
/// the rule and make it match nothing instead, in traces and in rendered rules (docs/net.md,
/// docs/semantics.md: "Resources that fail validation").
struct Untranslatable {
    QString field; // within the rule: "source.nets[1]"
    QString text; // as written
    Criterion criterion = Criterion::Nets; // what kind of value it is

    friend bool operator==(const Untranslatable &, const Untranslatable &) = default;
};

/// "is neither a CIDR nor an address", "does not parse"...: what is wrong with an untranslatable
/// value of that kind, in words that follow the field and its text.
QString untranslatableProblem(Criterion criterion);

struct CompiledRule {
    int index = 0;
    RuleAction action = RuleAction::Invalid;
    std::optional<int> ipVersion; // written, or implied by protocol ICMP / ICMPv6
    std::optional<int> protocol; // IANA number
    std::optional<int> notProtocol;
    bool protocolUnknown = false; // a protocol name Calico would reject: never matches
    std::optional<IcmpFields> icmp;
    std::optional<IcmpFields> notIcmp;
    bool hasHttp = false; // L7 part: ignored by the iptables dataplane
    CompiledEntity source;
    CompiledEntity destination;
    QList<Untranslatable> untranslatable; // non-empty: the rule never matches, in any family

    bool translatable() const { return untranslatable.isEmpty(); }
};

struct CompiledPolicy {
    CalicoPolicy policy;
    QString displayName; // "ns/name" or "name"
    QString kindName; // GlobalNetworkPolicy, NetworkPolicy, KubernetesNetworkPolicy, Staged...
    QString tier;
    SelectorText selector;
    int selectorId = -1; // SelectorTable id of the compiled selector
    bool appliesIngress = false;
    bool appliesEgress = false;
    bool staged = false;
    bool evaluated = true; // false: doNotTrack / preDNAT (separate pipelines) or staged Delete
    QList<CompiledRule> ingress;
    QList<CompiledRule> egress;
    int rank = 0; // global evaluation position (tier order, then policy order)
    int tierIndex = 0; // index into PolicyEngine::tiers()
};

/// Compile rules of a policy (namespace "" for GNPs) or of a profile.
CompiledRule compileRule(const Rule &rule, int index, const QString &policyNamespace, bool isGlobal,
    SelectorTable &table);
CompiledPolicy compilePolicy(const CalicoPolicy &policy, SelectorTable &table);

} // namespace ps
