#pragma once
// `policyctl render [--node N | --endpoint REF] [--dataplane iptables|nft]`: what Calico's
// Felix would program for a node's endpoints (or one endpoint, as if alone on its node) —
// core's render() and renderOutput(). Text: the `ipset restore` input then the
// `iptables-restore --noflush` input, or the `nft -f` script; `-o save`: the iptables-save
// view of the filter table; `-o json`: every chain and rule with its iptables-restore,
// iptables-save and nft text and its origin (policy, direction, rule index, or the purpose of a
// fixed chain). `--legacy-naming` names policy chains as Felix v3.29–v3.31 did.
//
// Without --node and --endpoint the only node that has endpoints is rendered. Exit 1 for an
// unknown node or endpoint (with "did you mean"), 2 on usage errors. Input with errors is
// rendered anyway, after a warning on stderr; what the renderer only approximates is reported
// as warnings on stderr.

#include "app/cli/workspacecommand.h"
#include "core/dataplane/felixrenderer.h"

namespace ps::cli {

class RenderCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::RenderCommand)

public:
    RenderCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    QString positionalHint() const override;
    int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err) override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;

private:
    /// The dataplane and naming of one run (the node or endpoint is chosen on the workspace).
    RenderRequest m_request;
};

} // namespace ps::cli
