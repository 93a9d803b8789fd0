#include "core/report/kubepushreport.h"

#include "core/io/jsonwriter.h"
#include "core/report/diffreport.h"
#include "core/report/pushplantext_p.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

KubeChangeResult resultOf(const KubePushOutcome &o, qsizetype i)
{
    if (i < o.results.size())
        return o.results[i];
    KubeChangeResult r;
    r.state = o.plan.changes[i].action == ResourceChange::Action::Unchanged
        ? KubeChangeResult::State::Unchanged
        : KubeChangeResult::State::NotApplied;
    return r;
}

} // namespace

QString KubePushReport::text(const KubePushOutcome &o)
{
    QString out;
    const KubePlan &p = o.plan;
    if (o.planned) {
        out += tr("plan for %1 (%2, Calico %3, stack %4):\n")
                   .arg(p.server, kubeLayoutName(p.layout), calicoVersionName(p.version), p.stack);
        const QString foreign = p.foreign > 0
            ? tr("  %n live object(s) not written by this stack left alone\n", nullptr,
                int(p.foreign))
            : QString();
        out += PushPlanText::datastorePlan(
            p, tr(" (live without the mark of stack %1: needs --adopt)").arg(p.stack), foreign);
    }
    for (qsizetype i = 0; i < p.changes.size() && !o.results.isEmpty(); ++i) {
        const KubeChange &c = p.changes[i];
        const KubeChangeResult r = resultOf(o, i);
        if (r.state == KubeChangeResult::State::Unchanged)
            continue;
        out += u"%1 %2 %3 %4\n"_s.arg(kubeChangeStateName(r.state), resourceActionName(c.action),
            kindDisplayName(c.kind), c.name);
    }
    switch (o.status) {
    case PushOutcome::Status::DryRun:
        out += p.changesSomething()
            ? tr("dry run: the server checked every change (dryRun=All); nothing was applied\n")
            : tr("dry run: nothing to change\n");
        break;
    case PushOutcome::Status::Applied:
        if (!p.changesSomething()) {
            out += tr("nothing to change: the cluster already holds the workspace\n");
            break;
        }
        out += tr("applied: %n change(s) with server-side apply (field manager %1)\n", nullptr,
            int(o.count(KubeChangeResult::State::Applied)))
                   .arg(QString::fromLatin1(kKubeFieldManager));
        break;
    case PushOutcome::Status::Failed:
        out += tr("failed: %1\n").arg(o.message);
        if (o.partial) {
            out += tr("%n change(s) were applied; the changes marked \"not applied\" and the "
                      "failed one are left as they were\n",
                nullptr, int(o.count(KubeChangeResult::State::Applied)));
        } else {
            out += tr("nothing was applied: the cluster is left as it was\n");
        }
        break;
    }
    return out;
}

QByteArray KubePushReport::json(const KubePushOutcome &o)
{
    const KubePlan &p = o.plan;
    JsonWriter w;
    w.beginObject();
    w.key("target");
    w.beginObject();
    w.field("kind", u"kubernetes"_s);
    w.field("server", p.server);
    w.key("layout");
    if (o.planned)
        w.value(kubeLayoutKey(p.layout));
    else
        w.null();
    w.endObject();
    w.field("status", pushStatusName(o.status));
    w.field("message", o.message);
    w.field("calicoVersion", calicoVersionName(p.version));
    w.field("stack", p.stack);
    w.field("fieldManager", QString::fromLatin1(kKubeFieldManager));
    w.fieldBool("partial", o.partial);
    w.beginArray("resources");
    for (qsizetype i = 0; i < p.changes.size(); ++i) {
        const KubeChange &c = p.changes[i];
        const KubeChangeResult r = resultOf(o, i);
        w.beginObject();
        w.field("action", resourceActionName(c.action));
        w.field("kind", kindDisplayName(c.kind));
        w.field("name", c.name);
        w.field("path", c.path);
        w.fieldBool("adopted", c.adopted);
        w.field("result", kubeChangeStateName(r.state));
        w.field("message", r.message);
        w.endObject();
    }
    w.endArray();
    w.fieldStrings("kept", p.kept);
    w.key("foreign");
    w.value64(p.foreign);
    w.fieldStrings("skipped", p.skipped);
    w.endObject();
    QByteArray out = w.take();
    out.chop(1);
    return out + ",\"diff\":" + diffToJson(p.diff) + '}';
}

QString KubePushReport::pullText(const KubePulled &pulled, const QString &folder, qsizetype files)
{
    QString out;
    for (const QString &m : pulled.missing)
        out += tr("not read: %1\n").arg(m);
    out += tr("pulled %n resource(s) from %1 (%2) into %3\n", nullptr, int(files))
               .arg(pulled.server, kubeLayoutName(pulled.layout), folder);
    return out;
}

} // namespace ps
