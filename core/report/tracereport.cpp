#include "core/report/tracereport.h"

#include <QCoreApplication>

#include "core/io/jsonwriter.h"
#include "core/report/explainer.h"

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
    if (const QString reason = explainStep(step); !reason.isEmpty())
        text += QStringLiteral("    ") + reason + u'\n';
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
        w.field("reason", explainStep(s));
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

void writeJson(JsonWriter &w, const FlowTrace &trace)
{
    writeTrace(w, trace);
}

QByteArray toJson(const FlowTrace &trace)
{
    JsonWriter w;
    writeTrace(w, trace);
    return w.take();
}

QByteArray toJson(const QList<FlowTrace> &traces)
{
    if (traces.isEmpty())
        return QByteArrayLiteral("[]");
    QByteArray out = QByteArrayLiteral("[");
    for (qsizetype i = 0; i < traces.size(); ++i)
        out += (i == 0 ? "\n" : ",\n") + toJson(traces.at(i));
    return out + "\n]";
}

QString toText(const QList<FlowTrace> &traces)
{
    QString out;
    for (qsizetype i = 0; i < traces.size(); ++i) {
        if (i > 0)
            out += u'\n';
        out += toText(traces.at(i));
    }
    return out;
}

} // namespace ps
