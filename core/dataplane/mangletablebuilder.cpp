#include "core/dataplane/mangletablebuilder_p.h"

#include "core/dataplane/rendercontext_p.h"
#include "core/dataplane/staticchains_p.h"
#include "core/eval/hostendpointpipeline.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

MangleTableBuilder::MangleTableBuilder(
    RenderContext &context, RuleTranslator &translator, const StaticChains &statics)
    : TableBuilder(context, translator), m_statics(statics)
{
}

FelixTable MangleTableBuilder::build()
{
    for (FelixChain &chain : m_statics.mangleChains())
        addChain(std::move(chain));
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
