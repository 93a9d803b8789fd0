#include "core/push/kubepush.h"

#include <algorithm>
#include <string_view>
#include <type_traits>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/io/writer.h"
#include "core/model/builtintier.h"
#include "core/model/resourcekindof.h"
#include "core/push/etcdlayout.h"
#include "core/push/pushidentity_p.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

static_assert(
    std::u16string_view(kKubeStackAnnotation) == std::u16string_view(pushdetail::kStackAnnotation),
    "pushdetail::normalize removes the stack annotation this target writes");
const QString kStackAnnotation = QString::fromUtf16(kKubeStackAnnotation);
const QString kMetadataAnnotation = QString::fromUtf16(kCalicoMetadataAnnotation);
const QString kTierLabel = QString::fromUtf16(kCalicoTierLabel);
const QString kLastApplied = QString::fromUtf16(pushdetail::kLastAppliedAnnotation);
const QString kCreatedBy = u"projectcalico.org/created-by"_s;

/// One object read from the cluster.
struct Live {
    ResourceKind kind = ResourceKind::GlobalNetworkPolicy;
    QString identity;
    QString name; // "namespace/name" (v3 name)
    QString liveName; // metadata.name as the server has it
    QString path;
    QByteArray json;
    QString uid;
    QString resourceVersion;
    QString owner; // its stack annotation; empty: none
    bool appliedByUs = false; // managedFields: our manager, operation Apply
    bool madeByCalico = false; // never deleted
    QByteArray canonical;
};

struct LiveState {
    QList<Live> objects;
    WorkspaceData data;
    Diagnostics diagnostics;
    QList<ResourceKind> missingKinds;
    QStringList missing;
};

QString displayName(const ObjectMeta &meta)
{
    return meta.namespace_.isEmpty() ? meta.name : meta.namespace_ + u'/' + meta.name;
}

bool isBuiltInTier(ResourceKind kind, const QString &name, CalicoVersion version)
{
    return kind == ResourceKind::Tier && builtInTier(name, version) != nullptr;
}

using pushdetail::isPolicyKind;
using pushdetail::tierOf;
constexpr pushdetail::Datastore kStore = pushdetail::Datastore::Kubernetes;

template<class T> QString identityOf(const T &r)
{
    return pushdetail::identityOf(r, kStore);
}

template<class T> void normalize(T &r)
{
    pushdetail::normalize(r, kStore);
}

template<class T> QByteArray canonicalText(T r)
{
    normalize(r);
    return Writer().writeResource(r);
}

template<class F> void forEachPushedList(F &&f)
{
    f(&WorkspaceData::tiers);
    f(&WorkspaceData::policies);
    f(&WorkspaceData::kubernetesPolicies);
    f(&WorkspaceData::networkSets);
    f(&WorkspaceData::hostEndpoints);
}

bool appliedBy(const QJsonObject &meta, const QString &manager)
{
    for (const auto &v : meta.value(u"managedFields"_s).toArray()) {
        const QJsonObject entry = v.toObject();
        if (entry.value(u"manager"_s).toString() == manager
            && entry.value(u"operation"_s).toString() == u"Apply"_s)
            return true;
    }
    return false;
}

