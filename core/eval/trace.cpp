#include "core/eval/trace.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace ps {

namespace {

// The translation context, in a form lupdate sees (it files a free TraceWords::tr() under the
// namespace).
struct TraceWords {
    Q_DECLARE_TR_FUNCTIONS(Trace)
};

} // namespace

QString actionPhrase(const QString &action)
{
    static const QHash<QString, const char *> phrases = {
        {QStringLiteral("allow"), QT_TRANSLATE_NOOP("Trace", "allow")},
        {QStringLiteral("deny"), QT_TRANSLATE_NOOP("Trace", "deny")},
        {QStringLiteral("pass"), QT_TRANSLATE_NOOP("Trace", "pass (to the next tier)")},
        {QStringLiteral("log"), QT_TRANSLATE_NOOP("Trace", "log (and go on)")},
        {QStringLiteral("end-of-tier-deny"), QT_TRANSLATE_NOOP("Trace", "end of tier: deny")},
        {QStringLiteral("end-of-tier-pass"),
            QT_TRANSLATE_NOOP("Trace", "end of tier: pass (to the next tier)")},
        {QStringLiteral("would-allow"),
            QT_TRANSLATE_NOOP("Trace", "staged: would allow (not enforced)")},
        {QStringLiteral("would-deny"),
            QT_TRANSLATE_NOOP("Trace", "staged: would deny (not enforced)")},
        {QStringLiteral("would-pass"),
            QT_TRANSLATE_NOOP("Trace", "staged: would pass (not enforced)")},
        {QStringLiteral("would-no-match"),
            QT_TRANSLATE_NOOP("Trace", "staged: no rule would match (not enforced)")},
        {QStringLiteral("default-deny"),
            QT_TRANSLATE_NOOP("Trace", "deny (nothing allowed the flow)")},
        {QStringLiteral("not-evaluated"), QT_TRANSLATE_NOOP("Trace", "not evaluated")},
        {QStringLiteral("next-stage"),
            QT_TRANSLATE_NOOP("Trace", "no verdict (on to the next stage)")},
        {QStringLiteral("default-allow"),
            QT_TRANSLATE_NOOP("Trace", "allow (forwarded traffic no policy decided)")},
    };
    const auto it = phrases.constFind(action);
    return it == phrases.cend() ? action : TraceWords::tr(it.value());
}

QString stagePhrase(const QString &stage)
{
    static const QHash<QString, const char *> phrases = {
        {QStringLiteral("failsafe"), QT_TRANSLATE_NOOP("Trace", "failsafe ports")},
        {QStringLiteral("untracked"),
            QT_TRANSLATE_NOOP("Trace", "untracked policy (before connection tracking)")},
        {QStringLiteral("preDNAT"), QT_TRANSLATE_NOOP("Trace", "pre-DNAT policy")},
        {QStringLiteral("normal"), QT_TRANSLATE_NOOP("Trace", "normal host endpoint policy")},
        {QStringLiteral("forward"),
            QT_TRANSLATE_NOOP("Trace", "forwarded traffic (applyOnForward policy)")},
    };
    const auto it = phrases.constFind(stage);
    return it == phrases.cend() ? stage : TraceWords::tr(it.value());
}

QString flowDescription(const FlowTrace &trace)
{
    QString text = trace.via.isEmpty()
        ? QStringLiteral("%1 -> %2 %3").arg(trace.from, trace.to, trace.protocol)
        : TraceWords::tr("%1 -> %2 via %3 %4").arg(trace.from, trace.to, trace.via, trace.protocol);
    if (trace.port)
        text += TraceWords::tr(" port %1").arg(*trace.port);
    if (trace.sourcePort)
        text += TraceWords::tr(" from port %1").arg(*trace.sourcePort);
    if (trace.icmpType)
        text += TraceWords::tr(" type %1").arg(*trace.icmpType);
    if (trace.icmpCode)
        text += TraceWords::tr(" code %1").arg(*trace.icmpCode);
    return text;
}

} // namespace ps
