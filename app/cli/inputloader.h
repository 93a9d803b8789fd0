#pragma once
// InputLoader: reads the -f paths of a command through core/io's Loader, except "-", which is
// read from the injected standard-input device (so tests can feed stdin in-process). Results
// of several paths are merged in the order given.

#include <QIODevice>
#include <QStringList>

#include "core/io/loader.h"

namespace ps::cli {

class InputLoader {
public:
    /// `input` is read for "-" (not owned; null reads as empty).
    explicit InputLoader(QIODevice *input) : m_input(input) { }

    LoadResult load(const QStringList &paths) const;

    /// The file name used for standard input in diagnostics, as Loader does.
    static QString standardInputName();

private:
    QIODevice *m_input;
};

} // namespace ps::cli
