#pragma once
// Document: the studio's one open workspace. Owns the current Workspace (an immutable value),
// the files it was read from and the QUndoStack; every change to the workspace goes through a
// WorkspaceEditCommand on that stack, so undo/redo covers every edit, wherever it was made.
// Views never mutate the Workspace: they read it and ask the Document to edit.
//
// Derived data (validation diagnostics and the PolicyEngine index) is recomputed off the GUI
// thread after every change, from the analysis before (only what the change touched is derived
// again); at most one analysis runs at a time, intermediate generations are skipped, and
// results for an older generation are dropped. analysisReady() fires when the
// analysis of the current workspace is available.

#include <atomic>
#include <functional>
#include <memory>

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QUndoCommand>

#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/io/workspacestore.h"
#include "core/model/diagnostic.h"
#include "core/model/workspace.h"
#include "core/model/workspacedelta.h"
#include "core/validate/validator.h"

class QUndoStack;

namespace ps {

/// Everything derived from one generation of the workspace.
struct Analysis {
    quint64 generation = 0;
    Workspace workspace;
    Diagnostics diagnostics; // load diagnostics of the files + validation of the workspace
    /// The validation of the workspace: the next analysis takes over what did not change.
    Validation validation;
    std::shared_ptr<const PolicyEngine> engine;
    /// Policies whose current version Calico would reject, analysed in their last valid
    /// version (the engine holds that one), each with the error of the current one.
    QList<LeftOut> replaced;
    /// The last valid version of each policy after this analysis: the next one starts from it.
    QHash<ResourceId, CalicoPolicy> lastValid;
};

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Workspace &workspace() const { return m_workspace; }
    /// Increments with every change of workspace() (edit, undo, redo, load).
    quint64 generation() const { return m_generation; }
    QUndoStack *undoStack() const { return m_undo; }
    /// The paths the workspace was opened from (files or folders), as given.
    const QStringList &paths() const { return m_paths; }
    /// Every file read, in order (folders expanded).
    const QStringList &files() const { return m_files; }
    /// Problems found while reading the files (parse errors, unknown fields...).
    const Diagnostics &loadDiagnostics() const { return m_loadDiagnostics; }
    bool isLoading() const { return m_loading.isRunning(); }
    /// How far the load under way is: bytes read (total 0 while files are still read), then
    /// bytes parsed of the total.
    void loadProgress(qint64 &done, qint64 &total) const;
    /// Stops the load under way; the workspace stays as it was (loadCancelled()).
    void cancelLoad();
    /// True when the workspace differs from what was last loaded or saved.
    bool isModified() const;
    /// "demo", a file name, or "N files".
    QString displayName() const;

    /// The latest finished analysis; may be for an older generation (see isAnalysisCurrent()).
    /// Null until the first analysis finishes.
    std::shared_ptr<const Analysis> analysis() const { return m_analysis; }
    bool isAnalysisCurrent() const { return m_analysis && m_analysis->generation == m_generation; }

    /// Read `paths` off the GUI thread; loaded() fires when done. Clears the undo history.
    void open(const QStringList &paths);
    /// Take an already loaded workspace (tests, recovery). Clears the undo history.
    void setLoaded(const LoadResult &result, const QStringList &paths);

    /// Push one undoable edit: `edit` changes a copy of the workspace. `text` is the undo
    /// stack's description. Consecutive edits with the same non-empty `mergeKey` merge into
    /// one undo step (typing in a field); a merged step that ends where it started is dropped.
    /// Edits that change nothing are not pushed.
    void edit(const QString &text, const std::function<void(WorkspaceData &)> &edit,
        const QString &mergeKey = {});
    /// Replace the policy with identity `id` (it keeps its id, and its file when `policy` names
    /// none); nothing when there is no such policy. `text` defaults to "Edit <name>".
    void replacePolicy(ResourceId id, const CalicoPolicy &policy, const QString &mergeKey = {},
        const QString &text = {});
    /// Append a policy, and the tier `newTier` with it when given (one undoable step); returns
    /// the policy's identity (null when nothing was added).
    ResourceId addPolicy(const CalicoPolicy &policy, const std::optional<Tier> &newTier = {});
    /// Replace the Kubernetes NetworkPolicy with identity `id` (it keeps its id and file).
    void replaceKubernetesPolicy(
        ResourceId id, const KubernetesNetworkPolicy &policy, const QString &mergeKey = {});
    /// Add `policies` (new resources, whatever they were made from) as one undoable edit.
    void addPolicies(const QList<CalicoPolicy> &policies, const QString &text);
    void removePolicy(ResourceId id);
    /// Remove the policies with identities `ids` as one undoable step (unknown ids are skipped).
    void removePolicies(const QList<ResourceId> &ids);
    /// The merge key of edits typed into `field` of resource `id`: consecutive edits of one
    /// field of one resource merge into one undo step.
    static QString mergeKey(ResourceId id, const QString &field);

