// policyctl, run in-process through ps::cli::Cli with string streams and an injected stdin:
// exit codes, stdout / stderr, the selector and validate JSON contracts, fmt round trips,
// convert, and generate (determinism, and that everything it writes validates clean).

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "app/cli/cli.h"
#include "clirunner.h"
#include "core/generate/generator.h"
#include "core/io/loader.h"
#include "tests/support/testfiles.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Raw-string JSON in the test data (a function, not QStringLiteral: moc cannot read raw
/// strings inside macro arguments).
QString js(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString fixture(const QString &relative)
{
    return test::fixturePath(QStringLiteral("cli/") + relative);
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void help_data();
    void help();
    void version();
    void usageErrors_data();
    void usageErrors();
    void pushUsage_data();
    void pushUsage();

    void selectorJson_data();
    void selectorJson();
    void selectorText();
    void selectorInvalidText();

    void validateClean();
    void validateJson_data();
    void validateJson();
    void validateText();
    void validateStdin();
    void validateMissingFile();

    void fmtRoundTrip_data();
    void fmtRoundTrip();
    void fmtJson();
    void fmtWritesApiServerDefaultsOnlyWhenAsked();
    void fmtRefusesInvalidInput();
    void fmtWriteAndCheck();
    void fmtWriteKeepsWhatItCannotRepresent_data();
    void fmtWriteKeepsWhatItCannotRepresent();

    void convert();
    void convertLegacyNames();
    void convertJson();
    void convertWithoutKubernetesPolicies();
    void convertReportsDroppedRules();

    void generateIsDeterministic();
    void generateOutMatchesStream();
    void generateValidatesClean_data();
    void generateValidatesClean();
    void generateContent();
    void generateWritesItsWorkspace();
};

// ---------------------------------------------------------------------------------------
// Dispatcher

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("help") << QStringList {QStringLiteral("help")} << QStringLiteral("Commands:");
    QTest::newRow("--help") << QStringList {QStringLiteral("--help")}
                            << QStringLiteral("Commands:");
    QTest::newRow("-h") << QStringList {QStringLiteral("-h")} << QStringLiteral("Commands:");
    const QStringList commands
        = {QStringLiteral("validate"), QStringLiteral("fmt"), QStringLiteral("convert"),
            QStringLiteral("selector"), QStringLiteral("generate"), QStringLiteral("graph")};
    for (const QString &command : commands) {
        QTest::addRow("help %s", qPrintable(command))
            << QStringList {QStringLiteral("help"), command}
            << QStringLiteral("Usage: policyctl ") + command + QStringLiteral(" [options]");
        QTest::addRow("%s --help", qPrintable(command))
            << QStringList {command, QStringLiteral("--help")}
            << QStringLiteral("Usage: policyctl ") + command + QStringLiteral(" [options]");
    }
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    QVERIFY(run.err.isEmpty());
    if (arguments.size() == 1) {
        for (const QString &command :
            {QStringLiteral("validate"), QStringLiteral("fmt"), QStringLiteral("convert"),
                QStringLiteral("selector"), QStringLiteral("generate"), QStringLiteral("graph")})
            QVERIFY2(run.out.contains(QStringLiteral("  ") + command), qPrintable(command));
    }
}

void TestCli::version()
{
    const CliRun run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("policyctl ")));
    QVERIFY(run.out.endsWith(u'\n'));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString valid = fixture(QStringLiteral("valid"));
    auto args = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *a : list)
            out.append(QString::fromUtf8(a));
        return out;
    };
    QTest::newRow("no arguments") << QStringList() << QStringLiteral("Usage: policyctl");
    QTest::newRow("unknown command")
        << args({"frobnicate"}) << QStringLiteral("unknown command 'frobnicate'");
    QTest::newRow("did you mean") << args({"valdiate"})
                                  << QStringLiteral("Did you mean 'validate'?");
    QTest::newRow("help for unknown command")
        << args({"help", "nope"}) << QStringLiteral("unknown command 'nope'");
    QTest::newRow("option before command") << args({"--bogus"}) << QStringLiteral("unknown option");
    QTest::newRow("validate without -f") << args({"validate"}) << QStringLiteral("no input");
    QTest::newRow("-f without value") << args({"validate", "-f"}) << QStringLiteral("error:");
    QTest::newRow("unknown option")
        << (args({"validate", "--nope", "-f"}) << valid) << QStringLiteral("nope");
    QTest::newRow("unknown format") << (args({"validate", "-o", "xml", "-f"}) << valid)
                                    << QStringLiteral("unknown output format 'xml'");
    QTest::newRow("validate positional") << (args({"validate", "extra", "-f"}) << valid)
                                         << QStringLiteral("unexpected argument 'extra'");
    QTest::newRow("fmt without -f") << args({"fmt"}) << QStringLiteral("no input");
    QTest::newRow("fmt -w --check")
        << (args({"fmt", "-w", "--check", "-f"}) << valid) << QStringLiteral("cannot be combined");
    QTest::newRow("fmt -w stdin") << args({"fmt", "-w", "-f", "-"})
                                  << QStringLiteral("standard input");
    QTest::newRow("fmt -w -o json") << (args({"fmt", "-w", "-o", "json", "-f"}) << valid)
                                    << QStringLiteral("-o cannot be combined");
    QTest::newRow("fmt bad format")
        << (args({"fmt", "-o", "text", "-f"}) << valid) << QStringLiteral("unknown output format");
    QTest::newRow("convert without -f") << args({"convert"}) << QStringLiteral("no input");
    QTest::newRow("selector without expression")
        << args({"selector"}) << QStringLiteral("missing selector expression");
    QTest::newRow("selector two expressions")
        << args({"selector", "a", "b"}) << QStringLiteral("expected one selector");
    QTest::newRow("labels not JSON") << args({"selector", "all()", "--labels", "app=web"})
                                     << QStringLiteral("--labels must be a JSON object");
    QTest::newRow("labels an array") << args({"selector", "all()", "--labels", "[\"a\"]"})
                                     << QStringLiteral("--labels must be a JSON object");
    QTest::newRow("labels number value") << args({"selector", "all()", "--labels", "{\"app\":1}"})
                                         << QStringLiteral("the value of 'app' is not a string");
    QTest::newRow("selector -o yaml")
        << args({"selector", "all()", "-o", "yaml"}) << QStringLiteral("unknown output format");
    QTest::newRow("generate negative")
        << args({"generate", "--pods", "-5"}) << QStringLiteral("--pods needs a non-negative");
    QTest::newRow("generate word") << args({"generate", "--policies", "many"})
                                   << QStringLiteral("--policies needs a non-negative");
    QTest::newRow("generate seed")
        << args({"generate", "--seed", "x"}) << QStringLiteral("--seed needs");
    QTest::newRow("generate pods per node")
        << args({"generate", "--pods-per-node", "0"}) << QStringLiteral("pods per node");
    QTest::newRow("generate pods without namespaces")
        << args({"generate", "--namespaces", "0", "--pods", "5"})
        << QStringLiteral("at least one namespace");
    QTest::newRow("generate too few nodes")
        << args({"generate", "--pods", "500", "--nodes", "2", "--pods-per-node", "100"})
        << QStringLiteral("cannot hold 500 pods");
    QTest::newRow("generate zero nodes")
        << args({"generate", "--nodes", "0"}) << QStringLiteral("--nodes must be at least 1");
    QTest::newRow("generate json")
        << args({"generate", "-o", "json"}) << QStringLiteral("unknown output format");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

