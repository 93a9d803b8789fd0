#include "core/eval/endpointchain.h"

#include <algorithm>

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

QString chainTr(const char *text)
{
    return QCoreApplication::translate("Chain", text);
}

// calico-semantics §4.4: a policy without rules in a direction hands the packet on to the next
// policy of its tier; only the end of a tier with an enforced policy decides (deny, or pass
// when the tier's default action is Pass); a tier of staged policies only is skipped.
void appendText(QString &out, const QString &title, const ChainDirection &d)
{
    out += title + u'\n';
    for (const ChainTier &t : d.tiers) {
        out += chainTr("  tier %1 (default action %2)%3\n")
                   .arg(t.name, t.defaultAction,
                       t.stagedOnly ? chainTr(", staged policies only") : QString());
        for (qsizetype i = 0; i < t.policies.size(); ++i) {
            const ChainPolicy &p = t.policies[i];
            out += QStringLiteral("    %1 %2%3%4\n")
                       .arg(p.kind, p.name,
                           p.order ? chainTr(" order %1").arg(*p.order) : QString(),
                           p.staged ? chainTr(" (staged, not enforced)") : QString());
            if (p.rules.isEmpty()) {
                const bool enforcedFollows = std::any_of(t.policies.begin() + i + 1,
                    t.policies.end(), [](const ChainPolicy &q) { return !q.staged; });
                if (p.staged)
                    out += chainTr("      (no rules)\n");
                else if (enforcedFollows)
                    out += chainTr("      (no rules: on to the next policy of the tier)\n");
                else
                    out += chainTr("      (no rules: on to the end of the tier)\n");
            }
            for (const ChainRule &r : p.rules)
                out += QStringLiteral("      [%1] %2\n").arg(r.index).arg(r.summary);
        }
        if (t.stagedOnly)
            out += chainTr("    end of tier: nothing enforced here, on to the next tier\n");
        else if (t.defaultAction == u"Pass")
            out += chainTr("    end of tier: what no rule decided passes to the next tier (default "
                           "action Pass)\n");
        else
            out += chainTr("    end of tier: what no rule allowed, denied or passed is denied\n");
    }
    for (const ChainProfile &p : d.profiles) {
        out += chainTr("  profile %1%2\n")
                   .arg(p.name, p.defined ? QString() : chainTr(" (not defined)"));
        for (const ChainRule &r : p.rules)
            out += QStringLiteral("      [%1] %2\n").arg(r.index).arg(r.summary);
    }
    out += chainTr("  then deny\n");
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
