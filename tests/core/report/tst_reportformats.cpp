// The core/report formats policyctl prints and the studio can call: diagnostics (text, the
// JSON array of `validate -o json`, the summary line), a parsed selector (JSON, text, the
// error with its caret) and batches of flow traces (one JSON object per line, text apart by an
// empty line), byte for byte.

#include <QTest>

#include "core/report/diagnosticsreport.h"
#include "core/report/selectorreport.h"
#include "core/report/tracereport.h"
#include "core/selector/ipsetname.h"

using namespace ps;

namespace {

Diagnostic diagnostic(Severity severity, const QString &message)
{
    Diagnostic d;
    d.severity = severity;
    d.message = message;
    d.file = QStringLiteral("a.yaml");
    d.line = 3;
    d.column = 7;
    d.path = QStringLiteral("spec.selector");
    return d;
}

FlowTrace failedTrace(const QString &to)
{
    FlowTrace t;
    t.from = QStringLiteral("prod/web-0");
    t.to = to;
    t.protocol = QStringLiteral("TCP");
    t.error = QStringLiteral("unknown endpoint ") + to;
    return t;
}

} // namespace

class TestReportFormats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void diagnosticsJson_data();
    void diagnosticsJson();
    void diagnosticsTextAndCounts();
    void validationSummary_data();
    void validationSummary();
    void selectorJson_data();
    void selectorJson();
    void selectorText();
    void selectorErrorCaret();
    void traceBatches();
};

void TestReportFormats::diagnosticsJson_data()
{
    QTest::addColumn<Diagnostics>("diagnostics");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("none") << Diagnostics() << QByteArray("[]\n");
    QTest::newRow("two")
        << Diagnostics {diagnostic(Severity::Error, QStringLiteral("bad")),
               diagnostic(Severity::Warning, QStringLiteral("odd"))}
        << QByteArray("[\n"
                      "  {\"severity\":\"error\",\"message\":\"bad\",\"file\":\"a.yaml\","
                      "\"line\":3,\"column\":7,\"path\":\"spec.selector\"},\n"
                      "  {\"severity\":\"warning\",\"message\":\"odd\",\"file\":\"a.yaml\","
                      "\"line\":3,\"column\":7,\"path\":\"spec.selector\"}\n"
                      "]\n");
    // Quotes, backslashes and control characters escaped (the short forms where JSON has
    // them), other characters kept as UTF-8.
    QTest::newRow("escapes")
        << Diagnostics {diagnostic(Severity::Error, QStringLiteral("\"q\" \\ \b\f\n\r\t \x01 é"))}
        << QByteArray("[\n"
                      "  {\"severity\":\"error\",\"message\":\"\\\"q\\\" \\\\ \\b\\f\\n\\r\\t "
                      "\\u0001 \xc3\xa9\",\"file\":\"a.yaml\",\"line\":3,\"column\":7,"
                      "\"path\":\"spec.selector\"}\n"
                      "]\n");
}

void TestReportFormats::diagnosticsJson()
{
    QFETCH(Diagnostics, diagnostics);
    QFETCH(QByteArray, json);
    QCOMPARE(diagnosticsToJson(diagnostics), json);
}

void TestReportFormats::diagnosticsTextAndCounts()
{
    const Diagnostics diagnostics {diagnostic(Severity::Error, QStringLiteral("bad")),
        diagnostic(Severity::Warning, QStringLiteral("odd")),
        diagnostic(Severity::Warning, QStringLiteral("odder"))};
    QCOMPARE(diagnosticsToText(diagnostics),
        diagnostics.at(0).toString() + u'\n' + diagnostics.at(1).toString() + u'\n'
            + diagnostics.at(2).toString() + u'\n');
    QCOMPARE(diagnosticsToText({}), QString());
    QCOMPARE(countOf(diagnostics, Severity::Error), 1);
    QCOMPARE(countOf(diagnostics, Severity::Warning), 2);
    QCOMPARE(countOf(diagnostics, Severity::Info), 0);
}

void TestReportFormats::validationSummary_data()
{
    QTest::addColumn<Diagnostics>("diagnostics");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<QString>("summary");
    const Diagnostic warning = diagnostic(Severity::Warning, QStringLiteral("odd"));
    QTest::newRow("clean") << Diagnostics() << false
                           << QStringLiteral("ok: 0 error(s), 0 warning(s) in 2 file(s), 9 "
                                             "resource(s)");
    QTest::newRow("warning") << Diagnostics {warning} << false
                             << QStringLiteral("ok: 0 error(s), 1 warning(s) in 2 file(s), 9 "
                                               "resource(s)");
    // --strict: the caller decides that a warning fails.
    QTest::newRow("strict") << Diagnostics {warning} << true
                            << QStringLiteral("invalid: 0 error(s), 1 warning(s) in 2 file(s), "
                                              "9 resource(s)");
    QTest::newRow("error") << Diagnostics {diagnostic(Severity::Error, QStringLiteral("bad")),
        warning} << true
                           << QStringLiteral("invalid: 1 error(s), 1 warning(s) in 2 file(s), 9 "
                                             "resource(s)");
}

