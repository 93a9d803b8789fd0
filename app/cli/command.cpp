#include "app/cli/command.h"

#include <utility>

namespace ps::cli {

namespace {

const QString kHelpOption = QStringLiteral("help");

} // namespace

Command::Command(QString name, QString description)
    : m_name(std::move(name)), m_description(std::move(description))
{
}

Command::~Command() = default;

void Command::setUp(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(m_description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption(
        QCommandLineOption({QStringLiteral("h"), kHelpOption}, tr("Show this help and exit.")));
    configure(parser);
}

int Command::execute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    setUp(parser);
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList {QStringLiteral("policyctl")} + arguments)) {
        return usageError(err, parser.errorText());
    }
    if (parser.isSet(kHelpOption)) {
        out << helpText();
        out.flush();
        return ExitSuccess;
    }
    const int code = run(parser, out, err);
    out.flush();
    err.flush();
    return code;
}

QString Command::helpText() const
{
    QCommandLineParser parser;
    setUp(parser);
    QString text = parser.helpText();
    // Qt starts with "Usage: <argv[0]> [options] <arguments>": name the command instead.
    const qsizetype lineEnd = text.indexOf(u'\n');
    const QString firstLine = text.left(lineEnd);
    const qsizetype options = firstLine.indexOf(QStringLiteral("[options]"));
    QString usage = QStringLiteral("Usage: policyctl ") + m_name;
    if (options >= 0)
        usage += u' ' + firstLine.mid(options);
    return usage + text.mid(lineEnd);
}

int Command::usageError(QTextStream &err, const QString &message) const
{
    err << QStringLiteral("policyctl %1: error: %2\n").arg(m_name, message);
    err << tr("Try 'policyctl %1 --help' for more information.").arg(m_name) << u'\n';
    err.flush();
    return ExitUsage;
}

void Command::printError(QTextStream &err, const QString &message) const
{
    err << QStringLiteral("policyctl %1: error: %2").arg(m_name, message) << u'\n';
}

QCommandLineOption Command::outputOption(const QStringList &formats)
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
        tr("Output format: %1 (default %2).")
            .arg(formats.join(QStringLiteral(", ")), formats.constFirst()),
        QStringLiteral("FORMAT"));
}

QString Command::outputFormat(const QCommandLineParser &parser, QTextStream &err,
    const QStringList &formats, const QString &fallback) const
{
    if (!parser.isSet(QStringLiteral("o")))
        return fallback;
    const QString format = parser.value(QStringLiteral("o")).toLower();
    if (!formats.contains(format)) {
        usageError(err,
            tr("unknown output format '%1' (expected one of: %2)")
                .arg(parser.value(QStringLiteral("o")), formats.join(QStringLiteral(", "))));
        return QString();
    }
    return format;
}

} // namespace ps::cli
