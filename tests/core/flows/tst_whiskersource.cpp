// A live Whisker backend as a flow-log source (core/flows/whiskersource), against a STUB of
// whisker-backend's HTTP API (tests/support/whiskerstub: the real backend needs Goldmane and a
// cluster, which cannot run here). The list and the event stream give the same records as the
// file they came from; the query, token and prefix are sent as the backend expects; the
// backend's errors and an unreachable backend are said plainly. Following the stream
// (WhiskerFollower) hands records over as they come, stops when asked while the stream is quiet,
// resumes a dropped stream from the newest start time without losing or repeating records, and
// gives up after its tries.

#include <atomic>

#include <QElapsedTimer>
#include <QMutex>
#include <QTest>
#include <QThread>

#include "core/flows/flowexplain.h"
#include "core/flows/flowlogreader.h"
#include "core/flows/whiskerfollower.h"
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

// A WhiskerFollower run on a thread of its own, what it hands over collected.
class FollowRun {
public:
    explicit FollowRun(const WhiskerSource &source, WhiskerFollowOptions options = {},
        const std::function<void(qint64 records)> &onRecord = {})
        : m_follower(source, options)
    {
        WhiskerFollower::Callbacks callbacks;
        callbacks.record = [this, onRecord](const FlowRecord &r) {
            qint64 count = 0;
            {
                QMutexLocker lock(&m_mutex);
                m_records.append(r);
                count = m_records.size();
            }
            if (onRecord)
                onRecord(count);
        };
        callbacks.state = [this](const WhiskerFollowState &state) {
            QMutexLocker lock(&m_mutex);
            m_states.append(state);
        };
        callbacks.keepGoing = [this] { return !m_stop.load(); };
        m_thread.reset(QThread::create([this, callbacks] {
            m_result = m_follower.run(callbacks);
            m_done.store(true);
        }));
        m_thread->start();
    }
    ~FollowRun()
    {
        m_stop.store(true);
        m_thread->wait();
    }
    FollowRun(const FollowRun &) = delete;
    FollowRun &operator=(const FollowRun &) = delete;

