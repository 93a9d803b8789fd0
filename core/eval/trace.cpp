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

QString stepText(const TraceStep &step)
{
    QStringList where;
    if (!step.tier.isEmpty())
        where.append(TraceWords::tr("tier %1").arg(step.tier));
    if (!step.policy.isEmpty())
        where.append(step.kind.isEmpty() ? step.policy
                                         : QStringLiteral("%1 %2").arg(step.kind, step.policy));
    if (step.rule >= 0)
        where.append(TraceWords::tr("rule %1").arg(step.rule));
    QString text = QStringLiteral("  - ");
    if (!where.isEmpty())
        text += where.join(QStringLiteral(", ")) + QStringLiteral(": ");
    text += actionPhrase(step.action) + u'\n';
    if (!step.reason.isEmpty())
        text += QStringLiteral("    ") + step.reason + u'\n';
    return text;
}

QString directionText(const QString &title, const DirectionTrace &direction)
{
    QString text = TraceWords::tr("%1 at %2: %3")
                       .arg(title, direction.endpoint, verdictName(direction.verdict))
        + u'\n';
    QString stage;
    for (const TraceStep &step : direction.steps) {
        if (!step.stage.isEmpty() && step.stage != stage) {
            stage = step.stage;
            text += QStringLiteral("  ") + TraceWords::tr("stage: %1").arg(stagePhrase(stage))
                + u'\n';
        }
        text += stepText(step);
    }
    return text;
}

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

QString toText(const FlowTrace &trace)
{
    if (!trace.ok())
        return TraceWords::tr("error:   %1").arg(trace.error) + u'\n'
            + TraceWords::tr("flow:    %1").arg(flowDescription(trace)) + u'\n';
    QString text = TraceWords::tr("verdict: %1").arg(verdictName(trace.verdict)) + u'\n';
    text += TraceWords::tr("flow:    %1").arg(flowDescription(trace)) + u'\n';
    text += directionText(TraceWords::tr("egress"), trace.egress);
    if (!trace.via.isEmpty())
        text += directionText(TraceWords::tr("forwarded"), trace.forward);
    text += directionText(TraceWords::tr("ingress"), trace.ingress);
    return text;
}

void JsonWriter::separate()
{
    if (m_needComma)
        m_out += ',';
    m_needComma = false;
}

void JsonWriter::beginObject()
{
    separate();
    m_out += '{';
}

void JsonWriter::endObject()
{
    m_out += '}';
    m_needComma = true;
}

void JsonWriter::beginArray(const char *k)
{
    if (k)
        key(k);
    else
        separate();
    m_out += '[';
}

void JsonWriter::endArray()
{
    m_out += ']';
    m_needComma = true;
}

void JsonWriter::key(const char *k)
{
    separate();
    m_out += '"';
    m_out += k;
    m_out += "\":";
}

void JsonWriter::value(const QString &s)
{
    separate();
    m_out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                m_out += "\\u00";
                m_out += "0123456789abcdef"[(c >> 4) & 0xf];
                m_out += "0123456789abcdef"[c & 0xf];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
    m_needComma = true;
}

void JsonWriter::value(int n)
{
    separate();
    m_out += QByteArray::number(n);
    m_needComma = true;
}

void JsonWriter::value64(qint64 n)
{
    separate();
    m_out += QByteArray::number(n);
    m_needComma = true;
}

void JsonWriter::value(bool b)
{
    separate();
    m_out += b ? "true" : "false";
    m_needComma = true;
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
    m_needComma = true;
}

namespace {

void writeDirection(JsonWriter &w, const DirectionTrace &d)
{
    w.beginObject();
    w.field("endpoint", d.endpoint);
    w.field("verdict", verdictName(d.verdict));
    w.beginArray("steps");
    for (const TraceStep &s : d.steps) {
        w.beginObject();
        if (!s.stage.isEmpty())
            w.field("stage", s.stage);
        w.field("tier", s.tier);
        w.field("policy", s.policy);
        w.field("kind", s.kind);
        w.field("rule", s.rule);
        w.field("action", s.action);
        w.field("reason", s.reason);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeTrace(JsonWriter &w, const FlowTrace &t)
{
    w.beginObject();
    w.field("from", t.from);
    w.field("to", t.to);
    w.field("protocol", t.protocol);
    if (t.port)
        w.field("port", *t.port);
    if (t.icmpType)
        w.field("icmpType", *t.icmpType);
    if (t.icmpCode)
        w.field("icmpCode", *t.icmpCode);
    if (!t.via.isEmpty())
        w.field("via", t.via);
    if (!t.ok()) {
        w.field("error", t.error);
        w.endObject();
        return;
    }
    w.field("verdict", verdictName(t.verdict));
    w.key("egress");
    writeDirection(w, t.egress);
    if (!t.via.isEmpty()) {
        w.key("forward");
        writeDirection(w, t.forward);
    }
    w.key("ingress");
    writeDirection(w, t.ingress);
    w.endObject();
}

} // namespace

QByteArray toJson(const FlowTrace &trace)
{
    JsonWriter w;
    writeTrace(w, trace);
    return w.take();
}

QByteArray toJson(const QList<FlowTrace> &traces)
{
    JsonWriter w;
    w.beginArray();
    for (const FlowTrace &t : traces)
        writeTrace(w, t);
    w.endArray();
    return w.take();
}

} // namespace ps