void TestCli::pushUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    const QString token = u"/nonexistent/token"_s;
    QTest::newRow("no agent") << QStringList {u"push"_s} << u"push needs --agent"_s;
    QTest::newRow("no node") << QStringList {u"push"_s, u"--agent"_s, u"https://a:1"_s}
                             << u"push needs --node"_s;
    QTest::newRow("plain http") << QStringList {u"push"_s, u"--agent"_s, u"http://a:1"_s,
        u"--node"_s, u"n"_s, u"--token-file"_s, token}
                                << u"must be an https:// URL"_s;
    QTest::newRow("token file missing") << QStringList {u"push"_s, u"--agent"_s, u"https://a:1"_s,
        u"--node"_s, u"n"_s, u"--token-file"_s, u"/nonexistent/token"_s}
                                        << u"cannot read the token file"_s;
}

void TestCli::pushUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
    QVERIFY(runCli({QStringLiteral("help")}).out.contains(u"  push "_s));
}

// ---------------------------------------------------------------------------------------
// selector

void TestCli::selectorJson_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("labels"); // empty: no --labels
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("code");

    // UniqueIDs from Calico's own tests (docs/semantics.md: "Selectors"; docs/rendering.md: "Names
    // and hashes").
    QTest::newRow("all()") << QStringLiteral(" all() ") << QString()
                           << js(R"j({"valid":true,"canonical":"all()",)j"
                                 R"j("id":"s:5y5I3VdRZfDU01O--xXAPx2yxCQQqMf0M6IWug",)j"
                                 R"j("ipset":"cali40s:5y5I3VdRZfDU01O--xXAPx2","error":null})j")
                           << 0;
    QTest::newRow("empty is all()")
        << QString() << QString()
        << js(R"j({"valid":true,"canonical":"all()",)j"
              R"j("id":"s:5y5I3VdRZfDU01O--xXAPx2yxCQQqMf0M6IWug",)j"
              R"j("ipset":"cali40s:5y5I3VdRZfDU01O--xXAPx2","error":null})j")
        << 0;
    QTest::newRow("not has") << QStringLiteral("! (has( b)||! has(a ))") << QString()
                             << js(R"j({"valid":true,"canonical":"!(has(b) || !has(a))",)j"
                                   R"j("id":"s:Iss0uCleLYv1GSv_pNm7hAO58kE9jAx1NKyG3Q",)j"
                                   R"j("ipset":"cali40s:Iss0uCleLYv1GSv_pNm7hAO","error":null})j")
                             << 0;
    QTest::newRow("namespaced rule selector")
        << QStringLiteral("projectcalico.org/namespace == 'production' && app == 'client'")
        << QString()
        << js(R"j({"valid":true,"canonical":"(projectcalico.org/namespace == \"production\" && app == \"client\")",)j"
              R"j("id":"s:RDrtBbMvWik4OyKVxtwzhXk1xaFfqCYeyqnB3g",)j"
              R"j("ipset":"cali40s:RDrtBbMvWik4OyKVxtwzhXk","error":null})j")
        << 0;
    QTest::newRow("double negation")
        << QStringLiteral("!(a == \"b\" && !c != \"d\")") << QString()
        << js(R"j({"valid":true,"canonical":"!(a == \"b\" && !c != \"d\")",)j"
              R"j("id":"s:lh3haoY1ikTRkd4UZu0nWSaIBknYLPJLX16d-w",)j"
              R"j("ipset":"cali40s:lh3haoY1ikTRkd4UZu0nWSa","error":null})j")
        << 0;
    QTest::newRow("matches true") << QStringLiteral("app == 'web'") << js(R"j({"app":"web"})j")
                                  << js(R"j({"valid":true,"canonical":"app == \"web\"",)j"
                                        R"j("id":"s:oy593DLyi5BRwxLRqXScOfE9YMyW5S4KAhmzFg",)j"
                                        R"j("ipset":"cali40s:oy593DLyi5BRwxLRqXScOfE",)j"
                                        R"j("matches":true,"error":null})j")
                                  << 0;
    QTest::newRow("matches false") << QStringLiteral("app == 'web'") << js(R"j({"app":"db"})j")
                                   << js(R"j({"valid":true,"canonical":"app == \"web\"",)j"
                                         R"j("id":"s:oy593DLyi5BRwxLRqXScOfE9YMyW5S4KAhmzFg",)j"
                                         R"j("ipset":"cali40s:oy593DLyi5BRwxLRqXScOfE",)j"
                                         R"j("matches":false,"error":null})j")
                                   << 0;
    QTest::newRow("absent label != is true")
        << QStringLiteral("tier != 'db'") << QStringLiteral("{}")
        << js(R"j({"valid":true,"canonical":"tier != \"db\"",)j"
              R"j("id":"s:)j")
        << 0;
    QTest::newRow("invalid: label without operator")
        << QStringLiteral("a b") << QString()
        << js(R"j({"valid":false,"canonical":null,"id":null,"ipset":null,)j"
              R"j("error":{"message":"expected an operator after label \"a\"","column":3}})j")
        << 1;
    QTest::newRow("invalid: single =")
        << QStringLiteral("app = 'web'") << QString()
        << js(R"j({"valid":false,"canonical":null,"id":null,"ipset":null,)j"
              R"j("error":{"message":"expected == (a single = is not an operator)","column":5}})j")
        << 1;
    // 1-based characters, not bytes: "é" is one character (two bytes in UTF-8): 16, not 18.
    QTest::newRow("invalid after non-ASCII: column in characters")
        << QStringLiteral("a == 'éé' && b = 'c'") << QString()
        << js(R"j({"valid":false,"canonical":null,"id":null,"ipset":null,)j"
              R"j("error":{"message":"expected == (a single = is not an operator)","column":16}})j")
        << 1;
    QTest::newRow("invalid with labels: matches null")
        << QStringLiteral("has(a) &&") << js(R"j({"a":"x"})j")
        << js(R"j({"valid":false,"canonical":null,"id":null,"ipset":null,"matches":null,)j"
              R"j("error":{"message":)j")
        << 1;
}