    void stop() { m_stop.store(true); }
    bool done() const { return m_done.load(); }
    qsizetype count() const
    {
        QMutexLocker lock(&m_mutex);
        return m_records.size();
    }
    QList<FlowRecord> records() const
    {
        QMutexLocker lock(&m_mutex);
        return m_records;
    }
    QList<WhiskerFollowState> states() const
    {
        QMutexLocker lock(&m_mutex);
        return m_states;
    }
    const WhiskerFollowResult &result() const { return m_result; } // once done()

private:
    WhiskerFollower m_follower;
    std::unique_ptr<QThread> m_thread;
    mutable QMutex m_mutex;
    QList<FlowRecord> m_records;
    QList<WhiskerFollowState> m_states;
    std::atomic<bool> m_stop {false};
    std::atomic<bool> m_done {false};
    WhiskerFollowResult m_result;
};

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

    // Events sent over time arrive one by one; once they stop coming the stream stays open
    // and quiet, and the follow still stops when asked.
    void followHandsOverRecordsAsTheyArrive()
    {
        test::WhiskerStub stub(fixtureFlows(), "/whisker-backend");
        stub.streamInterval(40);
        WhiskerSource source;
        source.url = stub.url();
        source.token = "t0ken";
        FollowRun run(source);
        QTRY_VERIFY(run.count() >= 1);
        QVERIFY2(run.count() < fileRecords().size(), "the records did not come one by one");
        QTRY_COMPARE(run.count(), fileRecords().size());
        QVERIFY(!run.done()); // the stream is open and quiet: nothing ends it but the caller
        run.stop();
        QTRY_VERIFY(run.done());
        QCOMPARE(run.result().end, WhiskerFollowResult::End::Stopped);
        QCOMPARE(run.result().records, fileRecords().size());
        QCOMPARE(run.result().reconnects, 0);
        QVERIFY(sameRecords(run.records(), fileRecords()));
        QVERIFY2(run.result().message().startsWith(u"Stopped after 9 record(s)"_s),
            qPrintable(run.result().message()));
        QCOMPARE(stub.requests().size(), 1);
        QCOMPARE(stub.requests().first().target, QByteArray("/whisker-backend/flows?watch=true"));
        QCOMPARE(stub.requests().first().authorization, QByteArray("Bearer t0ken"));
        const QList<WhiskerFollowState> states = run.states();
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.at(0).kind, WhiskerFollowState::Kind::Connecting);
        QCOMPARE(states.at(1).kind, WhiskerFollowState::Kind::Connected);
    }

    // Stopped before anything came: the connection is open and silent.
    void followStopsOnAQuietStream()
    {
        test::WhiskerStub stub({});
        WhiskerSource source;
        source.url = stub.url();
        source.sinceSeconds = 300;
        FollowRun run(source);
        QTRY_COMPARE(run.states().size(), 2); // connected
        QVERIFY(!run.done());
        run.stop();
        QTRY_VERIFY(run.done());
        QCOMPARE(run.result().end, WhiskerFollowResult::End::Stopped);
        QCOMPARE(run.result().records, 0);
        QCOMPARE(stub.requests().first().target, QByteArray("/flows?startTimeGte=-300&watch=true"));
    }

    // The first stream is cut after four events: the follower reconnects from the newest start
    // time it holds, drops the record of that time the backend sends again, and every record
    // of the file arrives exactly once, in order.
    void followResumesADroppedStream()
    {
        const QList<FlowRecord> expected = fileRecords();
        test::WhiskerStub stub(fixtureFlows());
        stub.streamInterval(20);
        stub.dropFirstStreamAfter(4);
        WhiskerSource source;
        source.url = stub.url();
        WhiskerFollowOptions options;
        options.firstDelayMs = 50;
        FollowRun run(source, options);
        QTRY_COMPARE(run.count(), expected.size());
        run.stop();
        QTRY_VERIFY(run.done());
        QVERIFY(sameRecords(run.records(), expected));
        QCOMPARE(run.result().end, WhiskerFollowResult::End::Stopped);
        QCOMPARE(run.result().reconnects, 1);
        QCOMPARE(run.result().duplicates, 1);
        QCOMPARE(stub.requests().size(), 2);
        QCOMPARE(stub.requests().at(1).target,
            "/flows?startTimeGte=" + QByteArray::number(expected.at(3).startTime) + "&watch=true");
        bool reconnecting = false;
        for (const WhiskerFollowState &s : run.states()) {
            if (s.kind == WhiskerFollowState::Kind::Reconnecting) {
                reconnecting = true;
                QCOMPARE(s.attempt, 1);
                QCOMPARE(s.delayMs, 50);
                QVERIFY2(!s.reason.isEmpty(), "no reason given");
            }
        }
        QVERIFY(reconnecting);
        QVERIFY2(run.result().message().contains(u"reconnected 1 time(s)"_s),
            qPrintable(run.result().message()));
    }

    // The stream breaks and the backend then answers 500 to every try: the follower gives up
    // after its tries and says why.
    void followGivesUpAfterItsTries()
    {
        test::WhiskerStub stub(fixtureFlows());
        stub.streamInterval(20);
        stub.dropFirstStreamAfter(2);
        WhiskerSource source;
        source.url = stub.url();
        WhiskerFollowOptions options;
        options.maxReconnects = 2;
        options.firstDelayMs = 20;
        FollowRun run(source, options, [&stub](qint64 records) {
            if (records == 2)
                stub.failWith(500, "Internal Server Error");
        });
        QTRY_VERIFY(run.done());
        QCOMPARE(run.result().end, WhiskerFollowResult::End::Failed);
        QCOMPARE(run.result().records, 2);
        QCOMPARE(run.result().reconnects, 2);
        QVERIFY2(run.result().error.contains(u"gave up after 2 try(ies) to reconnect"_s),
            qPrintable(run.result().error));
        QVERIFY2(run.result().error.contains(u"HTTP 500: Internal Server Error"_s),
            qPrintable(run.result().error));
        QCOMPARE(stub.requests().size(), 3);
    }

    // The first connection is not retried: an error is said at once.
    void followFirstConnectionErrors()
    {
        test::WhiskerStub stub(fixtureFlows());
        stub.failWith(400, "invalid filter");
        WhiskerSource source;
        source.url = stub.url();
        WhiskerFollower follower(source);
        WhiskerFollowResult result = follower.run({});
        QCOMPARE(result.end, WhiskerFollowResult::End::Failed);
        QVERIFY2(result.error.contains(u"HTTP 400: invalid filter"_s), qPrintable(result.error));
        QCOMPARE(stub.requests().size(), 1);
        source.url = u"http://127.0.0.1:1"_s;
        result = WhiskerFollower(source).run({});
        QCOMPARE(result.end, WhiskerFollowResult::End::Failed);
        QVERIFY2(result.error.startsWith(u"cannot read flows from http://127.0.0.1:1/flows"_s),
            qPrintable(result.error));
        QCOMPARE(result.reconnects, 0);
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
