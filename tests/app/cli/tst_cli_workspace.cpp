// What every policyctl command that reads a workspace shares through WorkspaceCommand, run
// in-process through ps::cli::Cli for each of them: -f and -o in --help, the same usage errors
// word for word (an unknown -o, a missing -f, a positional argument, an option given twice, a
// number out of range), and what each does with invalid input — the analyses print the errors
// and refuse (exit 1, diff 2) unless --accept-errors is given, then warn once and go on without
// the resources Calico would refuse, listing them as left out; the others report or refuse it
// themselves and print no such warning.

#include <QTest>

#include "clirunner.h"
#include "tests/support/testfiles.h"

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

QString fixture(const QString &relative)
{
    return ps::test::fixturePath(QStringLiteral("cli/") + relative);
}

/// One workspace command with the options it needs besides -f and -o.
struct WorkspaceCommandCase {
    const char *name;
    QStringList options;
    QString formats; // as the unknown-format message lists them
    bool evaluatesInvalidInput;
};

QList<WorkspaceCommandCase> workspaceCommands()
{
    const QString valid = fixture(QStringLiteral("valid"));
    return {
        {"validate", {}, QStringLiteral("text, json"), false},
        {"fmt", {}, QStringLiteral("yaml, json"), false},
        {"convert", {}, QStringLiteral("yaml, json"), false},
        {"patch", args({"--kind", "GlobalNetworkPolicy", "--name", "allow-dns", "--patch", "{}"}),
            QStringLiteral("yaml"), false},
        {"chain", args({"--endpoint", "shop/db-0"}), QStringLiteral("text, json"), true},
        {"trace",
            args(
                {"--from", "shop/web-0", "--to", "shop/db-0", "--protocol", "TCP", "--port", "80"}),
            QStringLiteral("text, json"), true},
        {"matrix", {}, QStringLiteral("txt, csv, json, md, dot, text"), true},
        {"render", args({"--endpoint", "shop/db-0"}), QStringLiteral("text, json, save"), true},
        {"diff", QStringList {QStringLiteral("--against"), valid},
            QStringLiteral("txt, json, text"), true},
    };
}

QString usageTail(const QString &command)
{
    return QStringLiteral("Try 'policyctl %1 --help' for more information.\n").arg(command);
}

} // namespace

class TestCliWorkspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void helpListsInputAndFormats_data();
    void helpListsInputAndFormats();
    void sharedUsageErrors_data();
    void sharedUsageErrors();
    void invalidInput_data();
    void invalidInput();
    void invalidInputAccepted_data();
    void invalidInputAccepted();
    void unreadableInputIsEvaluated_data();
    void unreadableInputIsEvaluated();
    void diffWarnsPerInput();
    void diffRefusesUnreadableInput();
    void formatAliases_data();
    void formatAliases();
};

void TestCliWorkspace::helpListsInputAndFormats_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("formats");
    for (const WorkspaceCommandCase &c : workspaceCommands()) {
        // The help lists the formats without the hidden aliases.
        QString listed = c.formats;
        listed.remove(QStringLiteral(", text"));
        QTest::newRow(c.name) << QString::fromUtf8(c.name) << listed;
    }
}

void TestCliWorkspace::helpListsInputAndFormats()
{
    QFETCH(QString, command);
    QFETCH(QString, formats);
    const CliRun run = runCli({command, QStringLiteral("--help")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("-f, --filename <PATH>")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("-o, --output <FORMAT>")), qPrintable(run.out));
    const QString first = formats.section(QStringLiteral(", "), 0, 0);
    QVERIFY2(run.out.simplified().contains(
                 QStringLiteral("Output format: %1 (default %2).").arg(formats, first)),
        qPrintable(run.out));
}