void TestReportFormats::validationSummary()
{
    QFETCH(Diagnostics, diagnostics);
    QFETCH(bool, failed);
    QFETCH(QString, summary);
    QCOMPARE(ps::validationSummary(diagnostics, failed, 2, 9), summary);
}

void TestReportFormats::selectorJson_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("withLabels");
    QTest::addColumn<QByteArray>("json");
    const Result<Selector> web = Selector::parse(u"app == 'web'");
    QVERIFY(web.ok());
    const QByteArray id = web.value().uniqueId().toUtf8();
    const QByteArray ipset = selectorIpSetName(web.value(), 4).toUtf8();
    QTest::newRow("valid") << QStringLiteral("app == 'web'") << false
                           << QByteArray("{\"valid\":true,\"canonical\":\"app == \\\"web\\\"\","
                                         "\"id\":\""
                                  + id + "\",\"ipset\":\"" + ipset + "\",\"error\":null}");
    QTest::newRow("valid, labels")
        << QStringLiteral("app == 'web'") << true
        << QByteArray("{\"valid\":true,\"canonical\":\"app == \\\"web\\\"\",\"id\":\"" + id
               + "\",\"ipset\":\"" + ipset + "\",\"matches\":true,\"error\":null}");
    QTest::newRow("invalid") << QStringLiteral("app ==") << false
                             << QByteArray("{\"valid\":false,\"canonical\":null,\"id\":null,"
                                           "\"ipset\":null,\"error\":{\"message\":\"");
    QTest::newRow("invalid, labels") << QStringLiteral("app ==") << true
                                     << QByteArray("{\"valid\":false,\"canonical\":null,\"id\":"
                                                   "null,\"ipset\":null,\"matches\":null,"
                                                   "\"error\":{\"message\":\"");
}

void TestReportFormats::selectorJson()
{
    QFETCH(QString, expression);
    QFETCH(bool, withLabels);
    QFETCH(QByteArray, json);
    const Result<Selector> parsed = Selector::parse(expression);
    const std::optional<Labels> labels = withLabels
        ? std::optional<Labels>(Labels {{QStringLiteral("app"), QStringLiteral("web")}})
        : std::nullopt;
    const QByteArray out = selectorToJson(parsed, labels);
    if (parsed.ok()) {
        QCOMPARE(out, json);
        return;
    }
    QVERIFY2(out.startsWith(json), out.constData());
    QVERIFY2(out.endsWith("\",\"column\":" + QByteArray::number(parsed.error().offset + 1) + "}}"),
        out.constData());
}

void TestReportFormats::selectorText()
{
    const Result<Selector> parsed = Selector::parse(u"has(tier)");
    QVERIFY(parsed.ok());
    const Selector &selector = parsed.value();
    const QString head = QStringLiteral("canonical: has(tier)\nid:        %1\nipset:     %2\n")
                             .arg(selector.uniqueId(), selectorIpSetName(selector, 4));
    QCOMPARE(ps::selectorToText(selector, std::nullopt), head);
    QCOMPARE(ps::selectorToText(selector, Labels {{QStringLiteral("app"), QStringLiteral("web")}}),
        head + QStringLiteral("matches:   false\n"));
    QCOMPARE(ps::selectorToText(selector, Labels {{QStringLiteral("tier"), QStringLiteral("1")}}),
        head + QStringLiteral("matches:   true\n"));
}

void TestReportFormats::selectorErrorCaret()
{
    const QString expression = QStringLiteral("app == 'web' &&");
    const Result<Selector> parsed = Selector::parse(expression);
    QVERIFY(!parsed.ok());
    const Error &error = parsed.error();
    QCOMPARE(error.offset, expression.size());
    QCOMPARE(selectorErrorText(error, expression),
        error.message + QStringLiteral(" (at character 16 of the selector)\n  app == 'web' &&\n  ")
            + QString(15, u' ') + u'^');
}

void TestReportFormats::traceBatches()
{
    const FlowTrace a = failedTrace(QStringLiteral("prod/a"));
    const FlowTrace b = failedTrace(QStringLiteral("prod/b"));
    QCOMPARE(toJson(QList<FlowTrace>()), QByteArray("[]"));
    QCOMPARE(toJson(QList<FlowTrace> {a}), "[\n" + toJson(a) + "\n]");
    QCOMPARE(toJson(QList<FlowTrace> {a, b}), "[\n" + toJson(a) + ",\n" + toJson(b) + "\n]");
    QCOMPARE(toText(QList<FlowTrace>()), QString());
    QCOMPARE(toText(QList<FlowTrace> {a}), toText(a));
    QCOMPARE(toText(QList<FlowTrace> {a, b}), toText(a) + u'\n' + toText(b));
}

QTEST_GUILESS_MAIN(TestReportFormats)
#include "tst_reportformats.moc"
