// core/flows readers: policy-hit strings in both grammars (every example kind: Calico, global,
// staged, Kubernetes, admin and cluster network policies, profiles, end of tier, 4-field and
// unknown rule indexes), the same flows read from every format (Enterprise modern and legacy,
// gzip, Goldmane JSON lines, Whisker list response and event stream) to the same values, and
// errors that name the file, line, column and field.

#include <QTest>

#include "core/flows/flowlogreader.h"
#include "core/flows/policyhit.h"
#include "tests/support/testfiles.h"

using namespace ps;

namespace {

QString fixture(const QString &name)
{
    return test::fixturePath(QStringLiteral("flows/") + name);
}

QList<FlowRecord> readAll(const QString &path, QList<Error> *errors = nullptr)
{
    FlowLogReader reader;
    const Result<void> opened = reader.open(path);
    if (!opened)
        qWarning("%s", qPrintable(opened.error().toString()));
    QList<FlowRecord> records;
    FlowRecord r;
    Error e;
    for (;;) {
        const FlowLogReader::Status s = reader.next(r, e);
        if (s == FlowLogReader::Status::End)
            break;
        if (s == FlowLogReader::Status::Record)
            records.append(r);
        else if (errors)
            errors->append(e);
        e = {};
    }
    return records;
}

QList<Error> errorsOf(const QByteArray &data)
{
    FlowLogReader reader;
    reader.openData(data, QStringLiteral("test.log"));
    QList<Error> errors;
    FlowRecord r;
    Error e;
    while (reader.next(r, e) != FlowLogReader::Status::End) {
        if (!e.message.isEmpty())
            errors.append(e);
        e = {};
    }
    if (!e.message.isEmpty())
        errors.append(e);
    return errors;
}

} // namespace

class TestFlowLogReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hitString_data();
    void hitString();
    void badHitString_data();
    void badHitString();
    void formats_data();
    void formats();
    void sameFlowsInEveryFormat();
    void errorsNameFileLineColumnField_data();
    void errorsNameFileLineColumnField();
    void readingGoesOnAfterABadRecord();
    void streamsInChunks();
};

