#pragma once
// EtcdPush: a workspace pushed to Calico's etcdv3 datastore, and a datastore read back as a
// workspace — what policyctl push --etcd, policyctl pull --etcd and the studio share.
//
// plan() reads every key under the prefixes of the kinds pushed (etcdlayout.h) at one revision,
// reads each value back into a resource (its v3 name restored as Calico restores it, the fields
// Calico adds — uid, creationTimestamp, the tier label, the name annotation — and our ownership
// mark left out of the comparison) and pairs stored and workspace resources by kind, namespace
// and v3 name. Each workspace resource is then created, updated or left unchanged; a stored one
// the workspace no longer has is deleted only when it carries this stack's ownership mark and
// pruning was asked for. The plan also holds the semantic diff of the change (policies and the
// flows whose verdict changes, probed over the workspace's inventory).
//
// Ownership: every object a push writes carries the annotation policy-studio.io/stack=<stack>.
// An annotation rather than a label, because the labels of network sets and host endpoints are
// what policy selectors match: a mark there could change what a rule selects. Built-in tiers,
// the profiles Calico and its kube-controllers make (projectcalico-default-allow, kns.*, ksa.*)
// are never written or deleted. A stored object without this stack's mark is updated only with
// `adopt`.
//
// apply() writes the plan in ONE etcd transaction whose comparisons guard every key it writes
// or deletes: mod_revision as read (version 0 for a key to create). A key changed by someone
// else since the plan was read makes the whole transaction fail — nothing is written — and the
// error names the keys. What the push replaced is returned as an EtcdRollback (written by the
// caller to a state file); rollback() restores it the same way, guarded by the revision the push
// wrote.

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/agent/agentplan.h"
#include "core/push/agentpush.h"
#include "core/eval/semanticdiff.h"
#include "core/model/calicoversion.h"
#include "core/model/diagnostic.h"
#include "core/model/result.h"
#include "core/model/workspace.h"
#include "core/push/etcdclient.h"

namespace ps {

/// The annotation that marks an object as written by a push of one stack.
inline constexpr char16_t kEtcdStackAnnotation[] = u"policy-studio.io/stack";

struct EtcdPushOptions {
    QString stack = QStringLiteral("default"); // the value of the ownership annotation
    bool prune = false; // delete stored objects of this stack that the workspace no longer has
    bool adopt = false; // overwrite stored objects that carry no (or another) stack mark
};

/// One key the push writes, deletes or leaves as it is.
struct EtcdChange {
    ResourceChange::Action action = ResourceChange::Action::Unchanged;
    ResourceKind kind = ResourceKind::GlobalNetworkPolicy;
    QString name; // "namespace/name" for namespaced kinds (the v3 name)
    QByteArray key;
    QByteArray value; // what is written (Create, Update)
    std::optional<QByteArray> before; // what is stored now; nullopt: nothing (Create)
    qint64 modRevision = 0; // the key's mod_revision as read (0: absent)
    bool adopted = false; // Update of an object without this stack's mark
};

struct EtcdPlan {
    QString endpoint; // the endpoint that answered
    CalicoVersion version = kNewestCalicoVersion;
    QString stack;
    qint64 revision = 0; // the store's revision the plan was read at
    QList<EtcdChange> changes; // every pushed resource and every deletion, by kind then name
    QStringList kept; // "Kind name" stored with this stack's mark, not in the workspace, not pruned
    qsizetype foreign = 0; // stored objects without this stack's mark the workspace does not name
    QStringList skipped; // workspace resources a push does not store ("Kind name: why")
    SemanticDiff diff; // stored → stored with the plan applied
    bool adoptionRefused = false; // some Update needs `adopt` and it was not given

    qsizetype count(ResourceChange::Action action) const;
    bool changesSomething() const;
};

/// What a push replaced, to restore it: each key written or deleted, what it held before
/// (nullopt: it did not exist) and whether the push left it holding a value.
struct EtcdRollback {
    struct Entry {
        QByteArray key;
        QString kind;
        QString name;
        std::optional<QByteArray> before;
        bool written = true; // false: the push deleted the key
    };
    QString endpoint;
    QString stack;
    qint64 revision = 0; // the revision the push's transaction made
    QString appliedAt; // UTC, ISO 8601
    QList<Entry> entries;

    QByteArray toJson() const;
    /// Reads what toJson() wrote; an Error naming `file` and the field that is wrong.
    static Result<EtcdRollback> fromJson(const QByteArray &json, const QString &file);
};

/// A whole push as policyctl push and the studio run it: the plan, then (unless a dry run) the
/// guarded transaction and the rollback state written.
struct EtcdPushOutcome {
    PushOutcome::Status status = PushOutcome::Status::Failed;
    QString message; // why it failed
    bool planned = false; // `plan` holds the plan
    EtcdPlan plan;
    EtcdRollback rollback; // Applied: what the push replaced
    QString rollbackFile; // Applied with changes: where the rollback state was written
};

/// A datastore read back as a workspace.
struct EtcdPulled {
    Workspace workspace;
    qint64 revision = 0;
    Diagnostics diagnostics; // values that could not be read, each naming its key
};

class EtcdPush {
    Q_DECLARE_TR_FUNCTIONS(EtcdPush)

public:
    static Result<EtcdPlan> plan(
        const EtcdClient &client, const Workspace &workspace, const EtcdPushOptions &options = {});
    /// The plan's writes and deletes in one guarded transaction; what they replaced.
    /// Refused without writing when the plan needs `adopt`, or when a key changed since the plan
    /// was read (a conflict: the message names the keys).
    static Result<EtcdRollback> apply(const EtcdClient &client, const EtcdPlan &plan);
    /// Puts back what `rollback` says the push replaced, in one transaction guarded by the
    /// revision the push wrote (a key changed since then: nothing is written). The revision of
    /// the restore.
    static Result<qint64> rollback(const EtcdClient &client, const EtcdRollback &rollback);
    /// plan(), then — unless `dryRun` — apply(); after a push that changed something, the
    /// rollback state is written to `rollbackFile` (atomically, mode 0600) when it is not empty.
    static EtcdPushOutcome push(const EtcdClient &client, const Workspace &workspace,
        const EtcdPushOptions &options, bool dryRun, const QString &rollbackFile);
    /// apply() of a plan already made (and shown), then the rollback state written to
    /// `rollbackFile` as push() does: what the studio runs once the user confirmed the plan, so
    /// that exactly what was shown is written (or nothing, when a key changed since).
    static EtcdPushOutcome applyPlanned(
        const EtcdClient &client, EtcdPlan plan, const QString &rollbackFile);
    /// Reads the rollback state in `file` and restores it (rollback()).
    static Result<EtcdRollback> readRollback(const QString &file);
    /// Every stored resource of the kinds a push writes, as a workspace for `version` (v3
    /// names, without the fields Calico and the push add; resourceVersion = mod_revision).
    static Result<EtcdPulled> pull(const EtcdClient &client, CalicoVersion version);
};

} // namespace ps
