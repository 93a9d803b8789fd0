#pragma once
// `policyctl validate`: every diagnostic of loading and of Calico's validation rules. Text
// output prints them on stderr in the error format plus a summary line; `-o json` prints the
// array [{severity,message,file,line,column,path}] on stdout. Exit 1 when there is an error
// (or, with --strict, a warning).

#include "app/cli/workspacecommand.h"

namespace ps::cli {

class ValidateCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::ValidateCommand)

public:
    ValidateCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;
};

} // namespace ps::cli
