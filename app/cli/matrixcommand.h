#pragma once
// `policyctl matrix`: which groups of endpoints may open connections to which, for one probe
// (--protocol, --port), grouped --by pod, workload, namespace (the default) or service account
// (core's computeMatrix). Output is core's renderers: txt (the default), csv, json, md, dot.
//
// Exit codes: 0 when the matrix was printed; 1 for an unknown protocol; 2 on usage errors.
// Input with errors is evaluated anyway, after a warning on stderr.

#include "app/cli/command.h"

namespace ps::cli {

class MatrixCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::MatrixCommand)

public:
    MatrixCommand();

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace ps::cli
