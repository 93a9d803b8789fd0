#pragma once
// `policyctl chain --endpoint REF`: the policies that apply to one endpoint, per direction, in
// the order Calico evaluates them — tiers, their policies (staged ones marked), each policy's
// rules — then the endpoint's profiles. Text (core's toText) or `-o json` (core's toJson).
// Exit 1 when the REF names no endpoint (with a "did you mean"), 2 on usage errors. Input with
// errors is evaluated anyway, after a warning on stderr.

#include "app/cli/workspacecommand.h"

namespace ps::cli {

class ChainCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::ChainCommand)

public:
    ChainCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    QString positionalHint() const override;
    int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err) override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;
};

} // namespace ps::cli
