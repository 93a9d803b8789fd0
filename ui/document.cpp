#include "ui/document.h"

#include <algorithm>
#include <utility>

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include "core/io/workspacesettings.h"
#include "core/report/textdiff.h"
#include "core/validate/lastvalid.h"
#include "core/validate/validator.h"

namespace ps {

// Where opening and analysing a workspace spends its time:
// QT_LOGGING_RULES="policystudio.timing.debug=true" policy-studio ...
Q_LOGGING_CATEGORY(lcTiming, "policystudio.timing", QtWarningMsg)

namespace {

// After an edit, validation and the engine index are taken over from the analysis before
// (`previous`): only what the edit changed is validated, converted, compiled and indexed again.
// An edit that makes a policy invalid is analysed with the policy's last valid version, as
// Calico keeps enforcing it.
std::shared_ptr<const Analysis> analyse(quint64 generation, const Workspace &workspace,
    const Diagnostics &loadDiagnostics, const QHash<ResourceId, CalicoPolicy> &lastValid,
    const std::shared_ptr<const Analysis> &previous)
{
    QElapsedTimer timer;
    timer.start();
    auto analysis = std::make_shared<Analysis>();
    analysis->generation = generation;
    analysis->workspace = workspace;
    analysis->validation
        = Validator().validate(workspace, previous ? previous->validation : Validation());
    analysis->diagnostics = loadDiagnostics;
    analysis->diagnostics += analysis->validation.diagnostics;
    const qint64 validated = timer.elapsed();
    LastValidVersions versions = withLastValidVersions(workspace, analysis->diagnostics, lastValid);
    analysis->replaced = versions.replaced;
    analysis->lastValid = std::move(versions.lastValid);
    // The workspace evaluated, and its validation: with the last valid versions put back,
    // validated again (only the policies put back are checked).
    const Validation evaluated = versions.replaced.isEmpty()
        ? analysis->validation
        : Validator().validate(versions.workspace, analysis->validation);
    const Workspace &engineWorkspace = versions.replaced.isEmpty() ? workspace : versions.workspace;
    analysis->engine = previous && previous->engine
        ? std::make_shared<const PolicyEngine>(
            engineWorkspace, evaluated.diagnostics, *previous->engine)
        : std::make_shared<const PolicyEngine>(engineWorkspace, evaluated.diagnostics);
    qCDebug(lcTiming, "analysis %llu: validated in %lld ms, engine ready after %lld ms%s",
        generation, validated, timer.elapsed(), previous ? " (from the one before)" : "");
    return analysis;
}

/// Files we may write back: real files, not embedded resources or standard input.
bool isWritableFile(const QString &file)
{
    return !file.isEmpty() && !file.startsWith(u':') && file != u"-";
}

} // namespace

Document::Document(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    m_disposalPool.setMaxThreadCount(1);
    connect(&m_analysing, &QFutureWatcher<std::shared_ptr<const Analysis>>::finished, this,
        &Document::onAnalysisFinished);
    connect(&m_loading, &QFutureWatcher<LoadResult>::finished, this, &Document::onLoadFinished);
    connect(m_undo, &QUndoStack::cleanChanged, this,
        [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Document::~Document()
{
    m_loading.waitForFinished();
    m_analysing.waitForFinished();
}

bool Document::isModified() const
{
    return !m_undo->isClean();
}

QString Document::displayName() const
{
    if (m_paths.isEmpty())
        return tr("Untitled");
    if (m_paths.size() == 1)
        return QFileInfo(m_paths.first()).fileName();
    return tr("%n paths", nullptr, int(m_paths.size()));
}

void Document::open(const QStringList &paths)
{
    m_loadingPaths = paths;
    if (m_loadState)
        m_loadState->cancel = true; // a load still under way is not wanted any more
    auto state = std::make_shared<LoadState>();
    m_loadState = state;
    Q_EMIT loadStarted();
    m_loading.setFuture(QtConcurrent::run([paths, state] {
        QElapsedTimer timer;
        timer.start();
        Loader loader;
        loader.setProgress([state](qint64 done, qint64 total) {
            state->done = done;
            state->total = total;
            return !state->cancel.load();
        });
        LoadResult result = loader.loadPaths(paths);
        qCDebug(lcTiming, "loaded %lld resources in %lld ms", result.workspace.resourceCount(),
            timer.elapsed());
        return result;
    }));
}

void Document::loadProgress(qint64 &done, qint64 &total) const
{
    done = m_loadState ? m_loadState->done.load() : 0;
    total = m_loadState ? m_loadState->total.load() : 0;
}

void Document::cancelLoad()
{
    if (m_loadState && m_loading.isRunning())
        m_loadState->cancel = true;
}

void Document::onLoadFinished()
{
    if (m_loading.result().cancelled) {
        Q_EMIT loadCancelled();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    setLoaded(m_loading.result(), m_loadingPaths);
    Q_EMIT loaded();
    qCDebug(lcTiming, "workspace shown in %lld ms", timer.elapsed());
}

void Document::setLoaded(const LoadResult &result, const QStringList &paths)
{
    m_paths = paths;
    m_files = result.files;
    m_store = WorkspaceStore(result);
    m_loadDiagnostics = result.diagnostics;
    m_undo->clear();
    m_undo->setClean();
    m_analyseFromNothing = true;
    setWorkspace(result.workspace, WorkspaceDelta::replacement());
}

void Document::setWorkspace(const Workspace &workspace, const WorkspaceDelta &delta)
{
    m_workspace = workspace;
    ++m_generation;
    // Analysis first: it runs on other threads while the views update from the workspace.
    scheduleAnalysis();
    QElapsedTimer timer;
    timer.start();
    Q_EMIT workspaceChanged(delta);
    qCDebug(lcTiming, "views updated in %lld ms", timer.elapsed());
}

void Document::setWorkspaceFromCommand(const Workspace &workspace)
{
    setWorkspace(workspace, WorkspaceDelta::between(m_workspace, workspace));
}

void Document::scheduleAnalysis()
{
    if (m_analysing.isRunning()) {
        m_analysisPending = true; // analysed again, with the newest workspace, when this ends
        return;
    }
    m_analysisPending = false;
    // A workspace just opened is analysed from nothing; an edit from the analysis before it.
    const std::shared_ptr<const Analysis> previous = m_analyseFromNothing ? nullptr : m_analysis;
    m_analyseFromNothing = false;
    QElapsedTimer queued;
    queued.start();
    m_analysing.setFuture(QtConcurrent::run(&m_analysisPool,
        [queued, generation = m_generation, workspace = m_workspace,
            loadDiagnostics = m_loadDiagnostics, lastValid = m_lastValid, previous] {
            qCDebug(lcTiming, "analysis %llu started after %lld ms", generation, queued.elapsed());
            return analyse(generation, workspace, loadDiagnostics, lastValid, previous);
        }));
}

void Document::onAnalysisFinished()
{
    std::shared_ptr<const Analysis> result = m_analysing.result();
    std::shared_ptr<const Analysis> replaced;
    if (!m_analysis || result->generation > m_analysis->generation) {
        replaced = std::exchange(m_analysis, result);
        m_lastValid = result->lastValid;
    }
    if (m_analysisPending || result->generation != m_generation) {
        scheduleAnalysis();
        disposeLater(std::move(replaced));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    Q_EMIT analysisReady();
    qCDebug(lcTiming, "views took the analysis in %lld ms", timer.elapsed());
    // The views hold the new analysis now: the old one is most likely held here alone.
    disposeLater(std::move(replaced));
}

void Document::disposeLater(std::shared_ptr<const Analysis> analysis)
{
    if (!analysis)
        return;
    m_disposalPool.start([analysis = std::move(analysis)]() mutable { analysis.reset(); });
}

void Document::edit(
    const QString &text, const std::function<void(WorkspaceData &)> &edit, const QString &mergeKey)
{
    const Workspace after = m_workspace.edited(edit);
    if (after == m_workspace)
        return;
    m_undo->push(new WorkspaceEditCommand(this, text, m_workspace, after, mergeKey));
}

void Document::replacePolicy(
    ResourceId id, const CalicoPolicy &policy, const QString &mergeKey, const QString &text)
{
    const qsizetype index = indexOfResource(m_workspace->policies, id);
    if (index < 0)
        return;
    edit(
        text.isEmpty() ? tr("Edit %1").arg(policy.meta.name) : text,
        [index, &policy](WorkspaceData &d) {
            const Source source = d.policies[index].source;
            d.policies[index] = policy;
            if (policy.source.file.isEmpty())
                d.policies[index].source = source; // keep the file it is saved to
            d.policies[index].source.id = source.id;
        },
        mergeKey);
}

void Document::replaceKubernetesPolicy(
    ResourceId id, const KubernetesNetworkPolicy &policy, const QString &mergeKey)
{
    const qsizetype index = indexOfResource(m_workspace->kubernetesPolicies, id);
    if (index < 0)
        return;
    edit(
        tr("Edit %1").arg(policy.meta.name),
        [index, &policy](WorkspaceData &d) {
            const Source source = d.kubernetesPolicies[index].source;
            d.kubernetesPolicies[index] = policy;
            d.kubernetesPolicies[index].source = source;
        },
        mergeKey);
}

ResourceId Document::addPolicy(const CalicoPolicy &policy, const std::optional<Tier> &newTier)
{
    const qsizetype count = m_workspace->policies.size();
    edit(tr("Add %1").arg(policy.meta.name), [&policy, &newTier](WorkspaceData &d) {
        if (newTier) {
            d.tiers.append(*newTier);
            d.tiers.last().source = {};
        }
        d.policies.append(policy);
        d.policies.last().source.id = {}; // a new resource, whatever it was copied from
    });
    return m_workspace->policies.size() > count ? m_workspace->policies.last().source.id
                                                : ResourceId {};
}

void Document::addPolicies(const QList<CalicoPolicy> &policies, const QString &text)
{
    if (policies.isEmpty())
        return;
    edit(text, [&policies](WorkspaceData &d) {
        for (const CalicoPolicy &p : policies) {
            d.policies.append(p);
            d.policies.last().source = {};
        }
    });
}

void Document::removePolicy(ResourceId id)
{
    removePolicies({id});
}

void Document::removePolicies(const QList<ResourceId> &ids)
{
    QStringList names;
    for (const ResourceId id : ids)
        if (const qsizetype index = indexOfResource(m_workspace->policies, id); index >= 0)
            names.append(m_workspace->policies[index].meta.name);
    if (names.isEmpty())
        return;
    const QString text = names.size() == 1 ? tr("Remove %1").arg(names.first())
                                           : tr("Remove %n policies", nullptr, int(names.size()));
    edit(text, [&ids](WorkspaceData &d) {
        d.policies.removeIf([&ids](const CalicoPolicy &p) { return ids.contains(p.source.id); });
    });
}

QString Document::mergeKey(ResourceId id, const QString &field)
{
    return QStringLiteral("resource/%1/%2").arg(id.value()).arg(field);
}

bool Document::canSaveInPlace() const
{
    QString single;
    int writable = 0;
    for (const QString &file : m_files)
        writable += isWritableFile(file) ? 1 : 0;
    bool allPlaced = true;
    forEachResourceList([&](auto member) {
        for (const auto &resource : m_workspace.data().*member)
            allPlaced = allPlaced && isWritableFile(resource.source.file);
    });
    return allPlaced ? writable > 0 : writable == 1 && m_files.size() == 1;
}

Result<WritePlan> Document::savePlan(const QString &fallbackFile) const
{
    PlanOptions options;
    options.newResourcesFile = fallbackFile;
    const QFileInfo opened(m_paths.value(0));
    if (m_paths.size() == 1 && opened.isDir()) {
        // A folder workspace: new resources get files of their own in the folder opened.
        options.folder = opened.filePath();
    } else if (options.newResourcesFile.isEmpty() && m_files.size() == 1
        && isWritableFile(m_files.first())) {
        options.newResourcesFile = m_files.first();
    }
    return m_store.plan(m_workspace, options);
}

QString Document::compareWithDisk(const QStringList &files) const
{
    const Result<WritePlan> plan = savePlan();
    QString out;
    for (const QString &file : files) {
        QByteArray ours;
        bool found = false;
        if (plan)
            for (const FileWrite &write : plan->writes)
                if (write.file == file) {
                    ours = write.bytes;
                    found = true;
                }
        for (const LoadedFile &loaded : m_store.files())
            if (!found && loaded.name == file) {
                ours = loaded.byteOrderMark + loaded.text;
                found = true;
            }
        QFile disk(file);
        const QByteArray theirs = disk.open(QIODevice::ReadOnly) ? disk.readAll() : QByteArray();
        const QString name = QFileInfo(file).fileName();
        if (!disk.exists())
            out += tr("%1 was removed from disk.").arg(name) + u'\n';
        out += unifiedDiff(
            theirs, ours, tr("%1 (on disk)").arg(name), tr("%1 (Policy Studio)").arg(name));
    }
    return out;
}

Result<void> Document::save(const QString &fallbackFile, bool overwriteChanged)
{
    if (Result<void> applied = applyPlan(savePlan(fallbackFile), overwriteChanged); !applied)
        return applied;
    if (Result<void> kept = saveSettings(); !kept)
        return kept;
    if (!fallbackFile.isEmpty() && !m_paths.contains(fallbackFile)
        && !std::any_of(m_paths.cbegin(), m_paths.cend(),
            [](const QString &path) { return QFileInfo(path).isDir(); }))
        m_paths.append(fallbackFile);
    m_paths.removeIf([](const QString &path) { return !isWritableFile(path); });
    return {};
}

Result<void> Document::saveSettings() const
{
    // The Calico release lives in the settings file of a folder workspace (the first folder
    // opened); files opened one by one have nowhere to keep it.
    const auto folder = std::find_if(m_paths.cbegin(), m_paths.cend(),
        [](const QString &path) { return QFileInfo(path).isDir(); });
    if (folder == m_paths.cend())
        return {};
    Diagnostics ignored;
    WorkspaceSettings settings = readWorkspaceSettings(*folder, ignored);
    const CalicoVersion wanted = m_workspace->calicoVersion;
    if (settings.calicoVersion.value_or(kNewestCalicoVersion) == wanted)
        return {};
    settings.calicoVersion = wanted;
    return writeWorkspaceSettings(*folder, settings);
}

Result<void> Document::saveAs(const QString &file)
{
    // The file dialog asked before overwriting an existing file.
    if (Result<void> applied = applyPlan(m_store.planSaveAs(m_workspace, file), true); !applied)
        return applied;
    m_paths = {file};
    return {};
}

Result<void> Document::applyPlan(const Result<WritePlan> &plan, bool force)
{
    if (!plan)
        return plan.error();
    const Result<QStringList> written = m_store.apply(*plan, ApplyOptions {force});
    if (!written)
        return written.error();
    // Positions (Problems, jump to field) follow the files as written; ids stay.
    QStringList files;
    for (const LoadedFile &f : m_store.files())
        files << f.name;
    const QSet<QString> rewritten(written->cbegin(), written->cend());
    m_loadDiagnostics.removeIf(
        [&](const Diagnostic &d) { return rewritten.contains(d.file) || !files.contains(d.file); });
    for (const QString &file : *written)
        m_loadDiagnostics += m_store.diagnosticsOf(file);
    m_files = files;
    const Workspace before = m_workspace;
    m_workspace = m_store.withSavedSources(m_workspace);
    ++m_generation;
    Q_EMIT workspaceChanged(WorkspaceDelta::between(before, m_workspace));
    scheduleAnalysis();
    m_undo->setClean();
    return {};
}

WorkspaceEditCommand::WorkspaceEditCommand(
    Document *document, const QString &text, Workspace before, Workspace after, QString mergeKey)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)),
      m_after(std::move(after)), m_mergeKey(std::move(mergeKey))
{
}

void WorkspaceEditCommand::undo()
{
    m_document->setWorkspaceFromCommand(m_before);
}

void WorkspaceEditCommand::redo()
{
    m_document->setWorkspaceFromCommand(m_after);
}

int WorkspaceEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool WorkspaceEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const WorkspaceEditCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || !(next->m_before == m_after))
        return false;
    m_after = next->m_after;
    // Typed and taken back: the step changes nothing, and QUndoStack drops it (the document is
    // clean again if it was before the step).
    setObsolete(m_after == m_before);
    return true;
}

} // namespace ps