void TestCliWorkspace::sharedUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString valid = fixture(QStringLiteral("valid"));
    const QHash<QString, QString> hints {
        {QStringLiteral("chain"), QStringLiteral("the endpoint is given with --endpoint")},
        {QStringLiteral("trace"),
            QStringLiteral("endpoints are given with --from and --to, files with -f")},
        {QStringLiteral("render"), QStringLiteral("use --node N or --endpoint REF")},
        {QStringLiteral("diff"),
            QStringLiteral("the old workspace is given with -f, the new one with --against")},
    };
    for (const WorkspaceCommandCase &c : workspaceCommands()) {
        const QString name = QString::fromUtf8(c.name);
        const QStringList withInput = QStringList {name, QStringLiteral("-f"), valid} + c.options;
        const auto row = [&c](const char *what) -> QTestData & {
            return QTest::addRow("%s %s", c.name, what);
        };
        row("unknown -o") << (withInput + args({"-o", "XML"}))
                          << QStringLiteral("policyctl %1: error: unknown output format 'XML' "
                                            "(expected one of: %2)\n")
                                 .arg(name, c.formats)
                + usageTail(name);
        row("no -f") << (QStringList {name} + c.options)
                     << QStringLiteral("policyctl %1: error: no input: give -f PATH (a file, a "
                                       "directory, or - for standard input)\n")
                            .arg(name)
                + usageTail(name);
        row("positional") << (withInput + args({"extra"}))
                          << QStringLiteral("policyctl %1: error: unexpected argument 'extra' "
                                            "(%2)\n")
                                 .arg(name,
                                     hints.value(name, QStringLiteral("files are given with -f")))
                + usageTail(name);
    }
    // The options several commands share the checks of.
    const QStringList flow = args({"--from", "a/b", "--to", "c/d", "--protocol", "TCP"});
    const struct {
        const char *row;
        QStringList arguments;
        const char *message;
    } cases[] = {
        {"chain --endpoint twice", args({"chain", "--endpoint", "a/b", "--endpoint", "c/d"}),
            "--endpoint is given more than once"},
        {"trace --port twice", args({"trace"}) + flow + args({"--port", "1", "--port", "2"}),
            "--port is given more than once"},
        {"matrix --port twice", args({"matrix", "--port", "1", "--port", "2"}),
            "--port is given more than once"},
        {"diff --max-flows twice",
            (args({"diff", "--against"}) << valid) + args({"--max-flows", "1", "--max-flows", "2"}),
            "--max-flows is given more than once"},
        {"trace --port 70000", args({"trace"}) + flow + args({"--port", "70000"}),
            "--port needs a number from 0 to 65535, got '70000'"},
        {"matrix --port 70000", args({"matrix", "--port", "70000"}),
            "--port needs a number from 0 to 65535, got '70000'"},
        {"diff --port 70000",
            (args({"diff", "--against"}) << valid) + args({"--protocol", "TCP", "--port", "70000"}),
            "--port needs a number from 0 to 65535, got '70000'"},
        {"trace --icmp-type 256",
            args({"trace", "--from", "a/b", "--to", "c/d", "--protocol", "ICMP", "--icmp-type",
                "256"}),
            "--icmp-type needs a number from 0 to 255, got '256'"},
    };
    for (const auto &c : cases) {
        const QString name = c.arguments.constFirst();
        QTest::newRow(c.row)
            << (c.arguments + QStringList {QStringLiteral("-f"), valid})
            << QStringLiteral("policyctl %1: error: %2\n").arg(name, QString::fromUtf8(c.message))
                + usageTail(name);
    }
}

void TestCliWorkspace::sharedUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, 2);
    QCOMPARE(run.err, expected);
    QCOMPARE(run.out, QString());
}

