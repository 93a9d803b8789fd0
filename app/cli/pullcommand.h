#pragma once
// `policyctl pull --etcd URL[,URL] [etcd TLS and user options] --out DIR
// [--calico-version V]`: reads Calico's etcd datastore — core's EtcdPush::pull — and writes
// every policy resource it holds (tiers, the policy kinds, profiles, network sets, host
// endpoints; not what Calico makes itself) into DIR, one YAML file per resource, with the
// Calico version in DIR's settings file, so DIR opens in the studio and in every policyctl
// command. Exit 0 when everything was read and written, 1 when the datastore could not be read
// or a value could not be (the output names its key; nothing is written then), 2 on usage
// errors.
//
// `policyctl pull --kubeconfig FILE [--context C] --out DIR [--calico-version V]`: the same
// for a Kubernetes cluster running Calico — core's KubePush::pull: namespaces, nodes, service
// accounts, pods, services, Kubernetes NetworkPolicies and every Calico policy kind, network
// set and host endpoint the cluster's layout serves.

#include "app/cli/command.h"
#include "core/model/calicoversion.h"

namespace ps::cli {

class PullCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::PullCommand)

public:
    PullCommand();

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    int pullFromKube(const QCommandLineParser &parser, CalicoVersion version, QTextStream &out,
        QTextStream &err);
};

} // namespace ps::cli
