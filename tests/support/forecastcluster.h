#pragma once
// The one-node cluster the placement-forecast tests place pods on (core and Charts dock).

#include <QByteArray>

namespace ps::test {

// A node with pod CIDRs of `cidrs`, one pod app=web on it, and a policy whose rule matches
// app=web by selector (an IP set of the web pods' addresses, per family).
inline QByteArray forecastCluster(const QByteArray &cidrs, const QByteArray &podIPs)
{
    return R"(apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: v1
kind: Node
metadata: {name: worker-1}
spec:
  podCIDRs: )"
        + cidrs + R"(
status:
  addresses: [{type: InternalIP, address: 192.168.1.11}]
---
apiVersion: v1
kind: Pod
metadata: {name: web-0, namespace: shop, labels: {app: web}}
spec: {nodeName: worker-1}
status: {podIPs: )"
        + podIPs + R"(}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: from-web}
spec:
  selector: all()
  ingress:
    - action: Allow
      source: {selector: app == 'web'}
)";
}

} // namespace ps::test
