#pragma once
// readJsonTree: reads a text that is strict JSON (RFC 8259) into a YamlTree, with the positions
// the YAML reader would give. YamlReader falls back to it when libyaml refuses a text that is
// valid JSON: JSON is meant to be read as YAML, but libyaml gives up on a mapping key longer
// than 1,024 characters (YAML's limit for an implicit key, which JSON cannot avoid: it has no
// explicit keys). kubectl and calicoctl read such text with a JSON decoder and accept it.
// Private to core/io.

#include <QByteArrayView>

#include "core/io/yamltree_p.h"

namespace ps {

/// Reads `text` (one JSON value, with optional whitespace around it) into `tree`: strings
/// become quoted scalars, numbers, true and false plain scalars, null a null. False when the
/// text is not strict JSON or nests deeper than `maxDepth`; the tree is then incomplete.
bool readJsonTree(QByteArrayView text, YamlTree &tree, int maxDepth);

} // namespace ps
