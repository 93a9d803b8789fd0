#include "core/report/pushreport.h"

#include "core/io/jsonwriter.h"
#include "core/report/pushplantext_p.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

QString counts(const NameChanges &c)
{
    return PushReport::tr("%1 added, %2 removed, %3 changed")
        .arg(c.added.size())
        .arg(c.removed.size())
        .arg(c.changed.size());
}

// "IPv6: 8237 rules, 179 IP sets", or why the agent writes none of that family.
QString familyCounts(const FamilyCounts &f, const QString &family)
{
    return f.programmed
        ? PushReport::tr("%1: %2 rules, %3 IP sets").arg(family).arg(f.rules).arg(f.sets)
        : PushReport::tr("%1: not programmed (FelixConfiguration ipv6Support is "
                         "false)")
              .arg(family);
}

} // namespace

QString PushReport::text(const PushOutcome &o, const AgentTarget &target)
{
    QString out;
    if (o.planned) {
        out += tr("plan for node %1 at %2 (generation %3):\n")
                   .arg(o.plan.node, target.url)
                   .arg(o.generationBefore);
        QList<PlanLine> lines;
        for (const ResourceChange &c : o.plan.resources)
            lines.append({c.action, c.kind, c.name});
        out += PushPlanText::changes(lines);
        out += tr("  kernel: chains %1; IP sets %2; hook rules %3; %4 rules, %5 IP sets for %6 "
                  "local endpoints after\n")
                   .arg(counts(o.plan.chains), counts(o.plan.sets),
                       o.plan.hooksChanged ? tr("changed") : tr("unchanged"))
                   .arg(o.plan.rules)
                   .arg(o.plan.setCount)
                   .arg(o.plan.endpoints);
        out += u"  "_s + familyCounts(o.plan.ipv4, QStringLiteral("IPv4")) + u"; "_s
            + familyCounts(o.plan.ipv6, QStringLiteral("IPv6")) + u'\n';
        for (const QString &w : o.plan.warnings)
            out += tr("  warning: %1\n").arg(w);
    }
    switch (o.status) {
    case PushOutcome::Status::DryRun:
        out += tr("dry run: nothing was applied\n");
        break;
    case PushOutcome::Status::Applied:
        for (const ResourceChange &c : o.plan.resources) {
            if (c.action != ResourceChange::Action::Unchanged)
                out += tr("applied %1 %2 %3\n").arg(resourceActionName(c.action), c.kind, c.name);
        }
        out += tr("applied: node %1 is at generation %2 (%3 rules, %4 IP sets, %5 ms in the "
                  "kernel)\n")
                   .arg(o.state.node)
                   .arg(o.state.generation)
                   .arg(o.state.rules)
                   .arg(o.state.sets)
                   .arg(o.milliseconds);
        break;
    case PushOutcome::Status::Failed:
        out += tr("failed: %1\n").arg(o.message);
        for (const QString &d : o.details)
            out += u"  "_s + d + u'\n';
        out += o.generationBefore >= 0
            ? tr("nothing was applied: node %1 is left as it was (generation %2)\n")
                  .arg(target.node)
                  .arg(o.generationBefore)
            : tr("nothing was applied: node %1 is left as it was\n").arg(target.node);
        break;
    }
    return out;
}

QByteArray PushReport::json(const PushOutcome &o, const AgentTarget &target)
{
    JsonWriter w;
    w.beginObject();
    w.key("target");
    w.beginObject();
    w.field("kind", u"agent"_s);
    w.field("url", target.url);
    w.field("node", target.node);
    w.endObject();
    w.field("status", pushStatusName(o.status));
    w.field("message", o.message);
    w.fieldStrings("details", o.details);
    w.key("generationBefore");
    w.value64(o.generationBefore);
    w.beginArray("resources");
    for (const ResourceChange &c : o.plan.resources) {
        w.beginObject();
        w.field("action", resourceActionName(c.action));
        w.field("kind", c.kind);
        w.field("name", c.name);
        w.field("result", pushResultName(o.status, c.action));
        w.endObject();
    }
    w.endArray();
    w.key("milliseconds");
    w.value64(o.milliseconds);
    w.endObject();
    QByteArray out = w.take();
    out.chop(1);
    out += ",\"plan\":" + (o.planned ? toJson(o.plan) : QByteArray("null"));
    out += ",\"state\":"
        + (o.status == PushOutcome::Status::Applied ? toJson(o.state) : QByteArray("null")) + '}';
    return out;
}

} // namespace ps
