#include "app/cli/inputloader.h"

namespace ps::cli {

QString InputLoader::standardInputName()
{
    return QStringLiteral("<stdin>");
}

LoadResult InputLoader::load(const QStringList &paths) const
{
    const Loader loader;
    LoadResult result;
    bool first = true;
    auto append = [&result, &first](LoadResult part) {
        if (first) {
            result = std::move(part);
            first = false;
            return;
        }
        result.workspace = result.workspace.merged(part.workspace);
        result.diagnostics += part.diagnostics;
        result.files += part.files;
        result.loadedFiles += part.loadedFiles;
    };

    QStringList pending; // consecutive real paths, read with one Loader call
    auto flush = [&]() {
        if (!pending.isEmpty()) {
            append(loader.loadPaths(pending));
            pending.clear();
        }
    };
    bool stdinRead = false;
    for (const QString &path : paths) {
        if (path != QLatin1StringView("-")) {
            pending.append(path);
            continue;
        }
        flush();
        if (stdinRead)
            continue; // standard input can be read only once
        stdinRead = true;
        QByteArray text;
        if (m_input && (m_input->isOpen() || m_input->open(QIODevice::ReadOnly))) {
            Result<QByteArray> bytes = Loader::readAll(*m_input);
            if (!bytes) {
                Diagnostic d;
                d.message = bytes.error().message;
                d.file = standardInputName();
                d.line = 1;
                d.column = 1;
                LoadResult unread;
                unread.diagnostics.append(d);
                append(std::move(unread));
                continue;
            }
            text = std::move(*bytes);
        }
        LoadResult read = loader.loadText(text, standardInputName());
        for (LoadedFile &file : read.loadedFiles)
            file.fingerprint = {}; // not a file: never written back
        append(std::move(read));
    }
    flush();
    return result;
}

} // namespace ps::cli
