#pragma once
// Private to core/dataplane. RenderContext: what every part of one render reads — the engine,
// the options, the mark bits allocated from the mask — plus what the filter table's endpoints
// leave for the raw and mangle tables and the warnings collected on the way. One per render;
// the parts hold references to it.

#include <QList>
#include <QString>
#include <QStringList>

#include "core/dataplane/felixnames.h"
#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/felixruleset.h"
#include "core/eval/policyengine.h"
#include "core/eval/selectortable.h"

namespace ps {

struct RenderContext {
    RenderContext(const PolicyEngine &e, const RenderOptions &o);

    const PolicyEngine &engine;
    const RenderOptions &options;
    FelixMarks marks;
    /// Felix's encapsulation state: the options' setting, else what the IP pools use (IPIP:
    /// any pool; VXLAN: a pool of the render's family), as its encapsulation resolver decides.
    bool vxlanEnabled = false;
    bool ipipEnabled = false;
    /// A copy of the engine's selectors: profile rules are compiled per render and intern
    /// their selectors here, keeping the engine's ids.
    SelectorTable localSelectors;

    /// The node rendered ("" for an endpoint of no node) and its local endpoints (engine
    /// object ids, pods and host endpoints) in interface order.
    QString node;
    QList<int> localObjects;
    /// The workspace's Calico release sets DSCP on traffic leaving the cluster (3.31 and later).
    bool egressDscp = false;
    /// The local endpoints the filter table rendered, in interface order.
    QList<RenderedEndpoint> endpoints;
    /// The host endpoints among them (engine object ids), and the all-interfaces one (or -1).
    QList<int> hostEndpoints;
    int wildcardHostEndpoint = -1;
    QStringList warnings; // things rendered approximately

    /// A purpose (QT_TRANSLATE_NOOP in the "FelixPurpose" context) as the options want it.
    QString words(const char *source) const
    {
        return felixPurposeText(source, options.localizedPurposes);
    }
    int maxChainNameLength() const
    {
        return options.nftables ? kNftablesMaxNameLength : kIptablesMaxChainNameLength;
    }
    QString interfaceOf(int object) const { return endpointInterfaceName(engine, object, options); }
};

} // namespace ps