/// A list item as the loader reads it: apiVersion and kind set (core lists omit them), the
/// v3 view of a crd.projectcalico.org/v1 object, no managedFields, no status for policy kinds.
QJsonObject cleanItem(QJsonObject item, ResourceKind kind, KubeLayout layout)
{
    item.insert(u"apiVersion"_s, kindApiVersion(kind));
    item.insert(u"kind"_s, kindName(kind));
    QJsonObject meta = item.value(u"metadata"_s).toObject();
    meta.remove(u"managedFields"_s);
    QJsonObject annotations = meta.value(u"annotations"_s).toObject();
    annotations.remove(kLastApplied);
    if (layout == KubeLayout::CrdV1 && kindIsCalico(kind)) {
        // Calico keeps the v3 metadata in this annotation; from 3.28 most labels live only
        // there.
        const QJsonObject packed
            = QJsonDocument::fromJson(annotations.value(kMetadataAnnotation).toString().toUtf8())
                  .object();
        annotations.remove(kMetadataAnnotation);
        if (packed.contains(u"name"_s))
            meta.insert(u"name"_s, packed.value(u"name"_s));
        for (const QString &field : {u"labels"_s, u"annotations"_s}) {
            const QJsonObject inner = packed.value(field).toObject();
            if (inner.isEmpty())
                continue;
            QJsonObject merged
                = field == u"labels"_s ? meta.value(u"labels"_s).toObject() : annotations;
            for (auto it = inner.begin(); it != inner.end(); ++it)
                merged.insert(it.key(), it.value());
            if (field == u"labels"_s)
                meta.insert(u"labels"_s, merged);
            else
                annotations = merged;
        }
    }
    if (annotations.isEmpty())
        meta.remove(u"annotations"_s);
    else
        meta.insert(u"annotations"_s, annotations);
    item.insert(u"metadata"_s, meta);
    if (isPolicyKind(kind))
        item.remove(u"status"_s);
    return item;
}

Diagnostic pathError(const QString &path, const QString &message)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.file = u"kube:"_s + path;
    d.message = message;
    return d;
}

void readItem(const QJsonObject &raw, ResourceKind kind, KubeLayout layout, CalicoVersion version,
    LiveState &state)
{
    const QJsonObject rawMeta = raw.value(u"metadata"_s).toObject();
    const QString path = kubeObjectPath(kind, layout, rawMeta.value(u"namespace"_s).toString(),
        rawMeta.value(u"name"_s).toString());
    const QJsonObject item = cleanItem(raw, kind, layout);
    const QByteArray json = QJsonDocument(item).toJson(QJsonDocument::Compact);
    const LoadResult loaded = Loader().loadText(json, u"kube:"_s + path);
    bool failed = false;
    for (const Diagnostic &d : loaded.diagnostics) {
        if (d.severity == Severity::Error) {
            state.diagnostics.append(d);
            failed = true;
        }
    }
    if (failed)
        return;
    if (loaded.workspace.resourceCount() != 1) {
        state.diagnostics.append(pathError(path, KubePush::tr("not read as one resource")));
        return;
    }
    forEachResourceList([&](auto member) {
        for (auto r : loaded.workspace.data().*member) {
            Live l;
            l.kind = resourceKindOf(r);
            l.liveName = rawMeta.value(u"name"_s).toString();
            l.path = path;
            l.json = QJsonDocument(raw).toJson(QJsonDocument::Compact);
            l.uid = r.meta.uid;
            l.resourceVersion = r.meta.resourceVersion;
            l.owner = r.meta.annotations.value(kStackAnnotation);
            l.appliedByUs = appliedBy(rawMeta, QString::fromLatin1(kKubeFieldManager));
            l.madeByCalico = isBuiltInTier(l.kind, r.meta.name, version)
                || (l.kind == ResourceKind::HostEndpoint
                    && r.meta.labels.value(kCreatedBy) == u"calico-kube-controllers"_s);
            r.meta.annotations.remove(kMetadataAnnotation);
            r.meta.annotations.remove(kStackAnnotation);
            if (etcdIsTieredPolicyKind(l.kind))
                r.meta.labels.remove(kTierLabel);
            l.identity = identityOf(r);
            l.name = displayName(r.meta);
            l.canonical = canonicalText(r);
            (state.data.*member).append(r);
            state.objects.append(l);
        }
    });
}

