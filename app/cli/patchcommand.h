#pragma once
// `policyctl patch`: `kubectl patch --local` for the files of a workspace. The resource named by
// --kind, --name (and --namespace) is patched with --patch, a JSON merge patch (--type merge,
// the default) or a JSON patch (--type json), through the core's ResourcePatcher; the patched
// workspace is validated and, with -w, written back through the WorkspaceStore, which changes
// only the lines of the fields the patch changed. Without -w the patched document is printed
// as it would be in its file. Exit 1 when the resource is not there, the patch is not JSON or
// fails (a JSON patch test included), the patched resource is invalid (its errors on stderr,
// with their line and column in the patched file; nothing is written) or the file cannot be
// written.

#include "app/cli/workspacecommand.h"

namespace ps::cli {

class PatchCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::PatchCommand)

public:
    PatchCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err) override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;
};

} // namespace ps::cli
