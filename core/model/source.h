#pragma once
// Where a resource came from: the file, the document's position and the position of every
// field, looked up by field path. Source information is shared between copies of a resource
// and is not part of a resource's value: two resources that differ only in where they were
// read from compare equal.

#include <memory>
#include <vector>

#include <QHash>
#include <QString>
#include <QStringView>

#include "core/model/diagnostic.h"
#include "core/model/resourceid.h"

namespace ps {

struct SourcePos {
    int line = 0; // 1-based; 0 = unknown
    int column = 0; // 1-based
    /// A scalar written in quotes: its quote character ('"' or '\''), where `column` is; 0 for
    /// plain scalars and collections.
    char quote = 0;
    /// A scalar written over several lines (a literal or folded block, or a plain or quoted
    /// scalar that goes on to the next line): its characters are not on this line one after
    /// another, so columnInValue() gives the value's own column.
    bool multiLine = false;

    /// The column of character `offset` of a scalar written on one line at this position:
    /// `value` is its text as read (after quotes and escapes), `offset` an index into it (its
    /// size: just after it). Counts the opening quote, a doubled '' in single quotes and the
    /// backslash of \" and \\ in double quotes; columns are characters (code points). For a
    /// multi-line scalar, where line breaks were folded or dropped, the column of its start.
    int columnInValue(QStringView value, qsizetype offset) const;
};

/// Positions of the fields of one document, keyed by path ("spec.ingress[0].action").
/// Every path lives in one buffer and the entries in one array, sorted by finish(): a
/// generated cluster has over a million of them, and one allocation each used to be a fifth
/// of the time spent loading it.
class SourceMap {
public:
    void insert(QStringView path, SourcePos pos);
    /// Sorts the entries for lookups; inserting afterwards is allowed (lookups then scan).
    void finish();
    /// The position of `path`, or of its nearest recorded ancestor, or {0,0}.
    SourcePos find(QStringView path) const;
    bool contains(QStringView path) const { return exact(path) != nullptr; }
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    struct Entry {
        qsizetype offset;
        qsizetype length;
        SourcePos pos;
    };
    QStringView pathOf(const Entry &e) const
    {
        return QStringView(m_paths).sliced(e.offset, e.length);
    }
    const SourcePos *exact(QStringView path) const;

    QString m_paths;
    std::vector<Entry> m_entries;
    qsizetype m_sorted = 0; // entries [0, m_sorted) are sorted by path, later ones are not
};

/// Where a resource came from, and which resource it is. Neither is part of the resource's
/// value: equality ignores Source.
struct Source {
    ResourceId id; // given by Workspace when the resource is first placed in one; kept by edits
    QString file; // as given by the user; ":/demo/..." for embedded files
    int document = 0; // 0-based index of the YAML document in the file
    SourcePos pos; // where the document (or List item) starts
    /// Where the document's content (or the List item) lies in the file's text as read
    /// (LoadedFile::text): [begin, end) from its first character to the end of its last value,
    /// or of a comment on that value's line. -1 when it was not read from a file.
    qsizetype begin = -1;
    qsizetype end = -1;
    bool listItem = false; // an item of a List document rather than a document of its own
    /// False when its text holds more than the resource keeps (a field Policy Studio does not
    /// model, a value it could not read): writing the resource back would lose that.
    bool complete = true;
    std::shared_ptr<const SourceMap> fields;
    /// The first error the loader found in this resource's text (a value it could not read,
    /// an unknown field), or null. Such a resource is not what the text says, and Calico would
    /// reject the text: the analyses leave it out (core/validate/admission.h) until it is read
    /// again.
    std::shared_ptr<const Diagnostic> readError;

    /// Position of a field, falling back to the document start.
    SourcePos find(const QString &path) const;

    friend bool operator==(const Source &, const Source &) { return true; }
};

/// The same resource read from the same place (identity, file, document, position, field
/// positions and read error): what its diagnostics and references are made of, which equality
/// ignores. Analyses that take over an earlier version's results check this beside equality.
inline bool sameOrigin(const Source &a, const Source &b)
{
    return a.id == b.id && a.file == b.file && a.document == b.document && a.pos.line == b.pos.line
        && a.pos.column == b.pos.column && a.fields == b.fields && a.readError == b.readError
        && a.begin == b.begin && a.end == b.end;
}

} // namespace ps
