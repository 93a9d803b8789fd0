#include "core/dataplane/filtertablebuilder_p.h"

#include "core/dataplane/rendercontext_p.h"
#include "core/dataplane/staticchains_p.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

FilterTableBuilder::FilterTableBuilder(
    RenderContext &context, RuleTranslator &translator, StaticChains &statics)
    : TableBuilder(context, translator), m_statics(statics)
{
}

void FilterTableBuilder::addWorkload(int object)
{
    const InventoryObject &obj = m_engine.inventory().object(object);
    const QString iface = interfaceOf(object);
    RenderedEndpoint ep;
    ep.ref = obj.ref();
    ep.interfaceName = iface;
    for (const IpAddress &a : obj.addresses)
        ep.addresses.append(a.toString());
    ep.toChain = endpointChainName(u"cali-tw-"_s, iface, maxChainNameLength());
    ep.fromChain = endpointChainName(u"cali-fw-"_s, iface, maxChainNameLength());
    RuleOrigin origin;
    origin.kind = RuleOrigin::Kind::Endpoint;
    origin.name = obj.ref();
    origin.endpoint = obj.ref();
    origin.direction = u"ingress"_s;
    addChain(ep.toChain,
        endpointChainRules(object, Direction::Ingress, true, {}, EndpointStage::Normal),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "to workload %1 (its ingress policy)"))
            .arg(obj.ref()),
        origin);
    origin.direction = u"egress"_s;
    addChain(ep.fromChain,
        endpointChainRules(object, Direction::Egress, true, {}, EndpointStage::Normal),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "from workload %1 (its egress policy)"))
            .arg(obj.ref()),
        origin);
    m_context.endpoints.append(ep);
}

void FilterTableBuilder::addHostEndpoint(int object)
{
    const InventoryObject &obj = m_engine.inventory().object(object);
    const QString iface = interfaceOf(object);
    if (iface.isEmpty()) {
        m_context.warnings.append(
            u"host endpoint %1 has no interfaceName: Felix would match it by its "
            "expected IPs; not rendered"_s.arg(obj.ref()));
        return;
    }
    RenderedEndpoint ep;
    ep.ref = obj.ref();
    ep.interfaceName = iface;
    ep.hostEndpoint = true;
    for (const IpAddress &a : obj.addresses)
        ep.addresses.append(a.toString());
    ep.toChain = hostEndpointChainName(u"cali-th-"_s, iface);
    ep.fromChain = hostEndpointChainName(u"cali-fh-"_s, iface);
    RuleOrigin origin;
    origin.kind = RuleOrigin::Kind::Endpoint;
    origin.name = obj.ref();
    origin.endpoint = obj.ref();
    origin.direction = u"egress"_s;
    addChain(ep.toChain,
        endpointChainRules(
            object, Direction::Egress, false, u"cali-failsafe-out"_s, EndpointStage::Normal),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "to host endpoint %1 (its egress policy)"))
            .arg(obj.ref()),
        origin);
    origin.direction = u"ingress"_s;
    addChain(ep.fromChain,
        endpointChainRules(
            object, Direction::Ingress, false, u"cali-failsafe-in"_s, EndpointStage::Normal),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "from host endpoint %1 (its ingress policy)"))
            .arg(obj.ref()),
        origin);
    origin.direction = u"egress"_s;
    addChain(hostEndpointChainName(u"cali-thfw-"_s, iface),
        endpointChainRules(object, Direction::Egress, false, {}, EndpointStage::Forward),
        words(QT_TRANSLATE_NOOP(
                  "FelixPurpose", "forwarded to host endpoint %1 (applyOnForward egress policy)"))
            .arg(obj.ref()),
        origin);
    origin.direction = u"ingress"_s;
    addChain(hostEndpointChainName(u"cali-fhfw-"_s, iface),
        endpointChainRules(object, Direction::Ingress, false, {}, EndpointStage::Forward),
        words(QT_TRANSLATE_NOOP("FelixPurpose",
                  "forwarded from host endpoint %1 (applyOnForward ingress policy)"))
            .arg(obj.ref()),
        origin);
    m_context.endpoints.append(ep);
    m_context.hostEndpoints.append(object);
    if (iface == u"*")
        m_context.wildcardHostEndpoint = object;
}

FelixTable FilterTableBuilder::build(bool anyHostEndpoint)
{
    for (FelixChain &chain : m_statics.filterChains())
        addChain(std::move(chain));

    // Workload dispatch.
    QList<QPair<QString, QString>> from, to, hepFrom, hepTo, hepFwdFrom, hepFwdTo;
    for (const RenderedEndpoint &ep : m_context.endpoints) {
        if (ep.hostEndpoint && ep.interfaceName == u"*") {
            continue; // the all-interfaces host endpoint: the dispatch chains' end rules
        } else if (ep.hostEndpoint) {
            hepFrom.append({ep.interfaceName, ep.fromChain});
            hepTo.append({ep.interfaceName, ep.toChain});
            hepFwdFrom.append({ep.interfaceName,
                endpointChainName(u"cali-fhfw-"_s, ep.interfaceName, maxChainNameLength())});
            hepFwdTo.append({ep.interfaceName,
                endpointChainName(u"cali-thfw-"_s, ep.interfaceName, maxChainNameLength())});
        } else {
            from.append({ep.interfaceName, ep.fromChain});
            to.append({ep.interfaceName, ep.toChain});
        }
    }
    const FelixRule unknown = m_statics.unknownInterfaceRule();
    addDispatch(u"cali-from-wl-dispatch"_s, from, true, {unknown},
        words(QT_TRANSLATE_NOOP("FelixPurpose", "dispatch from workload interfaces")));
    addDispatch(u"cali-to-wl-dispatch"_s, to, false, {unknown},
        words(QT_TRANSLATE_NOOP("FelixPurpose", "dispatch to workload interfaces")));
    addDispatch(u"cali-from-host-endpoint"_s, hepFrom, true, wildcardEndRules(u"cali-fh-"_s, false),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "dispatch from host endpoints")));
    addDispatch(u"cali-to-host-endpoint"_s, hepTo, false, wildcardEndRules(u"cali-th-"_s, false),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "dispatch to host endpoints")));
    addDispatch(u"cali-from-hep-forward"_s, hepFwdFrom, true,
        wildcardEndRules(u"cali-fhfw-"_s, false),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "dispatch forwarded traffic from host endpoints")));
    addDispatch(u"cali-to-hep-forward"_s, hepFwdTo, false, wildcardEndRules(u"cali-thfw-"_s, false),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "dispatch forwarded traffic to host endpoints")));

    if (anyHostEndpoint) {
        addChain(m_statics.failsafeChain(true, false));
        addChain(m_statics.failsafeChain(false, false));
    }
    return {u"filter"_s, m_statics.filterHooks(), takeChains()};
}

} // namespace ps
