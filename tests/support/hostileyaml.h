#pragma once
// Generators of hostile YAML for the tests and the benchmarks that measure them: merge keys
// (<<) chained or fanned out, which make a small text stand for a very large mapping.

#include <QByteArray>

namespace ps::test {

/// A ConfigMap whose data holds `maps` mappings m0..m(n-1), each merging the one before it and
/// adding one key of its own: mapping i stands for i + 1 keys.
QByteArray mergeChain(int maps);

/// A ConfigMap whose data holds `layers` layers of `width` mappings: each mapping of a layer
/// merges every mapping of the layer before it and adds one key of its own.
QByteArray mergeFan(int layers, int width);

} // namespace ps::test