void TestCli::selectorJson()
{
    QFETCH(QString, expression);
    QFETCH(QString, labels);
    QFETCH(QString, expected);
    QFETCH(int, code);
    QStringList arguments
        = {QStringLiteral("selector"), expression, QStringLiteral("-o"), QStringLiteral("json")};
    if (!labels.isEmpty())
        arguments << QStringLiteral("--labels") << labels;
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, code);
    QVERIFY(run.out.endsWith(u'\n'));
    const QString line = run.out.trimmed();
    // Rows whose expected text is a prefix check the parts that are fixed.
    if (expected.endsWith(u'}'))
        QCOMPARE(line, expected);
    else
        QVERIFY2(line.startsWith(expected), qPrintable(line));
    // Whatever the row, the output is one JSON object with the contract's keys.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject object = doc.object();
    for (const char *key : {"valid", "canonical", "id", "ipset", "error"})
        QVERIFY2(object.contains(QLatin1StringView(key)), key);
    QCOMPARE(object.contains(QStringLiteral("matches")), !labels.isEmpty());
    QCOMPARE(object.value(QStringLiteral("valid")).toBool(), code == 0);
    if (code == 0) {
        QVERIFY(object.value(QStringLiteral("error")).isNull());
        QCOMPARE(object.value(QStringLiteral("ipset")).toString().size(), 31);
    } else {
        QVERIFY(object.value(QStringLiteral("error")).isObject());
        QVERIFY(object.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("column"))
                    .isDouble());
    }
    if (QTest::currentDataTag() == QByteArrayView("absent label != is true"))
        QCOMPARE(object.value(QStringLiteral("matches")).toBool(), true);
}

void TestCli::selectorText()
{
    const CliRun run = runCli({QStringLiteral("selector"), QStringLiteral("a == 'b' && c == 'd'"),
        QStringLiteral("--labels"), js(R"j({"a":"b","c":"d"})j")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.err.isEmpty());
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("canonical: (a == \"b\" && c == \"d\")"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("id:        s:")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("ipset:     cali40s:")));
    QCOMPARE(lines.at(3), QStringLiteral("matches:   true"));

    const CliRun noLabels = runCli({QStringLiteral("selector"), QStringLiteral("all()")});
    QCOMPARE(noLabels.code, 0);
    QCOMPARE(noLabels.out.split(u'\n', Qt::SkipEmptyParts).size(), 3);
}

void TestCli::selectorInvalidText()
{
    const CliRun run = runCli({QStringLiteral("selector"), QStringLiteral("app = 'web'")});
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("policyctl selector: error: expected ==")),
        qPrintable(run.err));
    QVERIFY2(
        run.err.contains(QStringLiteral("(at character 5 of the selector)")), qPrintable(run.err));
    // The caret points at the '='.
    QVERIFY2(run.err.contains(QStringLiteral("  app = 'web'\n      ^\n")), qPrintable(run.err));
}

// ---------------------------------------------------------------------------------------
// validate

void TestCli::validateClean()
{
    const QString dir = fixture(QStringLiteral("valid"));
    const CliRun text = runCli({QStringLiteral("validate"), QStringLiteral("-f"), dir});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.isEmpty());
    QVERIFY2(text.err.startsWith(QStringLiteral("ok: 0 error(s), 0 warning(s) in 2 file(s)")),
        qPrintable(text.err));

    const CliRun quiet
        = runCli({QStringLiteral("validate"), QStringLiteral("-q"), QStringLiteral("-f"), dir});
    QCOMPARE(quiet.code, 0);
    QVERIFY(quiet.err.isEmpty());

    const CliRun json = runCli({QStringLiteral("validate"), QStringLiteral("-o"),
        QStringLiteral("json"), QStringLiteral("-f"), dir});
    QCOMPARE(json.code, 0);
    QCOMPARE(json.out, QStringLiteral("[]\n"));
    QVERIFY(json.err.isEmpty());
}

void TestCli::validateJson_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown field") << QStringLiteral("unknown-field.yaml") << 7 << 3
                                   << QStringLiteral("spec.selectr") << QStringLiteral("selector");
    QTest::newRow("action") << QStringLiteral("rules.yaml") << 10 << 15
                            << QStringLiteral("spec.ingress[0].action") << QStringLiteral("allow");
    QTest::newRow("protocol") << QStringLiteral("rules.yaml") << 12 << 17
                              << QStringLiteral("spec.ingress[1].protocol")
                              << QStringLiteral("tcp");
    QTest::newRow("port without protocol")
        << QStringLiteral("rules.yaml") << 16 << 13
        << QStringLiteral("spec.ingress[2].destination.ports[0]") << QStringLiteral("80");
    QTest::newRow("selector") << QStringLiteral("rules.yaml") << 23 << 17
                              << QStringLiteral("spec.selector") << QStringLiteral("app = 'web'");
    QTest::newRow("host bits") << QStringLiteral("rules.yaml") << 28 << 13
                               << QStringLiteral("spec.egress[0].destination.nets[0]")
                               << QStringLiteral("10.0.0.1/8");
}

