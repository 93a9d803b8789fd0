#include "core/eval/endpointchain.h"

#include <QCoreApplication>

#include "core/eval/trace.h"

namespace ps {

namespace {

void writeRules(JsonWriter &w, const QList<ChainRule> &rules)
{
    w.beginArray("rules");
    for (const ChainRule &r : rules) {
        w.beginObject();
        w.field("index", r.index);
        w.field("action", r.action);
        w.field("summary", r.summary);
        w.endObject();
    }
    w.endArray();
}

void writeDirection(JsonWriter &w, const ChainDirection &d)
{
    w.beginObject();
    w.beginArray("tiers");
    for (const ChainTier &t : d.tiers) {
        w.beginObject();
        w.field("name", t.name);
        w.field("defaultAction", t.defaultAction);
        w.fieldBool("stagedOnly", t.stagedOnly);
        w.beginArray("policies");
        for (const ChainPolicy &p : t.policies) {
            w.beginObject();
            w.field("name", p.name);
            w.field("kind", p.kind);
            w.key("order");
            if (p.order)
                w.value(QString::number(*p.order, 'g', 17));
            else
                w.null();
            w.fieldBool("staged", p.staged);
            w.field("selector", p.selector);
            writeRules(w, p.rules);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.beginArray("profiles");
    for (const ChainProfile &p : d.profiles) {
        w.beginObject();
        w.field("name", p.name);
        w.fieldBool("defined", p.defined);
        writeRules(w, p.rules);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void appendText(QString &out, const QString &title, const ChainDirection &d)
{
    out += title + u'\n';
    for (const ChainTier &t : d.tiers) {
        out += QCoreApplication::translate("Chain", "  tier %1 (default action %2)%3\n")
                   .arg(t.name, t.defaultAction,
                        t.stagedOnly ? QCoreApplication::translate("Chain", ", staged policies only") : QString());
        for (const ChainPolicy &p : t.policies) {
            out += QStringLiteral("    %1 %2%3%4\n")
                       .arg(p.kind, p.name,
                            p.order ? QCoreApplication::translate("Chain", " order %1").arg(*p.order) : QString(),
                            p.staged ? QCoreApplication::translate("Chain", " (staged, not enforced)") : QString());
            if (p.rules.isEmpty())
                out += QCoreApplication::translate("Chain", "      (no rules: denies at the end of the tier)\n");
            for (const ChainRule &r : p.rules)
                out += QStringLiteral("      [%1] %2\n").arg(r.index).arg(r.summary);
        }
    }
    for (const ChainProfile &p : d.profiles) {
        out += QCoreApplication::translate("Chain", "  profile %1%2\n")
                   .arg(p.name, p.defined ? QString() : QCoreApplication::translate("Chain", " (not defined)"));
        for (const ChainRule &r : p.rules)
            out += QStringLiteral("      [%1] %2\n").arg(r.index).arg(r.summary);
    }
    out += QCoreApplication::translate("Chain", "  then deny\n");
}

} // namespace

QByteArray toJson(const EndpointChain &chain)
{
    JsonWriter w;
    w.beginObject();
    w.field("endpoint", chain.endpoint);
    w.field("kind", chain.kind);
    w.key("ingress");
    writeDirection(w, chain.ingress);
    w.key("egress");
    writeDirection(w, chain.egress);
    w.endObject();
    return w.take();
}

QString toText(const EndpointChain &chain)
{
    QString out = QStringLiteral("%1 (%2)\n").arg(chain.endpoint, chain.kind);
    appendText(out, QCoreApplication::translate("Chain", "ingress:"), chain.ingress);
    appendText(out, QCoreApplication::translate("Chain", "egress:"), chain.egress);
    return out;
}

} // namespace ps
