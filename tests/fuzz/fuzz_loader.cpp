// libFuzzer target for the Loader and the Writer. Arbitrary bytes are loaded; every
// diagnostic must carry a file, line and column. When the input loads without errors it is
// written (YAML and JSON) and loaded again: that must succeed and give an equal Workspace.
// Links policycore and Qt6::Core.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <QByteArray>
#include <QString>

#include "core/io/loader.h"
#include "core/io/writer.h"

using namespace ps;

namespace {

void check(bool condition, const char *what, const QByteArray &context = QByteArray())
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_loader: %s\n%s\n", what, context.constData());
    std::abort();
}

void checkDiagnostics(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        check(!d.file.isEmpty() && d.line >= 1 && d.column >= 1 && !d.message.isEmpty(),
            "diagnostic without a position", d.toString().toUtf8());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult first = Loader().loadText(text, QStringLiteral("fuzz.yaml"));
    checkDiagnostics(first.diagnostics);
    if (hasErrors(first.diagnostics))
        return 0;
    for (const OutputFormat format : {OutputFormat::Yaml, OutputFormat::Json}) {
        const QByteArray written = Writer().write(first.workspace, format);
        const LoadResult second = Loader().loadText(written, QStringLiteral("written"));
        checkDiagnostics(second.diagnostics);
        QByteArray context = written;
        for (const Diagnostic &d : second.diagnostics)
            context += '\n' + d.toString().toUtf8();
        check(!hasErrors(second.diagnostics), "written output does not load", context);
        check(second.workspace == first.workspace, "round trip changed the workspace", written);
    }
    return 0;
}