void TestCli::validateJson()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);

    const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("-f"),
        fixture(QStringLiteral("invalid")), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray diagnostics = doc.array();
    QCOMPARE(diagnostics.size(), 6);
    bool found = false;
    for (const QJsonValue &value : diagnostics) {
        const QJsonObject d = value.toObject();
        // Every entry has exactly the contract's keys.
        QCOMPARE(d.keys().size(), 6);
        for (const char *key : {"severity", "message", "file", "line", "column", "path"})
            QVERIFY2(d.contains(QLatin1StringView(key)), key);
        if (d.value(QStringLiteral("path")).toString() != path)
            continue;
        found = true;
        QCOMPARE(d.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(
            d.value(QStringLiteral("file")).toString(), fixture(QStringLiteral("invalid/")) + file);
        QCOMPARE(d.value(QStringLiteral("line")).toInt(), line);
        QCOMPARE(d.value(QStringLiteral("column")).toInt(), column);
        QVERIFY2(d.value(QStringLiteral("message")).toString().contains(messagePart),
            qPrintable(d.value(QStringLiteral("message")).toString()));
    }
    QVERIFY2(found, qPrintable(run.out));
}

void TestCli::validateText()
{
    const QString file = fixture(QStringLiteral("invalid/rules.yaml"));
    const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("-f"), file});
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6); // five diagnostics and the summary
    QVERIFY2(lines.contains(file
                 + QStringLiteral(
                     ":10:15: error: invalid action \"allow\": actions are case-sensitive; did you "
                     "mean \"Allow\"? [spec.ingress[0].action]")),
        qPrintable(run.err));
    for (int i = 0; i < 5; ++i) {
        QVERIFY2(lines.at(i).startsWith(file + u':'), qPrintable(lines.at(i)));
        QVERIFY(lines.at(i).contains(QStringLiteral(": error: ")));
        QVERIFY(lines.at(i).endsWith(u']'));
    }
    QVERIFY2(
        lines.last().startsWith(QStringLiteral("invalid: 5 error(s), 0 warning(s) in 1 file(s)")),
        qPrintable(lines.last()));
}

void TestCli::validateStdin()
{
    const QByteArray text = test::readFile(fixture(QStringLiteral("invalid/unknown-field.yaml")));
    QVERIFY(!text.isEmpty());
    const CliRun run
        = runCli({QStringLiteral("validate"), QStringLiteral("-f"), QStringLiteral("-"),
                     QStringLiteral("-o"), QStringLiteral("json")},
            text);
    QCOMPARE(run.code, 1);
    const QJsonArray diagnostics = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.at(0).toObject().value(QStringLiteral("file")).toString(),
        QStringLiteral("<stdin>"));
    QCOMPARE(diagnostics.at(0).toObject().value(QStringLiteral("line")).toInt(), 7);

    // stdin mixed with files, in the order given.
    const CliRun mixed
        = runCli({QStringLiteral("validate"), QStringLiteral("-f"),
                     fixture(QStringLiteral("valid")), QStringLiteral("-f"), QStringLiteral("-")},
            test::readFile(fixture(QStringLiteral("k8s/networkpolicy.yaml"))));
    QCOMPARE(mixed.code, 0);
    QVERIFY2(
        mixed.err.contains(QStringLiteral("in 3 file(s), 8 resource(s)")), qPrintable(mixed.err));
}

void TestCli::validateMissingFile()
{
    const QString missing = fixture(QStringLiteral("does-not-exist.yaml"));
    const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("-f"), missing});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(missing), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("error:")), qPrintable(run.err));
}

// ---------------------------------------------------------------------------------------
// fmt

void TestCli::fmtRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("valid workspace") << fixture(QStringLiteral("valid"));
    QTest::newRow("kubernetes policy") << fixture(QStringLiteral("k8s/networkpolicy.yaml"));
    QTest::newRow("generated cluster") << QStringLiteral("generated");
    const QString demo = test::projectPath(u"resources/demo");
    if (QFileInfo::exists(demo))
        QTest::newRow("demo workspace") << demo;
}

void TestCli::fmtRoundTrip()
{
    QFETCH(QString, path);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    if (path == QLatin1StringView("generated")) {
        const CliRun generated = runCli(
            {QStringLiteral("generate"), QStringLiteral("--namespaces"), QStringLiteral("6"),
                QStringLiteral("--pods"), QStringLiteral("60"), QStringLiteral("--policies"),
                QStringLiteral("40"), QStringLiteral("--out"), tmp.path()});
        QCOMPARE(generated.code, 0);
        path = tmp.path();
    }
    const LoadResult original = Loader().loadPaths({path});
    QVERIFY2(!hasErrors(original.diagnostics), qPrintable(describe(original.diagnostics)));

    const CliRun first = runCli({QStringLiteral("fmt"), QStringLiteral("-f"), path});
    QCOMPARE(first.code, 0);
    QVERIFY(!first.out.isEmpty());

    // The canonical text reads back to the same workspace...
    const LoadResult reread = Loader().loadText(first.out.toUtf8(), QStringLiteral("fmt.yaml"));
    QVERIFY2(!hasErrors(reread.diagnostics), qPrintable(describe(reread.diagnostics)));
    QCOMPARE(reread.workspace.resourceCount(), original.workspace.resourceCount());
    QVERIFY(reread.workspace == original.workspace);
    // ...and formatting it again changes nothing.
    const CliRun second = runCli(
        {QStringLiteral("fmt"), QStringLiteral("-f"), QStringLiteral("-")}, first.out.toUtf8());
    QCOMPARE(second.code, 0);
    QCOMPARE(second.out, first.out);
}

