#pragma once
// `policyctl generate`: a synthetic cluster (core/generate) as YAML on stdout, or as several
// files in --out DIR. Same options and seed ⇒ byte-identical output.

#include "app/cli/command.h"

namespace ps::cli {

class GenerateCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::GenerateCommand)

public:
    GenerateCommand();

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace ps::cli
