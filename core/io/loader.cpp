#include "core/io/loader.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include "core/io/resourcedecoder_p.h"
#include "core/io/textcheck_p.h"
#include "core/io/workspacesettings.h"
#include "core/io/yamlreader_p.h"
#include "core/io/yamltree_p.h"

namespace ps {

namespace {

// The YAML tree keeps positions in an int; stay well below that.
constexpr qint64 kMaxFileSize = Loader::kMaxInputSize;

Diagnostic fileDiagnostic(
    Severity severity, const QString &file, const QString &message, SourcePos pos = {1, 1})
{
    Diagnostic d;
    d.severity = severity;
    d.message = message;
    d.file = file;
    d.line = pos.line;
    d.column = pos.column;
    return d;
}

// Files at least this large are parsed in parts, one thread per part (a generated cluster's
// pods.yaml alone is tens of megabytes, and decoding costs as much as parsing).
constexpr qsizetype kParallelThreshold = qsizetype(4) << 20;

/// A part of a text: whole documents, starting at a line start.
struct TextPart {
    qsizetype begin = 0;
    qsizetype end = 0;
    int line = 0; // 0-based line of `begin`
};

/// True when a document start marker ("---" then a space, a line break or the end) begins at
/// `at`, which is a line start. In YAML a "---" at the start of a line always starts a
/// document (it is forbidden inside scalars), so cutting there never splits a document.
bool isDocumentStart(const QByteArray &text, qsizetype at)
{
    if (at + 3 > text.size() || text[at] != '-' || text[at + 1] != '-' || text[at + 2] != '-')
        return false;
    if (at + 3 == text.size())
        return true;
    const char next = text[at + 3];
    return next == ' ' || next == '\t' || next == '\n' || next == '\r';
}

/// Cuts `text` into at most `parts` parts at document starts. One part when the text cannot
/// be cut safely (directives, JSON, no markers).
QList<TextPart> documentParts(const QByteArray &text, int parts)
{
    const QList<TextPart> whole = {{0, text.size(), 0}};
    if (parts < 2 || text.startsWith('%') || text.contains("\n%"))
        return whole;
    QList<TextPart> result;
    qsizetype begin = 0;
    int line = 0;
    for (int k = 1; k < parts; ++k) {
        qsizetype at = std::max(begin + 1, text.size() * k / parts);
        qsizetype cut = -1;
        while ((at = text.indexOf("\n---", at)) >= 0) {
            if (isDocumentStart(text, at + 1)) {
                cut = at + 1;
                break;
            }
            at += 4;
        }
        if (cut < 0)
            break;
        result.append({begin, cut, line});
        line += int(std::count(text.constBegin() + begin, text.constBegin() + cut, '\n'));
        begin = cut;
    }
    result.append({begin, text.size(), line});
    return result;
}

struct PartResult {
    WorkspaceData data;
    Diagnostics diagnostics;
    int documents = 0;
    QList<qsizetype> documentStarts;
    bool yamlError = false;
};

void readPart(const QByteArray &text, const TextPart &part, const QString &fileName, bool ascii,
    PartResult &out)
{
    YamlReader reader(QByteArrayView(text).sliced(part.begin, part.end - part.begin));
    YamlTree tree;
    ResourceDecoder decoder(fileName, text, ascii, out.data, out.diagnostics);
    while (reader.next(tree)) {
        tree.shift(part.line, int(part.begin));
        // The first document owns the part's beginning (a comment before "---" included).
        out.documentStarts.append(out.documents == 0 ? part.begin : qsizetype(tree.offset()));
        decoder.decode(tree, out.documents);
        ++out.documents;
    }
    if (const auto &error = reader.error()) {
        out.yamlError = true;
        out.diagnostics.append(fileDiagnostic(Severity::Error, fileName, error->message,
            TextCheck::position(text, part.begin + error->offset)));
    }
}

/// One input (file or standard input): read and checked in order on the calling thread,
/// parsed in parts by the worker threads, merged back in order.
struct FileJob {
    QString name;
    Diagnostics diagnostics; // reading and text problems; then the parts' diagnostics
    QByteArray text; // normalised; empty when there is nothing to parse
    bool ascii = true;
    bool readable = false; // read and checked: its parts can be parsed
    LoadedFile loaded; // all but the text and the documents
    QList<TextPart> parts;
    std::vector<PartResult> results;
};

/// Checks `bytes` and prepares the job's parts (several for large texts).
void prepare(FileJob &job, const QByteArray &bytes, const QDateTime &modified = {})
{
    job.loaded.fingerprint = FileFingerprint::of(bytes, modified);
    if (bytes.size() > kMaxFileSize) {
        job.diagnostics.append(fileDiagnostic(Severity::Error, job.name,
            Loader::tr("file is too large (%1 bytes; the limit is 1 GiB)").arg(bytes.size())));
        return;
    }
    QByteArray text = TextCheck::normalised(bytes);
    if (text.size() != bytes.size()) {
        if (text.size() + 3 == bytes.size() && bytes.startsWith("\xEF\xBB\xBF"))
            job.loaded.byteOrderMark = bytes.first(3);
        else
            job.loaded.convertedEncoding = true;
    }
    if (const auto problem = TextCheck::check(text, &job.ascii)) {
        job.diagnostics.append(fileDiagnostic(Severity::Error, job.name, problem->message,
            TextCheck::position(text, problem->offset)));
        return;
    }
    const qsizetype target = kParallelThreshold / 2;
    job.parts = text.size() >= kParallelThreshold
        ? documentParts(text, int(std::min<qsizetype>(64, text.size() / target + 1)))
        : QList<TextPart> {{0, text.size(), 0}};
    job.results.resize(std::size_t(job.parts.size()));
    job.text = std::move(text);
    job.readable = true;
}

void readFile(FileJob &job)
{
    QFile file(job.name);
    if (file.size() > kMaxFileSize) {
        job.diagnostics.append(fileDiagnostic(Severity::Error, job.name,
            Loader::tr("file is too large (%1 bytes; the limit is 1 GiB)").arg(file.size())));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        job.diagnostics.append(fileDiagnostic(Severity::Error, job.name,
            Loader::tr("cannot read the file: %1").arg(file.errorString())));
        return;
    }
    // A device (/dev/zero) or a pipe reports size 0: the limit holds while reading.
    const Result<QByteArray> bytes = Loader::readAll(file);
    if (!bytes) {
        job.diagnostics.append(fileDiagnostic(Severity::Error, job.name, bytes.error().message));
        return;
    }
    prepare(job, *bytes, file.fileTime(QFileDevice::FileModificationTime));
}

/// Parses every part of every job on all cores (largest parts first), then merges each job's
/// parts in order. A job whose parts hit a YAML error is parsed again in one pass, so what is
/// reported after an error is exactly what a sequential read reports.
// Parses every job's parts on every core and merges them in order; false (nothing merged)
// when `progress`, told the bytes parsed after each part this thread parsed, says stop.
bool parseAndMerge(std::vector<FileJob> &jobs, WorkspaceData &data, LoadResult &result,
    const LoadProgress &progress = {})
{
    struct Task {
        FileJob *job;
        std::size_t part;
        qsizetype size;
    };
    std::vector<Task> tasks;
    for (FileJob &job : jobs)
        for (std::size_t i = 0; i < job.results.size(); ++i)
            tasks.push_back({&job, i, job.parts[qsizetype(i)].end - job.parts[qsizetype(i)].begin});
    std::stable_sort(
        tasks.begin(), tasks.end(), [](const Task &a, const Task &b) { return a.size > b.size; });
    qint64 total = 0;
    for (const Task &t : tasks)
        total += t.size;
    std::atomic<std::size_t> next {0};
    std::atomic<qint64> parsed {0};
    std::atomic<bool> stop {false};
    const auto work = [&](bool reports) {
        for (std::size_t t; !stop.load() && (t = next.fetch_add(1)) < tasks.size();) {
            FileJob &job = *tasks[t].job;
            readPart(job.text, job.parts[qsizetype(tasks[t].part)], job.name, job.ascii,
                job.results[tasks[t].part]);
            const qint64 done = parsed.fetch_add(tasks[t].size) + tasks[t].size;
            if (reports && progress && !progress(done, total))
                stop = true;
        }
    };
    const unsigned threads = std::min<unsigned>(
        std::max(1u, std::thread::hardware_concurrency()), unsigned(tasks.size()));
    {
        std::vector<std::jthread> workers;
        for (unsigned i = 1; i < threads; ++i)
            workers.emplace_back(work, false);
        work(true);
    }
    if (stop)
        return false;

    for (FileJob &job : jobs) {
        result.files.append(job.name);
        result.diagnostics += job.diagnostics;
        const bool yamlError = std::any_of(job.results.begin(), job.results.end(),
            [](const PartResult &r) { return r.yamlError; });
        if (yamlError && job.results.size() > 1) {
            job.results.assign(1, PartResult());
            readPart(job.text, {0, job.text.size(), 0}, job.name, job.ascii, job.results[0]);
        }
        int documentBase = 0;
        for (PartResult &r : job.results) {
            forEachResourceList([&](auto list) {
                for (auto &resource : r.data.*list)
                    resource.source.document += documentBase;
                data.*list += std::move(r.data.*list);
            });
            documentBase += r.documents;
            result.diagnostics += r.diagnostics;
            job.loaded.documentStarts += r.documentStarts;
        }
        job.loaded.name = job.name;
        job.loaded.parsed = job.readable && !yamlError;
        job.loaded.text = std::move(job.text);
        result.loadedFiles.append(std::move(job.loaded));
    }
    return true;
}

QStringList filesInDirectory(const QString &path)
{
    QStringList files;
    QDirIterator it(path,
        {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
        QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

FileFingerprint FileFingerprint::of(QByteArrayView bytes, const QDateTime &modified)
{
    return {bytes.size(), modified, qHash(bytes)};
}

LoadResult Loader::loadPaths(const QStringList &paths) const
{
    LoadResult result;
    std::vector<FileJob> jobs;
    const auto addJob = [&jobs](const QString &name) -> FileJob & {
        jobs.emplace_back();
        jobs.back().name = name;
        return jobs.back();
    };
    std::optional<CalicoVersion> version;
    Diagnostics settingsDiagnostics;
    qint64 read = 0;
    const auto reportRead = [&] {
        read += jobs.back().text.size();
        return !m_progress || m_progress(read, 0);
    };
    const auto cancelled = [] {
        LoadResult stopped;
        stopped.cancelled = true;
        return stopped;
    };
    for (const QString &path : paths) {
        if (path == QLatin1StringView("-")) {
            FileJob &job = addJob(QStringLiteral("<stdin>"));
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                job.diagnostics.append(fileDiagnostic(Severity::Error, job.name,
                    Loader::tr("cannot read standard input: %1").arg(in.errorString())));
                continue;
            }
            const Result<QByteArray> bytes = Loader::readAll(in);
            if (!bytes) {
                job.diagnostics.append(
                    fileDiagnostic(Severity::Error, job.name, bytes.error().message));
                continue;
            }
            prepare(job, *bytes);
            job.loaded.fingerprint = {}; // not a file: never written back
            continue;
        }
        const QFileInfo info(path);
        if (!info.exists()) {
            // Not a file: reported in order, but not listed in result.files.
            jobs.emplace_back();
            jobs.back().diagnostics.append(
                fileDiagnostic(Severity::Error, path, Loader::tr("no such file or directory")));
            continue;
        }
        if (info.isDir()) {
            if (const WorkspaceSettings settings = readWorkspaceSettings(path, settingsDiagnostics);
                settings.calicoVersion) {
                version = settings.calicoVersion;
            }
            const QStringList files = filesInDirectory(path);
            if (files.isEmpty()) {
                jobs.emplace_back();
                jobs.back().diagnostics.append(fileDiagnostic(Severity::Warning, path,
                    Loader::tr("no .yaml, .yml or .json files in this directory")));
            }
            for (const QString &file : files) {
                readFile(addJob(file));
                if (!reportRead())
                    return cancelled();
            }
            continue;
        }
        readFile(addJob(path));
        if (!reportRead())
            return cancelled();
    }
    WorkspaceData data;
    if (!parseAndMerge(jobs, data, result, m_progress))
        return cancelled();
    result.files.removeAll(QString()); // the diagnostic-only entries
    result.loadedFiles.removeIf([](const LoadedFile &f) { return f.name.isEmpty(); });
    if (version)
        data.calicoVersion = *version;
    result.diagnostics += settingsDiagnostics;
    result.workspace = Workspace(std::move(data));
    return result;
}

LoadResult Loader::loadText(const QByteArray &text, const QString &fileName) const
{
    LoadResult result;
    std::vector<FileJob> jobs(1);
    jobs[0].name = fileName;
    prepare(jobs[0], text);
    WorkspaceData data;
    parseAndMerge(jobs, data, result);
    result.workspace = Workspace(std::move(data));
    return result;
}

Result<QByteArray> Loader::readAll(QIODevice &device, qint64 limit)
{
    QByteArray out;
    constexpr qint64 kChunk = qint64(1) << 20;
    for (;;) {
        const qint64 room = limit - out.size();
        // One byte more than the room left tells "at the limit" from "over it".
        const qint64 want = std::min(kChunk, room + 1);
        const qsizetype before = out.size();
        out.resize(before + qsizetype(want));
        const qint64 got = device.read(out.data() + before, want);
        if (got < 0) {
            return Error {tr("cannot read the file: %1").arg(device.errorString())};
        }
        out.resize(before + qsizetype(got));
        if (out.size() > limit) {
            return Error {tr("the input is larger than %1 bytes; stopped reading it (a device or "
                             "a stream that does not end?)")
                              .arg(limit)};
        }
        if (got == 0 && (device.atEnd() || !device.isSequential() || !device.waitForReadyRead(-1)))
            return out;
    }
}

} // namespace ps
