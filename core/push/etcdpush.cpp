#include "core/push/etcdpush.h"

#include <algorithm>
#include <string_view>
#include <type_traits>

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/io/workspacestore.h"
#include "core/io/writer.h"
#include "core/model/builtintier.h"
#include "core/model/resourcekindof.h"
#include "core/push/etcdlayout.h"
#include "core/push/pushidentity_p.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

/// One object read from the datastore.
struct Stored {
    ResourceKind kind = ResourceKind::GlobalNetworkPolicy;
    QString identity; // identityOf() of the resource read from it
    QString name; // "namespace/name", the v3 name
    QByteArray key;
    QString storedName; // the key's last segment
    QByteArray value;
    qint64 modRevision = 0;
    QString owner; // its stack annotation; empty: none
    QString uid;
    QString creationTimestamp;
    QByteArray canonical; // the Writer's text of the resource without server fields and marks
};

struct StoredState {
    qint64 revision = 0;
    QList<Stored> objects;
    WorkspaceData data; // the resources read, normalized (v3 names, server fields kept)
    Diagnostics diagnostics;
};

static_assert(
    std::u16string_view(kEtcdStackAnnotation) == std::u16string_view(pushdetail::kStackAnnotation),
    "pushdetail::normalize removes the stack annotation this target writes");
const QString kStackAnnotation = QString::fromUtf16(kEtcdStackAnnotation);
const QString kMetadataAnnotation = QString::fromUtf16(kCalicoMetadataAnnotation);
const QString kTierLabel = QString::fromUtf16(kCalicoTierLabel);

QString displayName(const ObjectMeta &meta)
{
    return meta.namespace_.isEmpty() ? meta.name : meta.namespace_ + u'/' + meta.name;
}

QString kindText(ResourceKind kind)
{
    return kindName(kind);
}

/// Objects Calico (or its kube-controllers) makes and owns: never written, deleted or pulled.
bool madeByCalico(ResourceKind kind, const QString &name, CalicoVersion version)
{
    if (kind == ResourceKind::Tier)
        return builtInTier(name, version) != nullptr;
    if (kind == ResourceKind::Profile)
        return name == u"projectcalico-default-allow"_s || name.startsWith(u"kns."_s)
            || name.startsWith(u"ksa."_s);
    return false;
}

using pushdetail::isPolicyKind;
using pushdetail::tierOf;
constexpr pushdetail::Datastore kStore = pushdetail::Datastore::Etcd;

template<class T> QString identityOf(const T &r)
{
    return pushdetail::identityOf(r, kStore);
}

template<class T> void normalize(T &r)
{
    pushdetail::normalize(r, kStore);
}

/// True for a resource a push stores in etcd.
template<class T> bool isPushed(const T &r, CalicoVersion version)
{
    const ResourceKind kind = resourceKindOf(r);
    return etcdStoredKinds(version).contains(kind) && !madeByCalico(kind, r.meta.name, version);
}

template<class T> QByteArray canonicalText(T r)
{
    normalize(r);
    return Writer().writeResource(r);
}

/// Calls f(&WorkspaceData::list) for the lists that hold kinds a push stores.
template<class F> void forEachPushedList(F &&f)
{
    f(&WorkspaceData::tiers);
    f(&WorkspaceData::policies);
    f(&WorkspaceData::kubernetesPolicies);
    f(&WorkspaceData::profiles);
    f(&WorkspaceData::networkSets);
    f(&WorkspaceData::hostEndpoints);
}

