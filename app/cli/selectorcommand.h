#pragma once
// `policyctl selector EXPR [--labels JSON]`: parse a Calico label selector and show its
// canonical text, UniqueID and Felix IP set name, and whether it matches the labels given.
// `-o json` prints {valid, canonical, id, ipset, matches, error:{message,column}} (matches
// only with --labels; null where a value does not apply; column: the 1-based character of the
// expression where the error is, as in file diagnostics). Exit 1 when the selector is
// invalid, 2 on usage errors (a missing expression, --labels that is not a JSON object of
// strings).

#include "app/cli/command.h"

namespace ps::cli {

class SelectorCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::SelectorCommand)

public:
    SelectorCommand();

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace ps::cli
