#include "app/cli/chaincommand.h"

#include "app/cli/diagnosticprinter.h"
#include "core/eval/endpointchain.h"
#include "core/eval/endpointlookup.h"
#include "core/report/chainreport.h"
#include "core/validate/validator.h"

namespace ps::cli {

namespace {

const QString kEndpointOption = QStringLiteral("endpoint");

} // namespace

void warnAboutInvalidInput(QTextStream &err, const QString &command, const Diagnostics &diagnostics)
{
    const qsizetype errors = DiagnosticPrinter::count(diagnostics, Severity::Error);
    if (errors == 0)
        return;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::Error)
            err << d.toString() << u'\n';
    }
    err << ChainCommand::tr("policyctl %1: warning: the input has %2 error(s) (see 'policyctl "
                            "validate'); evaluating what could be read anyway — Calico would "
                            "refuse the invalid resources")
               .arg(command)
               .arg(errors)
        << u'\n';
}

ChainCommand::ChainCommand()
    : Command(QStringLiteral("chain"),
        tr("Show the policies that apply to an endpoint, per direction, in evaluation order."))
{
}

void ChainCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(fileOption());
    parser.addOption(outputOption({QStringLiteral("text"), QStringLiteral("json")}));
    parser.addOption(QCommandLineOption(kEndpointOption,
        tr("The endpoint: namespace/name (a pod, else a workload template), hep:name (a host "
           "endpoint) or the IP address of one."),
        QStringLiteral("REF")));
}

int ChainCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString format = outputFormat(
        parser, err, {QStringLiteral("text"), QStringLiteral("json")}, QStringLiteral("text"));
    if (format.isEmpty())
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(err,
            tr("unexpected argument '%1' (the endpoint is given with --endpoint)")
                .arg(parser.positionalArguments().constFirst()));
    }
    if (!parser.isSet(kEndpointOption) || parser.value(kEndpointOption).trimmed().isEmpty())
        return usageError(err, tr("missing --endpoint REF"));
    if (parser.values(kEndpointOption).size() > 1)
        return usageError(err, tr("--endpoint is given more than once"));

    LoadResult loaded;
    if (!loadInputs(parser, err, loaded))
        return ExitUsage;
    Diagnostics diagnostics = loaded.diagnostics;
    diagnostics += Validator().validate(loaded.workspace);
    warnAboutInvalidInput(err, name(), diagnostics);

    const PolicyEngine engine(loaded.workspace);
    const EndpointRef ref = engine.resolve(parser.value(kEndpointOption));
    if (!ref.ok()) {
        err << QStringLiteral("policyctl chain: error: ") << EndpointLookup::unresolvedMessage(engine, ref)
            << u'\n';
        return ExitFailure;
    }
    if (!ref.isEndpoint()) {
        err << QStringLiteral("policyctl chain: error: ")
            << tr("%1 is outside the inventory: it is no Calico endpoint, so no policy applies "
                  "to it")
                   .arg(ref.display)
            << u'\n';
        return ExitFailure;
    }

    const EndpointChain chain = engine.chain(ref.object);
    if (format == QLatin1StringView("json"))
        out << QString::fromUtf8(toJson(chain)) << u'\n';
    else
        out << toText(chain);
    return ExitSuccess;
}

} // namespace ps::cli