/// The value a push stores for `r`, and its key: `existing` is the object it replaces.
template<class T>
QByteArray etcdValue(T r, const EtcdPlan &plan, const Stored *existing, QByteArray &key)
{
    normalize(r);
    const ResourceKind kind = resourceKindOf(r);
    // As libcalico's clientv3 does on create: a random uid and the creation time to the second;
    // an update keeps both.
    r.meta.uid = existing && !existing->uid.isEmpty()
        ? existing->uid
        : QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.meta.creationTimestamp = existing && !existing->creationTimestamp.isEmpty()
        ? existing->creationTimestamp
        : QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    r.meta.annotations.insert(kStackAnnotation, plan.stack);
    QString storedName = r.meta.name;
    if constexpr (std::is_same_v<T, CalicoPolicy>) {
        storedName
            = existing ? existing->storedName : etcdStoredPolicyName(r.meta.name, plan.version);
        if (etcdKeepsPolicyNameAnnotation(plan.version)) {
            r.meta.annotations.insert(kMetadataAnnotation,
                QString::fromUtf8(QJsonDocument(QJsonObject {{u"name"_s, r.meta.name}})
                                      .toJson(QJsonDocument::Compact)));
        }
        if (etcdLabelsTier(plan.version, effectiveTier(r.tier)))
            r.meta.labels.insert(kTierLabel, effectiveTier(r.tier));
        r.meta.name = storedName;
    }
    key = existing ? existing->key : etcdKey(kind, r.meta.namespace_, storedName);
    return Writer().writeResourceCompactJson(r);
}

Diagnostic keyError(const QByteArray &key, const QString &message)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.file = u"etcd:"_s + QString::fromUtf8(key);
    d.message = message;
    return d;
}

/// Reads the value of `kv` into `state`: the resource with its v3 name, the record of it.
void readStored(const EtcdKeyValue &kv, const EtcdKeyParts &parts, StoredState &state)
{
    const QString file = u"etcd:"_s + QString::fromUtf8(kv.key);
    const LoadResult loaded = Loader().loadText(kv.value, file);
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
        state.diagnostics.append(keyError(kv.key,
            EtcdPush::tr("the value holds %n resource(s), not one", nullptr,
                int(loaded.workspace.resourceCount()))));
        return;
    }
    forEachResourceList([&](auto member) {
        for (auto r : loaded.workspace.data().*member) {
            const ResourceKind kind = resourceKindOf(r);
            if (kind != parts.kind) {
                state.diagnostics.append(keyError(kv.key,
                    EtcdPush::tr("the value holds a %1 under the key of a %2")
                        .arg(kindText(kind), kindText(parts.kind))));
                return;
            }
            Stored s;
            s.kind = kind;
            s.key = kv.key;
            s.storedName = parts.storedName;
            s.value = kv.value;
            s.modRevision = kv.modRevision;
            s.owner = r.meta.annotations.value(kStackAnnotation);
            s.uid = r.meta.uid;
            s.creationTimestamp = r.meta.creationTimestamp;
            if (etcdIsTieredPolicyKind(kind)) {
                const QString metadata = r.meta.annotations.value(kMetadataAnnotation);
                const QString v3Name = QJsonDocument::fromJson(metadata.toUtf8())
                                           .object()
                                           .value(u"name"_s)
                                           .toString();
                r.meta.name = etcdPolicyNameOnRead(r.meta.name, tierOf(r), v3Name);
            }
            // Calico's resourceVersion: the key's mod_revision, never stored in the value.
            r.meta.resourceVersion = QString::number(kv.modRevision);
            r.meta.annotations.remove(kMetadataAnnotation);
            r.meta.annotations.remove(kStackAnnotation);
            if (etcdIsTieredPolicyKind(kind))
                r.meta.labels.remove(kTierLabel);
            s.identity = identityOf(r);
            s.name = displayName(r.meta);
            s.canonical = canonicalText(r);
            (state.data.*member).append(r);
            state.objects.append(s);
        }
    });
}

Result<StoredState> readStore(const EtcdClient &client, CalicoVersion version)
{
    StoredState state;
    state.data.calicoVersion = version;
    for (const ResourceKind kind : etcdStoredKinds(version)) {
        const Result<EtcdRange> range = client.rangePrefix(etcdKindPrefix(kind));
        if (!range)
            return range.error();
        if (state.revision == 0)
            state.revision = range->revision;
        for (const EtcdKeyValue &kv : range->kvs) {
            const std::optional<EtcdKeyParts> parts = etcdKeyParts(kv.key);
            if (!parts || madeByCalico(parts->kind, parts->storedName, version))
                continue;
            readStored(kv, *parts, state);
        }
    }
    return state;
}

QString changeLine(const EtcdChange &c)
{
    return u"%1 %2"_s.arg(kindText(c.kind), c.name);
}

