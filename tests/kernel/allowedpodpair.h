#pragma once
// The pod pairs the kernel benchmarks measure (tst_kernelconformance throughput, bench_connrate):
// two pods of one node that the engine allows on a TCP port. The busiest pair has the most
// policies applying (the sender's egress and the receiver's ingress), so that the rules a
// connection traverses are as many as the workspace gives; the typical pair has the median
// number of policies among the allowed pairs of the node.

#include <QList>
#include <QString>

namespace ps {
class PolicyEngine;
}

namespace ps::kerneltest {

struct AllowedPodPair {
    QString node; // the first node with an addressed pod, in inventory order
    int client = -1; // engine object ids; -1: no pair of its pods is allowed on the port
    int server = -1;
    int policies = -1; // policies applying to the pair
    bool found() const { return client >= 0; }
};

/// Every ordered pair of pods on the first node of `engine`'s inventory that has addressed pods
/// whose client → server connection on TCP `port` the engine's trace allows, in inventory order.
QList<AllowedPodPair> allowedPodPairs(const PolicyEngine &engine, int port);

/// The first of `pairs` with the most policies; not found() when `pairs` is empty.
AllowedPodPair busiestOf(const QList<AllowedPodPair> &pairs);

/// The first of `pairs` whose policy count is the (lower) median of their counts; not found()
/// when `pairs` is empty.
AllowedPodPair typicalOf(const QList<AllowedPodPair> &pairs);

/// busiestOf(allowedPodPairs(engine, port)), with the node set even when no pair is allowed.
AllowedPodPair busiestAllowedPodPair(const PolicyEngine &engine, int port);

} // namespace ps::kerneltest