void TestFlowLogReader::hitString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("rule"); // -1 end of tier, -2 unknown
    const auto row = [](const char *tag, const char *text, HitKind kind, const char *tier,
                         const char *ns, const char *name, FlowAction action, int rule) {
        QTest::newRow(tag) << QString::fromUtf8(text) << int(kind) << QString::fromUtf8(tier)
                           << QString::fromUtf8(ns) << QString::fromUtf8(name) << int(action)
                           << rule;
    };
    using K = HitKind;
    using A = FlowAction;
    row("modern np", "1|default|np:shop/allow-frontend|allow|0", K::CalicoNetworkPolicy, "default",
        "shop", "allow-frontend", A::Allow, 0);
    row("legacy np", "1|default|shop/default.allow-frontend|allow|0", K::CalicoNetworkPolicy,
        "default", "shop", "allow-frontend", A::Allow, 0);
    row("modern eot", "0|security|np:payments/ingress-from-lb|deny|-1", K::CalicoNetworkPolicy,
        "security", "payments", "ingress-from-lb", A::Deny, -1);
    row("legacy eot", "0|security|payments/security.ingress-from-lb|deny|-1",
        K::CalicoNetworkPolicy, "security", "payments", "ingress-from-lb", A::Deny, -1);
    row("modern knp eot", "1|default|knp:payments/allow-checkout-only|deny|-1",
        K::KubernetesNetworkPolicy, "default", "payments", "allow-checkout-only", A::Deny, -1);
    row("legacy knp", "1|default|payments/knp.default.allow-checkout-only|deny|-1",
        K::KubernetesNetworkPolicy, "default", "payments", "allow-checkout-only", A::Deny, -1);
    row("modern snp", "1|default|snp:shop/restrict-frontend|deny|0", K::StagedNetworkPolicy,
        "default", "shop", "restrict-frontend", A::Deny, 0);
    row("legacy snp", "1|default|shop/default.staged:restrict-frontend|deny|0",
        K::StagedNetworkPolicy, "default", "shop", "restrict-frontend", A::Deny, 0);
    row("legacy snp staged first", "1|tier1|ns2/staged:tier1.policy1|deny|0",
        K::StagedNetworkPolicy, "tier1", "ns2", "policy1", A::Deny, 0);
    row("modern gnp pass", "0|security|gnp:platform-guardrails|pass|2", K::GlobalNetworkPolicy,
        "security", "", "platform-guardrails", A::Pass, 2);
    row("legacy gnp pass", "0|security|security.platform-guardrails|pass|2", K::GlobalNetworkPolicy,
        "security", "", "platform-guardrails", A::Pass, 2);
    row("modern sgnp", "0|security|sgnp:quarantine|deny|0", K::StagedGlobalNetworkPolicy,
        "security", "", "quarantine", A::Deny, 0);
    row("legacy sgnp", "0|security|security.staged:quarantine|deny|0", K::StagedGlobalNetworkPolicy,
        "security", "", "quarantine", A::Deny, 0);
    row("modern sknp", "0|default|sknp:shop/default-deny|deny|-1", K::StagedKubernetesNetworkPolicy,
        "default", "shop", "default-deny", A::Deny, -1);
    row("legacy sknp", "0|default|shop/staged:knp.default.default-deny|deny|-1",
        K::StagedKubernetesNetworkPolicy, "default", "shop", "default-deny", A::Deny, -1);
    row("modern profile", "1|__PROFILE__|pro:kns.shop|allow|0", K::Profile, "", "", "kns.shop",
        A::Allow, 0);
    row("legacy profile", "1|__PROFILE__|__PROFILE__.kns.shop|allow|0", K::Profile, "", "",
        "kns.shop", A::Allow, 0);
    row("4 fields", "0|__PROFILE__|__PROFILE__.kns.kube-system|allow", K::Profile, "", "",
        "kns.kube-system", A::Allow, -2);
    row("rule -2", "0|default|np:shop/a|allow|-2", K::CalicoNetworkPolicy, "default", "shop", "a",
        A::Allow, -2);
    row("rule dash", "0|default|np:shop/a|allow|-", K::CalicoNetworkPolicy, "default", "shop", "a",
        A::Allow, -2);
    row("kcnp admin", "0|kube-admin|kcnp:deny-metadata-api|deny|0", K::ClusterNetworkPolicy,
        "kube-admin", "", "deny-metadata-api", A::Deny, 0);
    row("kcnp baseline", "2|kube-baseline|kcnp:default-isolation|deny|1", K::ClusterNetworkPolicy,
        "kube-baseline", "", "default-isolation", A::Deny, 1);
    row("anp test form", "0|adminnetworkpolicy|kanp.adminnetworkpolicy.deny-metadata-api|deny|0",
        K::AdminNetworkPolicy, "adminnetworkpolicy", "", "deny-metadata-api", A::Deny, 0);
    row("anp code form",
        "0|adminnetworkpolicy|adminnetworkpolicy.kanp.adminnetworkpolicy.deny-metadata-api|deny|0",
        K::AdminNetworkPolicy, "adminnetworkpolicy", "", "deny-metadata-api", A::Deny, 0);
    row("banp", "3|baselineadminnetworkpolicy|kbanp.baselineadminnetworkpolicy.default|deny|0",
        K::BaselineAdminNetworkPolicy, "baselineadminnetworkpolicy", "", "default", A::Deny, 0);
    row("modern name with tier prefix", "0|tier1|np:default/tier1.np1-1|pass|0",
        K::CalicoNetworkPolicy, "tier1", "default", "tier1.np1-1", A::Pass, 0);
    row("dots in names", "0|default|np:shop/a.b.c|allow|0", K::CalicoNetworkPolicy, "default",
        "shop", "a.b.c", A::Allow, 0);
}

void TestFlowLogReader::hitString()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, tier);
    QFETCH(QString, ns);
    QFETCH(QString, name);
    QFETCH(int, action);
    QFETCH(int, rule);
    const Result<PolicyHit> hit = parsePolicyHitString(text);
    QVERIFY2(hit.ok(), qPrintable(hit.ok() ? QString() : hit.error().message));
    QCOMPARE(hitKindName(hit->kind), hitKindName(HitKind(kind)));
    QCOMPARE(hit->tier, tier);
    QCOMPARE(hit->namespace_, ns);
    QCOMPARE(hit->name, name);
    QCOMPARE(int(hit->action), action);
    QCOMPARE(hit->endOfTier, rule == -1);
    QCOMPARE(hit->rule.has_value(), rule >= 0);
    if (rule >= 0)
        QCOMPARE(*hit->rule, rule);
}

void TestFlowLogReader::badHitString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("3 fields") << QStringLiteral("0|default|np:a/b") << QStringLiteral("5 fields");
    QTest::newRow("index") << QStringLiteral("x|default|np:a/b|allow|0")
                           << QStringLiteral("policy index 'x'");
    QTest::newRow("action") << QStringLiteral("0|default|np:a/b|permit|0")
                            << QStringLiteral("action 'permit'");
    QTest::newRow("rule") << QStringLiteral("0|default|np:a/b|allow|-7")
                          << QStringLiteral("rule index '-7'");
    QTest::newRow("empty name") << QStringLiteral("0|default|np:a/|allow|0")
                                << QStringLiteral("is empty");
}

void TestFlowLogReader::badHitString()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Result<PolicyHit> hit = parsePolicyHitString(text);
    QVERIFY(!hit.ok());
    QVERIFY2(hit.error().message.contains(message), qPrintable(hit.error().message));
}