/// The keys of a failed guarded transaction that changed, one line each.
QStringList conflicts(const QList<EtcdChange> &changes, const EtcdTxnResult &result)
{
    QStringList out;
    for (qsizetype i = 0; i < changes.size() && i < result.gets.size(); ++i) {
        const EtcdChange &c = changes[i];
        const QList<EtcdKeyValue> &now = result.gets[i];
        const QString key = QString::fromUtf8(c.key);
        if (c.modRevision == 0 && !now.isEmpty()) {
            out.append(EtcdPush::tr("%1 (%2): created by someone else at revision %3")
                           .arg(changeLine(c), key)
                           .arg(now.front().modRevision));
        } else if (c.modRevision != 0 && now.isEmpty()) {
            out.append(EtcdPush::tr("%1 (%2): deleted by someone else").arg(changeLine(c), key));
        } else if (c.modRevision != 0 && now.front().modRevision != c.modRevision) {
            out.append(EtcdPush::tr("%1 (%2): changed by someone else at revision %3 (read at "
                                    "revision %4)")
                           .arg(changeLine(c), key)
                           .arg(now.front().modRevision)
                           .arg(c.modRevision));
        }
    }
    return out;
}

/// One transaction guarding each change's key as read, with a Get of each key on failure.
EtcdTxn guardedTxn(const QList<EtcdChange> &changes)
{
    EtcdTxn txn;
    for (const EtcdChange &c : changes) {
        if (c.modRevision == 0)
            txn.compare.append({c.key, EtcdCompare::Target::Version, 0});
        else
            txn.compare.append({c.key, EtcdCompare::Target::ModRevision, c.modRevision});
        if (c.action == ResourceChange::Action::Delete)
            txn.success.append({EtcdOperation::Type::Delete, c.key, {}});
        else
            txn.success.append({EtcdOperation::Type::Put, c.key, c.value});
        txn.failure.append({EtcdOperation::Type::Get, c.key, {}});
    }
    return txn;
}

} // namespace

qsizetype EtcdPlan::count(ResourceChange::Action action) const
{
    return std::count_if(changes.cbegin(), changes.cend(),
        [action](const EtcdChange &c) { return c.action == action; });
}

bool EtcdPlan::changesSomething() const
{
    return count(ResourceChange::Action::Unchanged) != changes.size();
}

