#include "core/io/loader.h"

#include <algorithm>
#include <cstdio>

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