void TestCli::fmtWritesApiServerDefaultsOnlyWhenAsked()
{
    const QByteArray text = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: web\n---\n"
                            "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n"
                            "  name: p\n  namespace: web\nspec:\n  podSelector: {}\n  egress:\n"
                            "  - ports:\n    - port: 53\n";
    const CliRun plain
        = runCli({QStringLiteral("fmt"), QStringLiteral("-f"), QStringLiteral("-")}, text);
    QCOMPARE(plain.code, 0);
    QVERIFY2(!plain.out.contains(u"kubernetes.io/metadata.name"), qPrintable(plain.out));
    QVERIFY(!plain.out.contains(u"policyTypes"));
    QVERIFY(!plain.out.contains(u"protocol"));
    // The warning about the implied policy types is still printed.
    QVERIFY2(plain.err.contains(u"policyTypes is not set"), qPrintable(plain.err));

    const CliRun asked = runCli({QStringLiteral("fmt"), QStringLiteral("--with-defaults"),
                                    QStringLiteral("-f"), QStringLiteral("-")},
        text);
    QCOMPARE(asked.code, 0);
    QVERIFY(asked.out.contains(u"kubernetes.io/metadata.name: web"));
    QVERIFY(asked.out.contains(u"policyTypes:\n    - Ingress\n    - Egress"));
    QVERIFY(asked.out.contains(u"protocol: TCP"));
}

void TestCli::fmtJson()
{
    const QString dir = fixture(QStringLiteral("valid"));
    const CliRun run = runCli({QStringLiteral("fmt"), QStringLiteral("-o"), QStringLiteral("json"),
        QStringLiteral("-f"), dir});
    QCOMPARE(run.code, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QStringLiteral("kind")).toString(), QStringLiteral("List"));
    QCOMPARE(doc.object().value(QStringLiteral("items")).toArray().size(), 6);
    const LoadResult reread = Loader().loadText(run.out.toUtf8(), QStringLiteral("fmt.json"));
    QVERIFY2(!hasErrors(reread.diagnostics), qPrintable(describe(reread.diagnostics)));
    QVERIFY(reread.workspace == Loader().loadPaths({dir}).workspace);
}

void TestCli::fmtRefusesInvalidInput()
{
    const CliRun run
        = runCli({QStringLiteral("fmt"), QStringLiteral("-f"), fixture(QStringLiteral("invalid"))});
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("[spec.selectr]")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("nothing was written")));

    // Semantic errors refuse too, unless validation is skipped on purpose.
    const QString rules = fixture(QStringLiteral("invalid/rules.yaml"));
    QCOMPARE(runCli({QStringLiteral("fmt"), QStringLiteral("-f"), rules}).code, 1);
    const CliRun skipped = runCli(
        {QStringLiteral("fmt"), QStringLiteral("--skip-validation"), QStringLiteral("-f"), rules});
    QCOMPARE(skipped.code, 0);
    QVERIFY(skipped.out.contains(QStringLiteral("bad-rules")));
}

void TestCli::fmtWriteAndCheck()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QStringList names = {QStringLiteral("policies.yaml"), QStringLiteral("inventory.yaml")};
    for (const QString &name : names)
        QVERIFY(QFile::copy(fixture(QStringLiteral("valid/")) + name, tmp.filePath(name)));
    const LoadResult before = Loader().loadPaths({tmp.path()});

    // The hand-written policies carry short forms: not canonical. The inventory's namespace
    // is; its pods hold fields that are not modelled (container names): kept as written.
    const QString policies = tmp.filePath(names[0]);
    const QString inventory = tmp.filePath(names[1]);
    const CliRun check = runCli(
        {QStringLiteral("fmt"), QStringLiteral("--check"), QStringLiteral("-f"), tmp.path()});
    QCOMPARE(check.code, 1);
    QCOMPARE(check.out, policies + u'\n');
    QVERIFY2(check.err.contains(QStringLiteral("kept Pod shop/web-0 as written")),
        qPrintable(check.err));

    const QByteArray inventoryBefore = test::readFile(inventory);
    const QByteArray policiesBefore = test::readFile(policies);
    const CliRun write
        = runCli({QStringLiteral("fmt"), QStringLiteral("-w"), QStringLiteral("-f"), tmp.path()});
    QCOMPARE(write.code, 0);
    QVERIFY(write.out.isEmpty());
    QCOMPARE(test::readFile(inventory), inventoryBefore);
    // Each document where it was, in canonical form; the file's comment kept.
    const QByteArray after = test::readFile(policies);
    QVERIFY(after != policiesBefore);
    QCOMPARE(after.left(after.indexOf('\n')), policiesBefore.left(policiesBefore.indexOf('\n')));
    QVERIFY(Loader().loadPaths({tmp.path()}).workspace == before.workspace);

    const CliRun recheck = runCli(
        {QStringLiteral("fmt"), QStringLiteral("--check"), QStringLiteral("-f"), tmp.path()});
    QCOMPARE(recheck.code, 0);
    QVERIFY(recheck.out.isEmpty());
}

void TestCli::fmtWriteKeepsWhatItCannotRepresent_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<QList<QByteArray>>("kept"); // exactly as written
    QTest::addColumn<QByteArray>("formatted"); // appears once formatted
    const QByteArray policy = "# the team's policy\n"
                              "apiVersion: projectcalico.org/v3\n"
                              "kind: GlobalNetworkPolicy\n"
                              "metadata: {name: p}   # short form\n"
                              "spec: {order: 1, selector: all()}\n";
    const QByteArray widget = "---\n# not ours\napiVersion: example.com/v1\nkind: Widget\n"
                              "metadata: {name: w}\nspec: {size: 3}\n";
    QTest::newRow("unknown kind") << policy + widget << 1
                                  << QList<QByteArray> {"# the team's policy\n", widget}
                                  << QByteArray("  selector: all()\n");
    const QByteArray configMap = "---\napiVersion: v1\nkind: ConfigMap  # ignored\n"
                                 "metadata: {name: cm}\ndata: {key: value}\n";
    QTest::newRow("ignored kind") << policy + configMap << 0
                                  << QList<QByteArray> {"# the team's policy\n", configMap}
                                  << QByteArray("  selector: all()\n");
    const QByteArray pod = "---\napiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: "
                           "default}\nspec:\n  containers: [{name: c, image: \"nginx:1.25\"}]\n";
    QTest::newRow("fields not modelled")
        << policy + pod << 0 << QList<QByteArray> {pod} << QByteArray("  selector: all()\n");
    const QByteArray misspelled = "---\napiVersion: projectcalico.org/v3\nkind: "
                                  "GlobalNetworkPolicy\nmetadata: {name: q}\nspec:\n  "
                                  "selector: all()\n  ingress: [{action: Allow, destinaton: "
                                  "{ports: [80]}}]\n";
    QTest::newRow("misspelled field") << policy + misspelled << 1 << QList<QByteArray> {misspelled}
                                      << QByteArray("  selector: all()\n");
    const QByteArray broken = "---\nkind: [\n";
    QTest::newRow("file that does not parse")
        << policy + broken << 1 << QList<QByteArray> {policy + broken} << QByteArray();
}

