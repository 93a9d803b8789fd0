#include "core/dataplane/mangletablebuilder_p.h"

#include <algorithm>

#include "core/dataplane/ipsetregistry_p.h"
#include "core/dataplane/rendercontext_p.h"
#include "core/dataplane/ruleparts_p.h"
#include "core/dataplane/staticchains_p.h"
#include "core/eval/hostendpointpipeline.h"
#include "core/model/dscp.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

MangleTableBuilder::MangleTableBuilder(RenderContext &context, RuleTranslator &translator,
    const StaticChains &statics, IpSetRegistry &ipsets)
    : TableBuilder(context, translator), m_statics(statics), m_ipsets(ipsets)
{
}

void MangleTableBuilder::addEgressDscpChain()
{
    using K = MatchCriterion::Kind;
    struct Marked {
        QString sources; // the endpoint's addresses of the family, comma-separated
        int dscp = 0;
        QString ref;
    };
    QList<Marked> marked;
    for (int object : std::as_const(m_context.localObjects)) {
        const InventoryObject &o = m_engine.inventory().object(object);
        const std::optional<int> dscp = dscpOf(o.annotations);
        if (!dscp)
            continue; // no annotation, or a value Calico refuses (a validation error)
        QStringList sources;
        QList<IpAddress> addresses;
        for (const IpAddress &a : o.addresses) {
            if (a.family() == m_options.ipVersion) {
                sources.append(a.toString());
                addresses.append(a);
            }
        }
        if (sources.isEmpty())
            continue; // dscp_mgr.go skips an endpoint without an address of the family
        m_ipsets.addDscpEndpoint(addresses);
        marked.append({sources.join(u','), *dscp, o.ref()});
    }
    // dscp_mgr.go sorts the rules by their source text.
    std::stable_sort(marked.begin(), marked.end(),
        [](const Marked &a, const Marked &b) { return a.sources < b.sources; });
    QList<FelixRule> rules;
    for (const Marked &m : std::as_const(marked)) {
        FelixAction set;
        set.kind = FelixAction::Kind::Dscp;
        set.dscp = m.dscp;
        FelixRule r = ruleparts::rule({ruleparts::crit(K::SourceNet, m.sources)}, set);
        r.origin.kind = RuleOrigin::Kind::Endpoint;
        r.origin.name = m.ref;
        r.origin.endpoint = m.ref;
        r.origin.purpose = words(
            QT_TRANSLATE_NOOP("FelixPurpose", "DSCP %1 for traffic of %2 leaving the cluster"))
                               .arg(m.dscp)
                               .arg(m.ref);
        rules.append(r);
    }
    RuleOrigin fixed;
    fixed.kind = RuleOrigin::Kind::Fixed;
    addChain(u"cali-egress-dscp"_s, rules,
        words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "DSCP of traffic leaving the cluster, per local endpoint")),
        fixed);
}

FelixTable MangleTableBuilder::build()
{
    for (FelixChain &chain : m_statics.mangleChains())
        addChain(std::move(chain));
    if (m_context.egressDscp)
        addEgressDscpChain();
    bool wildcardPreDnat = false;
    QList<QPair<QString, QString>> mangleFrom, mangleTo;
    for (int hep : std::as_const(m_context.hostEndpoints)) {
        const QString iface = interfaceOf(hep);
        if (iface == u"*") {
            if (!hostEndpointPolicies(
                    m_engine, hep, Direction::Ingress, HostEndpointPipeline::PreDnat)
                     .empty()) {
                wildcardPreDnat = true;
                addHostEndpointChain(hep, u"cali-fh-"_s, Direction::Ingress, u"cali-failsafe-in"_s,
                    EndpointStage::PreDnat,
                    words(QT_TRANSLATE_NOOP(
                        "FelixPurpose", "from host endpoint %1 (pre-DNAT ingress policy)")));
            }
            addHostEndpointChain(hep, u"cali-th-"_s, Direction::Egress, u"cali-failsafe-out"_s,
                EndpointStage::MangleEgress,
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "to host endpoint %1 (egress policy of DNATed traffic)")));
            continue;
        }
        if (!hostEndpointPolicies(m_engine, hep, Direction::Ingress, HostEndpointPipeline::PreDnat)
                 .empty()) {
            mangleFrom.append({iface,
                addHostEndpointChain(hep, u"cali-fh-"_s, Direction::Ingress, u"cali-failsafe-in"_s,
                    EndpointStage::PreDnat,
                    words(QT_TRANSLATE_NOOP(
                        "FelixPurpose", "from host endpoint %1 (pre-DNAT ingress policy)")))});
        }
        mangleTo.append({iface,
            addHostEndpointChain(hep, u"cali-th-"_s, Direction::Egress, u"cali-failsafe-out"_s,
                EndpointStage::MangleEgress,
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "to host endpoint %1 (egress policy of DNATed traffic)")))});
    }
    addDispatch(u"cali-from-host-endpoint"_s, mangleFrom, true,
        wildcardPreDnat ? wildcardEndRules(u"cali-fh-"_s, false) : QList<FelixRule>(),
        words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "dispatch from host endpoints with pre-DNAT policy")));
    addDispatch(u"cali-to-host-endpoint"_s, mangleTo, false, wildcardEndRules(u"cali-th-"_s, true),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "dispatch to host endpoints")));
    // Host endpoint chains jump to the failsafe chains; with none in this table, Felix programs
    // no failsafe chain here.
    dropUnreferenced({u"cali-failsafe-in"_s, u"cali-failsafe-out"_s});
    return {u"mangle"_s, m_statics.mangleHooks(), takeChains()};
}

} // namespace ps
