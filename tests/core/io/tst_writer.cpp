// Writer: canonical YAML and JSON; load → write → load gives an equal Workspace for every kind
// and every fixture; golden output for the canonical form.
//
// Golden files live in tests/fixtures/io/golden: NAME.in.yaml is loaded and written, the result
// must equal NAME.out.yaml (NAME.out.json for JSON). To regenerate the references on purpose:
//   POLICY_REGENERATE_GOLDEN=1 ./tst_writer golden

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

#include "core/io/loader.h"
#include "core/io/writer.h"
#include "tests/support/golden.h"
#include "tests/support/testfiles.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ps::OutputFormat)
Q_DECLARE_METATYPE(ps::Workspace)

namespace {

QString fixtures()
{
    return test::fixturePath(u"io");
}

QString dump(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}
// Kinds present in a workspace, to prove the fixtures cover every kind.
std::set<ResourceKind> kindsIn(const Workspace &w)
{
    std::set<ResourceKind> kinds;
    const WorkspaceData &d = w.data();
    for (const auto &p : d.policies)
        kinds.insert(p.kind);
    for (const auto &p : d.kubernetesPolicies) {
        kinds.insert(p.staged ? ResourceKind::StagedKubernetesNetworkPolicy
                              : ResourceKind::KubernetesNetworkPolicy);
    }
    for (const auto &p : d.adminPolicies)
        kinds.insert(p.kind);
    if (!d.tiers.isEmpty())
        kinds.insert(ResourceKind::Tier);
    if (!d.profiles.isEmpty())
        kinds.insert(ResourceKind::Profile);
    for (const auto &s : d.networkSets)
        kinds.insert(s.global ? ResourceKind::GlobalNetworkSet : ResourceKind::NetworkSet);
    if (!d.hostEndpoints.isEmpty())
        kinds.insert(ResourceKind::HostEndpoint);
    if (!d.ipPools.isEmpty())
        kinds.insert(ResourceKind::IPPool);
    if (!d.felixConfigurations.isEmpty())
        kinds.insert(ResourceKind::FelixConfiguration);
    if (!d.namespaces.isEmpty())
        kinds.insert(ResourceKind::Namespace);
    if (!d.pods.isEmpty())
        kinds.insert(ResourceKind::Pod);
    if (!d.serviceAccounts.isEmpty())
        kinds.insert(ResourceKind::ServiceAccount);
    if (!d.services.isEmpty())
        kinds.insert(ResourceKind::Service);
    if (!d.endpointSlices.isEmpty())
        kinds.insert(ResourceKind::EndpointSlice);
    if (!d.nodes.isEmpty())
        kinds.insert(ResourceKind::Node);
    for (const auto &w2 : d.workloads)
        kinds.insert(w2.kind);
    return kinds;
}

} // namespace

class TstWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripFixtures_data();
    void roundTripFixtures();
    void everyKindIsCovered();
    void longKeysRoundTrip();
    void roundTripEachResource_data();
    void roundTripEachResource();
    void golden_data();
    void golden();
    void strings_data();
    void strings();
    void numbers_data();
    void numbers();
    void ports();
    void optionalObjectsSurvive();
    void json();
    void singlePolicy();
    void documentOrder();
    void emptyWorkspace();
};

void TstWriter::roundTripFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<OutputFormat>("format");
    QDirIterator it(fixtures(), {u"*.yaml"_s, u"*.yml"_s, u"*.json"_s}, QDir::Files,
        QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &file : files) {
        const QString name = QDir(fixtures()).relativeFilePath(file);
        // Only inputs that load cleanly are round-trip material.
        const LoadResult r = Loader().loadPaths({file});
        if (hasErrors(r.diagnostics) || r.workspace.isEmpty())
            continue;
        QTest::newRow(qPrintable(name + u" yaml"_s)) << file << OutputFormat::Yaml;
        QTest::newRow(qPrintable(name + u" json"_s)) << file << OutputFormat::Json;
    }
}

