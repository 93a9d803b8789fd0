#pragma once
// FlowFollow: a Whisker backend followed for the Flows dock. A thread of its own runs
// WhiskerFollower and explains each record as it arrives (FlowExplainer); the GUI takes what
// changed since it last looked with take(), as often as it wants to redraw, and never waits on
// the network. setEngine() (after an edit) has the worker explain every group received so far
// again against the new engine, the records themselves are not kept. stop() asks the worker to
// end (it checks about every 100 ms); finished() follows. The destructor stops and waits.

#include <atomic>
#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>

#include "core/eval/policyengine.h"
#include "core/flows/flowexplain.h"
#include "core/flows/whiskerfollower.h"

namespace ps {

class FlowFollow : public QObject {
    Q_OBJECT
public:
    FlowFollow(const WhiskerSource &source, std::shared_ptr<const PolicyEngine> engine,
        QObject *parent = nullptr);
    ~FlowFollow() override;

    void stop();
    bool isRunning() const { return !m_done.load(); }
    /// Explain what was received again, and what comes next, against `engine`.
    void setEngine(std::shared_ptr<const PolicyEngine> engine);

    struct Counts {
        qint64 records = 0;
        qint64 packets = 0;
        qint64 bytes = 0;
    };
    /// What changed since the last take().
    struct Batch {
        /// Everything explained again (after setEngine): replaces all groups; newGroups and
        /// counts then follow it.
        std::optional<FlowExplanation> all;
        QList<FlowGroup> newGroups; // appended after the groups taken before
        QHash<int, Counts> counts; // new counts of groups taken before, by index
        qint64 records = 0; // in total
        qint64 invalid = 0;
        WhiskerFollowState state;
        std::optional<WhiskerFollowResult> result; // set once the follow has ended
        bool empty() const { return !all && newGroups.isEmpty() && counts.isEmpty() && !result; }
    };
    Batch take();

Q_SIGNALS:
    void finished();

private:
    void run(const WhiskerSource &source);
    void explainAgainIfAsked();

    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop {false};
    std::atomic<bool> m_done {false};
    QMutex m_mutex; // guards what follows
    Batch m_pending;
    int m_taken = 0; // groups handed to the GUI (in `all` or newGroups)
    std::shared_ptr<const PolicyEngine> m_newEngine;
    // The worker's own (only its thread touches them).
    std::shared_ptr<const PolicyEngine> m_engine;
    std::unique_ptr<FlowExplainer> m_explainer;
};

} // namespace ps
