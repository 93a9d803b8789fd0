#include "core/report/flowsreport.h"

#include <QCoreApplication>

#include "core/io/jsonwriter.h"
#include "core/io/writer.h"
#include "core/report/tracereport.h"

namespace ps {

namespace {

struct FlowsWords {
    Q_DECLARE_TR_FUNCTIONS(Flows)
};

QString portText(const FlowRecord &r)
{
    return r.protocol + u'/' + (r.port ? QString::number(*r.port) : QStringLiteral("-"));
}

QString indented(const QString &text, const QString &prefix)
{
    QString out;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        out += prefix + line + u'\n';
    return out;
}

// The first few items of a long list, then how many more.
QString listed(const QStringList &items)
{
    constexpr int kShown = 8;
    if (items.size() <= kShown)
        return items.join(QStringLiteral(", "));
    return items.mid(0, kShown).join(QStringLiteral(", "))
        + FlowsWords::tr(" and %1 more").arg(items.size() - kShown);
}

QString changeText(const AllowChange &c)
{
    if (!c.found)
        return FlowsWords::tr("  no change proposed: %1").arg(c.reason) + u'\n';
    QString text;
    for (const RuleAddition &a : c.additions) {
        text += FlowsWords::tr("  smallest change: add %1 rule %2 to %3: %4")
                    .arg(a.direction)
                    .arg(a.index)
                    .arg(a.policy, a.description)
            + u'\n';
    }
    text += FlowsWords::tr("    the flow is then allowed (traced again)") + u'\n';
    if (c.alsoAllowed.isEmpty()) {
        text += FlowsWords::tr("    it allows nothing else between the workspace's endpoints")
            + u'\n';
    }
    for (const FlowChange &f : c.alsoAllowed) {
        text += FlowsWords::tr("    it also allows %1 -> %2 %3%4 (%n endpoint pair(s))", nullptr,
                    int(f.endpointPairs))
                    .arg(f.from, f.to, f.protocol,
                        f.port ? QStringLiteral(" port %1").arg(*f.port) : QString())
            + u'\n';
    }
    if (c.alsoTruncated)
        text += FlowsWords::tr("    (more flows not listed)") + u'\n';
    return text;
}

void writeChange(JsonWriter &w, const AllowChange &c)
{
    w.beginObject();
    w.fieldBool("found", c.found);
    if (!c.found)
        w.field("reason", c.reason);
    w.beginArray("additions");
    for (const RuleAddition &a : c.additions) {
        w.beginObject();
        w.field("policy", a.policy);
        w.field("direction", a.direction);
        w.field("index", a.index);
        w.field("rule", a.description);
        w.endObject();
    }
    w.endArray();
    if (c.found) {
        w.beginArray("alsoAllowed");
        for (const FlowChange &f : c.alsoAllowed) {
            w.beginObject();
            w.field("from", f.from);
            w.field("to", f.to);
            w.field("protocol", f.protocol);
            if (f.port)
                w.field("port", *f.port);
            w.key("endpointPairs");
            w.value64(f.endpointPairs);
            w.endObject();
        }
        w.endArray();
        w.fieldBool("truncated", c.alsoTruncated);
    }
    w.endObject();
}

QString loggedPolicy(const FlowGroup &g)
{
    return g.loggedHit ? hitDescription(*g.loggedHit) : QString();
}

void writeFlowKey(JsonWriter &w, const FlowRecord &r)
{
    w.field("source", flowEndDisplay(r.source));
    w.field("destination", flowEndDisplay(r.destination));
    w.field("protocol", r.protocol);
    w.key("port");
    if (r.port)
        w.value(*r.port);
    else
        w.null();
}

QString groupMark(const FlowGroup &g)
{
    return !g.resolved ? FlowsWords::tr("not resolved")
        : g.agree      ? FlowsWords::tr("agree")
                       : FlowsWords::tr("DRIFT");
}

// "logged deny by NetworkPolicy shop/x, DRIFT"
QString outcomeText(const FlowGroup &g)
{
    QString text = FlowsWords::tr("logged %1").arg(flowActionName(g.record.action));
    if (g.loggedHit)
        text += FlowsWords::tr(" by %1").arg(loggedPolicy(g));
    return text + QStringLiteral(", ") + groupMark(g);
}

} // namespace

QString flowExplanationSummary(const FlowExplanation &e)
{
    QString text = FlowsWords::tr("%1 records in %2 flow groups: %3 agree, %4 drift, %5 not "
                                  "resolved")
                       .arg(e.records)
                       .arg(e.groups.size())
                       .arg(e.agreeing())
                       .arg(e.drifting())
                       .arg(e.unresolved());
    if (e.invalid > 0)
        text += FlowsWords::tr("; %1 records could not be read").arg(e.invalid);
    if (e.cancelled)
        text += FlowsWords::tr(" (cancelled)");
    return text;
}

QString flowGroupToText(const FlowGroup &g)
{
    QString text;
    const FlowRecord &r = g.record;
    const QString mark = groupMark(g);
    text += QStringLiteral("[%1] %2 -> %3 %4 (%5, %6)\n")
                .arg(mark, flowEndDisplay(r.source), flowEndDisplay(r.destination), portText(r),
                    flowReporterName(r.reporter),
                    FlowsWords::tr("%n record(s), line %1", nullptr, int(g.records)).arg(r.line));
    QString logged = FlowsWords::tr("  logged: %1").arg(flowActionName(r.action));
    if (g.loggedHit)
        logged += FlowsWords::tr(" by %1").arg(loggedPolicy(g));
    text += logged + u'\n';
    if (!g.resolved) {
        text += FlowsWords::tr("  reason: %1").arg(g.reason) + u'\n';
        return text;
    }
    const DirectionTrace &side = *g.side();
    QString engine = FlowsWords::tr("  engine: %1 (%2 at %3)")
                         .arg(verdictName(side.verdict),
                             r.reporter == FlowReporter::Src ? FlowsWords::tr("egress")
                                                             : FlowsWords::tr("ingress"),
                             side.endpoint);
    text += engine + u'\n';
    for (const QString &d : g.differences)
        text += FlowsWords::tr("  differs: %1").arg(d) + u'\n';
    for (const QString &n : g.notes)
        text += FlowsWords::tr("  note: %1").arg(n) + u'\n';
    // Denied flows and drift: the whole trace, which says why each earlier rule missed.
    if (!g.agree || side.verdict == Verdict::Deny)
        text += indented(toText(g.trace), QStringLiteral("    "));
    if (g.change)
        text += changeText(*g.change);
    return text;
}

QString flowExplanationToText(const FlowExplanation &e)
{
    QString text;
    for (const FlowGroup &g : e.groups)
        text += flowGroupToText(g);
    for (const Error &error : e.errors)
        text += error.toString() + u'\n';
    text += flowExplanationSummary(e) + u'\n';
    return text;
}

QByteArray flowExplanationToJson(const FlowExplanation &e)
{
    if (e.groups.isEmpty())
        return QByteArrayLiteral("[]");
    QByteArray out = QByteArrayLiteral("[");
    for (qsizetype i = 0; i < e.groups.size(); ++i)
        out += (i == 0 ? "\n" : ",\n") + flowGroupToJson(e.groups.at(i));
    out += "\n]";
    return out;
}

QByteArray flowGroupToJson(const FlowGroup &g, const char *event)
{
    const FlowRecord &r = g.record;
    JsonWriter w;
    w.beginObject();
    if (event)
        w.field("event", QString::fromLatin1(event));
    writeFlowKey(w, r);
    w.field("reporter", flowReporterName(r.reporter));
    w.key("records");
    w.value64(g.records);
    w.field("line", r.line);
    w.key("logged");
    w.beginObject();
    w.field("action", flowActionName(r.action));
    w.field("policy", loggedPolicy(g));
    QStringList hits;
    for (const PolicyHit &h : r.enforced)
        hits.append(hitDescription(h));
    w.fieldStrings("hits", hits);
    w.endObject();
    w.key("engine");
    if (g.resolved)
        writeJson(w, g.trace);
    else
        w.null();
    w.fieldBool("agree", g.resolved && g.agree);
    w.fieldBool("resolved", g.resolved);
    if (!g.resolved)
        w.field("reason", g.reason);
    w.fieldStrings("differences", g.differences);
    w.fieldStrings("notes", g.notes);
    if (g.change) {
        w.key("change");
        writeChange(w, *g.change);
    }
    w.endObject();
    return w.take();
}

QString flowGroupChangeText(const FlowGroup &before, const FlowGroup &after)
{
    const FlowRecord &r = after.record;
    return FlowsWords::tr("[%1] %2 -> %3 %4 (%5): now %6; was %7")
        .arg(groupMark(after), flowEndDisplay(r.source), flowEndDisplay(r.destination), portText(r),
            flowReporterName(r.reporter), outcomeText(after), outcomeText(before));
}

QByteArray flowGroupChangeToJson(const FlowGroup &before, const FlowGroup &after)
{
    const FlowRecord &r = after.record;
    JsonWriter w;
    w.beginObject();
    w.field("event", QStringLiteral("change"));
    writeFlowKey(w, r);
    w.field("reporter", flowReporterName(r.reporter));
    const auto outcome = [&w](const FlowGroup &g) {
        w.key("logged");
        w.beginObject();
        w.field("action", flowActionName(g.record.action));
        w.field("policy", loggedPolicy(g));
        w.endObject();
        w.fieldBool("agree", g.resolved && g.agree);
        w.fieldBool("resolved", g.resolved);
    };
    outcome(after);
    w.key("before");
    w.beginObject();
    outcome(before);
    w.endObject();
    w.endObject();
    return w.take();
}

QString flowReplayToText(const FlowReplay &replay)
{
    QString text;
    for (const ReplayGroup &group : replay.groups) {
        text += group.namespace_.isEmpty()
            ? FlowsWords::tr("%1:").arg(group.policy) + u'\n'
            : FlowsWords::tr("%1, namespace %2:").arg(group.policy, group.namespace_) + u'\n';
        for (const ReplayFlow &f : group.flows) {
            text += QStringLiteral("  %1 -> %2 %3: %4 -> %5 (%6)\n")
                        .arg(flowEndDisplay(f.record.source), flowEndDisplay(f.record.destination),
                            portText(f.record), verdictName(f.before.verdict),
                            verdictName(f.after.verdict),
                            FlowsWords::tr("%n record(s)", nullptr, int(f.records)));
            text += FlowsWords::tr("    before:") + u'\n'
                + indented(toText(f.before), QStringLiteral("      "));
            text += FlowsWords::tr("    after:") + u'\n'
                + indented(toText(f.after), QStringLiteral("      "));
        }
    }
    for (const QString &reason : replay.unresolvedReasons)
        text += FlowsWords::tr("not resolved: %1").arg(reason) + u'\n';
    for (const Error &error : replay.errors)
        text += error.toString() + u'\n';
    text += FlowsWords::tr("%1 records, %2 connections: %3 change verdict, %4 not resolved")
                .arg(replay.records)
                .arg(replay.connections)
                .arg(replay.changed)
                .arg(replay.unresolved);
    if (replay.invalid > 0)
        text += FlowsWords::tr("; %1 records could not be read").arg(replay.invalid);
    return text + u'\n';
}

QByteArray flowReplayToJson(const FlowReplay &replay)
{
    JsonWriter w;
    w.beginObject();
    w.key("records");
    w.value64(replay.records);
    w.field("connections", replay.connections);
    w.field("changed", replay.changed);
    w.field("unresolved", replay.unresolved);
    w.key("invalid");
    w.value64(replay.invalid);
    w.beginArray("groups");
    for (const ReplayGroup &group : replay.groups) {
        w.beginObject();
        w.field("policy", group.policy);
        w.field("namespace", group.namespace_);
        w.beginArray("flows");
        for (const ReplayFlow &f : group.flows) {
            w.beginObject();
            writeFlowKey(w, f.record);
            w.key("records");
            w.value64(f.records);
            w.key("before");
            writeJson(w, f.before);
            w.key("after");
            writeJson(w, f.after);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.fieldStrings("unresolvedReasons", replay.unresolvedReasons);
    w.endObject();
    return w.take();
}

QByteArray flowRecommendationPolicies(const FlowRecommendation &recommendation, bool json)
{
    WorkspaceData data;
    for (const RecommendedPolicy &p : recommendation.policies)
        data.policies.append(p.policy);
    return Writer().write(Workspace(data), json ? OutputFormat::Json : OutputFormat::Yaml);
}

QString flowRecommendationToText(const FlowRecommendation &r)
{
    if (!r.error.isEmpty())
        return FlowsWords::tr("no recommendation: %1").arg(r.error) + u'\n';
    QString text;
    const auto connection = [](const ObservedConnection &c) {
        return c.display() + u' ' + FlowsWords::tr("(%n record(s))", nullptr, int(c.records));
    };
    text += FlowsWords::tr(
                "%n staged policy(ies) in tier %1, order %2:", nullptr, int(r.policies.size()))
                .arg(r.tier)
                .arg(r.order)
        + u'\n';
    for (const RecommendedPolicy &p : r.policies) {
        const QString name = p.policy.meta.namespace_.isEmpty()
            ? p.policy.meta.name
            : p.policy.meta.namespace_ + u'/' + p.policy.meta.name;
        text += QStringLiteral("  %1 %2: %3, %4\n")
                    .arg(kindName(p.policy.kind), name, p.group,
                        FlowsWords::tr("%n observed connection(s)", nullptr, p.connections));
        text += FlowsWords::tr("    selector %1: %2").arg(p.policy.selector, p.selectorReason)
            + u'\n';
        text += (p.selectorExact ? FlowsWords::tr("    the engine applies it to exactly: %1")
                                       .arg(listed(p.members))
                                 : FlowsWords::tr("    NOT EXACT: the engine also applies it to %1")
                                       .arg(listed(p.selectorExtra)))
            + u'\n';
    }
    text += FlowsWords::tr("Proof (the policies enforced, each observed connection traced "
                           "again):")
        + u'\n';
    for (const ObservedConnection &c : r.allowed) {
        text += (c.proofHolds ? FlowsWords::tr("  allowed, stays allowed: %1")
                              : FlowsWords::tr("  allowed, NOT ALLOWED after: %1"))
                    .arg(connection(c))
            + u'\n' + QStringLiteral("    ") + c.afterDecidedBy + u'\n';
        if (!c.reason.isEmpty())
            text += QStringLiteral("    ") + c.reason + u'\n';
    }
    for (const ObservedConnection &c : r.denied) {
        text += (c.proofHolds ? FlowsWords::tr("  denied in the log, not allowed: %1")
                              : FlowsWords::tr("  denied in the log, ALLOWED after: %1"))
                    .arg(connection(c))
            + u'\n' + QStringLiteral("    ") + c.afterDecidedBy + u'\n';
        if (!c.reason.isEmpty())
            text += QStringLiteral("    ") + c.reason + u'\n';
    }
    for (const ObservedConnection &c : r.uncovered) {
        text += FlowsWords::tr("  allowed, NOT COVERED: %1: %2").arg(connection(c), c.reason)
            + u'\n'
            + (c.after == Verdict::Allow ? FlowsWords::tr("    still allowed once enforced: %1")
                                         : FlowsWords::tr("    DENIED once enforced: %1"))
                  .arg(c.afterDecidedBy)
            + u'\n';
    }
    for (const ObservedConnection &c : r.unresolved)
        text += FlowsWords::tr("  not resolved: %1: %2").arg(connection(c), c.reason) + u'\n';
    int kept = 0;
    for (const ObservedConnection &c : r.allowed)
        kept += c.proofHolds ? 1 : 0;
    int stillDenied = 0;
    for (const ObservedConnection &c : r.denied)
        stillDenied += c.proofHolds ? 1 : 0;
    text += FlowsWords::tr("%1 of %2 allowed connections stay allowed, %3 of %4 denied ones are "
                           "not allowed: %5")
                .arg(kept)
                .arg(r.allowed.size())
                .arg(stillDenied)
                .arg(r.denied.size())
                .arg(r.proven() ? FlowsWords::tr("proven") : FlowsWords::tr("NOT proven"))
        + u'\n';
    if (r.alsoAllowedTotal == 0) {
        text += FlowsWords::tr("The policies allow nothing the log did not observe between the "
                               "workspace's endpoints and network sets.")
            + u'\n';
    } else {
        text += FlowsWords::tr("They also allow %n connection(s) the log did not observe:", nullptr,
                    int(r.alsoAllowedTotal))
            + u'\n';
        for (const OtherAllowed &o : r.alsoAllowed) {
            text += QStringLiteral("  %1 -> %2 %3%4 (%5)\n")
                        .arg(o.from, o.to, o.protocol,
                            o.port ? u' ' + QString::number(*o.port) : QString(), o.policy);
        }
        if (r.alsoAllowedTotal > r.alsoAllowed.size())
            text += FlowsWords::tr("  ... and %1 more")
                        .arg(r.alsoAllowedTotal - r.alsoAllowed.size())
                + u'\n';
    }
    for (const QString &note : r.notes)
        text += FlowsWords::tr("note: %1").arg(note) + u'\n';
    for (const Error &error : r.errors)
        text += error.toString() + u'\n';
    text += FlowsWords::tr("%1 records, %2 connections: %3 allowed, %4 denied, %5 not covered, "
                           "%6 not resolved, %7 not touching the chosen endpoints")
                .arg(r.records)
                .arg(r.connections)
                .arg(r.allowed.size())
                .arg(r.denied.size())
                .arg(r.uncovered.size())
                .arg(r.unresolved.size())
                .arg(r.outside);
    if (r.invalid > 0)
        text += FlowsWords::tr("; %1 records could not be read").arg(r.invalid);
    return text + u'\n';
}

QByteArray flowRecommendationToJson(const FlowRecommendation &r)
{
    JsonWriter w;
    w.beginObject();
    w.field("tier", r.tier);
    w.key("order");
    w.valueDouble(r.order);
    w.fieldBool("proven", r.error.isEmpty() && r.proven());
    w.key("records");
    w.value64(r.records);
    w.key("invalid");
    w.value64(r.invalid);
    w.field("connections", r.connections);
    w.beginArray("policies");
    for (const RecommendedPolicy &p : r.policies) {
        w.beginObject();
        w.field("kind", kindName(p.policy.kind));
        w.field("namespace", p.policy.meta.namespace_);
        w.field("name", p.policy.meta.name);
        w.field("group", p.group);
        w.field("selector", p.policy.selector);
        w.field("selectorReason", p.selectorReason);
        w.fieldBool("exact", p.selectorExact);
        w.fieldStrings("members", p.members);
        w.fieldStrings("extra", p.selectorExtra);
        w.field("connections", p.connections);
        w.endObject();
    }
    w.endArray();
    // Every observed connection of the endpoints with the verdicts before and after.
    const auto connection = [&w](const ObservedConnection &c, bool covered) {
        w.beginObject();
        writeFlowKey(w, c.record);
        w.key("records");
        w.value64(c.records);
        w.field("logged", c.loggedDenied ? QStringLiteral("deny") : QStringLiteral("allow"));
        w.fieldBool("covered", covered);
        w.field("before", verdictName(c.before));
        w.field("after", verdictName(c.after));
        w.fieldBool("holds", c.proofHolds);
        w.field("decidedBy", c.afterDecidedBy);
        w.field("reason", c.reason);
        w.endObject();
    };
    int kept = 0;
    for (const ObservedConnection &c : r.allowed)
        kept += c.proofHolds ? 1 : 0;
    int stillDenied = 0;
    for (const ObservedConnection &c : r.denied)
        stillDenied += c.proofHolds ? 1 : 0;
    w.key("proof");
    w.beginObject();
    w.key("allowed");
    w.beginObject();
    w.field("total", int(r.allowed.size()));
    w.field("stayAllowed", kept);
    w.endObject();
    w.key("denied");
    w.beginObject();
    w.field("total", int(r.denied.size()));
    w.field("stayDenied", stillDenied);
    w.endObject();
    w.beginArray("connections");
    for (const ObservedConnection &c : r.allowed)
        connection(c, true);
    for (const ObservedConnection &c : r.denied)
        connection(c, true);
    for (const ObservedConnection &c : r.uncovered)
        connection(c, false);
    w.endArray();
    w.endObject();
    w.beginArray("unresolved");
    for (const ObservedConnection &c : r.unresolved) {
        w.beginObject();
        writeFlowKey(w, c.record);
        w.key("records");
        w.value64(c.records);
        w.field("reason", c.reason);
        w.endObject();
    }
    w.endArray();
    w.key("alsoAllowed");
    w.beginObject();
    w.key("total");
    w.value64(r.alsoAllowedTotal);
    w.beginArray("listed");
    for (const OtherAllowed &o : r.alsoAllowed) {
        w.beginObject();
        w.field("from", o.from);
        w.field("to", o.to);
        w.field("protocol", o.protocol);
        w.key("port");
        if (o.port)
            w.value(*o.port);
        else
            w.null();
        w.field("policies", o.policy);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    w.fieldStrings("notes", r.notes);
    w.key("error");
    if (r.error.isEmpty())
        w.null();
    else
        w.value(r.error);
    w.endObject();
    return w.take();
}

} // namespace ps