void TstWriter::roundTripFixtures()
{
    QFETCH(QString, file);
    QFETCH(OutputFormat, format);
    const LoadResult first = Loader().loadPaths({file});
    QVERIFY2(!hasErrors(first.diagnostics), qPrintable(dump(first.diagnostics)));
    const QByteArray written = Writer().write(first.workspace, format);
    const LoadResult second = Loader().loadText(written, u"written"_s);
    QVERIFY2(!hasErrors(second.diagnostics),
        qPrintable(dump(second.diagnostics) + u"\n"_s + QString::fromUtf8(written)));
    QCOMPARE(second.workspace.resourceCount(), first.workspace.resourceCount());
    QVERIFY2(second.workspace == first.workspace, written.constData());
    // Canonical: writing again gives the same bytes.
    QCOMPARE(Writer().write(second.workspace, format), written);
}

void TstWriter::everyKindIsCovered()
{
    const LoadResult r = Loader().loadPaths({fixtures() + u"/roundtrip"_s});
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(dump(r.diagnostics)));
    const std::set<ResourceKind> kinds = kindsIn(r.workspace);
    for (int i = 0; i <= int(ResourceKind::ReplicationController); ++i)
        QVERIFY2(kinds.count(ResourceKind(i)), qPrintable(kindDisplayName(ResourceKind(i))));
}

void TstWriter::roundTripEachResource_data()
{
    // Each resource alone, so a failure names the kind.
    QTest::addColumn<Workspace>("workspace");
    const LoadResult r = Loader().loadPaths({fixtures() + u"/roundtrip"_s});
    const WorkspaceData &d = r.workspace.data();
    int n = 0;
    const auto row = [&](const QString &what, const std::function<void(WorkspaceData &)> &fill) {
        WorkspaceData one;
        fill(one);
        QTest::newRow(qPrintable(QString::number(n++) + u' ' + what)) << Workspace(one);
    };
    for (const auto &p : d.policies)
        row(kindName(p.kind) + u' ' + p.meta.name, [&](WorkspaceData &o) { o.policies = {p}; });
    for (const auto &p : d.kubernetesPolicies)
        row(u"KubernetesNetworkPolicy "_s + p.meta.name,
            [&](WorkspaceData &o) { o.kubernetesPolicies = {p}; });
    for (const auto &t : d.tiers)
        row(u"Tier "_s + t.meta.name, [&](WorkspaceData &o) { o.tiers = {t}; });
    for (const auto &p : d.profiles)
        row(u"Profile "_s + p.meta.name, [&](WorkspaceData &o) { o.profiles = {p}; });
    for (const auto &s : d.networkSets)
        row(u"NetworkSet "_s + s.meta.name, [&](WorkspaceData &o) { o.networkSets = {s}; });
    for (const auto &h : d.hostEndpoints)
        row(u"HostEndpoint "_s + h.meta.name, [&](WorkspaceData &o) { o.hostEndpoints = {h}; });
    for (const auto &p : d.ipPools)
        row(u"IPPool "_s + p.meta.name, [&](WorkspaceData &o) { o.ipPools = {p}; });
    for (const auto &x : d.namespaces)
        row(u"Namespace "_s + x.meta.name, [&](WorkspaceData &o) { o.namespaces = {x}; });
    for (const auto &x : d.serviceAccounts)
        row(u"ServiceAccount "_s + x.meta.name, [&](WorkspaceData &o) { o.serviceAccounts = {x}; });
    for (const auto &x : d.pods)
        row(u"Pod "_s + x.meta.name, [&](WorkspaceData &o) { o.pods = {x}; });
    for (const auto &x : d.services)
        row(u"Service "_s + x.meta.name, [&](WorkspaceData &o) { o.services = {x}; });
    for (const auto &x : d.endpointSlices)
        row(u"EndpointSlice "_s + x.meta.name, [&](WorkspaceData &o) { o.endpointSlices = {x}; });
    for (const auto &x : d.nodes)
        row(u"Node "_s + x.meta.name, [&](WorkspaceData &o) { o.nodes = {x}; });
    for (const auto &x : d.workloads)
        row(kindName(x.kind) + u' ' + x.meta.name, [&](WorkspaceData &o) { o.workloads = {x}; });
}