void TestCli::fmtWriteKeepsWhatItCannotRepresent()
{
    QFETCH(QByteArray, text);
    QFETCH(int, code);
    QFETCH(QList<QByteArray>, kept);
    QFETCH(QByteArray, formatted);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("mixed.yaml"));
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
    }
    const CliRun run
        = runCli({QStringLiteral("fmt"), QStringLiteral("-w"), QStringLiteral("-f"), path});
    QVERIFY2(run.code == code, qPrintable(run.err));
    const QByteArray after = test::readFile(path);
    for (const QByteArray &part : kept)
        QVERIFY2(after.contains(part), after.constData());
    if (!formatted.isEmpty())
        QVERIFY2(after.contains(formatted), after.constData());
    // What was read is all still there.
    const LoadResult before = Loader().loadText(text, path);
    const LoadResult reread = Loader().loadText(after, path);
    QVERIFY(reread.workspace == before.workspace);
    QCOMPARE(reread.diagnostics.size(), before.diagnostics.size());
}

// ---------------------------------------------------------------------------------------
// convert

void TestCli::convert()
{
    const CliRun run = runCli({QStringLiteral("convert"), QStringLiteral("-f"),
        fixture(QStringLiteral("k8s/networkpolicy.yaml"))});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.contains(QStringLiteral("note: ignored 1 resource(s)")), qPrintable(run.err));

    const LoadResult converted
        = Loader().loadText(run.out.toUtf8(), QStringLiteral("converted.yaml"));
    QVERIFY2(!hasErrors(converted.diagnostics), qPrintable(describe(converted.diagnostics)));
    QCOMPARE(converted.workspace.resourceCount(), 1);
    QCOMPARE(converted.workspace->policies.size(), 1);
    const CalicoPolicy &policy = converted.workspace->policies.constFirst();
    QCOMPARE(policy.kind, ResourceKind::NetworkPolicy);
    QCOMPARE(policy.meta.name, QStringLiteral("test-network-policy"));
    QCOMPARE(policy.meta.namespace_, QStringLiteral("default"));
    QCOMPARE(policy.tier, QStringLiteral("default"));
    QCOMPARE(policy.order, std::optional<double>(1000.0));
    QCOMPARE(
        policy.selector, QStringLiteral("projectcalico.org/orchestrator == 'k8s' && role == 'db'"));
    QCOMPARE(policy.types, (QStringList {QStringLiteral("Ingress"), QStringLiteral("Egress")}));
    // One Allow rule per (protocol, peer): three ingress peers, one egress peer.
    QCOMPARE(policy.ingress.size(), 3);
    QCOMPARE(policy.egress.size(), 1);
    QCOMPARE(policy.ingress.at(0).source.nets, QStringList {QStringLiteral("172.17.0.0/16")});
    QCOMPARE(policy.ingress.at(0).source.notNets, QStringList {QStringLiteral("172.17.1.0/24")});
    QCOMPARE(
        policy.ingress.at(1).source.namespaceSelector, QStringLiteral("project == 'myproject'"));
    QCOMPARE(policy.ingress.at(2).source.selector,
        QStringLiteral("projectcalico.org/orchestrator == 'k8s' && role == 'frontend'"));
    for (const Rule &rule : policy.ingress) {
        QCOMPARE(rule.action, QStringLiteral("Allow"));
        QCOMPARE(rule.destination.ports, QList<Port> {Port::single(6379)});
    }
    QCOMPARE(policy.egress.at(0).destination.nets, QStringList {QStringLiteral("10.0.0.0/24")});

    // What convert prints validates as a Calico NetworkPolicy.
    const CliRun validate = runCli(
        {QStringLiteral("validate"), QStringLiteral("-f"), QStringLiteral("-")}, run.out.toUtf8());
    QCOMPARE(validate.code, 0);
}

void TestCli::convertLegacyNames()
{
    const CliRun run = runCli({QStringLiteral("convert"), QStringLiteral("--legacy-names"),
        QStringLiteral("-f"), fixture(QStringLiteral("k8s/networkpolicy.yaml"))});
    QCOMPARE(run.code, 0);
    const LoadResult converted
        = Loader().loadText(run.out.toUtf8(), QStringLiteral("converted.yaml"));
    QVERIFY2(!hasErrors(converted.diagnostics), qPrintable(describe(converted.diagnostics)));
    QCOMPARE(converted.workspace->policies.size(), 1);
    QCOMPARE(converted.workspace->policies.constFirst().meta.name,
        QStringLiteral("knp.default.test-network-policy"));
}

void TestCli::convertJson()
{
    const CliRun run
        = runCli({QStringLiteral("convert"), QStringLiteral("-o"), QStringLiteral("json"),
                     QStringLiteral("-f"), QStringLiteral("-")},
            test::readFile(fixture(QStringLiteral("k8s/networkpolicy.yaml"))));
    QCOMPARE(run.code, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray items = doc.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("NetworkPolicy"));
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("apiVersion")).toString(),
        QStringLiteral("projectcalico.org/v3"));
}

void TestCli::convertWithoutKubernetesPolicies()
{
    const CliRun run = runCli(
        {QStringLiteral("convert"), QStringLiteral("-f"), fixture(QStringLiteral("valid"))});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("note: ignored 6 resource(s)")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("no Kubernetes NetworkPolicy")));

    const CliRun invalid = runCli({QStringLiteral("convert"), QStringLiteral("-f"),
        fixture(QStringLiteral("invalid/unknown-field.yaml"))});
    QCOMPARE(invalid.code, 1);
    QVERIFY(invalid.out.isEmpty());
}