Result<LiveState> readLive(const KubeClient &client, KubeLayout layout, CalicoVersion version,
    const QList<ResourceKind> &kinds)
{
    LiveState state;
    state.data.calicoVersion = version;
    for (const ResourceKind kind : kinds) {
        const QString path = kubeCollectionPath(kind, layout);
        const Result<KubeReply> reply = client.request("GET", path);
        if (!reply)
            return reply.error();
        if (reply->status == 404 && reply->detailsName().isEmpty() && kindIsCalico(kind)) {
            // An older Calico without this kind (tiers before 3.29, staged kinds before 3.30).
            state.missingKinds.append(kind);
            state.missing.append(
                KubePush::tr("%1: the cluster does not serve %2").arg(kindDisplayName(kind), path));
            continue;
        }
        if (!reply->ok())
            return Error {client.describe(*reply, KubePush::tr("list %1").arg(path))};
        const QJsonValue items = reply->object.value(u"items"_s);
        if (!items.isArray() && !items.isNull()) {
            return Error {KubePush::tr("%1 answered GET %2 without a list of items")
                              .arg(client.server(), path)};
        }
        for (const auto &item : items.toArray()) {
            const QString name
                = item.toObject().value(u"metadata"_s).toObject().value(u"name"_s).toString();
            if (kind == ResourceKind::Tier && isBuiltInTier(kind, name, version))
                continue; // Calico's own; never written, never pulled
            readItem(item.toObject(), kind, layout, version, state);
        }
    }
    return state;
}

