#pragma once
// `policyctl validate`: every diagnostic of loading and of Calico's validation rules. Text
// output prints them on stderr in the error format plus a summary line; `-o json` prints the
// array [{severity,message,file,line,column,path}] on stdout. Exit 1 when there is an error
// (or, with --strict, a warning).

#include "app/cli/command.h"

namespace ps::cli {

class ValidateCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::ValidateCommand)

public:
    ValidateCommand();

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace ps::cli
