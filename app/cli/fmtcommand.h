#pragma once
// `policyctl fmt`: canonical YAML (or `-o json`) of the input, which `calicoctl apply -f`
// accepts. Refuses (exit 1, diagnostics on stderr) when the input has errors. `-w` rewrites
// each input file in place through the WorkspaceStore: every document in canonical form where
// it is, comments between documents kept, documents it cannot represent (unknown kinds, fields
// it does not model, errors) and files that did not parse kept exactly as written (exit 1
// when the input had errors); only files that change are written, atomically. `--check` lists
// the files `-w` would write and exits 1 if there are any.

#include "app/cli/workspacecommand.h"
#include "core/io/loader.h"

namespace ps::cli {

class FmtCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::FmtCommand)

public:
    FmtCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err) override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;

private:
    int rewriteFiles(const LoadResult &loaded, const Workspace &workspace, bool checkOnly,
        QTextStream &out, QTextStream &err) const;
};

} // namespace ps::cli