void TestFlowLogReader::formats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("records");
    QTest::newRow("enterprise modern")
        << QStringLiteral("enterprise-modern.jsonl") << int(FlowFormat::Enterprise) << 10;
    QTest::newRow("enterprise legacy")
        << QStringLiteral("enterprise-legacy.jsonl") << int(FlowFormat::Enterprise) << 10;
    QTest::newRow("enterprise gzip")
        << QStringLiteral("enterprise-modern.jsonl.gz") << int(FlowFormat::Enterprise) << 10;
    QTest::newRow("goldmane") << QStringLiteral("goldmane.ndjson") << int(FlowFormat::Goldmane)
                              << 10;
    QTest::newRow("whisker list") << QStringLiteral("whisker-list.json") << int(FlowFormat::Whisker)
                                  << 9;
    QTest::newRow("whisker stream")
        << QStringLiteral("whisker-stream.txt") << int(FlowFormat::Whisker) << 9;
}

void TestFlowLogReader::formats()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(int, records);
    QList<Error> errors;
    const QList<FlowRecord> read = readAll(fixture(file), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
    QCOMPARE(read.size(), records);
    for (const FlowRecord &r : read)
        QCOMPARE(int(r.format), format);
    // The first record: end of tier deny on the destination side.
    const FlowRecord &first = read.constFirst();
    QCOMPARE(first.source.namespace_, QStringLiteral("qa"));
    QCOMPARE(first.destination.aggregated, QStringLiteral("dev-web-0"));
    QCOMPARE(first.protocol, QStringLiteral("tcp"));
    QCOMPARE(first.port, std::optional<int>(80));
    QCOMPARE(first.reporter, FlowReporter::Dst);
    QCOMPARE(first.action, FlowAction::Deny);
    QCOMPARE(first.enforced.size(), 1);
    QVERIFY(first.enforced.constFirst().endOfTier);
    QCOMPARE(first.enforced.constFirst().kind, HitKind::GlobalNetworkPolicy);
    QCOMPARE(first.enforced.constFirst().name, QStringLiteral("restrict-development-access"));
    QCOMPARE(first.destination.labels.value(QStringLiteral("app")), QStringLiteral("web"));
}

void TestFlowLogReader::sameFlowsInEveryFormat()
{
    // Whatever the format, the same flow reads as the same ends, port, action and hits.
    const QList<FlowRecord> reference = readAll(fixture(QStringLiteral("enterprise-modern.jsonl")));
    for (const char *file : {"enterprise-legacy.jsonl", "enterprise-modern.jsonl.gz",
             "goldmane.ndjson", "whisker-list.json", "whisker-stream.txt"}) {
        const QList<FlowRecord> read = readAll(fixture(QString::fromUtf8(file)));
        qsizetype j = 0;
        for (const FlowRecord &r : reference) {
            if (!r.port && QByteArray(file).startsWith("whisker"))
                continue; // Whisker cannot say "no port": the fixture leaves that record out
            QVERIFY(j < read.size());
            const FlowRecord &o = read.at(j++);
            QCOMPARE(o.source.aggregated, r.source.aggregated);
            QCOMPARE(o.source.namespace_, r.source.namespace_);
            QCOMPARE(o.destination.aggregated, r.destination.aggregated);
            QCOMPARE(o.port.value_or(0), r.port.value_or(0));
            QCOMPARE(o.action, r.action);
            QCOMPARE(o.reporter, r.reporter);
            QCOMPARE(o.enforced, r.enforced);
            QCOMPARE(o.pending, r.pending);
        }
    }
}