void TestCli::convertReportsDroppedRules()
{
    const QString file = fixture(QStringLiteral("k8s/unconvertible.yaml"));
    const CliRun run = runCli({QStringLiteral("convert"), QStringLiteral("-f"), file});
    // Printed as Calico converts it (without the bad rule), but the exit code says it failed.
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(file + QStringLiteral(":12:")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("[spec.ingress[0].ports[0]]")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("[spec.ingress[2].from[0].ipBlock.cidr]")),
        qPrintable(run.err));
    const LoadResult converted
        = Loader().loadText(run.out.toUtf8(), QStringLiteral("converted.yaml"));
    QVERIFY2(!hasErrors(converted.diagnostics), qPrintable(describe(converted.diagnostics)));
    QCOMPARE(converted.workspace->policies.size(), 1);
    const CalicoPolicy &policy = converted.workspace->policies.constFirst();
    QCOMPARE(policy.ingress.size(), 2);
    QCOMPARE(policy.ingress.at(0).destination.ports, QList<Port> {Port::single(80)});
    QVERIFY(policy.ingress.at(1).source.isEmpty()); // the unparseable CIDR matches anything
}

// ---------------------------------------------------------------------------------------
// generate

void TestCli::generateIsDeterministic()
{
    auto generate = [](const QString &seed) {
        return runCli({QStringLiteral("generate"), QStringLiteral("--namespaces"),
            QStringLiteral("12"), QStringLiteral("--pods"), QStringLiteral("300"),
            QStringLiteral("--policies"), QStringLiteral("120"), QStringLiteral("--seed"), seed});
    };
    const CliRun a = generate(QStringLiteral("7"));
    const CliRun b = generate(QStringLiteral("7"));
    const CliRun c = generate(QStringLiteral("8"));
    QCOMPARE(a.code, 0);
    QVERIFY(a.err.isEmpty());
    QVERIFY(a.out.size() > 10000);
    QCOMPARE(a.out, b.out);
    QVERIFY(a.out != c.out);

    // The in-process API gives the same bytes as the command.
    GeneratorOptions options;
    options.namespaces = 12;
    options.pods = 300;
    options.policies = 120;
    options.seed = 7;
    const Result<QByteArray> yaml = Generator(options).generateYaml();
    QVERIFY(yaml.ok());
    QCOMPARE(QString::fromUtf8(yaml.value()), a.out);
}

void TestCli::generateOutMatchesStream()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QStringList size
        = {QStringLiteral("--namespaces"), QStringLiteral("5"), QStringLiteral("--pods"),
            QStringLiteral("40"), QStringLiteral("--policies"), QStringLiteral("30")};
    const CliRun stream = runCli(QStringList {QStringLiteral("generate")} + size);
    const CliRun files = runCli(QStringList {QStringLiteral("generate")} + size
        + QStringList {QStringLiteral("--out"), tmp.path()});
    QCOMPARE(files.code, 0);
    QVERIFY(files.out.isEmpty());
    QVERIFY(files.err.contains(QStringLiteral("pods.yaml (40 resources)")));
    const QStringList expected
        = {QStringLiteral("namespaces.yaml"), QStringLiteral("serviceaccounts.yaml"),
            QStringLiteral("nodes.yaml"), QStringLiteral("workloads.yaml"),
            QStringLiteral("pods.yaml"), QStringLiteral("services.yaml"),
            QStringLiteral("tiers.yaml"), QStringLiteral("networksets.yaml"),
            QStringLiteral("hostendpoints.yaml"), QStringLiteral("globalpolicies.yaml"),
            QStringLiteral("policies.yaml"), QStringLiteral("kubernetes-policies.yaml")};
    QByteArray joined;
    for (const QString &name : expected) {
        QVERIFY2(QFileInfo::exists(tmp.filePath(name)), qPrintable(name));
        if (!joined.isEmpty())
            joined += "---\n";
        joined += test::readFile(tmp.filePath(name));
    }
    QCOMPARE(QString::fromUtf8(joined), stream.out);
}

void TestCli::generateValidatesClean_data()
{
    QTest::addColumn<QStringList>("arguments");
    auto row
        = [](const char *name, int namespaces, int pods, int policies, QStringList extra = {}) {
              QTest::newRow(name) << (QStringList {QStringLiteral("--namespaces"),
                                          QString::number(namespaces), QStringLiteral("--pods"),
                                          QString::number(pods), QStringLiteral("--policies"),
                                          QString::number(policies)}
                  + extra);
          };
    row("defaults", 10, 100, 50);
    row("one namespace", 1, 10, 30);
    row("two namespaces", 2, 5, 24);
    row("no pods", 3, 0, 20);
    row("no namespaces", 0, 0, 25);
    row("nothing", 0, 0, 0);
    row("more nodes than needed", 8, 200, 60,
        {QStringLiteral("--nodes"), QStringLiteral("9"), QStringLiteral("--host-endpoints"),
            QStringLiteral("9")});
    row("dense nodes", 6, 500, 40, {QStringLiteral("--pods-per-node"), QStringLiteral("250")});
    row("another seed", 30, 900, 400, {QStringLiteral("--seed"), QStringLiteral("424242")});
    row("medium", 60, 3000, 1200, {QStringLiteral("--seed"), QStringLiteral("3")});
}

void TestCli::generateValidatesClean()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const CliRun generated = runCli(QStringList {QStringLiteral("generate")} + arguments
        + QStringList {QStringLiteral("--out"), tmp.path()});
    QCOMPARE(generated.code, 0);

    const CliRun validate = runCli({QStringLiteral("validate"), QStringLiteral("-o"),
        QStringLiteral("json"), QStringLiteral("-f"), tmp.path()});
    QVERIFY2(validate.out == QStringLiteral("[]\n"), qPrintable(validate.out.left(4000)));
    QCOMPARE(validate.code, 0);
}

