#include "core/io/loader.h"

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include "core/io/resourcedecoder.h"
#include "core/io/textcheck.h"
#include "core/io/yamlreader.h"
#include "core/io/yamltree.h"

namespace ps {

namespace {

// yaml-cpp keeps positions in an int; stay well below that.
constexpr qint64 kMaxFileSize = qint64(1) << 30;

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

// Files at least this large are parsed in parts, one thread per part (yaml-cpp is slow, and a
// generated cluster's pods.yaml alone is tens of megabytes).
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
        decoder.decode(tree, out.documents);
        ++out.documents;
    }
    out.yamlError = reader.error().has_value();
}

template<class F> void forEachResourceList(WorkspaceData &d, F &&f)
{
    f(d.policies);
    f(d.tiers);
    f(d.profiles);
    f(d.networkSets);
    f(d.hostEndpoints);
    f(d.kubernetesPolicies);
    f(d.namespaces);
    f(d.pods);
    f(d.serviceAccounts);
    f(d.services);
    f(d.endpointSlices);
    f(d.nodes);
    f(d.workloads);
}

/// Parses a large text in parts on several threads. False (and nothing added) when a part
/// has a YAML error: the caller then reads the text in one go, so what is reported after an
/// error is exactly what a sequential read reports.
bool readTextInParallel(const QByteArray &text, const QString &fileName, bool ascii,
    WorkspaceData &data, Diagnostics &diagnostics)
{
    const int threads = int(std::min(8u, std::max(1u, std::thread::hardware_concurrency())));
    const QList<TextPart> parts = documentParts(text, threads);
    if (parts.size() < 2)
        return false;
    std::vector<PartResult> results(std::size_t(parts.size()));
    {
        std::vector<std::jthread> workers;
        for (qsizetype i = 1; i < parts.size(); ++i)
            workers.emplace_back(
                [&, i] { readPart(text, parts[i], fileName, ascii, results[std::size_t(i)]); });
        readPart(text, parts[0], fileName, ascii, results[0]);
    }
    for (const PartResult &r : results)
        if (r.yamlError)
            return false;
    int documentBase = 0;
    for (PartResult &r : results) {
        forEachResourceList(r.data, [&](auto &list) {
            for (auto &resource : list)
                resource.source.document += documentBase;
        });
        documentBase += r.documents;
        data.policies += r.data.policies;
        data.tiers += r.data.tiers;
        data.profiles += r.data.profiles;
        data.networkSets += r.data.networkSets;
        data.hostEndpoints += r.data.hostEndpoints;
        data.kubernetesPolicies += r.data.kubernetesPolicies;
        data.namespaces += r.data.namespaces;
        data.pods += r.data.pods;
        data.serviceAccounts += r.data.serviceAccounts;
        data.services += r.data.services;
        data.endpointSlices += r.data.endpointSlices;
        data.nodes += r.data.nodes;
        data.workloads += r.data.workloads;
        diagnostics += r.diagnostics;
    }
    return true;
}

void readText(
    const QByteArray &bytes, const QString &fileName, WorkspaceData &data, Diagnostics &diagnostics)
{
    if (bytes.size() > kMaxFileSize) {
        diagnostics.append(fileDiagnostic(Severity::Error, fileName,
            Loader::tr("file is too large (%1 bytes; the limit is 1 GiB)").arg(bytes.size())));
        return;
    }
    const QByteArray text = TextCheck::normalised(bytes);
    bool ascii = true;
    if (const auto problem = TextCheck::check(text, &ascii)) {
        diagnostics.append(fileDiagnostic(Severity::Error, fileName, problem->message,
            TextCheck::position(text, problem->offset)));
        return;
    }
    if (text.size() >= kParallelThreshold
        && readTextInParallel(text, fileName, ascii, data, diagnostics))
        return;
    YamlReader reader(text);
    YamlTree tree;
    ResourceDecoder decoder(fileName, text, ascii, data, diagnostics);
    int document = 0;
    while (reader.next(tree)) {
        decoder.decode(tree, document);
        ++document;
    }
    if (const auto &error = reader.error()) {
        diagnostics.append(fileDiagnostic(
            Severity::Error, fileName, error->message, TextCheck::position(text, error->offset)));
    }
}

void readFile(const QString &path, WorkspaceData &data, LoadResult &result)
{
    result.files.append(path);
    QFile file(path);
    if (file.size() > kMaxFileSize) {
        result.diagnostics.append(fileDiagnostic(Severity::Error, path,
            Loader::tr("file is too large (%1 bytes; the limit is 1 GiB)").arg(file.size())));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.diagnostics.append(fileDiagnostic(
            Severity::Error, path, Loader::tr("cannot read the file: %1").arg(file.errorString())));
        return;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.diagnostics.append(fileDiagnostic(
            Severity::Error, path, Loader::tr("cannot read the file: %1").arg(file.errorString())));
        return;
    }
    readText(bytes, path, data, result.diagnostics);
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

LoadResult Loader::loadPaths(const QStringList &paths) const
{
    LoadResult result;
    WorkspaceData data;
    for (const QString &path : paths) {
        if (path == QLatin1StringView("-")) {
            const QString name = QStringLiteral("<stdin>");
            result.files.append(name);
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                result.diagnostics.append(fileDiagnostic(Severity::Error, name,
                    Loader::tr("cannot read standard input: %1").arg(in.errorString())));
                continue;
            }
            readText(in.readAll(), name, data, result.diagnostics);
            continue;
        }
        const QFileInfo info(path);
        if (!info.exists()) {
            result.diagnostics.append(
                fileDiagnostic(Severity::Error, path, Loader::tr("no such file or directory")));
            continue;
        }
        if (info.isDir()) {
            const QStringList files = filesInDirectory(path);
            if (files.isEmpty()) {
                result.diagnostics.append(fileDiagnostic(Severity::Warning, path,
                    Loader::tr("no .yaml, .yml or .json files in this directory")));
            }
            for (const QString &file : files)
                readFile(file, data, result);
            continue;
        }
        readFile(path, data, result);
    }
    result.workspace = Workspace(std::move(data));
    return result;
}

LoadResult Loader::loadText(const QByteArray &text, const QString &fileName) const
{
    LoadResult result;
    WorkspaceData data;
    result.files.append(fileName);
    readText(text, fileName, data, result.diagnostics);
    result.workspace = Workspace(std::move(data));
    return result;
}

} // namespace ps
