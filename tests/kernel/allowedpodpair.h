#pragma once
// The pod pair the kernel benchmarks measure (tst_kernelconformance throughput, bench_connrate):
// two pods of one node that the engine allows on a TCP port, with the most policies applying
// (the sender's egress and the receiver's ingress), so that the rules a connection traverses
// are as many as the workspace gives.

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

/// The pair on the first node of `engine`'s inventory that has addressed pods: the engine's
/// trace allows client → server on TCP `port`, and no allowed pair there has more policies.
AllowedPodPair busiestAllowedPodPair(const PolicyEngine &engine, int port);

} // namespace ps::kerneltest