void TstWriter::roundTripEachResource()
{
    QFETCH(Workspace, workspace);
    for (const OutputFormat format : {OutputFormat::Yaml, OutputFormat::Json}) {
        const QByteArray written = Writer().write(workspace, format);
        const LoadResult r = Loader().loadText(written, u"written"_s);
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        QVERIFY2(r.workspace == workspace, written.constData());
    }
}

// A key longer than YAML's 1024 characters for an implicit key is written as an explicit one
// ("? key"), in a mapping and as the first key of a sequence item, and reads back the same
// (the fuzzer found such a label key written as "key: value", which no YAML reader accepts).
void TstWriter::longKeysRoundTrip()
{
    const QString longKey = QString(1500, u'h') + u"+x"_s;
    const QByteArray key = longKey.toUtf8();
    const QByteArray input = "apiVersion: networking.k8s.io/v1\n"
                             "kind: NetworkPolicy\n"
                             "metadata:\n"
                             "  name: x\n"
                             "  namespace: prod\n"
                             "spec:\n"
                             "  podSelector:\n"
                             "    matchLabels:\n"
                             "      ? \""
        + key
        + "\"\n"
          "      : \"\"\n"
          "  ingress:\n"
          "    - from:\n"
          "        - podSelector:\n"
          "            matchLabels:\n"
          "              ? \""
        + key + "\"\n              : web\n";
    const LoadResult original = Loader().loadText(input, u"input"_s);
    QVERIFY2(original.diagnostics.isEmpty(), qPrintable(dump(original.diagnostics)));
    QCOMPARE(original.workspace->kubernetesPolicies.size(), 1);
    // JSON has no explicit keys: its long keys are read by the JSON reader the YAML reader
    // falls back to.
    for (const OutputFormat format : {OutputFormat::Yaml, OutputFormat::Json}) {
        const QByteArray written = Writer().write(original.workspace, format);
        const LoadResult r = Loader().loadText(written, u"written"_s);
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        QVERIFY2(r.workspace == original.workspace, written.constData());
    }
}

void TstWriter::golden_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<OutputFormat>("format");
    const QDir dir(fixtures() + u"/golden"_s);
    for (const QString &in : dir.entryList({u"*.in.yaml"_s}, QDir::Files, QDir::Name)) {
        const QString base = in.chopped(8);
        QTest::newRow(qPrintable(base + u" yaml"_s))
            << dir.filePath(in) << dir.filePath(base + u".out.yaml"_s) << OutputFormat::Yaml;
        if (QFile::exists(dir.filePath(base + u".out.json"_s)) || test::regeneratingGoldens()) {
            QTest::newRow(qPrintable(base + u" json"_s))
                << dir.filePath(in) << dir.filePath(base + u".out.json"_s) << OutputFormat::Json;
        }
    }
}

void TstWriter::golden()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(OutputFormat, format);
    const LoadResult r = Loader().loadPaths({input});
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(dump(r.diagnostics)));
    const QByteArray actual = Writer().write(r.workspace, format);
    PS_COMPARE_GOLDEN(actual, expected);
}

