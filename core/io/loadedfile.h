#pragma once
// LoadedFile: one input file as the Loader read it — its text, where each YAML document lies
// in it and a fingerprint to tell later whether the file has changed on disk since. The
// WorkspaceStore writes files back from these: documents it does not change are copied from
// this text byte for byte.

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ps {

/// What a file was when it was read: its size, its modification time and a hash of its bytes.
struct FileFingerprint {
    qint64 size = -1; // -1: not a file (standard input)
    QDateTime modified; // invalid when the text was not read from disk
    size_t hash = 0;

    bool isNull() const { return size < 0; }
    /// The fingerprint of `bytes`, modified at `modified`.
    static FileFingerprint of(QByteArrayView bytes, const QDateTime &modified = {});
    /// Same size and bytes (the modification time alone does not make a file different: it
    /// changes when a file is written back unchanged).
    bool sameContent(const FileFingerprint &other) const
    {
        return size == other.size && hash == other.hash;
    }
};

struct LoadedFile {
    QString name; // as in Source::file
    QByteArray text; // the UTF-8 text that Source::begin and Source::end refer to
    QByteArray byteOrderMark; // the UTF-8 byte order mark the file started with, if any
    bool convertedEncoding = false; // the file was UTF-16 or UTF-32; `text` is a conversion
    bool parsed = false; // read and parsed to its end: no read, text or YAML error
    FileFingerprint fingerprint;
    /// Where each YAML document starts in `text` (the first at 0, each later one at its "---"
    /// line): a document runs to the next one's start, with the comments before it.
    QList<qsizetype> documentStarts;
};

} // namespace ps
