#include "ui/flows/flowfollow.h"

#include <QMutexLocker>

namespace ps {

FlowFollow::FlowFollow(
    const WhiskerSource &source, std::shared_ptr<const PolicyEngine> engine, QObject *parent)
    : QObject(parent), m_engine(std::move(engine))
{
    m_explainer = std::make_unique<FlowExplainer>(*m_engine);
    m_thread.reset(QThread::create([this, source] { run(source); }));
    m_thread->start();
}

FlowFollow::~FlowFollow()
{
    m_stop.store(true);
    m_thread->wait();
}

void FlowFollow::stop()
{
    m_stop.store(true);
}

void FlowFollow::setEngine(std::shared_ptr<const PolicyEngine> engine)
{
    QMutexLocker lock(&m_mutex);
    m_newEngine = std::move(engine);
}

FlowFollow::Batch FlowFollow::take()
{
    QMutexLocker lock(&m_mutex);
    Batch batch = std::move(m_pending);
    m_pending = Batch {};
    m_pending.records = batch.records;
    m_pending.invalid = batch.invalid;
    m_pending.state = batch.state;
    m_taken += int(batch.newGroups.size());
    if (batch.all)
        m_taken = int(batch.all->groups.size() + batch.newGroups.size());
    return batch;
}

void FlowFollow::explainAgainIfAsked()
{
    std::shared_ptr<const PolicyEngine> engine;
    {
        QMutexLocker lock(&m_mutex);
        engine = std::move(m_newEngine);
        m_newEngine.reset();
    }
    if (!engine)
        return;
    auto explainer = std::make_unique<FlowExplainer>(*engine);
    for (const FlowGroup &g : m_explainer->explanation().groups)
        explainer->addExplainedAgain(g);
    m_explainer = std::move(explainer);
    m_engine = std::move(engine); // the old engine only now: the old explainer referred to it
    QMutexLocker lock(&m_mutex);
    m_pending.all = m_explainer->explanation();
    m_pending.newGroups.clear();
    m_pending.counts.clear();
    m_taken = 0; // take() counts `all` in
}

void FlowFollow::run(const WhiskerSource &source)
{
    WhiskerFollower::Callbacks callbacks;
    callbacks.record = [this](const FlowRecord &record) {
        explainAgainIfAsked();
        const FlowExplainer::Added added = m_explainer->add(record);
        const FlowExplanation &e = m_explainer->explanation();
        const FlowGroup &group = e.groups.at(added.group);
        QMutexLocker lock(&m_mutex);
        m_pending.records = e.records;
        // Index of the group among those not yet taken, if it is one of them.
        const int base = m_pending.all ? int(m_pending.all->groups.size()) : m_taken;
        if (m_pending.all && added.group < base) {
            m_pending.all->groups[added.group] = group;
            m_pending.all->records = e.records;
        } else if (added.isNew) {
            m_pending.newGroups.append(group);
        } else if (added.group >= base) {
            m_pending.newGroups[added.group - base] = group;
        } else {
            m_pending.counts.insert(added.group, {group.records, group.packets, group.bytes});
        }
    };
    callbacks.invalid = [this](const Error &) {
        QMutexLocker lock(&m_mutex);
        ++m_pending.invalid;
    };
    callbacks.state = [this](const WhiskerFollowState &state) {
        QMutexLocker lock(&m_mutex);
        m_pending.state = state;
    };
    callbacks.keepGoing = [this] {
        explainAgainIfAsked();
        return !m_stop.load();
    };
    const WhiskerFollowResult result = WhiskerFollower(source).run(callbacks);
    {
        QMutexLocker lock(&m_mutex);
        m_pending.result = result;
    }
    m_done.store(true);
    QMetaObject::invokeMethod(this, &FlowFollow::finished, Qt::QueuedConnection);
}

} // namespace ps
