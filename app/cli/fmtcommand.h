#pragma once
// `policyctl fmt`: canonical YAML (or `-o json`) of the input, which `calicoctl apply -f`
// accepts. Refuses (exit 1, diagnostics on stderr) when the input has errors. `-w` rewrites
// each input file in place (atomically, only when it changes; .json files stay JSON);
// `--check` lists the files that are not formatted and exits 1 if there are any.

#include "app/cli/command.h"

namespace ps::cli {

class FmtCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::FmtCommand)

public:
    FmtCommand();

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    int rewriteFiles(
        const QStringList &files, bool checkOnly, QTextStream &out, QTextStream &err) const;
};

} // namespace ps::cli