Result<EtcdPlan> EtcdPush::plan(
    const EtcdClient &client, const Workspace &workspace, const EtcdPushOptions &options)
{
    EtcdPlan plan;
    plan.version = workspace->calicoVersion;
    plan.stack = options.stack;
    Result<StoredState> read = readStore(client, plan.version);
    if (!read)
        return read.error();
    StoredState &stored = *read;
    plan.endpoint = client.endpoint();
    plan.revision = stored.revision;
    if (!stored.diagnostics.isEmpty()) {
        QStringList lines;
        for (const Diagnostic &d : std::as_const(stored.diagnostics))
            lines.append(d.toString());
        return Error {tr("etcd at %1 holds %n value(s) that cannot be read, so the push cannot "
                         "tell what it would replace:\n%2",
            nullptr, int(lines.size()))
                          .arg(plan.endpoint, lines.join(u'\n'))};
    }
    QHash<QString, qsizetype> storedByIdentity;
    for (qsizetype i = 0; i < stored.objects.size(); ++i)
        storedByIdentity.insert(stored.objects[i].identity, i);

    QSet<QString> replaced; // identities the workspace writes or the push deletes
    QHash<QByteArray, QString> keys; // key → the workspace resource written there
    QStringList errors;
    const WorkspaceData &ws = workspace.data();
    forEachResourceList([&](auto member) {
        for (const auto &r : ws.*member) {
            const ResourceKind kind = resourceKindOf(r);
            const QString name = displayName(r.meta);
            if (!isPushed(r, plan.version)) {
                if (madeByCalico(kind, r.meta.name, plan.version)) {
                    plan.skipped.append(tr("%1 %2: made and kept by Calico itself")
                                            .arg(kindDisplayName(kind), name));
                } else if (!etcdPlural(kind).isEmpty()) {
                    plan.skipped.append(
                        tr("%1 %2: Calico %3 has no such kind")
                            .arg(kindDisplayName(kind), name, calicoVersionName(plan.version)));
                } else if (isPolicyKind(kind)) {
                    plan.skipped.append(
                        tr("%1 %2: not a resource a push stores in Calico's etcd datastore")
                            .arg(kindDisplayName(kind), name));
                }
                continue;
            }
            EtcdChange c;
            c.kind = kind;
            const QString identity = identityOf(r);
            const auto found = storedByIdentity.constFind(identity);
            const Stored *existing
                = found == storedByIdentity.cend() ? nullptr : &stored.objects[*found];
            if (replaced.contains(identity)) {
                errors.append(tr("%1 %2 is in the workspace twice").arg(kindText(kind), name));
                continue;
            }
            replaced.insert(identity);
            // A resource read from the datastore with its resourceVersion (a pulled workspace)
            // must still be what the datastore holds, as calicoctl requires of an update.
            if (!r.meta.resourceVersion.isEmpty()
                && (!existing
                    || r.meta.resourceVersion != QString::number(existing->modRevision))) {
                errors.append(existing
                        ? tr("%1 %2 was read at resourceVersion %3, but etcd holds it at "
                             "revision %4: it changed since (read it again, or remove its "
                             "resourceVersion to overwrite it)")
                              .arg(kindText(kind), name, r.meta.resourceVersion)
                              .arg(existing->modRevision)
                        : tr("%1 %2 was read at resourceVersion %3, but etcd no longer holds it "
                             "(remove its resourceVersion to create it again)")
                              .arg(kindText(kind), name, r.meta.resourceVersion));
                continue;
            }
            if (existing) {
                c.name = existing->name;
                c.before = existing->value;
                c.modRevision = existing->modRevision;
                c.key = existing->key;
                if (canonicalText(r) == existing->canonical) {
                    c.action = ResourceChange::Action::Unchanged;
                } else {
                    c.action = ResourceChange::Action::Update;
                    c.adopted = existing->owner != plan.stack;
                    c.value = etcdValue(r, plan, existing, c.key);
                    c.name = name;
                }
            } else {
                c.action = ResourceChange::Action::Create;
                c.value = etcdValue(r, plan, nullptr, c.key);
                c.name = name;
                if (kindIsNamespaced(kind) && r.meta.namespace_.isEmpty())
                    c.name = u"default/"_s + name;
            }
            if (const auto other = keys.constFind(c.key); other != keys.cend()) {
                errors.append(tr("%1 %2 and %3 are stored under the same key %4 in Calico %5")
                                  .arg(kindText(kind), *other, name, QString::fromUtf8(c.key),
                                      calicoVersionName(plan.version)));
                continue;
            }
            keys.insert(c.key, name);
            plan.adoptionRefused = plan.adoptionRefused || (c.adopted && !options.adopt);
            plan.changes.append(c);
        }
    });
    if (!errors.isEmpty())
        return Error {errors.join(u'\n')};

    for (const Stored &s : std::as_const(stored.objects)) {
        if (replaced.contains(s.identity))
            continue;
        if (s.owner != plan.stack) {
            ++plan.foreign;
            continue;
        }
        if (!options.prune) {
            plan.kept.append(u"%1 %2"_s.arg(kindText(s.kind), s.name));
            continue;
        }
        replaced.insert(s.identity);
        EtcdChange c;
        c.action = ResourceChange::Action::Delete;
        c.kind = s.kind;
        c.name = s.name;
        c.key = s.key;
        c.before = s.value;
        c.modRevision = s.modRevision;
        plan.changes.append(c);
    }
    std::sort(
        plan.changes.begin(), plan.changes.end(), [](const EtcdChange &a, const EtcdChange &b) {
            return std::tie(a.kind, a.name) < std::tie(b.kind, b.name);
        });

    if (plan.changesSomething()) {
        // The cluster before and after, each over the workspace's inventory: what it holds of
        // the pushed kinds now, and that with the plan applied.
        WorkspaceData base = ws;
        forEachPushedList([&](auto member) {
            (base.*member).removeIf([&](const auto &r) { return isPushed(r, plan.version); });
        });
        WorkspaceData before = base;
        WorkspaceData after = base;
        forEachPushedList([&](auto member) {
            // Compared without what the datastore adds (uid, creationTimestamp, ...).
            for (auto r : stored.data.*member) {
                normalize(r);
                before.*member << r;
                if (!replaced.contains(identityOf(r)))
                    after.*member << r;
            }
            for (auto r : ws.*member) {
                normalize(r);
                if (isPushed(r, plan.version))
                    after.*member << r;
            }
        });
        plan.diff = semanticDiff(PolicyEngine(Workspace(before)), PolicyEngine(Workspace(after)));
    }
    return plan;
}

