#include "core/report/etcdpushreport.h"

#include "core/io/jsonwriter.h"
#include "core/report/diffreport.h"
#include "core/report/pushplantext_p.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

QString EtcdPushReport::text(const EtcdPushOutcome &o)
{
    QString out;
    const EtcdPlan &p = o.plan;
    if (o.planned) {
        out += tr("plan for etcd at %1 (revision %2, Calico %3, stack %4):\n")
                   .arg(p.endpoint)
                   .arg(p.revision)
                   .arg(calicoVersionName(p.version), p.stack);
        const QString foreign = p.foreign > 0
            ? tr("  %n stored object(s) without the mark of this stack left alone\n", nullptr,
                int(p.foreign))
            : QString();
        out += PushPlanText::datastorePlan(
            p, tr(" (stored without the mark of stack %1: needs --adopt)").arg(p.stack), foreign);
    }
    switch (o.status) {
    case PushOutcome::Status::DryRun:
        out += tr("dry run: nothing was written\n");
        break;
    case PushOutcome::Status::Applied:
        if (o.rollback.entries.isEmpty()) {
            out += tr("nothing to change: etcd already holds the workspace\n");
            break;
        }
        for (const EtcdChange &c : p.changes) {
            if (c.action != ResourceChange::Action::Unchanged)
                out += tr("applied %1 %2 %3\n")
                           .arg(resourceActionName(c.action), kindName(c.kind), c.name);
        }
        out += tr("applied: %n key(s) written in one transaction at revision %1\n", nullptr,
            int(o.rollback.entries.size()))
                   .arg(o.rollback.revision);
        if (!o.rollbackFile.isEmpty()) {
            out += tr("rollback state: %1 (policyctl push --rollback restores what this push "
                      "replaced)\n")
                       .arg(o.rollbackFile);
        }
        if (!o.message.isEmpty())
            out += tr("warning: %1\n").arg(o.message);
        break;
    case PushOutcome::Status::Failed:
        out += tr("failed: %1\n").arg(o.message);
        out += o.planned ? tr("nothing was written: etcd is left as it was (revision %1 when "
                              "read)\n")
                               .arg(p.revision)
                         : tr("nothing was written\n");
        break;
    }
    return out;
}

QByteArray EtcdPushReport::json(const EtcdPushOutcome &o)
{
    const EtcdPlan &p = o.plan;
    JsonWriter w;
    w.beginObject();
    w.key("target");
    w.beginObject();
    w.field("kind", u"etcd"_s);
    w.field("endpoint", p.endpoint);
    w.endObject();
    w.field("status", pushStatusName(o.status));
    w.field("message", o.message);
    w.field("calicoVersion", calicoVersionName(p.version));
    w.field("stack", p.stack);
    w.key("revision");
    w.value64(p.revision);
    w.key("appliedRevision");
    if (o.status == PushOutcome::Status::Applied && !o.rollback.entries.isEmpty())
        w.value64(o.rollback.revision);
    else
        w.null();
    w.beginArray("resources");
    for (const EtcdChange &c : p.changes) {
        w.beginObject();
        w.field("action", resourceActionName(c.action));
        w.field("kind", kindName(c.kind));
        w.field("name", c.name);
        w.field("key", QString::fromUtf8(c.key));
        w.fieldBool("adopted", c.adopted);
        w.field("result", pushResultName(o.status, c.action));
        w.endObject();
    }
    w.endArray();
    w.fieldStrings("kept", p.kept);
    w.key("foreign");
    w.value64(p.foreign);
    w.fieldStrings("skipped", p.skipped);
    w.key("rollbackFile");
    if (o.rollbackFile.isEmpty())
        w.null();
    else
        w.value(o.rollbackFile);
    w.endObject();
    QByteArray out = w.take();
    out.chop(1);
    return out + ",\"diff\":" + diffToJson(p.diff) + '}';
}

QString EtcdPushReport::rollbackText(const EtcdRollback &rollback, qint64 revision)
{
    QString out;
    for (const EtcdRollback::Entry &e : rollback.entries) {
        out += e.before ? tr("restored %1 %2\n").arg(e.kind, e.name)
                        : tr("removed %1 %2 (the push created it)\n").arg(e.kind, e.name);
    }
    out += tr("rolled back the push of revision %1: %n key(s) restored in one transaction at "
              "revision %2\n",
        nullptr, int(rollback.entries.size()))
               .arg(rollback.revision)
               .arg(revision);
    return out;
}

QByteArray EtcdPushReport::rollbackJson(const EtcdRollback &rollback, qint64 revision)
{
    JsonWriter w;
    w.beginObject();
    w.field("status", u"rolled-back"_s);
    w.key("pushRevision");
    w.value64(rollback.revision);
    w.key("revision");
    w.value64(revision);
    w.beginArray("restored");
    for (const EtcdRollback::Entry &e : rollback.entries) {
        w.beginObject();
        w.field("kind", e.kind);
        w.field("name", e.name);
        w.field("key", QString::fromUtf8(e.key));
        w.field("action", e.before ? u"restore"_s : u"remove"_s);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QString EtcdPushReport::pullText(
    const EtcdPulled &pulled, const QString &endpoint, const QString &folder, qsizetype files)
{
    return tr("pulled %n resource(s) from etcd at %1 (revision %2) into %3\n", nullptr, int(files))
        .arg(endpoint)
        .arg(pulled.revision)
        .arg(folder);
}

} // namespace ps
