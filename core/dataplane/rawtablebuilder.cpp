#include "core/dataplane/rawtablebuilder_p.h"

#include "core/dataplane/rendercontext_p.h"
#include "core/dataplane/staticchains_p.h"
#include "core/eval/hostendpointpipeline.h"

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
    // Host endpoints with an untracked policy in either direction get both raw chains.
    bool wildcardUntracked = false;
    QList<QPair<QString, QString>> rawFrom, rawTo;
    for (int hep : std::as_const(m_context.hostEndpoints)) {
        if (hostEndpointPolicies(m_engine, hep, Direction::Ingress, HostEndpointPipeline::Untracked)
                .empty()
            && hostEndpointPolicies(
                m_engine, hep, Direction::Egress, HostEndpointPipeline::Untracked)
                   .empty())
            continue;
        const QString iface = interfaceOf(hep);
        if (iface == u"*") {
            wildcardUntracked = true;
            addHostEndpointChain(hep, u"cali-fh-"_s, Direction::Ingress, u"cali-failsafe-in"_s,
                EndpointStage::Untracked,
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "from host endpoint %1 (untracked ingress policy)")));
            addHostEndpointChain(hep, u"cali-th-"_s, Direction::Egress, u"cali-failsafe-out"_s,
                EndpointStage::Untracked,
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "to host endpoint %1 (untracked egress policy)")));
            continue;
        }
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
    addDispatch(u"cali-from-host-endpoint"_s, rawFrom, true,
        wildcardUntracked ? wildcardEndRules(u"cali-fh-"_s, false) : QList<FelixRule>(),
        words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "dispatch from host endpoints with untracked policy")));
    addDispatch(u"cali-to-host-endpoint"_s, rawTo, false,
        wildcardUntracked ? wildcardEndRules(u"cali-th-"_s, true) : QList<FelixRule>(),
        words(
            QT_TRANSLATE_NOOP("FelixPurpose", "dispatch to host endpoints with untracked policy")));
    return {u"raw"_s, m_statics.rawHooks(), takeChains()};
}

} // namespace ps
