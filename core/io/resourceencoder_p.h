#pragma once
// ResourceEncoder: model values as OutNode documents in the shape `calicoctl apply` /
// `kubectl apply` read — apiVersion, kind, metadata, spec — with Calico's field order, empty
// optional fields left out and every field the model keeps written, so that reading the
// result gives back an equal value. Private to core/io; the Writer prints the documents.

#include "core/io/outnode_p.h"
#include "core/model/adminpolicy.h"
#include "core/model/calico.h"
#include "core/model/kubernetes.h"
#include "core/model/policy.h"

namespace ps {

class ResourceEncoder {
public:
    static OutNode encode(const CalicoPolicy &policy);
    static OutNode encode(const Tier &tier);
    static OutNode encode(const Profile &profile);
    static OutNode encode(const NetworkSet &set);
    static OutNode encode(const HostEndpoint &endpoint);
    static OutNode encode(const IpPool &pool);
    static OutNode encode(const FelixConfiguration &config);
    static OutNode encode(const KubernetesNetworkPolicy &policy);
    static OutNode encode(const AdminPolicy &policy);
    static OutNode encode(const Namespace &ns);
    static OutNode encode(const ServiceAccount &account);
    static OutNode encode(const Pod &pod);
    static OutNode encode(const WorkloadTemplate &workload);
    static OutNode encode(const Service &service);
    static OutNode encode(const EndpointSlice &slice);
    static OutNode encode(const Node &node);

    static OutNode encode(const Rule &rule);
    static OutNode encode(const EntityRule &entity);
    static OutNode encode(const ObjectMeta &meta);
    static OutNode encode(const Labels &labels);
    static OutNode encode(const LabelSelector &selector);
    static OutNode encode(const Port &port);
    static OutNode encode(const Protocol &protocol);
};

} // namespace ps