void TestCliWorkspace::invalidInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<int>("code");
    const QString invalid = fixture(QStringLiteral("eval/invalid"));
    for (const WorkspaceCommandCase &c : workspaceCommands()) {
        const QString name = QString::fromUtf8(c.name);
        const QString label
            = name == QLatin1StringView("diff") ? QStringLiteral("diff (-f)") : name;
        QTest::newRow(c.name) << (QStringList {name, QStringLiteral("-f"), invalid} + c.options)
                              << (c.evaluatesInvalidInput ? QStringLiteral(
                                      "policyctl %1: error: the input has 1 error(s) (see "
                                      "'policyctl validate'); Calico would refuse the invalid "
                                      "resources. Fix them, or give --accept-errors to "
                                      "analyse without them\n")
                                                                .arg(label)
                                                          : QString())
                              << (name == QLatin1StringView("diff") ? 2 : 1);
    }
}

void TestCliWorkspace::invalidInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, refusal);
    QFETCH(int, code);
    const CliRun run = runCli(arguments);
    const QString error = QStringLiteral("workspace.yaml:14:17: error: invalid selector");
    if (refusal.isEmpty()) {
        QVERIFY2(!run.err.contains(QStringLiteral("--accept-errors")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("warning: the input has")), qPrintable(run.err));
        return;
    }
    // The analyses refuse: the error, then the refusal, and nothing on stdout.
    QCOMPARE(run.code, code);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(QStringLiteral("/")), qPrintable(run.err));
    QVERIFY2(run.err.section(u'\n', 0, 0).contains(error), qPrintable(run.err));
    QVERIFY2(run.err.endsWith(refusal), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("warning")), qPrintable(run.err));
}

void TestCliWorkspace::invalidInputAccepted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("warning");
    const QString invalid = fixture(QStringLiteral("eval/invalid"));
    for (const WorkspaceCommandCase &c : workspaceCommands()) {
        if (!c.evaluatesInvalidInput)
            continue;
        const QString name = QString::fromUtf8(c.name);
        const QString label
            = name == QLatin1StringView("diff") ? QStringLiteral("diff (-f)") : name;
        QTest::newRow(c.name) << (QStringList {name, QStringLiteral("-f"), invalid,
                                      QStringLiteral("--accept-errors")}
            + c.options)
                              << QStringLiteral(
                                     "policyctl %1: warning: the input has 1 error(s) (see "
                                     "'policyctl validate'); analysing without the resources "
                                     "Calico would refuse\n")
                                     .arg(label);
    }
}

void TestCliWorkspace::invalidInputAccepted()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, warning);
    const CliRun run = runCli(arguments);
    const QString error = QStringLiteral("workspace.yaml:14:17: error: invalid selector");
    // The error, then the warning, once each, before anything else the command says.
    QCOMPARE(run.err.count(error), 1);
    QCOMPARE(run.err.count(QStringLiteral("warning: the input has")), 1);
    const qsizetype warningAt = run.err.indexOf(warning);
    QVERIFY2(warningAt > run.err.indexOf(error), qPrintable(run.err));
    QVERIFY2(run.err.section(u'\n', 0, 0).contains(error), qPrintable(run.err));
    // The policy is left out, and the output (or stderr, for render's rules) says so; diff
    // names the side ("old": -f).
    const QString leftOut = arguments.constFirst() == u"diff"
        ? QStringLiteral("left out: old NetworkPolicy shop/broken — invalid selector")
        : QStringLiteral("left out: NetworkPolicy shop/broken — invalid selector");
    QVERIFY2((run.out + run.err).contains(leftOut), qPrintable(run.out + run.err));
}

void TestCliWorkspace::unreadableInputIsEvaluated_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString missing = QStringLiteral("/nonexistent/policy-studio-input");
    for (const WorkspaceCommandCase &c : workspaceCommands()) {
        if (!c.evaluatesInvalidInput || QByteArrayView(c.name) == "diff")
            continue;
        QTest::newRow(c.name) << (QStringList {
                                      QString::fromUtf8(c.name), QStringLiteral("-f"), missing}
            + c.options);
    }
}

