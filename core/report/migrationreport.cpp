#include "core/report/migrationreport.h"

#include <QCoreApplication>

#include "core/io/jsonwriter.h"
#include "core/model/kind.h"
#include "core/report/explainer.h"

namespace ps {

namespace {

// The translation context, in a form lupdate sees.
struct MigrationWords {
    Q_DECLARE_TR_FUNCTIONS(Migration)
};

QString ruleName(const MigrationCause &c)
{
    return c.rule ? c.rule->annotations.value(QStringLiteral("name")) : QString();
}

// "tier kube-admin, ClusterNetworkPolicy deny-dev-to-prod, rule 0 "no-dev": deny (Deny from
// namespaceSelector env == 'dev')"; "deny (nothing allowed the flow)" for a default step.
QString stepText(const MigrationCause &c)
{
    const TraceStep &s = c.step;
    if (s.action.isEmpty())
        return verdictName(c.verdict);
    QString out;
    if (!s.policy.isEmpty()) {
        out = s.tier.isEmpty() ? MigrationWords::tr("%1 %2").arg(s.kind, s.policy)
                               : MigrationWords::tr("tier %1, %2 %3").arg(s.tier, s.kind, s.policy);
        if (s.rule >= 0) {
            out += MigrationWords::tr(", rule %1").arg(s.rule);
            if (const QString name = ruleName(c); !name.isEmpty())
                out += QStringLiteral(" \"%1\"").arg(name);
        }
        out += QStringLiteral(": ");
    }
    out += actionPhrase(s.action);
    if (c.rule)
        out += QStringLiteral(" (") + describeRule(*c.rule) + u')';
    return out;
}

void diagnosticsJson(JsonWriter &w, const char *key, const Diagnostics &diagnostics)
{
    w.beginArray(key);
    for (const Diagnostic &d : diagnostics) {
        w.beginObject();
        w.field("severity", severityName(d.severity));
        w.field("message", d.message);
        w.field("file", d.file);
        w.field("line", d.line);
        w.field("column", d.column);
        w.field("path", d.path);
        w.endObject();
    }
    w.endArray();
}

void stepJson(JsonWriter &w, const char *key, const MigrationCause &c)
{
    w.key(key);
    w.beginObject();
    w.field("verdict", verdictName(c.verdict));
    w.field("tier", c.step.tier);
    w.field("policy", c.step.policy);
    w.field("kind", c.step.kind);
    w.field("rule", c.step.rule);
    w.field("ruleName", ruleName(c));
    w.field("action", c.step.action);
    w.field("description", c.rule ? describeRule(*c.rule) : QString());
    w.endObject();
}

} // namespace

QString migrationToText(const AdminMigration &m)
{
    const QString from = calicoVersionName(m.from);
    const QString to = calicoVersionName(m.to);
    QString out;
    out += MigrationWords::tr("Calico %1 -> %2: %3 of %4 AdminNetworkPolicies and "
                              "BaselineAdminNetworkPolicies rewritten as ClusterNetworkPolicies\n")
               .arg(from, to)
               .arg(m.rewrite.rewritten.size())
               .arg(m.rewrite.sources);
    for (const MigratedPolicy &p : m.rewrite.rewritten) {
        out += MigrationWords::tr("  %1 %2 -> ClusterNetworkPolicy %2 (tier %3, priority %4)\n")
                   .arg(kindName(p.from), p.name, p.tier,
                       p.priority ? QString::number(*p.priority) : QStringLiteral("-"));
    }
    if (hasErrors(m.rewrite.problems)) {
        out += MigrationWords::tr("not convertible (kept as they are):\n");
        for (const Diagnostic &d : m.rewrite.problems)
            out += QStringLiteral("  ") + d.toString() + u'\n';
    }
    for (const Diagnostic &d : m.notes)
        out += d.toString() + u'\n';

    if (m.equivalent()) {
        out += MigrationWords::tr("equivalent: every probed flow has the same verdict under Calico "
                                  "%1 (before) and %2 (after) (%3 endpoints, %4 probes per pair)\n")
                   .arg(from, to)
                   .arg(m.endpoints)
                   .arg(m.probes);
        return out;
    }
    QStringList why;
    const qsizetype failed = m.rewrite.sources - m.rewrite.rewritten.size();
    if (failed > 0)
        why << MigrationWords::tr("%n policy(ies) cannot be rewritten", nullptr, int(failed));
    if (!m.diff.flows.isEmpty()) {
        why << (m.diff.flowsTruncated
                ? MigrationWords::tr("more than %1 flows differ").arg(m.diff.flows.size())
                : MigrationWords::tr("%n flow(s) differ", nullptr, int(m.diff.flows.size())));
    }
    if (!m.proved()) {
        why << MigrationWords::tr("the workspace has no endpoints to probe flows between (add its "
                                  "namespaces and pods)");
    }
    out += (m.proved() || hasErrors(m.rewrite.problems) ? MigrationWords::tr("not equivalent: %1\n")
                                                        : MigrationWords::tr("not proved: %1\n"))
               .arg(why.join(QStringLiteral("; ")));
    // Flows come sorted by endpoints, then probe: the probes of one pair of endpoints that
    // change the same way for the same reasons are one entry.
    QString previous;
    for (const MigrationFlowDifference &f : m.flows) {
        const FlowChange &c = f.flow;
        QString causes;
        for (qsizetype i = 0; i < f.before.size() && i < f.after.size(); ++i) {
            causes += MigrationWords::tr("  %1 at %2\n")
                          .arg(directionName(f.before[i].direction), f.before[i].endpoint);
            causes += QStringLiteral("    %1: %2\n").arg(from, stepText(f.before[i]));
            causes += QStringLiteral("    %1: %2\n").arg(to, stepText(f.after[i]));
        }
        const QString probe = c.protocol + (c.port ? u'/' + QString::number(*c.port) : QString());
        const QString verdicts
            = MigrationWords::tr(": %1 under %2, %3 under %4 (%5 endpoint pairs)\n")
                  .arg(verdictName(c.before), from, verdictName(c.after), to)
                  .arg(c.endpointPairs);
        const QString key = c.from + u'\n' + c.to + u'\n' + verdicts + causes;
        if (key == previous) {
            // Another probe of the entry just written: insert it before the verdicts.
            const qsizetype at = out.lastIndexOf(verdicts + causes);
            out.insert(at, QStringLiteral(", ") + probe);
            continue;
        }
        previous = key;
        out += MigrationWords::tr("flow %1 -> %2 %3").arg(c.from, c.to, probe) + verdicts + causes;
    }
    if (m.diff.flowsTruncated)
        out += MigrationWords::tr("(more flow changes not shown)\n");
    return out;
}

QByteArray migrationToJson(const AdminMigration &m)
{
    JsonWriter w;
    w.beginObject();
    w.field("from", calicoVersionName(m.from));
    w.field("to", calicoVersionName(m.to));
    w.fieldBool("equivalent", m.equivalent());
    w.key("endpoints");
    w.value64(m.endpoints);
    w.key("probes");
    w.value64(m.probes);
    w.beginArray("migrated");
    for (const MigratedPolicy &p : m.rewrite.rewritten) {
        w.beginObject();
        w.field("kind", kindName(p.from));
        w.field("name", p.name);
        w.field("tier", p.tier);
        w.key("priority");
        if (p.priority)
            w.value(*p.priority);
        else
            w.null();
        w.endObject();
    }
    w.endArray();
    diagnosticsJson(w, "notConvertible", m.rewrite.problems);
    diagnosticsJson(w, "notes", m.notes);
    w.beginArray("flows");
    for (const MigrationFlowDifference &f : m.flows) {
        const FlowChange &c = f.flow;
        w.beginObject();
        w.field("from", c.from);
        w.field("to", c.to);
        w.field("protocol", c.protocol);
        if (c.port)
            w.field("port", *c.port);
        w.field("before", verdictName(c.before));
        w.field("after", verdictName(c.after));
        w.key("endpointPairs");
        w.value64(c.endpointPairs);
        w.beginArray("causes");
        for (qsizetype i = 0; i < f.before.size() && i < f.after.size(); ++i) {
            w.beginObject();
            w.field("direction", directionName(f.before[i].direction));
            w.field("endpoint", f.before[i].endpoint);
            stepJson(w, "before", f.before[i]);
            stepJson(w, "after", f.after[i]);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.fieldBool("truncated", m.diff.flowsTruncated);
    w.endObject();
    return w.take();
}

} // namespace ps
