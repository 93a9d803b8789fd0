#pragma once
// WhiskerFollower: follows a Whisker backend's event stream (GET /flows?watch=true) until the
// caller stops it, handing over each record as soon as its whole `data:` line has arrived —
// never part of one. The first connection is not retried: an unreachable backend or an HTTP
// error ends the follow at once with the error. A stream that ends or breaks later is opened
// again, at most WhiskerFollowOptions::maxReconnects times in a row (a try counts as done once
// it delivers a new record), waiting 1, 2, 4… s between tries; it resumes from the newest start
// time received (startTimeGte), and the records of that time that were already handed over are
// dropped instead of being handed over twice. The caller's keepGoing check runs about every
// 100 ms — while data arrives, while the stream is quiet and while waiting to reconnect.
// run() blocks the calling thread and calls every callback on it.

#include <functional>

#include <QCoreApplication>
#include <QString>

#include "core/flows/flowrecord.h"
#include "core/flows/whiskersource.h"
#include "core/model/result.h"

namespace ps {

struct WhiskerFollowOptions {
    int maxReconnects = 5; // tries in a row before giving up
    int firstDelayMs = 1000; // before the first try; doubled for each further one
    int maxDelayMs = 30000;
};

/// What the follower is doing, for a status line.
struct WhiskerFollowState {
    enum class Kind { Connecting, Connected, Reconnecting };
    Kind kind = Kind::Connecting;
    int attempt = 0; // Reconnecting: this try's number (1-based)
    int attempts = 0; // Reconnecting: of how many (maxReconnects)
    int delayMs = 0; // Reconnecting: the wait before it
    QString reason; // Reconnecting: why the stream ended

    /// For a status line: "connecting", "connected", "the stream broke (…); reconnecting in
    /// 2 s, try 1 of 5".
    QString text() const;
};

struct WhiskerFollowResult {
    enum class End {
        Stopped, // the caller stopped it
        Failed, // the backend could not be read (first connection) or the tries ran out
    };
    End end = End::Stopped;
    QString error; // Failed: why, naming the URL
    qint64 records = 0; // handed over
    qint64 invalid = 0; // data lines that were not a readable record
    qint64 duplicates = 0; // sent again after a reconnection, dropped
    int reconnects = 0; // streams opened again after one ended

    /// One sentence: how it ended, the records, the reconnections.
    QString message() const;
};

class WhiskerFollower {
    Q_DECLARE_TR_FUNCTIONS(WhiskerFollower)

public:
    struct Callbacks {
        std::function<void(const FlowRecord &)> record;
        std::function<void(const Error &)> invalid; // a data line that is not a record
        std::function<void(const WhiskerFollowState &)> state;
        std::function<bool()> keepGoing; // false: stop (checked about every 100 ms)
    };

    explicit WhiskerFollower(WhiskerSource source, WhiskerFollowOptions options = {});

    WhiskerFollowResult run(const Callbacks &callbacks);

private:
    WhiskerSource m_source;
    WhiskerFollowOptions m_options;
};

} // namespace ps