Result<EtcdRollback> EtcdPush::apply(const EtcdClient &client, const EtcdPlan &plan)
{
    QList<EtcdChange> writes;
    QStringList adopted;
    for (const EtcdChange &c : plan.changes) {
        if (c.action == ResourceChange::Action::Unchanged)
            continue;
        writes.append(c);
        if (c.adopted)
            adopted.append(changeLine(c));
    }
    if (plan.adoptionRefused) {
        return Error {tr("%n object(s) in etcd carry no mark of stack '%1' (calicoctl or another "
                         "tool wrote them): %2; nothing was written — push with adopt (policyctl "
                         "push --adopt) to overwrite them",
            nullptr, int(adopted.size()))
                          .arg(plan.stack, adopted.join(u", "_s))};
    }
    EtcdRollback rollback;
    rollback.endpoint = client.endpoint();
    rollback.stack = plan.stack;
    rollback.revision = plan.revision;
    if (writes.isEmpty())
        return rollback;
    const Result<EtcdTxnResult> result = client.txn(guardedTxn(writes));
    if (!result) {
        return Error {tr("%1; whether etcd applied the transaction is not known: run the plan "
                         "again to see")
                          .arg(result.error().message)};
    }
    if (!result->succeeded) {
        QStringList changed = conflicts(writes, *result);
        if (changed.isEmpty())
            changed.append(tr("(the keys changed and changed back)"));
        return Error {tr("conflict: the datastore changed since the plan was read at revision "
                         "%1, so nothing was written:\n  %2\nplan and push again")
                          .arg(plan.revision)
                          .arg(changed.join(u"\n  "_s))};
    }
    rollback.revision = result->revision;
    rollback.appliedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const EtcdChange &c : std::as_const(writes)) {
        rollback.entries.append({c.key, kindText(c.kind), c.name, c.before,
            c.action != ResourceChange::Action::Delete});
    }
    return rollback;
}

Result<qint64> EtcdPush::rollback(const EtcdClient &client, const EtcdRollback &state)
{
    QList<EtcdChange> restores;
    for (const EtcdRollback::Entry &e : state.entries) {
        EtcdChange c;
        c.action = e.before ? ResourceChange::Action::Update : ResourceChange::Action::Delete;
        c.name = e.name;
        if (const auto kind = etcdKeyParts(e.key))
            c.kind = kind->kind;
        c.key = e.key;
        c.value = e.before.value_or(QByteArray());
        c.modRevision = e.written ? state.revision : 0; // a deleted key must still be absent
        restores.append(c);
    }
    if (restores.isEmpty())
        return state.revision;
    const Result<EtcdTxnResult> result = client.txn(guardedTxn(restores));
    if (!result)
        return result.error();
    if (!result->succeeded) {
        QStringList changed = conflicts(restores, *result);
        if (changed.isEmpty())
            changed.append(tr("(the keys changed and changed back)"));
        return Error {tr("conflict: the datastore changed since the push at revision %1, so "
                         "nothing was restored:\n  %2")
                          .arg(state.revision)
                          .arg(changed.join(u"\n  "_s))};
    }
    return result->revision;
}

EtcdPushOutcome EtcdPush::push(const EtcdClient &client, const Workspace &workspace,
    const EtcdPushOptions &options, bool dryRun, const QString &rollbackFile)
{
    EtcdPushOutcome out;
    Result<EtcdPlan> planned = plan(client, workspace, options);
    if (!planned) {
        out.message = planned.error().message;
        return out;
    }
    if (dryRun) {
        out.plan = std::move(*planned);
        out.planned = true;
        out.status = PushOutcome::Status::DryRun;
        return out;
    }
    return applyPlanned(client, std::move(*planned), rollbackFile);
}

