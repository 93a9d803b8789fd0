#include "app/cli/chaincommand.h"

#include "core/eval/endpointchain.h"
#include "core/report/chainreport.h"
#include "core/report/leftoutreport.h"

namespace ps::cli {

namespace {

const QString kEndpointOption = QStringLiteral("endpoint");

} // namespace

ChainCommand::ChainCommand()
    : WorkspaceCommand(QStringLiteral("chain"),
        tr("Show the policies that apply to an endpoint, per direction, in evaluation order."),
        {{QStringLiteral("text"), QStringLiteral("json")}}, InvalidInput::Evaluate)
{
}

void ChainCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(kEndpointOption,
        tr("The endpoint: namespace/name (a pod, else a workload template), hep:name (a host "
           "endpoint) or the IP address of one."),
        QStringLiteral("REF")));
}

QString ChainCommand::positionalHint() const
{
    return tr("the endpoint is given with --endpoint");
}

int ChainCommand::parseOptions(const QCommandLineParser &parser, const QString &, QTextStream &err)
{
    if (!parser.isSet(kEndpointOption) || parser.value(kEndpointOption).trimmed().isEmpty())
        return usageError(err, tr("missing --endpoint REF"));
    if (!givenOnce(parser, {kEndpointOption}, err))
        return ExitUsage;
    return Continue;
}

int ChainCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    const PolicyEngine &engine = context.input().engine();
    const std::optional<EndpointRef> ref
        = resolveEndpoint(engine, context.parser.value(kEndpointOption),
            tr("%1 is outside the inventory: it is no Calico endpoint, so no policy applies to it"),
            err);
    if (!ref)
        return ExitFailure;

    const EndpointChain chain = engine.chain(ref->object);
    if (context.format == QLatin1StringView("json"))
        out << QString::fromUtf8(withLeftOut(toJson(chain), engine.leftOut())) << u'\n';
    else
        out << toText(chain) << leftOutText(engine.leftOut());
    return ExitSuccess;
}

} // namespace ps::cli
