#pragma once
// KubePush: a workspace pushed to a Kubernetes cluster running Calico on the Kubernetes
// datastore, and a cluster read back as a workspace — what policyctl push --kubeconfig,
// policyctl pull --kubeconfig and the studio share.
//
// plan() detects the layout (kubelayout.h; the v1-CRDs-only layout is refused), lists every
// object of the kinds pushed, reads each back into a resource (without what the server adds:
// uid, resourceVersion, creationTimestamp, managedFields, status, Calico's tier label and
// metadata annotation, our ownership mark) and pairs live and workspace resources by kind,
// namespace and name (a default-tier policy's "default." prefix aside, and the live object's
// own name is the one written, so a legacy default.foo is updated in place). Each workspace
// resource is created, updated or unchanged; a live object the workspace no longer has is
// deleted only when pruning was asked for and it is this stack's: it carries the annotation
// policy-studio.io/stack=<stack> and managedFields name our field manager with an Apply. The
// plan holds the semantic diff (policies and flows whose verdict changes).
//
// apply() sends server-side apply patches (PATCH, application/apply-patch+yaml,
// fieldManager=policy-studio, force only with `force`), each update carrying the
// resourceVersion read by the plan (a change since is a 409, not overwritten), and deletes with
// uid and resourceVersion preconditions. The Kubernetes API has no transactions, so apply first
// sends every change with dryRun=All: when the server refuses any (401, 403, a missing API,
// 409, 422 — its message and fields are kept per change), nothing is applied. Only then are
// the changes sent for real, tiers and sets first, deletions last in reverse order; a failure
// there stops, and the outcome says which changes were applied and which were not (left as
// they were). A dry run stops after the server's check.

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/agent/agentplan.h"
#include "core/eval/semanticdiff.h"
#include "core/model/calicoversion.h"
#include "core/model/diagnostic.h"
#include "core/model/result.h"
#include "core/model/workspace.h"
#include "core/push/agentpush.h"
#include "core/push/kubeclient.h"
#include "core/push/kubelayout.h"

namespace ps {

/// The field manager every apply of a push names.
inline constexpr char kKubeFieldManager[] = "policy-studio";
/// The annotation that marks an object as written by a push of one stack.
inline constexpr char16_t kKubeStackAnnotation[] = u"policy-studio.io/stack";

struct KubePushOptions {
    QString stack = QStringLiteral("default"); // the value of the ownership annotation
    bool prune = false; // delete this stack's objects the workspace no longer has
    bool adopt = false; // update live objects that carry no (or another) stack's mark
    bool force = false; // force=true on apply: take over fields another manager owns
};

/// One object the push applies, deletes or leaves as it is.
struct KubeChange {
    ResourceChange::Action action = ResourceChange::Action::Unchanged;
    ResourceKind kind = ResourceKind::GlobalNetworkPolicy;
    QString name; // "namespace/name" for namespaced kinds
    QString path; // the object's API path
    QByteArray body; // the apply patch (Create, Update)
    QByteArray before; // the live object as read (Update, Delete, Unchanged)
    QString uid; // as read (Update, Delete)
    QString resourceVersion; // as read (Update, Delete)
    bool adopted = false; // Update of an object without this stack's mark
};

/// What became of one change.
struct KubeChangeResult {
    enum class State { Unchanged, Checked, Applied, Failed, NotApplied };
    State state = State::NotApplied;
    QString message; // Failed: the server's words
};
QString kubeChangeStateName(KubeChangeResult::State state);

struct KubePlan {
    QString server; // URL and context
    KubeLayout layout = KubeLayout::ApiServer;
    CalicoVersion version = kNewestCalicoVersion;
    QString stack;
    bool force = false;
    QList<KubeChange> changes; // applied in this order
    QStringList kept; // "Kind name" of this stack, not in the workspace, not pruned
    qsizetype foreign = 0; // live objects without this stack's mark the workspace does not name
    QStringList skipped; // workspace resources a push does not write ("Kind name: why")
    SemanticDiff diff; // live → live with the plan applied
    bool adoptionRefused = false; // some Update needs `adopt` and it was not given

    qsizetype count(ResourceChange::Action action) const;
    bool changesSomething() const;
};

/// A whole push as policyctl push and the studio run it.
struct KubePushOutcome {
    PushOutcome::Status status = PushOutcome::Status::Failed;
    QString message; // why it failed
    bool planned = false; // `plan` holds the plan
    KubePlan plan;
    QList<KubeChangeResult> results; // one per plan.changes once apply ran
    bool partial = false; // Failed after some changes were applied
    bool cancelled = false; // stopped by the progress callback

    qsizetype count(KubeChangeResult::State state) const;
};

/// A cluster read back as a workspace.
struct KubePulled {
    Workspace workspace;
    KubeLayout layout = KubeLayout::ApiServer;
    QString server;
    Diagnostics diagnostics; // objects that could not be read, each naming its path
    QStringList missing; // kinds the cluster does not serve ("Kind: why")
};

class KubePush {
    Q_DECLARE_TR_FUNCTIONS(KubePush)

public:
    /// The layout of Calico on the cluster (GET /apis); an Error when Calico's API groups are
    /// absent or the server refuses.
    static Result<KubeLayout> detectLayout(const KubeClient &client);
    static Result<KubePlan> plan(
        const KubeClient &client, const Workspace &workspace, const KubePushOptions &options = {});
    /// Called before each change is sent, the server's check and for real (`done` changes of
    /// `total` sent so far, twice `pending` in all unless a dry run); false cancels: nothing
    /// more is sent and the outcome says what was applied. Runs on the caller's thread.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    /// A plan already made (and shown): the server's dry run of each change, then (unless
    /// `dryRun`) each applied — what the studio runs once the user confirmed the plan.
    static KubePushOutcome apply(
        const KubeClient &client, KubePlan plan, bool dryRun, const Progress &progress = {});
    /// plan(), then apply().
    static KubePushOutcome push(const KubeClient &client, const Workspace &workspace,
        const KubePushOptions &options, bool dryRun);
    /// The inventory and every policy kind the layout offers, as a workspace for `version`
    /// (without server fields but resourceVersion, uid and creationTimestamp).
    static Result<KubePulled> pull(const KubeClient &client, CalicoVersion version);
};

} // namespace ps
