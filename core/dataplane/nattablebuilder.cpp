#include "core/dataplane/nattablebuilder_p.h"

#include "core/dataplane/ipsetregistry_p.h"
#include "core/dataplane/rendercontext_p.h"
#include "core/dataplane/ruleparts_p.h"
#include "core/dataplane/staticchains_p.h"
#include "core/model/workspace.h"
#include "core/net/ipnetwork.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

using namespace ruleparts;

NatTableBuilder::NatTableBuilder(RenderContext &context, RuleTranslator &translator,
    const StaticChains &statics, IpSetRegistry &ipsets)
    : TableBuilder(context, translator), m_statics(statics), m_ipsets(ipsets)
{
}

QList<FelixRule> NatTableBuilder::natOutgoingRules()
{
    // Felix creates both sets whatever the pools are, and the rule only while a pool of the
    // family masquerades.
    using Set = IpSetRegistry::IpamPoolSet;
    const QString masqueradePools = m_ipsets.ipamPoolSet(Set::Masquerade);
    const QString allPools = m_ipsets.ipamPoolSet(Set::All);
    bool anyMasquerade = false;
    for (const IpPool &pool : m_engine.workspace()->ipPools) {
        const std::optional<IpNetwork> net = IpNetwork::parseCidr(pool.cidr);
        if (!net) {
            m_context.warnings.append(
                u"IP pool %1: CIDR \"%2\" does not parse; left out of the IPAM pool sets, as "
                "Felix leaves it out"_s.arg(pool.meta.name, pool.cidr));
            continue;
        }
        anyMasquerade = anyMasquerade || (pool.natOutgoing && net->family() == m_options.ipVersion);
    }
    if (!anyMasquerade)
        return {};
    FelixAction masquerade = act(A::Masquerade);
    masquerade.randomFully = m_options.masqueradeFullyRandom;
    FelixRule r
        = rule({setCrit(true, masqueradePools, u"src"_s), setCrit(false, allPools, u"dst"_s, true)},
            masquerade);
    r.origin.kind = RuleOrigin::Kind::Fixed;
    r.origin.purpose = words(QT_TRANSLATE_NOOP("FelixPurpose",
        "masquerade traffic from natOutgoing pools to addresses outside the pools"));
    return {r};
}

FelixTable NatTableBuilder::build()
{
    for (FelixChain &chain : m_statics.natChains())
        addChain(std::move(chain));
    RuleOrigin fixed;
    fixed.kind = RuleOrigin::Kind::Fixed;
    addChain(u"cali-nat-outgoing"_s, natOutgoingRules(),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "natOutgoing of IP pools")), fixed);
    return {u"nat"_s, m_statics.natHooks(), takeChains()};
}

} // namespace ps
