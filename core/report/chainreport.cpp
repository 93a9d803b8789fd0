#include "core/report/chainreport.h"

#include <algorithm>

#include <QCoreApplication>

#include "core/eval/trace.h"
#include "core/io/jsonwriter.h"
#include "core/report/explainer.h"

namespace ps {

namespace {

void writeRules(JsonWriter &w, const QList<ChainRule> &rules)
{
    w.beginArray("rules");
    for (const ChainRule &r : rules) {
        w.beginObject();
        w.field("index", r.index);
        w.field("action", r.action);
        w.field("summary", describeRule(r.rule));
        w.endObject();
    }
    w.endArray();
}

void writeTiers(JsonWriter &w, const QList<ChainTier> &tiers)
{
    w.beginArray("tiers");
    for (const ChainTier &t : tiers) {
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
}

void writeDirection(JsonWriter &w, const ChainDirection &d)
{
    w.beginObject();
    writeTiers(w, d.tiers);
    w.beginArray("profiles");
    for (const ChainProfile &p : d.profiles) {
        w.beginObject();
        w.field("name", p.name);
        w.fieldBool("defined", p.defined);
        writeRules(w, p.rules);
        w.endObject();
    }
    w.endArray();
    if (!d.stages.isEmpty()) {
        w.beginArray("stages");
        for (const ChainStage &stage : d.stages) {
            w.beginObject();
            w.field("stage", stage.stage);
            writeTiers(w, stage.tiers);
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
}

QString chainTr(const char *text)
{
    return QCoreApplication::translate("Chain", text);
}

// docs/semantics.md: "Evaluating a packet at an endpoint": a policy without rules in a direction
// hands the packet on to the next policy of its tier; only the end of a tier with an enforced
// policy decides (deny, or pass when the tier's default action is Pass); a tier of staged policies
// only is skipped.
void appendTiers(QString &out, const QList<ChainTier> &tiers, bool endOfTierDeny)
{
    for (const ChainTier &t : tiers) {
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
                out += QStringLiteral("      [%1] %2\n").arg(r.index).arg(describeRule(r.rule));
        }
        if (t.stagedOnly)
            out += chainTr("    end of tier: nothing enforced here, on to the next tier\n");
        else if (!endOfTierDeny)
            out += chainTr("    end of tier: what no rule decided goes on (no end-of-tier deny in "
                           "this stage)\n");
        else if (t.defaultAction == u"Pass")
            out += chainTr("    end of tier: what no rule decided passes to the next tier (default "
                           "action Pass)\n");
        else
            out += chainTr("    end of tier: what no rule allowed, denied or passed is denied\n");
    }
}

QString stageTitle(const QString &stage)
{
    if (stage == u"untracked")
        return chainTr("  untracked stage (doNotTrack policies, before connection tracking):\n");
    if (stage == u"preDNAT")
        return chainTr("  pre-DNAT stage (preDNAT policies, before DNAT):\n");
    if (stage == u"forward")
        return chainTr("  forward stage (applyOnForward policies, forwarded traffic only):\n");
    return chainTr("  normal stage (traffic to or from the host):\n");
}

void appendText(QString &out, const QString &title, const ChainDirection &d)
{
    out += title + u'\n';
    // Host endpoints: untracked and pre-DNAT first, then normal, then forward.
    const auto stage = [&](const ChainStage &s) {
        out += stageTitle(s.stage);
        if (s.tiers.isEmpty())
            out += chainTr("    (no policy: the stage does not apply)\n");
        appendTiers(out, s.tiers, s.stage == u"forward");
        if (s.stage == u"forward")
            out += chainTr("    then allow (forwarded traffic no policy decided)\n");
        else if (!s.tiers.isEmpty())
            out += chainTr("    then the next stage\n");
    };
    for (const ChainStage &s : d.stages) {
        if (s.stage != u"forward")
            stage(s);
    }
    if (!d.stages.isEmpty())
        out += stageTitle(QStringLiteral("normal"));
    appendTiers(out, d.tiers, true);
    for (const ChainProfile &p : d.profiles) {
        out += chainTr("  profile %1%2\n")
                   .arg(p.name, p.defined ? QString() : chainTr(" (not defined)"));
        for (const ChainRule &r : p.rules)
            out += QStringLiteral("      [%1] %2\n").arg(r.index).arg(describeRule(r.rule));
    }
    out += chainTr("  then deny\n");
    for (const ChainStage &s : d.stages) {
        if (s.stage == u"forward")
            stage(s);
    }
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