EtcdPushOutcome EtcdPush::applyPlanned(
    const EtcdClient &client, EtcdPlan plan, const QString &rollbackFile)
{
    EtcdPushOutcome out;
    out.plan = std::move(plan);
    out.planned = true;
    Result<EtcdRollback> applied = apply(client, out.plan);
    if (!applied) {
        out.message = applied.error().message;
        return out;
    }
    out.rollback = std::move(*applied);
    out.status = PushOutcome::Status::Applied;
    if (!rollbackFile.isEmpty() && !out.rollback.entries.isEmpty()) {
        if (const Result<FileFingerprint> written
            = writeFileAtomically(rollbackFile, out.rollback.toJson());
            !written) {
            out.message = tr("the push was applied, but its rollback state could not be kept: %1")
                              .arg(written.error().message);
            return out;
        }
        QFile::setPermissions(rollbackFile, QFile::ReadOwner | QFile::WriteOwner);
        out.rollbackFile = rollbackFile;
    }
    return out;
}

Result<EtcdRollback> EtcdPush::readRollback(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error {tr("cannot read the rollback state %1: %2").arg(file, f.errorString())};
    const Result<QByteArray> bytes = Loader::readAll(f, qint64(256) << 20);
    if (!bytes)
        return bytes.error();
    return EtcdRollback::fromJson(*bytes, file);
}

Result<EtcdPulled> EtcdPush::pull(const EtcdClient &client, CalicoVersion version)
{
    Result<StoredState> read = readStore(client, version);
    if (!read)
        return read.error();
    EtcdPulled out;
    out.revision = read->revision;
    out.diagnostics = read->diagnostics;
    out.workspace = Workspace(std::move(read->data));
    return out;
}

QByteArray EtcdRollback::toJson() const
{
    QJsonArray list;
    for (const Entry &e : entries) {
        list.append(QJsonObject {{u"key"_s, QString::fromUtf8(e.key)}, {u"kind"_s, e.kind},
            {u"name"_s, e.name},
            {u"before"_s,
                e.before ? QJsonValue(QString::fromUtf8(*e.before)) : QJsonValue(QJsonValue::Null)},
            {u"written"_s, e.written}});
    }
    return QJsonDocument(
        QJsonObject {{u"kind"_s, u"PolicyStudioEtcdRollback"_s}, {u"endpoint"_s, endpoint},
            {u"stack"_s, stack}, {u"revision"_s, QString::number(revision)},
            {u"appliedAt"_s, appliedAt}, {u"entries"_s, list}})
        .toJson(QJsonDocument::Indented);
}

Result<EtcdRollback> EtcdRollback::fromJson(const QByteArray &json, const QString &file)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const auto bad = [&](const QString &why) {
        Error e {EtcdPush::tr("%1 is not a rollback state written by a push: %2").arg(file, why)};
        e.file = file;
        return e;
    };
    if (parseError.error != QJsonParseError::NoError)
        return bad(parseError.errorString());
    const QJsonObject o = doc.object();
    if (o.value(u"kind"_s).toString() != u"PolicyStudioEtcdRollback"_s)
        return bad(EtcdPush::tr("its kind is not PolicyStudioEtcdRollback"));
    EtcdRollback out;
    out.endpoint = o.value(u"endpoint"_s).toString();
    out.stack = o.value(u"stack"_s).toString();
    bool ok = false;
    out.revision = o.value(u"revision"_s).toString().toLongLong(&ok);
    if (!ok || out.revision <= 0)
        return bad(EtcdPush::tr("its revision is not a positive number"));
    out.appliedAt = o.value(u"appliedAt"_s).toString();
    const QJsonArray list = o.value(u"entries"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject e = list[i].toObject();
        Entry entry;
        entry.key = e.value(u"key"_s).toString().toUtf8();
        if (!etcdKeyParts(entry.key))
            return bad(EtcdPush::tr("entries[%1].key is not a key of a Calico resource").arg(i));
        entry.kind = e.value(u"kind"_s).toString();
        entry.name = e.value(u"name"_s).toString();
        if (e.value(u"before"_s).isString())
            entry.before = e.value(u"before"_s).toString().toUtf8();
        entry.written = e.value(u"written"_s).toBool(true);
        out.entries.append(entry);
    }
    return out;
}

} // namespace ps
