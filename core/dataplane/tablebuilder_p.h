#pragma once
// Private to core/dataplane. TableBuilder: what every table's builder shares — the table's
// chains (sorted by name) and the chains Felix renders from policy into a table: policy,
// profile and policy-group chains (each rendered once per table, on first use), endpoint
// chains with their tiers in each of Felix's stages, and interface dispatch chains. The
// filter, raw and mangle builders derive from it and add their own chains.

#include <map>
#include <tuple>

#include <QList>
#include <QPair>
#include <QString>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/felixruleset.h"
#include "core/eval/policyengine.h"

namespace ps {

struct RenderContext;
class RuleTranslator;

class TableBuilder {
public:
    /// The chains built so far, sorted by name; the builder has none afterwards.
    QList<FelixChain> takeChains();

protected:
    TableBuilder(RenderContext &context, RuleTranslator &translator);
    ~TableBuilder() = default;

    /// Felix's endpoint chain types: filter normal and forward (applyOnForward), raw untracked
    /// (doNotTrack), mangle pre-DNAT, and mangle egress (normal policy with RETURN as the allow
    /// action, for host traffic that was DNATed).
    enum class EndpointStage { Normal, Forward, Untracked, PreDnat, MangleEgress };

    /// Adds (or replaces) a chain, its rules hashed as Felix does.
    void addChain(const QString &name, QList<FelixRule> rules, const QString &purpose,
        RuleOrigin origin = {});
    /// Adds (or replaces) a chain whose rules are hashed already.
    void addChain(FelixChain chain);
    /// Removes the named chains that no rule of the table jumps or goes to: Felix's tables
    /// program only referenced chains (the failsafe chains of raw and mangle are jumped to
    /// from host endpoint chains only).
    void dropUnreferenced(const QStringList &names);
    /// The name of the policy's chain in this table, rendering it on first use.
    QString policyChain(int policy, bool inbound);
    QString profileChain(const QString &profile, bool inbound);
    /// The chain of a run of consecutive policies with the same selector.
    QString groupChain(const QList<int> &policies, bool inbound);
    /// The rules of an endpoint's chain: conntrack, failsafe jump, tiers, profiles, final deny
    /// (what each stage keeps of them).
    QList<FelixRule> endpointChainRules(int object, Direction dir, bool workload,
        const QString &failsafeChain, EndpointStage stage);
    /// A host endpoint's chain `prefix` + interface in a raw or mangle stage; its name.
    QString addHostEndpointChain(int object, const QString &prefix, Direction dir,
        const QString &failsafeChain, EndpointStage stage, const QString &purpose);
    /// An interface dispatch chain `root` (and its child chains) going to `targets`
    /// (interface → chain), as dispatch.go builds them, ending with `endRules`.
    void addDispatch(const QString &root, const QList<QPair<QString, QString>> &targets,
        bool inInterface, const QList<FelixRule> &endRules, const QString &purpose);
    /// dispatch.go hostDispatchChains: the end rules that send packets of interfaces without
    /// their own host endpoint to the all-interfaces ("*") host endpoint's chain `prefix`
    /// any-interface-at-all;
    /// `skipWorkloads`: first return for traffic to local workloads (not in filter).
    QList<FelixRule> wildcardEndRules(const QString &prefix, bool skipWorkloads) const;
    /// The chain `prefix` + interface of a host endpoint; the all-interfaces host endpoint's
    /// chains carry Felix's stand-in interface name (endpoint_mgr.go allInterfaces),
    /// "cali-fh-any-interface-at-all" and so on, in both modes (nftables takes no "*" in a
    /// chain name).
    QString hostEndpointChainName(const QString &prefix, const QString &iface) const;

    QString words(const char *source) const;
    int maxChainNameLength() const;
    QString interfaceOf(int object) const;

    RenderContext &m_context;
    const PolicyEngine &m_engine;
    const RenderOptions &m_options;
    const FelixMarks &m_marks;
    RuleTranslator &m_translator;

private:
    struct PolicyRef {
        int policy = -1; // engine index
        bool inbound = true;
        friend bool operator<(const PolicyRef &a, const PolicyRef &b)
        {
            return std::tie(a.policy, a.inbound) < std::tie(b.policy, b.inbound);
        }
    };

    std::map<QString, FelixChain> m_chains;
    std::map<PolicyRef, QString> m_policyChains;
};

} // namespace ps
