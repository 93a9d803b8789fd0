#include "app/cli/generatecommand.h"

#include <QDir>

#include "core/generate/generator.h"
#include "core/io/workspacestore.h"

namespace ps::cli {

GenerateCommand::GenerateCommand()
    : Command(QStringLiteral("generate"),
        tr("Generate a synthetic cluster of a given size; the same seed, the same bytes."))
{
}

void GenerateCommand::configure(QCommandLineParser &parser) const
{
    const GeneratorOptions defaults;
    auto number = [&parser](const QString &name, const QString &help, int fallback) {
        parser.addOption(QCommandLineOption(
            name, help + u' ' + tr("(default %1).").arg(fallback), QStringLiteral("N")));
    };
    number(QStringLiteral("namespaces"), tr("Number of namespaces"), defaults.namespaces);
    number(QStringLiteral("pods"), tr("Number of pods"), defaults.pods);
    number(QStringLiteral("policies"), tr("Number of policies, all kinds together"),
        defaults.policies);
    parser.addOption(QCommandLineOption(QStringLiteral("seed"),
        tr("Random seed (default %1).").arg(defaults.seed), QStringLiteral("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("nodes"),
        tr("Number of nodes (default: as many as --pods-per-node requires)."),
        QStringLiteral("N")));
    number(QStringLiteral("pods-per-node"), tr("Pods per node, 1..250"), defaults.podsPerNode);
    parser.addOption(QCommandLineOption(QStringLiteral("host-endpoints"),
        tr("Number of host endpoints (default: one for each of the first three nodes)."),
        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
        tr("Write namespaces.yaml, pods.yaml, policies.yaml, ... into DIR instead of "
           "printing one stream."),
        QStringLiteral("DIR")));
    parser.addOption(outputOption({QStringLiteral("yaml")}));
}

int GenerateCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (outputFormat(parser, err, {QStringLiteral("yaml")}, QStringLiteral("yaml")).isEmpty())
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            err, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }

    GeneratorOptions options;
    QString problem;
    auto readInt = [&](const QString &name, int &target) {
        if (!problem.isEmpty() || !parser.isSet(name))
            return;
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value < 0)
            problem = tr("--%1 needs a non-negative whole number, not '%2'")
                          .arg(name, parser.value(name));
        else
            target = value;
    };
    readInt(QStringLiteral("namespaces"), options.namespaces);
    readInt(QStringLiteral("pods"), options.pods);
    readInt(QStringLiteral("policies"), options.policies);
    readInt(QStringLiteral("nodes"), options.nodes);
    readInt(QStringLiteral("pods-per-node"), options.podsPerNode);
    readInt(QStringLiteral("host-endpoints"), options.hostEndpoints);
    if (problem.isEmpty() && parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            problem = tr("--seed needs a non-negative whole number, not '%1'")
                          .arg(parser.value(QStringLiteral("seed")));
        }
    }
    if (problem.isEmpty() && parser.isSet(QStringLiteral("nodes")) && options.nodes == 0)
        problem = tr("--nodes must be at least 1");
    const Generator generator(options);
    if (problem.isEmpty()) {
        if (const Result<void> checked = generator.checkOptions(); !checked)
            problem = checked.error().message;
    }
    if (!problem.isEmpty())
        return usageError(err, problem);

    if (!parser.isSet(QStringLiteral("out"))) {
        const Result<QByteArray> yaml = generator.generateYaml();
        if (!yaml) {
            printError(err, yaml.error().message);
            return ExitFailure;
        }
        // Write the bytes straight to the device when there is one (tens of megabytes:
        // no detour through UTF-16); string-backed streams (tests) get the text.
        out.flush();
        if (out.device())
            out.device()->write(yaml.value());
        else
            out << QString::fromUtf8(yaml.value());
        return ExitSuccess;
    }

    const Result<QList<GeneratedFile>> files = generator.generateFiles();
    if (!files) {
        printError(err, files.error().message);
        return ExitFailure;
    }
    const QString dirPath = parser.value(QStringLiteral("out"));
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral("."))) {
        printError(err, tr("cannot create directory '%1'").arg(dirPath));
        return ExitFailure;
    }
    qsizetype resources = 0;
    for (const GeneratedFile &file : files.value()) {
        const Result<FileFingerprint> written
            = writeFileAtomically(dir.filePath(file.name), file.content);
        if (!written) {
            printError(err, written.error().message);
            return ExitFailure;
        }
        resources += file.resources;
        err << tr("wrote %1 (%2 resources)").arg(dir.filePath(file.name)).arg(file.resources)
            << u'\n';
    }
    err << tr("generated %1 resources in %2 files").arg(resources).arg(files.value().size())
        << u'\n';
    return ExitSuccess;
}

} // namespace ps::cli
