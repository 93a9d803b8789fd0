#include "ui/recovery.h"

#include <algorithm>
#include <utility>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include "core/io/loader.h"
#include "core/io/workspacestore.h"
#include "core/io/writer.h"
#include "ui/document.h"

namespace ps {

namespace {

/// Calls `f(name, &WorkspaceData::list)` for every resource list of a workspace.
template<class F> void forEachList(F &&f)
{
    f(u"tiers", &WorkspaceData::tiers);
    f(u"policies", &WorkspaceData::policies);
    f(u"profiles", &WorkspaceData::profiles);
    f(u"networkSets", &WorkspaceData::networkSets);
    f(u"hostEndpoints", &WorkspaceData::hostEndpoints);
    f(u"ipPools", &WorkspaceData::ipPools);
    f(u"felixConfigurations", &WorkspaceData::felixConfigurations);
    f(u"kubernetesPolicies", &WorkspaceData::kubernetesPolicies);
    f(u"adminPolicies", &WorkspaceData::adminPolicies);
    f(u"namespaces", &WorkspaceData::namespaces);
    f(u"serviceAccounts", &WorkspaceData::serviceAccounts);
    f(u"pods", &WorkspaceData::pods);
    f(u"workloads", &WorkspaceData::workloads);
    f(u"services", &WorkspaceData::services);
    f(u"endpointSlices", &WorkspaceData::endpointSlices);
    f(u"nodes", &WorkspaceData::nodes);
}

QString writeFile(const QString &file, const QByteArray &bytes)
{
    const Result<FileFingerprint> written = writeFileAtomically(file, bytes);
    return written ? QString() : written.error().toString();
}

QString lockFileFor(const QString &id)
{
    return Recovery::directory() + u'/' + id + QStringLiteral(".lock");
}

/// Removes every recovery YAML of session `id`: the one its index names and any that a write
/// killed before or after replacing the index left behind.
void removeYamlFiles(const QString &id)
{
    QDir dir(Recovery::directory());
    for (const QString &name : dir.entryList({id + QStringLiteral("*.yaml")}, QDir::Files))
        dir.remove(name);
}

} // namespace

Recovery::Recovery(Document *document, QObject *parent)
    : QObject(parent), m_document(document),
      m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1000);
    m_pool.setMaxThreadCount(1);
    connect(&m_timer, &QTimer::timeout, this, &Recovery::autosave);
    connect(&m_writing, &QFutureWatcher<QString>::finished, this, &Recovery::onWritten);
    connect(document, &Document::workspaceChanged, this, &Recovery::onWorkspaceChanged);
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

Recovery::~Recovery()
{
    m_writing.waitForFinished();
}

QString Recovery::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/recovery");
}

QString Recovery::yamlFile() const
{
    return m_yamlFile.isEmpty() ? directory() + u'/' + m_id + QStringLiteral(".yaml") : m_yamlFile;
}

QString Recovery::indexFile() const
{
    return directory() + u'/' + m_id + QStringLiteral(".json");
}

bool Recovery::hasFile() const
{
    return QFileInfo::exists(indexFile());
}

void Recovery::onWorkspaceChanged()
{
    // The undo stack's clean state is updated after the command ran (and this signal fired):
    // whether there is anything to keep is decided when the timer fires. Started by the first
    // edit since the last write and not restarted by the next ones, so steady editing never
    // postpones it: every edit is on disk within the delay.
    if (!m_timer.isActive())
        m_timer.start();
}

QString Recovery::prepare()
{
    if (!QDir().mkpath(directory()))
        return tr("cannot create %1").arg(directory());
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(lockFileFor(m_id));
        m_lock->setStaleLockTime(0); // held for the whole session; stale only if we died
        if (!m_lock->tryLock(0))
            return tr("cannot lock %1").arg(lockFileFor(m_id));
    }
    return {};
}

Recovery::Snapshot Recovery::snapshot()
{
    Snapshot s;
    s.workspace = m_document->workspace();
    s.paths = m_document->paths();
    s.files = m_document->files();
    s.displayName = m_document->displayName();
    // A new file each time: the index on disk keeps naming a complete YAML until it is replaced.
    s.yamlFile
        = directory() + u'/' + m_id + u'-' + QString::number(++m_writes) + QStringLiteral(".yaml");
    s.indexFile = indexFile();
    return s;
}

