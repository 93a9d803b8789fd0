#pragma once
// KubernetesValidator: sensible checks of Kubernetes objects as the API server would make
// them — NetworkPolicy (and StagedKubernetesNetworkPolicy) specs: policyTypes, ports and
// endPort, peers, ipBlock CIDRs and excepts, label selectors — and of the inventory that
// policy evaluation relies on (names, labels, pod and service addresses, named ports).
// Also warns where Calico's conversion would quietly change the meaning of a policy.

#include <QCoreApplication>

#include "core/model/kubernetes.h"

namespace ps {

class DiagnosticSink;

class KubernetesValidator {
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    static void validate(DiagnosticSink &sink, const KubernetesNetworkPolicy &policy);
    static void validate(DiagnosticSink &sink, const Namespace &ns);
    static void validate(DiagnosticSink &sink, const Pod &pod);
    static void validate(DiagnosticSink &sink, const ServiceAccount &account);
    static void validate(DiagnosticSink &sink, const Service &service);
    static void validate(DiagnosticSink &sink, const EndpointSlice &slice);
    static void validate(DiagnosticSink &sink, const Node &node);
    static void validate(DiagnosticSink &sink, const WorkloadTemplate &workload);

    /// A metav1.LabelSelector at `path` (matchLabels, matchExpressions operators and values).
    static void checkLabelSelector(
        DiagnosticSink &sink, const LabelSelector &selector, const QString &path);
};

} // namespace ps
