#include "core/eval/trace.h"

namespace ps {

QString verdictName(Verdict v)
{
    return v == Verdict::Allow ? QStringLiteral("allow") : QStringLiteral("deny");
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
    if (!t.ok()) {
        w.field("error", t.error);
        w.endObject();
        return;
    }
    w.field("verdict", verdictName(t.verdict));
    w.key("egress");
    writeDirection(w, t.egress);
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
