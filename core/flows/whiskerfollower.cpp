#include "core/flows/whiskerfollower.h"

#include <algorithm>
#include <map>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>

#include "core/flows/flowexplain.h"
#include "core/flows/flowlogreader.h"
#include "core/http/httpclient.h"

namespace ps {

namespace {

// The longest error body kept from a stream (an error is one small JSON object).
constexpr qsizetype kMaxErrorBody = qsizetype(64) * 1024;
// How far before the newest start time the keys of handed-over records are kept: the backend
// resends whole 15-s buckets from the resume point, never older ones.
constexpr qint64 kKeptSeconds = 60;
constexpr int kPollMs = 100;

QString errorOf(const QByteArray &body)
{
    const QString message
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
    return message.isEmpty() ? QString::fromUtf8(body.left(200)).simplified() : message;
}

// A record as the backend keys it in one bucket: the group key, the pending trace and the time.
QString recordKey(const FlowRecord &r)
{
    QString key = flowGroupKey(r);
    for (const PolicyHit &h : r.pending)
        key += u'#' + hitDescription(h) + u'#' + QString::number(int(h.action));
    return key + u'@' + QString::number(r.startTime);
}

// How one connection to the stream went.
struct Attempt {
    bool answered = false; // HTTP 200 came
    bool fatal = false; // retrying cannot help (a 4xx)
    bool stopped = false;
    qint64 fresh = 0; // new records it delivered
    QString error;
};

} // namespace

QString WhiskerFollowState::text() const
{
    switch (kind) {
    case Kind::Connecting:
        return WhiskerFollower::tr("connecting");
    case Kind::Connected:
        return WhiskerFollower::tr("connected");
    case Kind::Reconnecting:
        break;
    }
    return WhiskerFollower::tr("the stream broke (%1); reconnecting in %2 s, try %3 of %4")
        .arg(reason)
        .arg(double(delayMs) / 1000.0, 0, 'g', 3)
        .arg(attempt)
        .arg(attempts);
}

QString WhiskerFollowResult::message() const
{
    QString text = end == End::Stopped
        ? WhiskerFollower::tr("Stopped after %n record(s)", nullptr, int(records))
        : WhiskerFollower::tr("Failed after %n record(s): %1", nullptr, int(records)).arg(error);
    if (reconnects > 0)
        text += WhiskerFollower::tr("; reconnected %n time(s)", nullptr, reconnects);
    if (duplicates > 0)
        text += WhiskerFollower::tr(
            "; %n record(s) sent again after reconnecting were dropped", nullptr, int(duplicates));
    if (invalid > 0)
        text += WhiskerFollower::tr("; %n line(s) could not be read", nullptr, int(invalid));
    return text + u'.';
}

WhiskerFollower::WhiskerFollower(WhiskerSource source, WhiskerFollowOptions options)
    : m_source(std::move(source)), m_options(options)
{
}

WhiskerFollowResult WhiskerFollower::run(const Callbacks &callbacks)
{
    WhiskerFollowResult result;
    const auto keepGoing = [&callbacks] { return !callbacks.keepGoing || callbacks.keepGoing(); };
    const auto say = [&callbacks](const WhiskerFollowState &state) {
        if (callbacks.state)
            callbacks.state(state);
    };
    if (!isWhiskerUrl(m_source.url)) {
        result.end = WhiskerFollowResult::End::Failed;
        // The same words as WhiskerClient's.
        result.error
            = WhiskerClient::tr("a Whisker backend's URL starts with http:// or https:// (got %1)")
                  .arg(m_source.url);
        return result;
    }

    // Where a reconnection resumes: where the first stream started, then the newest start time
    // handed over.
    qint64 resumeFrom = QDateTime::currentSecsSinceEpoch() - qMax<qint64>(m_source.sinceSeconds, 0);
    std::map<qint64, QSet<QString>> handedOver; // keys by start time, the newest kept
    int line = 0;

    const auto connectOnce = [&](const QByteArray &url) {
        Attempt attempt;
        HttpRequest request = whiskerRequest(m_source, url, "text/event-stream");
        request.timeoutSeconds = 0;
        const QString where = QString::fromUtf8(url);
        QByteArray partial;
        QByteArray other;
        const auto takeLine = [&](QByteArrayView text) {
            ++line;
            if (!text.startsWith("data:")) {
                if (other.size() < kMaxErrorBody)
                    other.append(text.data(), text.size());
                return;
            }
            const QByteArray json = text.sliced(5).trimmed().toByteArray();
            Result<FlowRecord> record = parseFlowRecord(json, where, line, 7);
            if (!record) {
                ++result.invalid;
                if (callbacks.invalid)
                    callbacks.invalid(record.error());
                return;
            }
            record->line = line;
            const QString key = recordKey(*record);
            QSet<QString> &keys = handedOver[record->startTime];
            if (keys.contains(key)) {
                ++result.duplicates;
                return;
            }
            keys.insert(key);
            const qint64 newest = handedOver.rbegin()->first;
            handedOver.erase(handedOver.begin(), handedOver.lower_bound(newest - kKeptSeconds));
            resumeFrom = newest;
            ++attempt.fresh;
            ++result.records;
            if (callbacks.record)
                callbacks.record(*record);
        };
        bool saidConnected = false;
        const HttpReply reply = streamHttp(
            request,
            [&](QByteArrayView chunk) {
                partial.append(chunk.data(), chunk.size());
                qsizetype start = 0;
                for (qsizetype end = partial.indexOf('\n'); end >= 0;
                     end = partial.indexOf('\n', start)) {
                    takeLine(QByteArrayView(partial).sliced(start, end - start + 1));
                    start = end + 1;
                }
                partial.remove(0, start);
                return keepGoing();
            },
            [&](int status) {
                if (status == 200 && !saidConnected) {
                    saidConnected = true;
                    say({WhiskerFollowState::Kind::Connected, 0, 0, 0, {}});
                }
                return keepGoing();
            });
        attempt.answered = reply.status == 200;
        switch (reply.failure) {
        case HttpReply::Failure::Stopped:
            attempt.stopped = true;
            return attempt;
        case HttpReply::Failure::None:
            break;
        case HttpReply::Failure::NoReply:
        case HttpReply::Failure::TimedOut:
        case HttpReply::Failure::Other:
            attempt.error
                = WhiskerClient::tr("cannot read flows from %1: %2").arg(where, reply.error);
            return attempt;
        }
        if (reply.status != 200) {
            attempt.fatal = reply.status >= 400 && reply.status < 500 && reply.status != 408
                && reply.status != 429;
            attempt.error = WhiskerClient::tr("the Whisker backend at %1 answered HTTP %2: %3")
                                .arg(where)
                                .arg(reply.status)
                                .arg(errorOf(other + partial));
            return attempt;
        }
        attempt.error = tr("the Whisker backend at %1 ended the stream").arg(where);
        return attempt;
    };

    say({WhiskerFollowState::Kind::Connecting, 0, 0, 0, {}});
    WhiskerSource first = m_source;
    first.watchSeconds = 1; // whiskerFlowsUrl(): the stream, with --since as asked
    Attempt attempt = connectOnce(whiskerFlowsUrl(first));
    if (!attempt.answered && !attempt.stopped) {
        result.end = WhiskerFollowResult::End::Failed;
        result.error = attempt.error;
        return result;
    }
    int failures = 0;
    while (!attempt.stopped) {
        if (attempt.fatal) {
            result.end = WhiskerFollowResult::End::Failed;
            result.error = attempt.error;
            return result;
        }
        failures = attempt.fresh > 0 ? 1 : failures + 1;
        if (failures > m_options.maxReconnects) {
            result.end = WhiskerFollowResult::End::Failed;
            result.error
                = tr("gave up after %n try(ies) to reconnect: %1", nullptr, m_options.maxReconnects)
                      .arg(attempt.error);
            return result;
        }
        const int delay = int(std::min<qint64>(
            qint64(m_options.firstDelayMs) << std::min(failures - 1, 20), m_options.maxDelayMs));
        say({WhiskerFollowState::Kind::Reconnecting, failures, m_options.maxReconnects, delay,
            attempt.error});
        for (int waited = 0; waited < delay; waited += kPollMs) {
            if (!keepGoing())
                return result;
            QThread::msleep(std::min(kPollMs, delay - waited));
        }
        if (!keepGoing())
            return result;
        ++result.reconnects;
        attempt = connectOnce(whiskerStreamUrl(m_source, resumeFrom));
    }
    return result;
}

} // namespace ps