void TstWriter::strings_data()
{
    QTest::addColumn<QString>("value");
    const QStringList values = {
        u""_s,
        u"yes"_s,
        u"no"_s,
        u"on"_s,
        u"off"_s,
        u"y"_s,
        u"n"_s,
        u"true"_s,
        u"False"_s,
        u"null"_s,
        u"~"_s,
        u"1"_s,
        u"-1"_s,
        u"+1"_s,
        u"1.5"_s,
        u".5"_s,
        u"1e3"_s,
        u"0x1F"_s,
        u"0o17"_s,
        u"1_000"_s,
        u"1:30"_s,
        u".inf"_s,
        u"-.inf"_s,
        u".nan"_s,
        u"2024-01-01"_s,
        u"2024-01-01T00:00:00Z"_s,
        u"app == 'x'"_s,
        u"a == \"x\""_s,
        u"a\"b'c"_s,
        u"key: value"_s,
        u"a #b"_s,
        u"#a"_s,
        u"- a"_s,
        u"-"_s,
        u"?"_s,
        u":"_s,
        u"a:"_s,
        u"[a]"_s,
        u"{a}"_s,
        u"a, b"_s,
        u"!a"_s,
        u"&a"_s,
        u"*a"_s,
        u"|"_s,
        u">"_s,
        u"%a"_s,
        u"@a"_s,
        u"`a"_s,
        u"<<"_s,
        u"="_s,
        u" a"_s,
        u"a "_s,
        u"a\nb"_s,
        u"a\n"_s,
        u"\tx"_s,
        u"a\\b"_s,
        u"é"_s,
        u"日本語"_s,
        u"😀"_s,
        u"\u2028"_s,
        u"\u0085"_s,
        u"\u00a0"_s,
        u"\ufeffa"_s,
        u"a\r\nb"_s,
        u"---"_s,
        u"..."_s,
        u"'"_s,
        u"\""_s,
        u"has(a) && !has(b)"_s,
        u"10.0.0.0/8"_s,
        u"fd00::/8"_s,
        u"::"_s,
        u"::1"_s,
        u"all()"_s,
        u"global()"_s,
        u"\ufffe"_s,
        u"\uffffx"_s,
        QString(QChar(1)),
        u"\u007f"_s,
        u"a\u0085b"_s,
        u"\u009f"_s,
        u"a\u2029"_s,
        u"x: "_s,
        u"a\tb"_s,
        u"7d4b9c8f6"_s,
        u"0x"_s,
        u"1-2"_s,
        u"...x"_s,
    };
    for (const QString &v : values)
        QTest::newRow(qPrintable(QString::fromLatin1(v.toUtf8().toPercentEncoding()))) << v;
}

void TstWriter::strings()
{
    QFETCH(QString, value);
    // The same text in every string position: names, label keys and values, selectors,
    // nets, named ports.
    Namespace ns;
    ns.meta.name = value;
    ns.meta.labels = {{value, value}};
    ns.meta.annotations = {{u"a"_s, value}};
    CalicoPolicy p;
    p.kind = ResourceKind::GlobalNetworkPolicy;
    p.meta.name = u"p"_s;
    p.tier = value.isEmpty() ? u"default"_s : value;
    p.selector = value;
    p.types = {u"Ingress"_s};
    Rule r;
    r.action = value;
    r.source.nets = {value};
    r.protocol = Protocol::fromString(value);
    if (!value.isEmpty()) {
        if (const auto port = Port::parse(value))
            r.destination.ports = {port.value()};
    }
    p.ingress = {r};
    WorkspaceData d;
    d.namespaces = {ns};
    d.policies = {p};
    const Workspace w(d);
    for (const OutputFormat format : {OutputFormat::Yaml, OutputFormat::Json}) {
        const QByteArray written = Writer().write(w, format);
        const LoadResult back = Loader().loadText(written, u"written"_s);
        QVERIFY2(!hasErrors(back.diagnostics),
            qPrintable(dump(back.diagnostics) + u'\n' + QString::fromUtf8(written)));
        QVERIFY2(back.workspace == w, written.constData());
    }
}