void TestCliWorkspace::unreadableInputIsEvaluated()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    // The loader's error counts as one of the input's errors; the command goes on (and may
    // then fail on the empty workspace, with exit 1, never 2).
    QVERIFY2(run.err.startsWith(QStringLiteral("/nonexistent/policy-studio-input")),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("policyctl %1: error: the input has 1 error(s)")
                                  .arg(arguments.constFirst())),
        qPrintable(run.err));
    QCOMPARE(run.code, 1);
    // With --accept-errors it goes on (and may then fail on the empty workspace, with exit 1,
    // never 2).
    const CliRun accepted = runCli(arguments << QStringLiteral("--accept-errors"));
    QVERIFY2(accepted.err.contains(QStringLiteral("policyctl %1: warning: the input has 1 error(s)")
                                       .arg(arguments.constFirst())),
        qPrintable(accepted.err));
    QVERIFY2(accepted.code != 2, qPrintable(accepted.err));
}

void TestCliWorkspace::diffWarnsPerInput()
{
    const QString invalid = fixture(QStringLiteral("eval/invalid"));
    const CliRun run = runCli({QStringLiteral("diff"), QStringLiteral("-f"), invalid,
        QStringLiteral("--against"), invalid, QStringLiteral("--accept-errors")});
    QCOMPARE(run.code, 0); // the same workspace on both sides: no difference
    QVERIFY2(run.err.contains(QStringLiteral("policyctl diff (-f): warning: the input has 1")),
        qPrintable(run.err));
    QVERIFY2(
        run.err.contains(QStringLiteral("policyctl diff (--against): warning: the input has 1")),
        qPrintable(run.err));
    QVERIFY2(
        run.err.indexOf(QStringLiteral("(-f)")) < run.err.indexOf(QStringLiteral("(--against)")),
        qPrintable(run.err));
}

void TestCliWorkspace::diffRefusesUnreadableInput()
{
    const QString invalid = fixture(QStringLiteral("eval/invalid"));
    const CliRun run = runCli({QStringLiteral("diff"), QStringLiteral("-f"), invalid,
        QStringLiteral("--against"), QStringLiteral("/nonexistent/policy-studio-input")});
    QCOMPARE(run.code, 2);
    QCOMPARE(run.out, QString());
    // Only what cannot be read, then the refusal: no validation warning for -f.
    QVERIFY2(run.err.startsWith(QStringLiteral("/nonexistent/policy-studio-input")),
        qPrintable(run.err));
    QVERIFY2(run.err.endsWith(QStringLiteral("policyctl diff: error: the input cannot be read "
                                             "completely; nothing compared\n")),
        qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("warning")), qPrintable(run.err));
}

void TestCliWorkspace::formatAliases_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("format");
    const QString valid = fixture(QStringLiteral("valid"));
    const QStringList matrix {QStringLiteral("matrix"), QStringLiteral("-f"), valid};
    const QStringList diff {QStringLiteral("diff"), QStringLiteral("-f"),
        fixture(QStringLiteral("diff/old")), QStringLiteral("--against"),
        fixture(QStringLiteral("diff/new"))};
    QTest::newRow("matrix text") << matrix << QStringLiteral("text") << QStringLiteral("txt");
    QTest::newRow("matrix TEXT") << matrix << QStringLiteral("TEXT") << QStringLiteral("txt");
    QTest::newRow("matrix CSV") << matrix << QStringLiteral("CSV") << QStringLiteral("csv");
    QTest::newRow("diff text") << diff << QStringLiteral("text") << QStringLiteral("txt");
}

void TestCliWorkspace::formatAliases()
{
    QFETCH(QStringList, command);
    QFETCH(QString, alias);
    QFETCH(QString, format);
    const CliRun viaAlias = runCli(command + QStringList {QStringLiteral("-o"), alias});
    const CliRun direct = runCli(command + QStringList {QStringLiteral("-o"), format});
    QCOMPARE(viaAlias.code, direct.code);
    QVERIFY(!direct.out.isEmpty());
    QCOMPARE(viaAlias.out, direct.out);
    QCOMPARE(viaAlias.err, direct.err);
}

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "tst_cli_workspace.moc"