void TestCli::generateWritesItsWorkspace()
{
    // The generator builds workspace values and writes them with the core's Writer: reading
    // the text back gives exactly those values.
    GeneratorOptions options;
    options.namespaces = 14;
    options.pods = 400;
    options.policies = 160;
    options.seed = 5;
    const Generator generator(options);
    const Result<Workspace> built = generator.generateWorkspace();
    QVERIFY(built.ok());
    const Result<QByteArray> yaml = generator.generateYaml();
    QVERIFY(yaml.ok());
    const LoadResult loaded = Loader().loadText(yaml.value(), QStringLiteral("generated.yaml"));
    QVERIFY2(!hasErrors(loaded.diagnostics), qPrintable(describe(loaded.diagnostics)));
    QCOMPARE(loaded.workspace.resourceCount(), built->resourceCount());
    QVERIFY(loaded.workspace == built.value());
}

void TestCli::generateContent()
{
    GeneratorOptions options;
    options.namespaces = 40;
    options.pods = 2500;
    options.policies = 800;
    options.seed = 11;
    const Generator generator(options);
    QVERIFY(generator.checkOptions().ok());
    QCOMPARE(generator.nodeCount(), 23); // ceil(2500 / 110)
    const Result<QByteArray> yaml = generator.generateYaml();
    QVERIFY(yaml.ok());
    const LoadResult loaded = Loader().loadText(yaml.value(), QStringLiteral("generated.yaml"));
    QVERIFY2(!hasErrors(loaded.diagnostics), qPrintable(describe(loaded.diagnostics)));
    const WorkspaceData &ws = loaded.workspace.data();

    QCOMPARE(ws.namespaces.size(), 40);
    QCOMPARE(ws.pods.size(), 2500);
    QCOMPARE(ws.nodes.size(), 23);
    QCOMPARE(ws.policies.size() + ws.kubernetesPolicies.size(), 800);

    // Every policy kind, and the other Calico kinds.
    QSet<ResourceKind> kinds;
    for (const CalicoPolicy &p : ws.policies)
        kinds.insert(p.kind);
    QVERIFY(kinds.contains(ResourceKind::GlobalNetworkPolicy));
    QVERIFY(kinds.contains(ResourceKind::NetworkPolicy));
    QVERIFY(kinds.contains(ResourceKind::StagedGlobalNetworkPolicy));
    QVERIFY(kinds.contains(ResourceKind::StagedNetworkPolicy));
    bool k8s = false;
    bool stagedK8s = false;
    for (const KubernetesNetworkPolicy &p : ws.kubernetesPolicies)
        (p.staged ? stagedK8s : k8s) = true;
    QVERIFY(k8s);
    QVERIFY(stagedK8s);
    QVERIFY(ws.tiers.size() >= 3);
    QVERIFY(!ws.hostEndpoints.isEmpty());
    bool globalSet = false;
    bool namespacedSet = false;
    for (const NetworkSet &set : ws.networkSets)
        (set.global ? globalSet : namespacedSet) = true;
    QVERIFY(globalSet);
    QVERIFY(namespacedSet);
    QVERIFY(!ws.services.isEmpty());
    QVERIFY(!ws.endpointSlices.isEmpty());
    QVERIFY(!ws.workloads.isEmpty());

    // Rules use every action, ports by name and number, nets, and selectors of each sort.
    QSet<QString> actions;
    bool namedPort = false;
    bool nets = false;
    bool namespaceSelector = false;
    bool serviceAccounts = false;
    bool services = false;
    for (const CalicoPolicy &p : ws.policies) {
        for (const QList<Rule> *rules : {&p.ingress, &p.egress}) {
            for (const Rule &r : *rules) {
                actions.insert(r.action);
                for (const EntityRule *e : {&r.source, &r.destination}) {
                    for (const Port &port : e->ports)
                        namedPort = namedPort || port.isNamed();
                    nets = nets || !e->nets.isEmpty();
                    namespaceSelector = namespaceSelector || !e->namespaceSelector.isEmpty();
                    serviceAccounts = serviceAccounts || e->serviceAccounts.has_value();
                    services = services || e->services.has_value();
                }
            }
        }
    }
    QCOMPARE(actions,
        (QSet<QString> {QStringLiteral("Allow"), QStringLiteral("Deny"), QStringLiteral("Pass"),
            QStringLiteral("Log")}));
    QVERIFY(namedPort);
    QVERIFY(nets);
    QVERIFY(namespaceSelector);
    QVERIFY(serviceAccounts);
    QVERIFY(services);

    // Pods: unique IPs, at most 110 per node, on known nodes, with a known service account,
    // labels app / role / version / tier, and named container ports.
    QSet<QString> ips;
    QHash<QString, int> perNode;
    QSet<QString> nodeNames;
    for (const Node &node : ws.nodes)
        nodeNames.insert(node.meta.name);
    QSet<QString> accounts;
    for (const ServiceAccount &sa : ws.serviceAccounts)
        accounts.insert(sa.meta.namespace_ + u'/' + sa.meta.name);
    for (const Pod &pod : ws.pods) {
        QCOMPARE(pod.podIPs.size(), 1);
        QVERIFY2(!ips.contains(pod.podIPs.constFirst()), qPrintable(pod.podIPs.constFirst()));
        ips.insert(pod.podIPs.constFirst());
        QVERIFY(pod.podIPs.constFirst().startsWith(QStringLiteral("10.")));
        QVERIFY(nodeNames.contains(pod.nodeName));
        ++perNode[pod.nodeName];
        QVERIFY(accounts.contains(pod.meta.namespace_ + u'/' + pod.serviceAccountName));
        for (const char *label : {"app", "role", "version", "tier"})
            QVERIFY2(pod.meta.labels.contains(QLatin1StringView(label)), label);
        QVERIFY(!pod.ports.isEmpty());
        QVERIFY(!pod.ports.constFirst().name.isEmpty());
    }
    for (auto it = perNode.cbegin(); it != perNode.cend(); ++it)
        QVERIFY(it.value() <= 110);
    for (const Namespace &ns : ws.namespaces) {
        for (const char *label : {"environment", "team", "tier"})
            QVERIFY2(ns.meta.labels.contains(QLatin1StringView(label)), label);
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
