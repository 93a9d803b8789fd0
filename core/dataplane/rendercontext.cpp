#include "core/dataplane/rendercontext_p.h"

#include "core/model/calicoversion.h"
#include "core/model/workspace.h"
#include "core/net/ipnetwork.h"

namespace ps {

RenderContext::RenderContext(const PolicyEngine &e, const RenderOptions &o)
    : engine(e), options(o), marks(FelixMarks::allocate(o.markMask)), localSelectors(e.selectors())
{
    // Felix's encapsulation resolver: a pool counts whatever its state (disabled too); IPIP is
    // IPv4-only, so any pool with an IPIP mode turns it on.
    bool poolIpip = false, poolVxlan = false;
    for (const IpPool &pool : engine.workspace()->ipPools) {
        poolIpip = poolIpip || pool.ipipEnabled();
        if (pool.vxlanEnabled()) {
            const std::optional<IpNetwork> net = IpNetwork::parseCidr(pool.cidr);
            poolVxlan = poolVxlan || (net && net->family() == o.ipVersion);
        }
    }
    ipipEnabled = o.ipipEnabled.value_or(poolIpip);
    vxlanEnabled = o.vxlanEnabled.value_or(poolVxlan);
    egressDscp = calicoHas(engine.workspace()->calicoVersion, CalicoBehaviour::EgressDscp);
}

} // namespace ps
