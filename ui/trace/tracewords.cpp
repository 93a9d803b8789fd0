#include "ui/trace/tracewords.h"

#include <QCoreApplication>

namespace ps::tracewords {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TraceWords", text);
}

} // namespace

QString flow(const FlowTrace &trace)
{
    QString text = QStringLiteral("%1 → %2 %3").arg(trace.from, trace.to, trace.protocol);
    if (trace.port)
        text += u' ' + tr("port %1").arg(*trace.port);
    if (trace.icmpType)
        text += u' ' + tr("type %1").arg(*trace.icmpType);
    if (trace.icmpCode)
        text += u' ' + tr("code %1").arg(*trace.icmpCode);
    return text;
}

QString action(const QString &action)
{
    if (action == u"allow")
        return tr("allow");
    if (action == u"deny")
        return tr("deny");
    if (action == u"pass")
        return tr("pass to the next tier");
    if (action == u"log")
        return tr("log, then go on");
    if (action == u"end-of-tier-deny")
        return tr("end of tier: deny");
    if (action == u"end-of-tier-pass")
        return tr("end of tier: pass to the next tier");
    if (action == u"would-allow")
        return tr("staged: would allow (not enforced)");
    if (action == u"would-deny")
        return tr("staged: would deny (not enforced)");
    if (action == u"would-pass")
        return tr("staged: would pass (not enforced)");
    if (action == u"would-no-match")
        return tr("staged: no rule would match (not enforced)");
    if (action == u"default-deny")
        return tr("deny: nothing allowed the flow");
    if (action == u"not-evaluated")
        return tr("not evaluated");
    return action;
}

} // namespace ps::tracewords
