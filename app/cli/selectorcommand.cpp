#include "app/cli/selectorcommand.h"

#include <optional>

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include "core/model/meta.h"
#include "core/report/selectorreport.h"

namespace ps::cli {

SelectorCommand::SelectorCommand()
    : Command(QStringLiteral("selector"),
        tr("Parse a label selector: canonical form, UniqueID, IP set name, matching."))
{
}

void SelectorCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("EXPR"), tr("The selector, e.g. \"app == 'web' && has(tier)\"."));
    parser.addOption(outputOption({QStringLiteral("text"), QStringLiteral("json")}));
    parser.addOption(QCommandLineOption(QStringLiteral("labels"),
        tr("Labels to evaluate the selector against: a JSON object of label to string value, "
           "e.g. '{\"app\":\"web\"}'."),
        QStringLiteral("JSON")));
}

int SelectorCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString format = outputFormat(
        parser, err, {QStringLiteral("text"), QStringLiteral("json")}, QStringLiteral("text"));
    if (format.isEmpty())
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(err, tr("missing selector expression"));
    if (positional.size() > 1) {
        return usageError(err,
            tr("expected one selector expression, got %1 arguments (quote "
               "the expression)")
                .arg(positional.size()));
    }
    const QString &expression = positional.constFirst();

    std::optional<Labels> labels;
    if (parser.isSet(QStringLiteral("labels"))) {
        QJsonParseError parseError;
        const QJsonDocument doc
            = QJsonDocument::fromJson(parser.value(QStringLiteral("labels")).toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            return usageError(err,
                tr("--labels must be a JSON object of label to string value, "
                   "e.g. '{\"app\":\"web\"}'"));
        }
        Labels map;
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString()) {
                return usageError(
                    err, tr("--labels: the value of '%1' is not a string").arg(it.key()));
            }
            map.insert(it.key(), it.value().toString());
        }
        labels = std::move(map);
    }

    const Result<Selector> parsed = Selector::parse(expression);
    if (format == QLatin1StringView("json")) {
        out << QString::fromUtf8(selectorToJson(parsed, labels)) << u'\n';
        return parsed.ok() ? ExitSuccess : ExitFailure;
    }
    if (!parsed.ok()) {
        printError(err, selectorErrorText(parsed.error(), expression));
        return ExitFailure;
    }
    out << selectorToText(parsed.value(), labels);
    return ExitSuccess;
}

} // namespace ps::cli
