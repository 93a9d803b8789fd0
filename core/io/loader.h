#pragma once
// Loader: reads YAML and JSON (multi-document files, `List` kinds, directories read
// recursively, stdin) into a Workspace. Every resource keeps its file and the position of
// every field (Source). Problems never throw: they come back as Diagnostics naming the
// file, line, column and field path, and everything that could be read is still returned.
//
// Structural checks happen here, because only here is the raw document visible: unknown
// fields of projectcalico.org/v3 kinds are errors (with a "did you mean" suggestion), wrong
// value types, unknown kinds, unparseable ports, invalid YAML, binary or truncated files.
// Calico's defaulting (tier, types, stagedAction, Tier defaultAction) is applied on load.
// Semantic rules (names, selectors, nets...) belong to core/validate.

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include "core/io/loadedfile.h"
#include "core/model/diagnostic.h"
#include "core/model/result.h"
#include "core/model/workspace.h"

namespace ps {

struct LoadResult {
    Workspace workspace;
    Diagnostics diagnostics;
    QStringList files; // every file that was read, in order
    /// The text of every file in `files` (standard input included), in the same order.
    QList<LoadedFile> loadedFiles;
    /// The progress callback said stop: nothing else in the result is meaningful.
    bool cancelled = false;
};

/// Told, while files are read, the bytes read so far (total 0: not known yet), then, while
/// they are parsed, the bytes parsed of the total; returning false stops the load
/// (LoadResult::cancelled). Called on the loading thread.
using LoadProgress = std::function<bool(qint64 done, qint64 total)>;

class Loader {
    Q_DECLARE_TR_FUNCTIONS(Loader)

public:
    /// Read files and directories (recursively: *.yaml, *.yml, *.json, sorted by path).
    /// "-" reads standard input. Resources are appended in the order read.
    LoadResult loadPaths(const QStringList &paths) const;
    /// Progress and cancel for loadPaths().
    void setProgress(LoadProgress progress) { m_progress = std::move(progress); }
    /// Read one file's contents; `fileName` is used in Source and diagnostics.
    LoadResult loadText(const QByteArray &text, const QString &fileName) const;

    /// The most a file or a stream may hold (1 GiB): positions are kept in an int.
    static constexpr qint64 kMaxInputSize = qint64(1) << 30;
    /// Everything `device` (open for reading) gives until its end, or an Error as soon as it
    /// gives more than `limit` bytes (a device such as /dev/zero, or a stream that never ends,
    /// is not read on until memory runs out) or cannot be read.
    static Result<QByteArray> readAll(QIODevice &device, qint64 limit = kMaxInputSize);

private:
    LoadProgress m_progress;
};

/// The version of the YAML library the loader parses with (libyaml), for About boxes and
/// bug reports.
QString yamlLibraryVersion();

} // namespace ps
