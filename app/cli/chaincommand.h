#pragma once
// `policyctl chain --endpoint REF`: the policies that apply to one endpoint, per direction, in
// the order Calico evaluates them — tiers, their policies (staged ones marked), each policy's
// rules — then the endpoint's profiles. Text (core's toText) or `-o json` (core's toJson).
// Exit 1 when the REF names no endpoint (with a "did you mean"), 2 on usage errors. Input with
// errors is evaluated anyway, after a warning on stderr.
//
// The two helpers below are shared with `trace`, the other command that evaluates a workspace.

#include "app/cli/command.h"
#include "core/eval/policyengine.h"

namespace ps::cli {

class ChainCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::ChainCommand)

public:
    ChainCommand();

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

/// Loader and validation errors of the input printed on stderr, then one line saying that
/// `command` evaluates what could be read anyway. Nothing when there are no errors.
void warnAboutInvalidInput(
    QTextStream &err, const QString &command, const Diagnostics &diagnostics);

} // namespace ps::cli
