#pragma once
// FlowLogReader: reads a Calico flow log one record at a time, never the whole file: Whisker
// JSON as its backend serves it (the list response {"total":..,"items":[..]}, the
// server-sent-event stream of "data: {..}" lines, or one flow per line), Goldmane JSON (the
// emitter's NDJSON, the stream tool's {"id":..,"flow":{..}} items, or protobuf JSON) and Calico
// Enterprise / Cloud JSON lines (Felix's flows.log or Elasticsearch documents). Several records
// may also be a JSON array. The format is recognised per record; gzip-compressed files are read
// as they are (zlib). docs/flows.md describes each format and how its fields are read.
//
// A record that cannot be read gives an Error naming the file, the line and column, and the
// field (`path`, e.g. "policies.enforced_policies[1]"); reading goes on with the next record.
// A value is never guessed: a record with a bad field is not returned at all.

#include <memory>

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include "core/flows/flowrecord.h"
#include "core/model/result.h"

namespace ps {

class FlowLogReader {
public:
    FlowLogReader();
    ~FlowLogReader();
    FlowLogReader(const FlowLogReader &) = delete;
    FlowLogReader &operator=(const FlowLogReader &) = delete;

    /// Opens a file (plain or gzip); "-" reads standard input. An Error when it cannot be read.
    Result<void> open(const QString &path);
    /// Reads from an open device (standard input as a command got it), named `fileName` in
    /// errors; gzip is not recognised there. Not owned: it must outlive the reader.
    void openDevice(QIODevice *device, const QString &fileName);
    /// Reads records from bytes in memory (tests, fuzzing), named `fileName` in errors.
    void openData(QByteArray data, const QString &fileName);

    enum class Status { Record, Invalid, End };
    /// The next record (Record), a record that could not be read (Invalid: `error` says why
    /// and where; call next() again for the one after it) or the end of the input (End; `error`
    /// set when the input ended inside a record or could not be read).
    Status next(FlowRecord &record, Error &error);

    const QString &fileName() const;
    /// Bytes of the file consumed so far (compressed bytes for gzip) and its size (0 when not
    /// known, as for standard input): for progress.
    qint64 bytesRead() const;
    qint64 totalBytes() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Parses one record's JSON text (one flow of any format). `line` and `column` are where the
/// text starts in `fileName`: errors are placed from there.
Result<FlowRecord> parseFlowRecord(
    const QByteArray &text, const QString &fileName, int line = 1, int column = 1);

} // namespace ps