void TstWriter::numbers_data()
{
    QTest::addColumn<double>("order");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 100.0 << u"order: 100"_s;
    QTest::newRow("zero") << 0.0 << u"order: 0"_s;
    QTest::newRow("negative") << -5.0 << u"order: -5"_s;
    QTest::newRow("fraction") << 0.1 << u"order: 0.1"_s;
    QTest::newRow("fraction 2") << 1000.5 << u"order: 1000.5"_s;
    QTest::newRow("large") << 1e20 << u"order: 1e+20"_s;
    QTest::newRow("small") << 1.5e-7 << u"order: 1.5e-07"_s;
    QTest::newRow("default tier") << 1000000.0 << u"order: 1000000"_s;
    QTest::newRow("next double") << 1.0000000000000002 << u"order: 1.0000000000000002"_s;
}

void TstWriter::numbers()
{
    QFETCH(double, order);
    QFETCH(QString, text);
    CalicoPolicy p;
    p.kind = ResourceKind::GlobalNetworkPolicy;
    p.meta.name = u"p"_s;
    p.tier = u"default"_s;
    p.order = order;
    p.types = {u"Ingress"_s};
    const QByteArray yaml = Writer().write(p);
    QVERIFY2(yaml.contains(u"  "_s.append(text).toUtf8() + '\n'), yaml.constData());
    const LoadResult r = Loader().loadText(yaml, u"x"_s);
    QVERIFY(r.diagnostics.isEmpty());
    QCOMPARE(r.workspace->policies[0].order, order);
    const LoadResult j = Loader().loadText(Writer().write(p, OutputFormat::Json), u"x"_s);
    QVERIFY(j.diagnostics.isEmpty());
    QCOMPARE(j.workspace->policies[0].order, order);
}

void TstWriter::ports()
{
    const LoadResult r = Loader().loadText(R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: p}
spec:
  ingress:
  - action: Allow
    protocol: TCP
    destination: {ports: ["80", 443, "1000:2000", http]}
)"_ba,
        u"x"_s);
    QVERIFY(r.diagnostics.isEmpty());
    const QByteArray yaml = Writer().write(r.workspace);
    QVERIFY2(yaml.contains("ports:\n          - 80\n          - 443\n          - \"1000:2000\"\n   "
                           "       - http\n"),
        yaml.constData());
    const QJsonDocument json
        = QJsonDocument::fromJson(Writer().write(r.workspace, OutputFormat::Json));
    const QJsonArray ports
        = json[u"items"_s][0][u"spec"_s][u"ingress"_s][0][u"destination"_s][u"ports"_s].toArray();
    QCOMPARE(ports.size(), 4);
    QVERIFY(ports[0].isDouble());
    QCOMPARE(ports[1].toInt(), 443);
    QCOMPARE(ports[2].toString(), u"1000:2000"_s);
    QCOMPARE(ports[3].toString(), u"http"_s);
}

void TstWriter::optionalObjectsSurvive()
{
    // Present-but-empty optional objects are written as {} and read back as present.
    CalicoPolicy p;
    p.kind = ResourceKind::NetworkPolicy;
    p.meta.name = u"p"_s;
    p.meta.namespace_ = u"n"_s;
    p.tier = u"default"_s;
    p.types = {u"Ingress"_s};
    Rule r;
    r.action = u"Allow"_s;
    r.icmp = IcmpFields {};
    r.notICMP = IcmpFields {std::nullopt, 4};
    r.http = HttpMatch {};
    r.source.serviceAccounts = ServiceAccountMatch {};
    r.destination.services = ServiceMatch {};
    r.protocol = Protocol::fromNumber(0);
    p.ingress = {r, Rule {}};
    KubernetesNetworkPolicy k;
    k.meta.name = u"k"_s;
    K8sRule kr;
    kr.peers = {K8sPeer {}, K8sPeer {LabelSelector {}, LabelSelector {}, IpBlock {}}};
    kr.ports = {K8sPort {}};
    k.ingress = {kr, K8sRule {}};
    Service s;
    s.meta.name = u"s"_s;
    s.selector = Labels {};
    WorkspaceData d;
    d.policies = {p};
    d.kubernetesPolicies = {k};
    d.services = {s};
    const Workspace w(d);
    for (const OutputFormat format : {OutputFormat::Yaml, OutputFormat::Json}) {
        const QByteArray written = Writer().write(w, format);
        const LoadResult back = Loader().loadText(written, u"w"_s);
        QVERIFY2(back.workspace == w, written.constData());
    }
}

