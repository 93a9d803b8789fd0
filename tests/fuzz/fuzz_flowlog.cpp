// libFuzzer targets for the flow-log readers (core/flows), one per format: the fuzzer's bytes
// become the body of a Whisker list response (FUZZ_WHISKER: the streaming item splitter and the
// Whisker record reader), of a Goldmane flow's Key (FUZZ_GOLDMANE) or of an Enterprise document
// (FUZZ_ENTERPRISE), and are also read as a whole log as they are. Every error must name the
// file and a line and column inside the input; every record must have its hits sorted; reading
// the same bytes twice must give the same records and errors.
// Links policycore and Qt6::Core.

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/flows/flowlogreader.h"

using namespace ps;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

struct Outcome {
    QList<FlowRecord> records;
    QList<Error> errors;
};

Outcome readAll(const QByteArray &data)
{
    Outcome out;
    FlowLogReader reader;
    reader.openData(data, QStringLiteral("fuzz.log"));
    const int lines = int(data.count('\n')) + 1;
    FlowRecord record;
    Error error;
    for (int guard = 0; guard < 100000; ++guard) {
        const FlowLogReader::Status status = reader.next(record, error);
        if (!error.message.isEmpty()) {
            check(error.file == u"fuzz.log");
            check(error.line >= 1 && error.line <= lines);
            check(error.column >= 1);
            out.errors.append(error);
            error = {};
        }
        if (status == FlowLogReader::Status::End)
            return out;
        if (status == FlowLogReader::Status::Record) {
            for (qsizetype i = 1; i < record.enforced.size(); ++i)
                check(record.enforced.at(i - 1).index <= record.enforced.at(i).index);
            check(record.line >= 1 && record.line <= lines);
            out.records.append(record);
        }
    }
    std::abort(); // the reader must make progress
}

void readTwice(const QByteArray &data)
{
    const Outcome a = readAll(data);
    const Outcome b = readAll(data);
    check(a.records.size() == b.records.size());
    check(a.errors == b.errors);
    for (qsizetype i = 0; i < a.records.size(); ++i) {
        check(a.records.at(i).enforced == b.records.at(i).enforced);
        check(a.records.at(i).source.aggregated == b.records.at(i).source.aggregated);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
#if defined(FUZZ_WHISKER)
    readTwice(QByteArrayLiteral("{\"total\":{\"totalPages\":1},\"items\":[{\"protocol\":\"tcp\",")
        + bytes + QByteArrayLiteral("}]}"));
#elif defined(FUZZ_GOLDMANE)
    readTwice(QByteArrayLiteral("{\"Key\":{") + bytes + QByteArrayLiteral("}}\n"));
#elif defined(FUZZ_ENTERPRISE)
    readTwice(QByteArrayLiteral("{\"proto\":\"tcp\",") + bytes + QByteArrayLiteral("}\n"));
#endif
    readTwice(bytes);
    return 0;
}