/// The apply patch for `r`: the resource without server fields, with our mark, and for an
/// update the live name and the resourceVersion read (a precondition: 409 if it moved on).
template<class T> QByteArray applyBody(T r, const QString &stack, const Live *existing)
{
    normalize(r);
    r.meta.annotations.insert(kStackAnnotation, stack);
    if (existing)
        r.meta.name = existing->liveName;
    QJsonObject o = QJsonDocument::fromJson(Writer().writeResourceCompactJson(r)).object();
    if (existing && !existing->resourceVersion.isEmpty()) {
        QJsonObject meta = o.value(u"metadata"_s).toObject();
        meta.insert(u"resourceVersion"_s, existing->resourceVersion);
        o.insert(u"metadata"_s, meta);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString verbOf(ResourceChange::Action action)
{
    switch (action) {
    case ResourceChange::Action::Create:
        return KubePush::tr("create");
    case ResourceChange::Action::Update:
        return KubePush::tr("update");
    case ResourceChange::Action::Delete:
        return KubePush::tr("delete");
    case ResourceChange::Action::Unchanged:
        break;
    }
    return {};
}

/// Sends one change; empty on success, else the server's words.
QString send(const KubeClient &client, const KubePlan &plan, const KubeChange &c, bool dryRun)
{
    const QString what = u"%1 %2 %3"_s.arg(verbOf(c.action), kindDisplayName(c.kind), c.name);
    QUrlQuery query;
    Result<KubeReply> reply = Error {};
    if (c.action == ResourceChange::Action::Delete) {
        if (dryRun)
            query.addQueryItem(u"dryRun"_s, u"All"_s);
        const QJsonObject options {{u"kind"_s, u"DeleteOptions"_s}, {u"apiVersion"_s, u"v1"_s},
            {u"preconditions"_s,
                QJsonObject {{u"uid"_s, c.uid}, {u"resourceVersion"_s, c.resourceVersion}}},
            {u"propagationPolicy"_s, u"Background"_s}};
        reply = client.request("DELETE", c.path, query,
            QJsonDocument(options).toJson(QJsonDocument::Compact), "application/json");
    } else {
        query.addQueryItem(u"fieldManager"_s, QString::fromLatin1(kKubeFieldManager));
        if (plan.force)
            query.addQueryItem(u"force"_s, u"true"_s);
        if (dryRun)
            query.addQueryItem(u"dryRun"_s, u"All"_s);
        reply = client.request("PATCH", c.path, query, c.body, "application/apply-patch+yaml");
        const QString objectName = c.path.section(u'/', -1);
        if (reply && reply->status == 404 && c.action == ResourceChange::Action::Create
            && etcdIsTieredPolicyKind(c.kind) && reply->detailsName() == objectName) {
            // Calico's API server 3.32.0 answers an apply that creates a policy with 404
            // (fixed in 3.32.1): create it, then apply so that our manager owns its fields.
            QUrlQuery create;
            create.addQueryItem(u"fieldManager"_s, QString::fromLatin1(kKubeFieldManager));
            if (dryRun)
                create.addQueryItem(u"dryRun"_s, u"All"_s);
            const QString collection = c.path.left(c.path.lastIndexOf(u'/'));
            reply = client.request("POST", collection, create, c.body, "application/json");
            if (reply && reply->ok() && !dryRun) {
                reply = client.request(
                    "PATCH", c.path, query, c.body, "application/apply-patch+yaml");
            }
        }
    }
    if (!reply)
        return reply.error().message;
    if (reply->ok())
        return {};
    QString message = client.describe(*reply, what);
    if (reply->status == 409 && !reply->isFieldManagerConflict())
        message += KubePush::tr(" — it changed since the plan was read: plan and push again");
    return message;
}

} // namespace

QString kubeChangeStateName(KubeChangeResult::State state)
{
    switch (state) {
    case KubeChangeResult::State::Unchanged:
        return u"unchanged"_s;
    case KubeChangeResult::State::Checked:
        return u"checked"_s;
    case KubeChangeResult::State::Applied:
        return u"applied"_s;
    case KubeChangeResult::State::Failed:
        return u"failed"_s;
    case KubeChangeResult::State::NotApplied:
        return u"not applied"_s;
    }
    return {};
}

qsizetype KubePlan::count(ResourceChange::Action action) const
{
    return std::count_if(changes.cbegin(), changes.cend(),
        [action](const KubeChange &c) { return c.action == action; });
}

bool KubePlan::changesSomething() const
{
    return count(ResourceChange::Action::Unchanged) != changes.size();
}

qsizetype KubePushOutcome::count(KubeChangeResult::State state) const
{
    return std::count_if(results.cbegin(), results.cend(),
        [state](const KubeChangeResult &r) { return r.state == state; });
}

Result<KubeLayout> KubePush::detectLayout(const KubeClient &client)
{
    const Result<QJsonObject> apis = client.get(u"/apis"_s);
    if (!apis)
        return apis.error();
    bool v3 = false;
    bool v1 = false;
    for (const auto &g : apis->value(u"groups"_s).toArray()) {
        const QString name = g.toObject().value(u"name"_s).toString();
        v3 = v3 || name == u"projectcalico.org"_s;
        v1 = v1 || name == u"crd.projectcalico.org"_s;
    }
    const QString forced = client.target().apiGroup;
    if (forced == u"crd.projectcalico.org/v1"_s) {
        if (!v1)
            return Error {tr("%1 does not serve crd.projectcalico.org, the API group asked for")
                              .arg(client.server())};
        return KubeLayout::CrdV1;
    }
    if (forced == u"projectcalico.org/v3"_s) {
        // As Calico's components with CALICO_API_GROUP=projectcalico.org/v3: the v3 CRDs
        // themselves, whatever else is served.
        if (!v3)
            return Error {tr("%1 does not serve projectcalico.org, the API group asked for")
                              .arg(client.server())};
        const Result<QJsonObject> resources = client.get(u"/apis/projectcalico.org/v3"_s);
        if (!resources)
            return resources.error();
        return KubeLayout::NativeCrds;
    }
    if (!forced.isEmpty()) {
        return Error {tr("unknown Calico API group %1 (projectcalico.org/v3 or "
                         "crd.projectcalico.org/v1)")
                          .arg(forced)};
    }
    if (!v3 && !v1) {
        return Error {tr("%1 serves neither projectcalico.org nor crd.projectcalico.org: Calico "
                         "is not installed there on the Kubernetes datastore (for Calico on "
                         "etcd, use --etcd)")
                          .arg(client.server())};
    }
    if (!v3)
        return KubeLayout::CrdV1;
    // Both groups: the aggregated API server fronts the v1 CRDs (also while v3 CRDs are being
    // migrated to). The group must answer: 503 is an API server registered but down.
    const Result<QJsonObject> resources = client.get(u"/apis/projectcalico.org/v3"_s);
    if (!resources)
        return resources.error();
    return v1 ? KubeLayout::ApiServer : KubeLayout::NativeCrds;
}

Result<KubePlan> KubePush::plan(
    const KubeClient &client, const Workspace &workspace, const KubePushOptions &options)
{
    KubePlan plan;
    plan.server = client.server();
    plan.version = workspace->calicoVersion;
    plan.stack = options.stack;
    plan.force = options.force;
    const Result<KubeLayout> layout = detectLayout(client);
    if (!layout)
        return layout.error();
    plan.layout = *layout;
    if (plan.layout == KubeLayout::CrdV1) {
        return Error {tr("%1 has Calico's crd.projectcalico.org/v1 CRDs but no Calico API "
                         "server: writing them directly would bypass Calico's validation and "
                         "defaulting, so nothing is pushed — install the Calico API server "
                         "(or use calicoctl); pull reads this cluster")
                          .arg(plan.server)};
    }
    const QList<ResourceKind> kinds = kubePushedKinds(plan.version);
    Result<LiveState> read = readLive(client, plan.layout, plan.version, kinds);
    if (!read)
        return read.error();
    LiveState &live = *read;
    if (!live.diagnostics.isEmpty()) {
        QStringList lines;
        for (const Diagnostic &d : std::as_const(live.diagnostics))
            lines.append(d.toString());
        return Error {tr("%1 holds %n object(s) that cannot be read, so the push cannot tell "
                         "what it would replace:\n%2",
            nullptr, int(lines.size()))
                          .arg(plan.server, lines.join(u'\n'))};
    }
    QHash<QString, qsizetype> liveByIdentity;
    for (qsizetype i = 0; i < live.objects.size(); ++i)
        liveByIdentity.insert(live.objects[i].identity, i);

    const auto served = [&](ResourceKind kind) {
        return kinds.contains(kind) && !live.missingKinds.contains(kind);
    };
    const auto isPushed = [&](const auto &r) {
        const ResourceKind kind = resourceKindOf(r);
        return served(kind) && !isBuiltInTier(kind, r.meta.name, plan.version);
    };

    QSet<QString> replaced;
    QStringList errors;
    const WorkspaceData &ws = workspace.data();
    forEachResourceList([&](auto member) {
        for (const auto &r : ws.*member) {
            const ResourceKind kind = resourceKindOf(r);
            const QString name = displayName(r.meta);
            if (!isPushed(r)) {
                if (isBuiltInTier(kind, r.meta.name, plan.version)) {
                    plan.skipped.append(tr("%1 %2: made and kept by Calico itself")
                                            .arg(kindDisplayName(kind), name));
                } else if (live.missingKinds.contains(kind)) {
                    plan.skipped.append(tr("%1 %2: the cluster does not serve this kind")
                                            .arg(kindDisplayName(kind), name));
                } else if (kind == ResourceKind::Profile) {
                    plan.skipped.append(tr("%1 %2: profiles are read-only on the Kubernetes "
                                           "datastore")
                                            .arg(kindDisplayName(kind), name));
                } else if (!etcdPlural(kind).isEmpty()) {
                    plan.skipped.append(
                        tr("%1 %2: Calico %3 has no such kind")
                            .arg(kindDisplayName(kind), name, calicoVersionName(plan.version)));
                } else if (isPolicyKind(kind)) {
                    plan.skipped.append(tr("%1 %2: not a resource a push writes to a cluster")
                                            .arg(kindDisplayName(kind), name));
                }
                continue;
            }
            const QString identity = identityOf(r);
            if (replaced.contains(identity)) {
                errors.append(
                    tr("%1 %2 is in the workspace twice").arg(kindDisplayName(kind), name));
                continue;
            }
            replaced.insert(identity);
            const auto found = liveByIdentity.constFind(identity);
            const Live *existing = found == liveByIdentity.cend() ? nullptr : &live.objects[*found];
            // A pulled workspace carries resourceVersions: the live object must still be at it.
            if (!r.meta.resourceVersion.isEmpty()
                && (!existing || r.meta.resourceVersion != existing->resourceVersion)) {
                errors.append(existing
                        ? tr("%1 %2 was read at resourceVersion %3, but the cluster holds it at "
                             "%4: it changed since (pull again, or remove its resourceVersion "
                             "to overwrite it)")
                              .arg(kindDisplayName(kind), name, r.meta.resourceVersion,
                                  existing->resourceVersion)
                        : tr("%1 %2 was read at resourceVersion %3, but the cluster no longer "
                             "holds it (remove its resourceVersion to create it again)")
                              .arg(kindDisplayName(kind), name, r.meta.resourceVersion));
                continue;
            }
            KubeChange c;
            c.kind = kind;
            if (existing) {
                c.name = existing->name;
                c.path = existing->path;
                c.before = existing->json;
                c.uid = existing->uid;
                c.resourceVersion = existing->resourceVersion;
                if (canonicalText(r) == existing->canonical) {
                    c.action = ResourceChange::Action::Unchanged;
                } else {
                    c.action = ResourceChange::Action::Update;
                    c.adopted = existing->owner != plan.stack;
                    c.body = applyBody(r, plan.stack, existing);
                }
            } else {
                c.action = ResourceChange::Action::Create;
                QString ns = r.meta.namespace_;
                if (kindIsNamespaced(kind) && ns.isEmpty())
                    ns = u"default"_s;
                c.name = ns.isEmpty() || !kindIsNamespaced(kind) ? r.meta.name
                                                                 : ns + u'/' + r.meta.name;
                c.path = kubeObjectPath(kind, plan.layout, ns, r.meta.name);
                c.body = applyBody(r, plan.stack, nullptr);
            }
            plan.adoptionRefused = plan.adoptionRefused || (c.adopted && !options.adopt);
            plan.changes.append(c);
        }
    });
    if (!errors.isEmpty())
        return Error {errors.join(u'\n')};

    for (const Live &l : std::as_const(live.objects)) {
        if (replaced.contains(l.identity))
            continue;
        if (l.owner != plan.stack || !l.appliedByUs || l.madeByCalico) {
            ++plan.foreign;
            continue;
        }
        if (!options.prune) {
            plan.kept.append(u"%1 %2"_s.arg(kindDisplayName(l.kind), l.name));
            continue;
        }
        replaced.insert(l.identity);
        KubeChange c;
        c.action = ResourceChange::Action::Delete;
        c.kind = l.kind;
        c.name = l.name;
        c.path = l.path;
        c.before = l.json;
        c.uid = l.uid;
        c.resourceVersion = l.resourceVersion;
        plan.changes.append(c);
    }
    // Tiers and sets before the policies that use them; deletions after, policies first.
    std::stable_sort(plan.changes.begin(), plan.changes.end(),
        [&kinds](const KubeChange &a, const KubeChange &b) {
            const auto key = [&kinds](const KubeChange &c) {
                const bool del = c.action == ResourceChange::Action::Delete;
                const qsizetype order = kinds.indexOf(c.kind);
                return std::tuple(del, del ? -order : order, c.name);
            };
            return key(a) < key(b);
        });

    if (plan.changesSomething()) {
        WorkspaceData base = ws;
        forEachPushedList([&](auto member) {
            (base.*member).removeIf([&](const auto &r) { return isPushed(r); });
        });
        WorkspaceData before = base;
        WorkspaceData after = base;
        forEachPushedList([&](auto member) {
            for (auto r : live.data.*member) {
                normalize(r);
                before.*member << r;
                if (!replaced.contains(identityOf(r)))
                    after.*member << r;
            }
            for (auto r : ws.*member) {
                normalize(r);
                if (isPushed(r))
                    after.*member << r;
            }
        });
        plan.diff = semanticDiff(PolicyEngine(Workspace(before)), PolicyEngine(Workspace(after)));
    }
    return plan;
}

KubePushOutcome KubePush::apply(
    const KubeClient &client, KubePlan plan, bool dryRun, const Progress &progress)
{
    KubePushOutcome out;
    out.plan = std::move(plan);
    out.planned = true;
    QList<qsizetype> pending;
    QStringList adopted;
    for (qsizetype i = 0; i < out.plan.changes.size(); ++i) {
        const KubeChange &c = out.plan.changes[i];
        KubeChangeResult r;
        if (c.action == ResourceChange::Action::Unchanged) {
            r.state = KubeChangeResult::State::Unchanged;
        } else {
            pending.append(i);
            if (c.adopted)
                adopted.append(u"%1 %2"_s.arg(kindDisplayName(c.kind), c.name));
        }
        out.results.append(r);
    }
    if (out.plan.adoptionRefused) {
        out.message = tr("%n object(s) in the cluster carry no mark of stack '%1' (kubectl, "
                         "calicoctl or another tool wrote them): %2; nothing was sent — push "
                         "with adopt (policyctl push --adopt) to take them over",
            nullptr, int(adopted.size()))
                          .arg(out.plan.stack, adopted.join(u", "_s));
        return out;
    }
    const qsizetype total = dryRun ? pending.size() : 2 * pending.size();
    qsizetype sent = 0;
    const auto cancel = [&](qsizetype from) {
        out.cancelled = true;
        for (qsizetype m = from; m < pending.size(); ++m)
            out.results[pending[m]].state = KubeChangeResult::State::NotApplied;
    };
    // The server checks every change first (admission, validation, RBAC, preconditions):
    // one refusal and nothing is applied.
    qsizetype refused = 0;
    for (qsizetype n = 0; n < pending.size(); ++n) {
        const qsizetype i = pending[n];
        if (progress && !progress(sent++, total)) {
            cancel(0);
            out.message = tr("cancelled before anything was applied");
            return out;
        }
        const QString why = send(client, out.plan, out.plan.changes[i], true);
        if (why.isEmpty()) {
            out.results[i].state = KubeChangeResult::State::Checked;
        } else {
            out.results[i] = {KubeChangeResult::State::Failed, why};
            ++refused;
        }
    }
    if (refused > 0) {
        QStringList lines;
        for (const qsizetype i : std::as_const(pending)) {
            if (out.results[i].state == KubeChangeResult::State::Failed)
                lines.append(out.results[i].message);
            else
                out.results[i].state = KubeChangeResult::State::NotApplied;
        }
        out.message = tr("the server refused %n change(s) in its dry run; nothing was applied:\n"
                         "  %1",
            nullptr, int(refused))
                          .arg(lines.join(u"\n  "_s));
        return out;
    }
    if (dryRun) {
        if (progress)
            progress(total, total);
        out.status = PushOutcome::Status::DryRun;
        return out;
    }
    qsizetype applied = 0;
    for (qsizetype n = 0; n < pending.size(); ++n) {
        const qsizetype i = pending[n];
        if (progress && !progress(sent++, total)) {
            cancel(n);
            out.partial = applied > 0;
            out.message = tr("cancelled after %1 of %2 change(s) were applied; the others were "
                             "not sent and are left as they were")
                              .arg(applied)
                              .arg(pending.size());
            return out;
        }
        const QString why = send(client, out.plan, out.plan.changes[i], false);
        if (why.isEmpty()) {
            out.results[i].state = KubeChangeResult::State::Applied;
            ++applied;
            continue;
        }
        out.results[i] = {KubeChangeResult::State::Failed, why};
        for (qsizetype m = n + 1; m < pending.size(); ++m)
            out.results[pending[m]].state = KubeChangeResult::State::NotApplied;
        out.partial = applied > 0;
        out.message = tr("%1\n%2 of %3 change(s) were applied before it; the %4 after it were "
                         "not sent and are left as they were")
                          .arg(why)
                          .arg(applied)
                          .arg(pending.size())
                          .arg(pending.size() - n - 1);
        return out;
    }
    if (progress)
        progress(total, total);
    out.status = PushOutcome::Status::Applied;
    return out;
}

KubePushOutcome KubePush::push(const KubeClient &client, const Workspace &workspace,
    const KubePushOptions &options, bool dryRun)
{
    Result<KubePlan> planned = plan(client, workspace, options);
    if (!planned) {
        KubePushOutcome out;
        out.message = planned.error().message;
        return out;
    }
    return apply(client, std::move(*planned), dryRun);
}

Result<KubePulled> KubePush::pull(const KubeClient &client, CalicoVersion version)
{
    const Result<KubeLayout> layout = detectLayout(client);
    if (!layout)
        return layout.error();
    Result<LiveState> read = readLive(client, *layout, version, kubePulledKinds(version));
    if (!read)
        return read.error();
    KubePulled out;
    out.layout = *layout;
    out.server = client.server();
    out.diagnostics = read->diagnostics;
    out.missing = read->missing;
    out.workspace = Workspace(std::move(read->data));
    return out;
}

} // namespace ps