void TstWriter::json()
{
    const LoadResult r = Loader().loadPaths({fixtures() + u"/roundtrip"_s});
    const QByteArray text = Writer().write(r.workspace, OutputFormat::Json);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc[u"apiVersion"_s].toString(), u"v1"_s);
    QCOMPARE(doc[u"kind"_s].toString(), u"List"_s);
    QCOMPARE(doc[u"items"_s].toArray().size(), r.workspace.resourceCount());
    QVERIFY(text.contains("\n    \"items\": [\n")); // indented
    const QJsonObject first = doc[u"items"_s][0].toObject();
    QCOMPARE(first[u"kind"_s].toString(), u"Tier"_s);
    QCOMPARE(first[u"spec"_s][u"order"_s].toDouble(), 100.0);
}

void TstWriter::singlePolicy()
{
    CalicoPolicy p;
    p.kind = ResourceKind::StagedNetworkPolicy;
    p.meta.name = u"p"_s;
    p.meta.namespace_ = u"ns"_s;
    p.tier = u"default"_s;
    p.types = {u"Ingress"_s};
    p.stagedAction = u"Set"_s;
    const QByteArray expected = R"(apiVersion: projectcalico.org/v3
kind: StagedNetworkPolicy
metadata:
  name: p
  namespace: ns
spec:
  tier: default
  types:
    - Ingress
  stagedAction: Set
)"_ba;
    QCOMPARE(Writer().write(p), expected);
    const QJsonDocument json = QJsonDocument::fromJson(Writer().write(p, OutputFormat::Json));
    QCOMPARE(json[u"kind"_s].toString(), u"StagedNetworkPolicy"_s);
    QCOMPARE(json[u"spec"_s][u"stagedAction"_s].toString(), u"Set"_s);
}

void TstWriter::documentOrder()
{
    const LoadResult r = Loader().loadText(R"(apiVersion: v1
kind: Pod
metadata: {name: p, namespace: n}
---
apiVersion: v1
kind: Namespace
metadata: {name: n}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: k, namespace: n}
spec: {podSelector: {}}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: g}
---
apiVersion: projectcalico.org/v3
kind: Tier
metadata: {name: t}
)"_ba,
        u"x"_s);
    QVERIFY(r.diagnostics.isEmpty());
    const QByteArray yaml = Writer().write(r.workspace);
    QCOMPARE(yaml.count("\n---\n"), 4);
    QVERIFY(!yaml.startsWith("---"));
    const qsizetype tier = yaml.indexOf("kind: Tier");
    const qsizetype gnp = yaml.indexOf("kind: GlobalNetworkPolicy");
    const qsizetype knp = yaml.indexOf("kind: NetworkPolicy");
    const qsizetype ns = yaml.indexOf("kind: Namespace");
    const qsizetype pod = yaml.indexOf("kind: Pod");
    QVERIFY(tier < gnp && gnp < knp && knp < ns && ns < pod);
}

void TstWriter::emptyWorkspace()
{
    QCOMPARE(Writer().write(Workspace()), QByteArray());
    const QJsonDocument json
        = QJsonDocument::fromJson(Writer().write(Workspace(), OutputFormat::Json));
    QCOMPARE(json[u"kind"_s].toString(), u"List"_s);
    QCOMPARE(json[u"items"_s].toArray().size(), 0);
    const LoadResult r = Loader().loadText(Writer().write(Workspace(), OutputFormat::Json), u"x"_s);
    QVERIFY(r.diagnostics.isEmpty());
    QVERIFY(r.workspace.isEmpty());
}

QTEST_GUILESS_MAIN(TstWriter)
#include "tst_writer.moc"
