#pragma once
// A generated workspace written to a cache directory once per size, shared by benchmarks.

#include <QString>
#include <QStringList>

namespace ps::bench {

struct BenchSize {
    int namespaces;
    int pods;
    int policies;
};

inline constexpr BenchSize kSmall {100, 5000, 1000};
inline constexpr BenchSize kLarge {1000, 50000, 10000};

/// The directory holding the generated files (created on first use, seed 1).
QString generatedWorkspaceDir(BenchSize size);
/// The YAML files in that directory, sorted.
QStringList generatedWorkspaceFiles(BenchSize size);

} // namespace ps::bench