void TestFlowLogReader::errorsNameFileLineColumnField_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const QByteArray good = "{\"proto\":\"tcp\",\"action\":\"allow\",\"reporter\":\"src\"}\n";
    QTest::newRow("bad hit string") << (good
        + "{\"proto\":\"tcp\",\"action\":\"allow\",\"reporter\":\"src\",\"policies\":"
          "{\"enforced_policies\":[\"0|default|np:a/b|allow|0\",\"1|x|y\"]}}\n")
                                    << 2 << 110 << QStringLiteral("policies.enforced_policies[1]")
                                    << QStringLiteral("5 fields");
    QTest::newRow("bad port") << (good + good
        + "{\"proto\":\"tcp\",\"dest_port\":70000,\"action\":\"allow\","
          "\"reporter\":\"dst\"}\n")
                              << 3 << 16 << QStringLiteral("dest_port")
                              << QStringLiteral("0 to 65535");
    QTest::newRow("bad action") << QByteArray("{\"protocol\":\"tcp\",\"action\":\"Maybe\","
                                              "\"reporter\":\"Src\"}")
                                << 1 << 19 << QStringLiteral("action")
                                << QStringLiteral("unknown action");
    // At the '}' where a value should be.
    QTest::newRow("bad json") << (good + "{\"proto\":\"tcp\",\"action\":}\n") << 2 << 25
                              << QString() << QStringLiteral("not valid JSON");
    QTest::newRow("goldmane kind")
        << QByteArray("{\"Key\":{\"proto\":\"tcp\",\"reporter\":1,"
                      "\"action\":1,\"policies\":{\"enforced_policies\":"
                      "[{\"kind\":42}]}}}")
        << 1 << 81 << QStringLiteral("Key.policies.enforced_policies[0].kind")
        << QStringLiteral("unknown policy kind 42");
    QTest::newRow("whisker time") << QByteArray(
        "{\"protocol\":\"tcp\",\"start_time\":\"yesterday\","
        "\"action\":\"Allow\",\"reporter\":\"Src\"}")
                                  << 1 << 19 << QStringLiteral("start_time")
                                  << QStringLiteral("RFC 3339");
    QTest::newRow("unknown format") << QByteArray("\n\n  {\"hello\":1}") << 3 << 3 << QString()
                                    << QStringLiteral("known format");
    QTest::newRow("not an object") << QByteArray("{\"proto\":\"tcp\",\"action\":\"allow\","
                                                 "\"reporter\":\"src\"}\n42\n")
                                   << 2 << 1 << QString() << QStringLiteral("got '4'");
    // A stray closer inside an array of records is stepped over (found by fuzzing: the reader
    // did not move and looped forever).
    const QByteArray record = "{\"proto\":\"tcp\",\"action\":\"allow\",\"reporter\":\"src\"}";
    QTest::newRow("stray brace in an array")
        << ("[" + record + ",}," + record + "]") << 1 << int(record.size()) + 3 << QString()
        << QStringLiteral("got '}'");
    // A name of the wrong type is an error, not an end left silently unnamed.
    QTest::newRow("enterprise name not a string")
        << QByteArray("{\"proto\":\"tcp\",\"action\":\"allow\",\"reporter\":\"src\","
                      "\"source_name\":42}")
        << 1 << 50 << QStringLiteral("source_name") << QStringLiteral("expected a string");
    QTest::newRow("truncated") << QByteArray("{\"proto\":\"tcp\",\"action\":") << 1 << 1
                               << QString() << QStringLiteral("ends inside");
}

void TestFlowLogReader::errorsNameFileLineColumnField()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const QList<Error> errors = errorsOf(data);
    QCOMPARE(errors.size(), 1);
    const Error &e = errors.constFirst();
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QCOMPARE(e.file, QStringLiteral("test.log"));
    QCOMPARE(e.path, path);
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    if (!path.isEmpty())
        QVERIFY2(e.message.contains(path), qPrintable(e.message)); // the field is named
}

void TestFlowLogReader::readingGoesOnAfterABadRecord()
{
    QByteArray data = test::readFile(fixture(QStringLiteral("goldmane.ndjson")));
    QVERIFY(!data.isNull());
    const qsizetype secondLine = data.indexOf('\n') + 1;
    data.insert(secondLine, "{\"Key\":{\"proto\":\"tcp\",\"reporter\":7}}\n");
    FlowLogReader reader;
    reader.openData(data, QStringLiteral("g.ndjson"));
    int records = 0;
    QList<Error> errors;
    FlowRecord r;
    Error e;
    for (FlowLogReader::Status s; (s = reader.next(r, e)) != FlowLogReader::Status::End;) {
        if (s == FlowLogReader::Status::Record)
            ++records;
        else
            errors.append(e);
    }
    QCOMPARE(records, 10);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().line, 2);
    QCOMPARE(errors.constFirst().path, QStringLiteral("Key.reporter"));
}

void TestFlowLogReader::streamsInChunks()
{
    // More records than one read chunk holds: record boundaries across chunks, line numbers
    // kept, memory bounded by one record.
    const QByteArray line = test::readFile(fixture(QStringLiteral("enterprise-modern.jsonl")))
                                .split('\n')
                                .constFirst()
        + '\n';
    QByteArray data;
    const int count = 3000; // ~3 MB, several 256 KiB chunks
    for (int i = 0; i < count; ++i)
        data += line;
    FlowLogReader reader;
    reader.openData(data, QStringLiteral("big.jsonl"));
    FlowRecord r;
    Error e;
    int n = 0;
    while (reader.next(r, e) == FlowLogReader::Status::Record) {
        ++n;
        QCOMPARE(r.line, n);
    }
    QVERIFY2(e.message.isEmpty(), qPrintable(e.toString()));
    QCOMPARE(n, count);
    QCOMPARE(reader.bytesRead(), qint64(data.size()));
}

QTEST_GUILESS_MAIN(TestFlowLogReader)
#include "tst_flowlogreader.moc"
