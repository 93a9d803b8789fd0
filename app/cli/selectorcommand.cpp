#include "app/cli/selectorcommand.h"

#include <optional>

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include "app/cli/jsonobjectbuilder.h"
#include "core/model/meta.h"
#include "core/selector/ipsetname.h"
#include "core/selector/selector.h"

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
    const QString expression = positional.constFirst();

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

    const SelectorParseResult parsed = Selector::parse(expression);
    const bool json = format == QLatin1StringView("json");

    if (json) {
        JsonObjectBuilder object;
        object.addBool(u"valid", parsed.ok());
        if (parsed.ok()) {
            const Selector &selector = parsed.value();
            object.addString(u"canonical", selector.canonical())
                .addString(u"id", selector.uniqueId())
                .addString(u"ipset", selectorIpSetName(selector, 4));
            if (labels)
                object.addBool(u"matches", selector.evaluate(*labels));
            object.addNull(u"error");
        } else {
            object.addNull(u"canonical").addNull(u"id").addNull(u"ipset");
            if (labels)
                object.addNull(u"matches");
            object.addRaw(u"error",
                JsonObjectBuilder()
                    .addString(u"message", parsed.error().message)
                    .addNumber(u"column", parsed.error().offset + 1)
                    .toString());
        }
        out << object.toString() << u'\n';
        return parsed.ok() ? ExitSuccess : ExitFailure;
    }

    if (!parsed.ok()) {
        const SelectorError &error = parsed.error();
        // Same wording as the validator, and the same 1-based character position as the JSON
        // output's "column" and every file diagnostic.
        err << QStringLiteral("policyctl selector: error: %1 ").arg(error.message)
            << tr("(at character %1 of the selector)").arg(error.offset + 1) << u'\n';
        // Point at the place in the expression as it was typed.
        err << QStringLiteral("  ") << expression << u'\n';
        err << QStringLiteral("  ") << QString(error.offset, u' ') << QStringLiteral("^\n");
        return ExitFailure;
    }
    const Selector &selector = parsed.value();
    out << tr("canonical: %1").arg(selector.canonical()) << u'\n';
    out << tr("id:        %1").arg(selector.uniqueId()) << u'\n';
    out << tr("ipset:     %1").arg(selectorIpSetName(selector, 4)) << u'\n';
    if (labels) {
        out << tr("matches:   %1")
                   .arg(selector.evaluate(*labels) ? QStringLiteral("true")
                                                   : QStringLiteral("false"))
            << u'\n';
    }
    return ExitSuccess;
}

} // namespace ps::cli
