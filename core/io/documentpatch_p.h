#pragma once
// DocumentPatch: writes an edit of a resource into the text it was read from with the fewest
// changes. The resource as loaded and as edited are encoded by the ResourceEncoder; the
// difference between the two trees (maps key by key, sequences item by item after matching the
// items that stayed, scalars by value) is applied to the YAML text of the document: a scalar is
// replaced in place in its own quoting style when the new value allows it, a new key goes into
// its mapping at that mapping's indentation (after the nearest sibling the Writer writes before
// it), a removed key or item goes with its lines and the comment lines just above it, and a
// value that cannot be edited in place is written by the Writer at its indentation. Whatever the
// difference does not name — comments, key order, blank lines, quoting, fields Policy Studio
// does not model, defaults that were not written — stays byte for byte. Values encoded the same
// before and after (defaults such as `tier: default`) are not part of the difference.
//
// The patched document is read back before it is returned: when it does not read as the edited
// resource (an alias shares the edited value, a field could not be located) the patch is
// refused with the field and its position. Private to core/io; the WorkspaceStore uses it.

#include <QByteArray>
#include <QCoreApplication>

#include "core/io/loadedfile.h"
#include "core/model/result.h"

namespace ps {

class DocumentPatch {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceStore)

public:
    /// The new text of [loaded.source.begin, loaded.source.end) of `file` for `edited`, a
    /// later version of `loaded` (a resource read from `file`).
    template<class T>
    static Result<QByteArray> patch(const LoadedFile &file, const T &loaded, const T &edited);

    /// The Writer's text placed at `column` of a line: every later line indented as much, and
    /// without its final line break (the text it replaces is followed by its own).
    static QByteArray placedAt(QByteArray encoded, qsizetype column);
};

} // namespace ps
