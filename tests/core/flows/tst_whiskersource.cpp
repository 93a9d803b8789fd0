// A live Whisker backend as a flow-log source (core/flows/whiskersource), against a STUB of
// whisker-backend's HTTP API (tests/support/whiskerstub: the real backend needs Goldmane and a
// cluster, which cannot run here). The list and the event stream give the same records as the
// file they came from; the query, token and prefix are sent as the backend expects; the
// backend's errors and an unreachable backend are said plainly.

#include <QElapsedTimer>
#include <QTest>

#include "core/flows/flowexplain.h"
#include "core/flows/flowlogreader.h"
#include "core/flows/whiskersource.h"
#include "tests/support/testfiles.h"
#include "tests/support/whiskerstub.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

// The flows of the Whisker fixture, one JSON object each (its event stream's data lines).
QList<QByteArray> fixtureFlows()
{
    QList<QByteArray> flows;
    const QByteArray text = test::readFile(test::fixturePath(u"flows/whisker-stream.txt"));
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("data: "))
            flows.append(line.mid(6).trimmed());
    }
    return flows;
}

QList<FlowRecord> records(const QByteArray &data, const QString &name)
{
    FlowLogReader reader;
    reader.openData(data, name);
    QList<FlowRecord> out;
    FlowRecord record;
    Error error;
    while (reader.next(record, error) == FlowLogReader::Status::Record)
        out.append(record);
    return out;
}

QList<FlowRecord> fileRecords()
{
    return records(test::readFile(test::fixturePath(u"flows/whisker-stream.txt")), u"file"_s);
}

bool sameRecords(const QList<FlowRecord> &a, const QList<FlowRecord> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (flowGroupKey(a[i]) != flowGroupKey(b[i]) || a[i].startTime != b[i].startTime)
            return false;
    }
    return true;
}

} // namespace

class TestWhiskerSource : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void urls()
    {
        WhiskerSource s;
        s.url = u"http://whisker:8081/whisker-backend/"_s;
        QCOMPARE(whiskerFlowsUrl(s), QByteArray("http://whisker:8081/whisker-backend/flows"));
        s.sinceSeconds = 900;
        s.watchSeconds = 5;
        QCOMPARE(whiskerFlowsUrl(s),
            QByteArray("http://whisker:8081/whisker-backend/flows?startTimeGte=-900&watch=true"));
        QVERIFY(isWhiskerUrl(u"https://x:1"_s));
        QVERIFY(!isWhiskerUrl(u"flows.json"_s));
        s.url = u"ftp://x"_s;
        QVERIFY(!WhiskerClient::fetch(s));
    }

    void listGivesTheRecordsOfTheFile()
    {
        const QList<QByteArray> flows = fixtureFlows();
        QVERIFY(flows.size() > 3);
        test::WhiskerStub stub(flows, "/whisker-backend");
        QVERIFY(!stub.url().isEmpty());
        WhiskerSource source;
        source.url = stub.url();
        source.sinceSeconds = 900;
        source.token = "t0ken";
        const Result<QByteArray> data = WhiskerClient::fetch(source);
        QVERIFY2(data, qPrintable(data ? QString() : data.error().message));
        QVERIFY(sameRecords(records(*data, u"live"_s), fileRecords()));
        QCOMPARE(stub.requests().size(), 1);
        const test::WhiskerStub::Request r = stub.requests().first();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.target, QByteArray("/whisker-backend/flows?startTimeGte=-900"));
        QCOMPARE(r.authorization, QByteArray("Bearer t0ken"));
    }

    void emptyList()
    {
        test::WhiskerStub stub({});
        WhiskerSource source;
        source.url = stub.url();
        const Result<QByteArray> data = WhiskerClient::fetch(source);
        QVERIFY(data);
        QVERIFY(records(*data, u"live"_s).isEmpty());
    }

    // The stream never ends by itself: read for the time asked, every flow sent is there.
    void watchReadsTheStreamForTheTimeAsked()
    {
        test::WhiskerStub stub(fixtureFlows());
        WhiskerSource source;
        source.url = stub.url();
        source.watchSeconds = 1;
        QElapsedTimer timer;
        timer.start();
        const Result<QByteArray> data = WhiskerClient::fetch(source);
        QVERIFY2(data, qPrintable(data ? QString() : data.error().message));
        QVERIFY(sameRecords(records(*data, u"live"_s), fileRecords()));
        QCOMPARE(stub.requests().first().target, QByteArray("/flows?watch=true"));
    }

    // Stopped by the caller part-way through a record: what it keeps is whole records, the
    // first ones of the stream, and nothing of the record it was reading.
    void stoppedWatchKeepsWholeRecords()
    {
        const QList<QByteArray> flows = fixtureFlows();
        test::WhiskerStub stub(flows);
        stub.splitStream(true); // each event arrives in two halves
        WhiskerSource source;
        source.url = stub.url();
        source.watchSeconds = 10;
        const qint64 firstEvent = qint64(QByteArray("data: " + flows[0] + "\n\n").size());
        const qint64 secondEvent = qint64(QByteArray("data: " + flows[1] + "\n\n").size());
        qint64 seen = 0;
        // Stop once the first record and part of the second have come.
        const Result<QByteArray> stopped = WhiskerClient::fetch(source, [&](qint64 bytes) {
            seen = bytes;
            return bytes <= firstEvent;
        });
        QVERIFY2(stopped, qPrintable(stopped ? QString() : stopped.error().message));
        QVERIFY(seen > firstEvent);
        QVERIFY2(seen < firstEvent + secondEvent, "the stop did not fall inside the second record");
        FlowLogReader reader;
        reader.openData(*stopped, u"stopped"_s);
        QList<FlowRecord> kept;
        FlowRecord record;
        Error error;
        FlowLogReader::Status status;
        while ((status = reader.next(record, error)) == FlowLogReader::Status::Record)
            kept.append(record);
        QCOMPARE(status, FlowLogReader::Status::End);
        QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
        QVERIFY(sameRecords(kept, fileRecords().mid(0, 1)));
    }

    void backendErrorsAreSaid()
    {
        test::WhiskerStub stub(fixtureFlows());
        stub.failWith(500, "Internal Server Error");
        WhiskerSource source;
        source.url = stub.url();
        Result<QByteArray> data = WhiskerClient::fetch(source);
        QVERIFY(!data);
        QVERIFY2(data.error().message.contains(u"HTTP 500: Internal Server Error"_s),
            qPrintable(data.error().message));
        source.watchSeconds = 1;
        data = WhiskerClient::fetch(source);
        QVERIFY(!data);
        QVERIFY2(data.error().message.contains(u"HTTP 500"_s), qPrintable(data.error().message));
        // A wrong prefix: the backend's 404.
        source.url = stub.url() + u"/whisker-backend"_s;
        source.watchSeconds = 0;
        data = WhiskerClient::fetch(source);
        QVERIFY(!data);
        QVERIFY2(data.error().message.contains(u"HTTP 404"_s), qPrintable(data.error().message));
    }

    void unreachable()
    {
        WhiskerSource source;
        source.url = u"http://127.0.0.1:1"_s;
        const Result<QByteArray> data = WhiskerClient::fetch(source);
        QVERIFY(!data);
        QVERIFY2(
            data.error().message.startsWith(u"cannot read flows from http://127.0.0.1:1/flows"_s),
            qPrintable(data.error().message));
    }
};

} // namespace ps

QTEST_GUILESS_MAIN(ps::TestWhiskerSource)
#include "tst_whiskersource.moc"