    /// Write what changed since the files were loaded, through the WorkspaceStore: only the
    /// files and documents that changed, each file atomically. New resources go to
    /// `fallbackFile` if given, else to the one file the workspace came from, else to a file of
    /// their own in its folder. A file changed on disk since it was loaded is not overwritten
    /// unless `overwriteChanged`. On success the document is clean; on an Error it stays
    /// modified.
    Result<void> save(const QString &fallbackFile = {}, bool overwriteChanged = false);
    /// What save(`fallbackFile`) would write, without writing.
    Result<WritePlan> savePlan(const QString &fallbackFile = {}) const;
    /// For each of `files`: what is on disk now against what save() would leave there, as a
    /// unified diff ("(on disk)" → "(Policy Studio)"); empty when they are the same.
    QString compareWithDisk(const QStringList &files) const;
    /// Write the whole workspace into one file (the documents that did not change copied as
    /// they are; JSON for *.json) and make it the document's only file.
    Result<void> saveAs(const QString &file);
    /// The files as loaded or last saved.
    const WorkspaceStore &store() const { return m_store; }
    /// The files the workspace was loaded from that changed on disk since.
    QStringList filesChangedOnDisk() const { return m_store.changedOnDisk(); }
    /// True when save() can write without asking for a file name.
    bool canSaveInPlace() const;

    /// Used by WorkspaceEditCommand only.
    void setWorkspaceFromCommand(const Workspace &workspace);

Q_SIGNALS:
    void loadStarted();
    void loaded();
    /// The load was cancelled: nothing changed.
    void loadCancelled();
    /// After every change of workspace(): edit, undo, redo or load. `delta` says what changed
    /// (a replacement for a load): views update just those rows.
    void workspaceChanged(const ps::WorkspaceDelta &delta);
    /// The analysis of the current generation is ready.
    void analysisReady();
    void modifiedChanged(bool modified);

private:
    void setWorkspace(const Workspace &workspace, const WorkspaceDelta &delta);
    void scheduleAnalysis();
    /// The last version of each policy that validated (see core/validate/lastvalid.h).
    QHash<ResourceId, CalicoPolicy> m_lastValid;
    void onAnalysisFinished();
    /// Frees `analysis` on another thread (when this held the last reference to it).
    void disposeLater(std::shared_ptr<const Analysis> analysis);
    void onLoadFinished();
    /// Keeps the workspace's Calico release in its folder's settings file when it changed.
    Result<void> saveSettings() const;
    Result<void> applyPlan(const Result<WritePlan> &plan, bool force);

    Workspace m_workspace;
    quint64 m_generation = 0;
    QUndoStack *m_undo = nullptr;
    QStringList m_paths;
    QStringList m_files;
    WorkspaceStore m_store; // the files as loaded or last saved
    Diagnostics m_loadDiagnostics;
    std::shared_ptr<const Analysis> m_analysis;
    // One thread of its own: an edit's analysis never waits behind the views' background work
    // (lint, graph, matrix) in the global pool.
    QThreadPool m_analysisPool;
    // Where analyses the views no longer use are freed: an engine of 50,000 endpoints takes
    // 50-150 ms to free, which the GUI thread paid after every edit.
    QThreadPool m_disposalPool;
    QFutureWatcher<std::shared_ptr<const Analysis>> m_analysing;
    bool m_analysisPending = false;
    bool m_analyseFromNothing = false; // a workspace was opened: nothing to take over
    QFutureWatcher<LoadResult> m_loading;
    QStringList m_loadingPaths;
    /// Shared with the loading thread.
    struct LoadState {
        std::atomic<qint64> done {0};
        std::atomic<qint64> total {0};
        std::atomic<bool> cancel {false};
    };
    std::shared_ptr<LoadState> m_loadState;
};

/// The one undo command: the workspace before and after an edit. Merges consecutive edits
/// that carry the same merge key.
class WorkspaceEditCommand : public QUndoCommand {
public:
    WorkspaceEditCommand(Document *document, const QString &text, Workspace before, Workspace after,
        QString mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    Workspace m_before;
    Workspace m_after;
    QString m_mergeKey;
};

} // namespace ps