QString Recovery::write(const Snapshot &s)
{
    if (QString error = writeFile(s.yamlFile, Writer().write(s.workspace)); !error.isEmpty()) {
        QFile::remove(s.yamlFile);
        return error;
    }
    QJsonObject sources;
    forEachList([&](QStringView name, auto member) {
        QJsonArray files;
        for (const auto &resource : s.workspace.data().*member)
            files.append(resource.source.file);
        if (!files.isEmpty())
            sources.insert(name.toString(), files);
    });
    QJsonObject index;
    index.insert(QStringLiteral("version"), 1);
    index.insert(QStringLiteral("yaml"), QFileInfo(s.yamlFile).fileName());
    index.insert(QStringLiteral("paths"), QJsonArray::fromStringList(s.paths));
    index.insert(QStringLiteral("files"), QJsonArray::fromStringList(s.files));
    index.insert(QStringLiteral("displayName"), s.displayName);
    index.insert(
        QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    index.insert(QStringLiteral("sources"), sources);
    if (QString error = writeFile(s.indexFile, QJsonDocument(index).toJson()); !error.isEmpty()) {
        QFile::remove(s.yamlFile);
        return error;
    }
    return {};
}

void Recovery::finish(const QString &yamlFile, const QString &error)
{
    if (!error.isEmpty())
        return;
    if (!m_yamlFile.isEmpty())
        QFile::remove(m_yamlFile);
    m_yamlFile = yamlFile;
    Q_EMIT written();
}

QString Recovery::writeNow()
{
    m_timer.stop();
    landWrite(); // an autosave under way lands first
    if (QString error = prepare(); !error.isEmpty())
        return error;
    const Snapshot s = snapshot();
    const QString error = write(s);
    finish(s.yamlFile, error);
    return error;
}

QString Recovery::landWrite()
{
    if (m_writingYaml.isEmpty())
        return {};
    m_writing.waitForFinished();
    // Taken before finish(): the watcher's finished() may still be queued, and must then find
    // nothing to land (it would remove the newer YAML the index names).
    const QString yaml = std::exchange(m_writingYaml, QString());
    const QString error = m_writing.result();
    finish(yaml, error);
    return error;
}

void Recovery::autosave()
{
    if (!m_document->isModified()) {
        discard();
        return;
    }
    if (m_writing.isRunning()) {
        m_writeAgain = true; // written again, with the newest workspace, when this one lands
        return;
    }
    if (const QString error = prepare(); !error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    // Serialising a large workspace takes a while: it is done on a thread of its own, from the
    // workspace as it is now (an immutable value), while the window goes on.
    const Snapshot s = snapshot();
    m_writingYaml = s.yamlFile;
    m_writing.setFuture(QtConcurrent::run(&m_pool, [s] { return write(s); }));
}

void Recovery::onWritten()
{
    if (m_writingYaml.isEmpty())
        return; // landed already, by writeNow() or discard()
    if (const QString error = landWrite(); !error.isEmpty())
        Q_EMIT failed(error);
    if (m_writeAgain) {
        m_writeAgain = false;
        autosave();
    }
}

void Recovery::discard()
{
    m_timer.stop();
    m_writeAgain = false;
    m_writing.waitForFinished(); // its files are removed below, not left behind
    m_writingYaml.clear();
    QFile::remove(indexFile());
    removeYamlFiles(m_id);
    m_yamlFile.clear();
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

QList<Recovery::Entry> Recovery::orphans()
{
    QList<Entry> entries;
    const QDir dir(directory());
    const QFileInfoList indexes
        = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : indexes) {
        const QString id = info.completeBaseName();
        QLockFile lock(lockFileFor(id));
        lock.setStaleLockTime(0); // stale only when its process is gone, however old
        if (!lock.tryLock(0))
            continue; // a running session's
        lock.unlock();
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject index = QJsonDocument::fromJson(file.readAll()).object();
        Entry entry;
        entry.id = id;
        entry.indexFile = info.filePath();
        // The YAML the index was written with (older indexes name none: id.yaml).
        const QString yaml = index.value(QStringLiteral("yaml")).toString();
        entry.yamlFile = dir.filePath(
            yaml.isEmpty() || yaml.contains(u'/') ? id + QStringLiteral(".yaml") : yaml);
        if (!QFileInfo::exists(entry.yamlFile))
            continue;
        for (const auto &path : index.value(QStringLiteral("paths")).toArray())
            entry.paths.append(path.toString());
        entry.displayName = index.value(QStringLiteral("displayName")).toString();
        entry.saved = QDateTime::fromString(
            index.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs);
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.saved > b.saved; });
    return entries;
}

void Recovery::remove(const Entry &entry)
{
    QFile::remove(entry.indexFile);
    QFile::remove(entry.yamlFile);
    removeYamlFiles(entry.id);
}

QString Recovery::restore(const Entry &entry)
{
    QFile yaml(entry.yamlFile);
    QFile indexFile(entry.indexFile);
    if (!yaml.open(QIODevice::ReadOnly) || !indexFile.open(QIODevice::ReadOnly))
        return tr("cannot read the recovery file %1").arg(entry.yamlFile);
    const QJsonObject index = QJsonDocument::fromJson(indexFile.readAll()).object();
    const QJsonObject sources = index.value(QStringLiteral("sources")).toObject();
    const LoadResult recovered = Loader().loadText(yaml.readAll(), entry.yamlFile);

    // Every resource goes back to the file it came from, so Save writes the original files.
    // Positions were those of the recovery file: dropped.
    const Workspace workspace = recovered.workspace.edited([&sources](WorkspaceData &d) {
        forEachList([&](QStringView name, auto member) {
            const QJsonArray files = sources.value(name.toString()).toArray();
            auto &list = d.*member;
            for (qsizetype i = 0; i < list.size(); ++i) {
                list[i].source.file = i < files.size() ? files[i].toString() : QString();
                list[i].source.fields.reset();
                list[i].source.pos = {};
            }
        });
    });
    Recovery::remove(entry);

    auto apply = [this, workspace] {
        // Resources still in the files opened keep their identity there: Save then writes
        // only what the recovered session had changed.
        const Workspace matched = m_document->store().matchedToSaved(workspace);
        m_document->edit(
            tr("Restore unsaved changes"), [&matched](WorkspaceData &d) { d = matched.data(); });
        Q_EMIT restored();
    };
    if (entry.paths.isEmpty()) {
        m_document->setLoaded(LoadResult {}, {});
        apply();
    } else {
        connect(m_document, &Document::loaded, this, apply, Qt::SingleShotConnection);
        m_document->open(entry.paths);
    }
    return {};
}

} // namespace ps
