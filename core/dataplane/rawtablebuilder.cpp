#include "core/dataplane/rawtablebuilder_p.h"

#include "core/dataplane/rendercontext_p.h"
#include "core/dataplane/staticchains_p.h"
#include "core/eval/hostendpointpipeline.h"
#include "core/eval/policyengine.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

RawTableBuilder::RawTableBuilder(
    RenderContext &context, RuleTranslator &translator, const StaticChains &statics)
    : TableBuilder(context, translator), m_statics(statics)
{
}

FelixTable RawTableBuilder::build()
{
    for (FelixChain &chain : m_statics.rawChains())
        addChain(std::move(chain));
    // Host endpoints with an untracked policy in either direction get both raw chains. Felix
    // gives an all-interfaces host endpoint none: it warns and ignores its doNotTrack policy
    // (the engine leaves that stage empty and lists what it ignores).
    QList<QPair<QString, QString>> rawFrom, rawTo;
    for (int hep : std::as_const(m_context.hostEndpoints)) {
        for (int pi : m_engine.ignoredUntrackedPolicies(hep)) {
            m_context.warnings.append(
                u"policy %1 is doNotTrack but host endpoint %2 has interfaceName \"*\": Felix "
                "ignores untracked policy on an all-interfaces host endpoint; not rendered"_s.arg(
                    m_engine.policies()[pi].displayName, m_engine.inventory().object(hep).ref()));
        }
        if (hostEndpointPolicies(m_engine, hep, Direction::Ingress, HostEndpointPipeline::Untracked)
                .empty()
            && hostEndpointPolicies(
                m_engine, hep, Direction::Egress, HostEndpointPipeline::Untracked)
                   .empty())
            continue;
        const QString iface = interfaceOf(hep);
        rawFrom.append({iface,
            addHostEndpointChain(hep, u"cali-fh-"_s, Direction::Ingress, u"cali-failsafe-in"_s,
                EndpointStage::Untracked,
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "from host endpoint %1 (untracked ingress policy)")))});
        rawTo.append({iface,
            addHostEndpointChain(hep, u"cali-th-"_s, Direction::Egress, u"cali-failsafe-out"_s,
                EndpointStage::Untracked,
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "to host endpoint %1 (untracked egress policy)")))});
    }
    addDispatch(u"cali-from-host-endpoint"_s, rawFrom, true, {},
        words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "dispatch from host endpoints with untracked policy")));
    addDispatch(u"cali-to-host-endpoint"_s, rawTo, false, {},
        words(
            QT_TRANSLATE_NOOP("FelixPurpose", "dispatch to host endpoints with untracked policy")));
    // Host endpoint chains jump to the failsafe chains; with none in this table, Felix programs
    // no failsafe chain here.
    dropUnreferenced({u"cali-failsafe-in"_s, u"cali-failsafe-out"_s});
    return {u"raw"_s, m_statics.rawHooks(), takeChains()};
}

} // namespace ps
