#pragma once
// WorkspaceStore: the one way the user's files are written. It remembers every file as it was
// loaded (its text, where each document lies in it, a fingerprint) and the workspace read from
// it. plan() works out, for a later version of that workspace, one write per file that needs
// one: documents whose resource did not change are copied byte for byte (comments, separators
// and formatting included); in a changed one only the fields the edit changed are rewritten
// (DocumentPatch: comments, key order, quoting and fields that are not modelled stay as they
// are); removed ones are dropped and added resources go to the file the caller names (or to a
// new file of their own). A document that was not read completely is never written whole: when
// its edit cannot be written into its text, the plan is refused. apply() writes each file
// atomically and refuses to overwrite a file that changed on disk since it was loaded, unless
// told to.

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "core/io/loadedfile.h"
#include "core/io/loader.h"
#include "core/model/kind.h"
#include "core/model/result.h"
#include "core/model/workspace.h"

namespace ps {

/// What a planned write does to one document (or List item).
struct DocumentChange {
    enum class Type {
        Added,
        Changed,
        Removed,
        /// Not rewritten although asked to (PlanOptions::rewriteAll): its text holds more than
        /// the resource keeps. `reason` says what.
        KeptAsWritten,
    };
    Type type = Type::Changed;
    ResourceKind kind = ResourceKind::GlobalNetworkPolicy;
    QString name; // "namespace/name" for namespaced resources
    ResourceId id;
    int line = 0; // where it was in the file as loaded; 0 for added resources
    QString reason;
};

/// One file to write.
struct FileWrite {
    QString file;
    bool create = false; // a file that was not loaded
    QByteArray bytes; // its new contents
    QList<DocumentChange> changes;
};

class WritePlan {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceStore)

public:
    QList<FileWrite> writes; // files with nothing to change are not listed
    /// Resources that were asked to be rewritten but are kept as written, one line each
    /// ("file:line: ...").
    QStringList notes;

    bool isEmpty() const { return writes.isEmpty(); }
    /// One line per file ("write policies.yaml: changed GlobalNetworkPolicy allow-dns (line
    /// 12), added ..."), for the studio's confirmation and policyctl's output.
    QStringList describe() const;

    /// The workspace the plan writes, each resource of a written file with its Source in the
    /// new text (positions for diagnostics before anything is written).
    Workspace writtenWorkspace() const;
    /// The problems found reading the new texts back.
    Diagnostics writtenDiagnostics() const;
    /// A resource in a file the plan writes: where it is in the new text, its text there, and
    /// the line its text ends on.
    struct Written {
        Source source;
        QByteArray text;
        int lastLine = 0;
    };
    std::optional<Written> written(ResourceId id) const;

private:
    QHash<ResourceId, Source> writtenSources(qsizetype write) const;

    friend class WorkspaceStore;
    Workspace m_workspace; // the workspace the plan writes
    // For each write: the ids of its resources, list by list (forEachResourceList's order), in
    // the order their documents come in the new text; and the new text as read back.
    QList<QList<QList<ResourceId>>> m_order;
    QList<LoadResult> m_reread;
    bool m_saveAs = false;
    bool m_preview = false;
};

struct PlanOptions {
    /// Where resources that were not read from a file go. Empty: each one to a new file
    /// "<name>.yaml" in `folder`.
    QString newResourcesFile;
    /// For new files; empty: the folder of the first file loaded.
    QString folder;
    /// Write every resource in the Writer's form, changed or not (policyctl fmt). A resource
    /// whose text holds more than it keeps is then kept as written instead of refused.
    bool rewriteAll = false;
    /// A plan to look at, never to apply (apply() refuses it): files that were not read from
    /// disk (standard input) are planned too (policyctl patch prints its result so).
    bool preview = false;
};

struct ApplyOptions {
    /// Overwrite files that changed on disk since they were loaded, and existing files that
    /// were not loaded.
    bool force = false;
};

class WorkspaceStore {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceStore)

public:
    /// A store with no files: every resource is new.
    WorkspaceStore();
    /// The files of `loaded` as they were read and the workspace read from them.
    explicit WorkspaceStore(const LoadResult &loaded);

    /// The workspace as last loaded or written.
    const Workspace &saved() const { return m_saved; }
    const QList<LoadedFile> &files() const { return m_files; }

    /// One write per file that `current` changes (see the class comment). Refused, with the
    /// file, line and reason, when an edit of a document that was not read completely cannot
    /// be written into its text, or a file cannot be written back.
    Result<WritePlan> plan(const Workspace &current, const PlanOptions &options = {}) const;
    /// Every resource of `current` into one file (Save As): loaded documents are copied or
    /// rewritten as plan() does, file after file; a .json file gets the Writer's JSON List.
    Result<WritePlan> planSaveAs(const Workspace &current, const QString &file) const;

    /// The loaded files that changed on disk (or disappeared) since they were read.
    QStringList changedOnDisk() const;

    /// Writes the plan's files, each atomically. Checks every file first: one that changed on
    /// disk since it was loaded (or a new file that exists) stops the whole apply, unless
    /// `options.force`. On a failed write the file is left as it was and the error names it;
    /// files written before it stay written. Written files become the store's saved state.
    Result<QStringList> apply(const WritePlan &plan, const ApplyOptions &options = {});

    /// `other` (a workspace read from somewhere else: a recovery file) with each resource that
    /// matches a saved one — same file, kind, namespace and name — given that resource's
    /// identity and Source, so saving it writes edits of the loaded files.
    Workspace matchedToSaved(const Workspace &other) const;

    /// The problems found reading `file` back as apply() wrote it (the load's own diagnostics
    /// for files it did not write are the caller's).
    Diagnostics diagnosticsOf(const QString &file) const
    {
        return m_writtenDiagnostics.value(file);
    }

    /// `workspace` with the saved Source (file, positions) of each of its resources the store
    /// knows, matched by ResourceId: after apply(), so positions match the files on disk.
    Workspace withSavedSources(const Workspace &workspace) const;

private:
    /// One resource of the saved workspace and where its text is.
    struct Placed {
        int list = 0; // in forEachResourceList's order
        qsizetype index = 0; // in that list of m_saved
        ResourceKind kind = ResourceKind::GlobalNetworkPolicy;
        QString name;
        Source source;
    };
    struct Actions;
    void index();
    const LoadedFile *loadedFile(const QString &name) const;
    Result<WritePlan> makePlan(
        const Workspace &current, const PlanOptions &options, const QString &saveAs) const;
    void takeWritten(const WritePlan &plan, qsizetype write, const FileFingerprint &written);

    Workspace m_saved;
    QList<LoadedFile> m_files;
    QHash<QString, qsizetype> m_fileIndex;
    QHash<ResourceId, Placed> m_placed;
    QHash<QString, QList<ResourceId>> m_byFile; // saved resources by file, in text order
    QHash<QString, Diagnostics> m_writtenDiagnostics;
};

/// Writes `bytes` to `file` atomically: into a temporary file in the same folder, every write
/// checked, flushed and synced to disk, then renamed over `file` (whose permissions it keeps)
/// and the folder synced. On failure `file` is untouched and the temporary file removed; the
/// error names the file and the system's reason ("No space left on device"). The fingerprint of
/// what was written.
Result<FileFingerprint> writeFileAtomically(const QString &file, QByteArrayView bytes);

/// The fingerprint of `file` as it is on disk now; a null fingerprint when it does not exist.
Result<FileFingerprint> fingerprintOnDisk(const QString &file);

} // namespace ps
