// Validator: one row per Calico validation rule (docs/semantics.md: "Validation"), valid and
// invalid, written as YAML and read through the Loader, asserting the field path, severity and a
// fragment of the message; a few rows also pin the exact line and column.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "core/io/loader.h"
#include "core/validate/metarules.h"
#include "core/validate/namerules.h"
#include "core/validate/rulevalidator.h"
#include "core/validate/validator.h"
#include "tests/support/golden.h"
#include "tests/support/testfiles.h"

using namespace ps;

namespace {

const QString kFile = QStringLiteral("test.yaml");

QString Y(const char *text)
{
    return QString::fromUtf8(text);
}

QString indentLines(const QString &text, int n, bool skipFirst = false)
{
    const QString pad(n, u' ');
    QStringList lines = text.split(u'\n');
    for (qsizetype i = skipFirst ? 1 : 0; i < lines.size(); ++i) {
        if (!lines[i].isEmpty())
            lines[i] = pad + lines[i];
    }
    return lines.join(u'\n');
}

QString resource(const char *kind, const QString &name, const QString &ns, const QString &spec,
    const char *apiVersion = "projectcalico.org/v3")
{
    QString out = QStringLiteral("apiVersion: ") + Y(apiVersion) + QStringLiteral("\nkind: ")
        + Y(kind) + QStringLiteral("\nmetadata:\n  name: ") + name + u'\n';
    if (!ns.isEmpty())
        out += QStringLiteral("  namespace: ") + ns + u'\n';
    if (!spec.isEmpty())
        out += QStringLiteral("spec:\n") + indentLines(spec, 2) + u'\n';
    return out;
}

QString gnp(const QString &spec, const QString &name = QStringLiteral("p"))
{
    return resource("GlobalNetworkPolicy", name, QString(), spec);
}
QString np(const QString &spec, const QString &name = QStringLiteral("p"))
{
    return resource("NetworkPolicy", name, QStringLiteral("prod"), spec);
}
QString gnp(const char *spec, const QString &name = QStringLiteral("p"))
{
    return gnp(Y(spec), name);
}
QString np(const char *spec, const QString &name = QStringLiteral("p"))
{
    return np(Y(spec), name);
}

// One rule (YAML mapping text) in a direction of a policy.
QString rule(const char *direction, const char *text)
{
    return Y(direction) + QStringLiteral(":\n- ") + indentLines(Y(text), 2, true);
}
QString gIn(const char *text)
{
    return gnp(rule("ingress", text));
}
QString gEg(const char *text)
{
    return gnp(rule("egress", text));
}
QString nIn(const char *text)
{
    return np(rule("ingress", text));
}
QString nEg(const char *text)
{
    return np(rule("egress", text));
}

QString knp(const char *spec, const char *name = "k")
{
    return resource(
        "NetworkPolicy", Y(name), QStringLiteral("prod"), Y(spec), "networking.k8s.io/v1");
}

QString withLabels(const char *kind, const char *labels, const char *spec = "")
{
    return QStringLiteral("apiVersion: projectcalico.org/v3\nkind: ") + Y(kind)
        + QStringLiteral("\nmetadata:\n  name: x\n  labels:\n") + indentLines(Y(labels), 4) + u'\n'
        + (spec[0] ? QStringLiteral("spec:\n") + indentLines(Y(spec), 2) + u'\n' : QString());
}

QString dump(const Diagnostics &ds)
{
    QStringList lines;
    for (const Diagnostic &d : ds)
        lines << d.toString();
    return lines.isEmpty() ? QStringLiteral("(none)") : lines.join(u'\n');
}

struct Checked {
    Diagnostics loader;
    Diagnostics validator;
};

Checked check(const QString &yaml)
{
    const LoadResult loaded = Loader().loadText(yaml.toUtf8(), kFile);
    return Checked {loaded.diagnostics, Validator().validate(loaded.workspace)};
}

void addValid(const char *name, const QString &yaml)
{
    QTest::newRow(name) << yaml << QString() << QString() << int(Severity::Error);
}

void addError(const char *name, const QString &yaml, const char *path, const char *fragment)
{
    QTest::newRow(name) << yaml << Y(path) << Y(fragment) << int(Severity::Error);
}

void addWarning(const char *name, const QString &yaml, const char *path, const char *fragment)
{
    QTest::newRow(name) << yaml << Y(path) << Y(fragment) << int(Severity::Warning);
}

QString repeated(const QString &item, int n, const QString &separator)
{
    QStringList parts;
    for (int i = 0; i < n; ++i)
        parts << QString(item).replace(QStringLiteral("%i"), QString::number(i));
    return parts.join(separator);
}

} // namespace

class TestValidator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void labelsAndAnnotations_data();
    void actionsAndVersions_data();
    void protocols_data();
    void ports_data();
    void nets_data();
    void icmp_data();
    void http_data();
    void selectors_data();
    void services_data();
    void limits_data();
    void policySpec_data();
    void tiers_data();
    void staged_data();
    void hostEndpoints_data();
    void networkSets_data();
    void ipPools_data();
    void profiles_data();
    void duplicates_data();
    void kubernetes_data();
    void inventory_data();

    void names() { run(); }
    void labelsAndAnnotations() { run(); }
    void actionsAndVersions() { run(); }
    void protocols() { run(); }
    void ports() { run(); }
    void nets() { run(); }
    void icmp() { run(); }
    void http() { run(); }
    void selectors() { run(); }
    void services() { run(); }
    void limits() { run(); }
    void policySpec() { run(); }
    void tiers() { run(); }
    void staged() { run(); }
    void hostEndpoints() { run(); }
    void networkSets() { run(); }
    void ipPools() { run(); }
    void profiles() { run(); }
    void duplicates() { run(); }
    void kubernetes() { run(); }
    void inventory() { run(); }

    void modelOnly();
    void golden_data();
    void golden();
    void positions_data();
    void positions();
    void selectorErrorColumns_data();
    void selectorErrorColumns();
    void sortedByPosition();
    void demoWorkspaceIsClean();
    void mapEntries_data();
    void mapEntries();
    void httpPath_data();
    void httpPath();

private:
    static void columns();
    void run();
};

void TestValidator::columns()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("path"); // empty: the input is valid
    QTest::addColumn<QString>("fragment"); // part of the expected message
    QTest::addColumn<int>("severity");
}

void TestValidator::run()
{
    QFETCH(QString, yaml);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    QFETCH(int, severity);
    const Checked c = check(yaml);
    QVERIFY2(!hasErrors(c.loader), qPrintable(QStringLiteral("loader: ") + dump(c.loader)));
    if (path.isEmpty()) {
        QVERIFY2(c.validator.isEmpty(), qPrintable(dump(c.validator)));
        return;
    }
    for (const Diagnostic &d : c.validator) {
        if (d.path == path && int(d.severity) == severity && d.message.contains(fragment)) {
            QCOMPARE(d.file, kFile);
            QVERIFY(d.line > 0);
            QVERIFY(d.column > 0);
            return;
        }
    }
    QFAIL(
        qPrintable(QStringLiteral("expected %1 at %2 containing \"%3\"; got:\n%4")
                       .arg(severityName(Severity(severity)), path, fragment, dump(c.validator))));
}

// --- docs/semantics.md: "Validation" names
// -----------------------------------------------------------------------------

void TestValidator::names_data()
{
    columns();
    addValid("gnp simple", gnp("selector: all()", QStringLiteral("allow-dns")));
    addValid("gnp one dot", gnp("selector: all()", QStringLiteral("security.allow-dns")));
    addError("gnp two dots", gnp("selector: all()", QStringLiteral("a.b.c")), "metadata.name",
        "at most one '.'");
    addError("gnp upper case", gnp("selector: all()", QStringLiteral("Allow")), "metadata.name",
        "upper-case");
    addError("gnp knp prefix", gnp("selector: all()", QStringLiteral("knp.default.x")),
        "metadata.name", "invalid GlobalNetworkPolicy name");
    addError("gnp leading dash", gnp("selector: all()", QStringLiteral("-x")), "metadata.name",
        "invalid GlobalNetworkPolicy name");
    addError("gnp trailing dot", gnp("selector: all()", QStringLiteral("x.")), "metadata.name",
        "invalid GlobalNetworkPolicy name");
    addError("gnp too long", gnp("selector: all()", QString(254, u'a')), "metadata.name",
        "maximum is 253");
    addValid("gnp 253 long", gnp("selector: all()", QString(253, u'a')));
    addValid("np one dot", np("selector: all()", QStringLiteral("a.b")));
    addError("np two dots", np("selector: all()", QStringLiteral("a.b.c")), "metadata.name",
        "invalid NetworkPolicy name");
    addWarning("np knp.default prefix accepted",
        np("selector: all()", QStringLiteral("knp.default.a.b.c")), "metadata.name",
        "knp.default.");
    addValid("np ossg.default prefix", np("selector: all()", QStringLiteral("ossg.default.a.b")));
    addError("np knp.other prefix", np("selector: all()", QStringLiteral("knp.other.a.b")),
        "metadata.name", "invalid NetworkPolicy name");
    addError("np underscore", np("selector: all()", QStringLiteral("a_b")), "metadata.name",
        "invalid NetworkPolicy name");
    addError("np missing name",
        Y("apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata:\n  namespace: "
          "prod\nspec:\n  selector: all()\n"),
        "metadata.name", "a name is required");
    addError("np bad namespace",
        resource(
            "NetworkPolicy", QStringLiteral("p"), QStringLiteral("Prod"), Y("selector: all()")),
        "metadata.namespace", "invalid namespace");
    addError("staged np two dots",
        resource("StagedNetworkPolicy", QStringLiteral("a.b.c"), QStringLiteral("prod"),
            Y("selector: all()")),
        "metadata.name", "invalid StagedNetworkPolicy name");
    addError("staged gnp two dots",
        resource(
            "StagedGlobalNetworkPolicy", QStringLiteral("a.b.c"), QString(), Y("selector: all()")),
        "metadata.name", "invalid StagedGlobalNetworkPolicy name");
    addValid(
        "tier simple", resource("Tier", QStringLiteral("security"), QString(), Y("order: 100")));
    addError("tier with a dot",
        resource("Tier", QStringLiteral("sec.ops"), QString(), Y("order: 100")), "metadata.name",
        "no '.'");
    addError("tier 64 long", resource("Tier", QString(64, u'a'), QString(), Y("order: 100")),
        "metadata.name", "maximum is 63");
    addValid("networkset subdomain name",
        resource("GlobalNetworkSet", QStringLiteral("a.b.c"), QString(), Y("nets: [10.0.0.0/8]")));
    addError("networkset upper case",
        resource("GlobalNetworkSet", QStringLiteral("Nets"), QString(), Y("nets: [10.0.0.0/8]")),
        "metadata.name", "invalid name");
    addError("networkset empty label",
        resource("GlobalNetworkSet", QStringLiteral("a..b"), QString(), Y("nets: [10.0.0.0/8]")),
        "metadata.name", "invalid name");
    addValid("hostendpoint subdomain name",
        resource("HostEndpoint", QStringLiteral("node1.eth0"), QString(),
            Y("node: node1\ninterfaceName: eth0")));
    addValid("profile subdomain name",
        resource("Profile", QStringLiteral("kns.prod"), QString(), QString()));
    addError("profile underscore",
        resource("Profile", QStringLiteral("my_profile"), QString(), QString()), "metadata.name",
        "invalid name");
}

void TestValidator::labelsAndAnnotations_data()
{
    columns();
    addValid("plain label", withLabels("GlobalNetworkSet", "app: web"));
    addValid("prefixed label", withLabels("GlobalNetworkSet", "example.com/app: web"));
    addValid("label with _ and .", withLabels("GlobalNetworkSet", "a_b.c-d: x_y.z-1"));
    addValid("empty label value", withLabels("GlobalNetworkSet", "app: ''"));
    addError("label key leading dash", withLabels("GlobalNetworkSet", "-app: web"),
        "metadata.labels.-app", "start and end with a letter or digit");
    addError("label key two slashes", withLabels("GlobalNetworkSet", "a/b/c: web"),
        "metadata.labels.a/b/c", "more than one '/'");
    addError("label key upper-case prefix", withLabels("GlobalNetworkSet", "Example.com/x: web"),
        "metadata.labels.Example.com/x", "DNS subdomain");
    addError("label key empty prefix", withLabels("GlobalNetworkSet", "/x: web"),
        "metadata.labels./x", "prefix before '/' must not be empty");
    addError("label key 64 long",
        withLabels("GlobalNetworkSet", (std::string(64, 'k') + ": v").c_str()),
        (std::string("metadata.labels.") + std::string(64, 'k')).c_str(), "at most 63");
    addValid("label key 63 long",
        withLabels("GlobalNetworkSet", (std::string(63, 'k') + ": v").c_str()));
    addError("label value with space", withLabels("GlobalNetworkSet", "app: 'a b'"),
        "metadata.labels.app", "invalid label value");
    addError("label value 64 long",
        withLabels("GlobalNetworkSet", ("app: " + std::string(64, 'v')).c_str()),
        "metadata.labels.app", "longer than 63");
    addError("label value trailing dash", withLabels("GlobalNetworkSet", "app: web-"),
        "metadata.labels.app", "invalid label value");
    addError("labels on a policy",
        Y("apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\n"
          "metadata:\n  name: p\n  labels:\n    'bad key': x\n"),
        "metadata.labels.bad key", "invalid label key");

    const QString annotated = Y("apiVersion: projectcalico.org/v3\nkind: GlobalNetworkSet\n"
                                "metadata:\n  name: x\n  annotations:\n    %1\n");
    addValid("annotation upper case key (checked lower-cased)",
        annotated.arg(QStringLiteral("Example.COM/Note: anything at all, with spaces")));
    addError("annotation key with space", annotated.arg(QStringLiteral("'bad key': x")),
        "metadata.annotations.bad key", "invalid annotation key");
    addError("annotations over 256 KiB",
        annotated.arg(QStringLiteral("big: ") + QString(256 * 1024, u'x')), "metadata.annotations",
        "262144 bytes");
    addValid("annotations at 256 KiB",
        annotated.arg(QStringLiteral("big: ") + QString(256 * 1024 - 3, u'x')));
    addError("rule annotations", gIn("action: Allow\nmetadata:\n  annotations:\n    'a b': x"),
        "spec.ingress[0].metadata.annotations.a b", "invalid annotation key");
    addValid("rule annotations valid",
        gIn("action: Allow\nmetadata:\n  annotations:\n    why: because"));
}

// --- docs/semantics.md: "Validation" rules
// ------------------------------------------------------------------------------

void TestValidator::actionsAndVersions_data()
{
    columns();
    addValid("Allow", gIn("action: Allow"));
    addValid("Deny", gIn("action: Deny"));
    addValid("Log", gIn("action: Log"));
    addValid("Pass", gEg("action: Pass"));
    addError("lower-case action", gIn("action: allow"), "spec.ingress[0].action",
        "did you mean \"Allow\"");
    addError("unknown action", gIn("action: Drop"), "spec.ingress[0].action",
        "expected Allow, Deny, Log or Pass");
    addError("missing action", gIn("protocol: TCP"), "spec.ingress[0].action", "no action");
    addWarning("rule after a catch-all",
        gnp("ingress:\n- action: Deny\n- action: Allow\n  protocol: TCP"), "spec.ingress[1]",
        "rule 0 above matches every packet");
    addValid("rule after a Log catch-all", gnp("egress:\n- action: Log\n- action: Allow"));
    addValid("rule after a narrowed rule",
        gnp("egress:\n- action: Allow\n  ipVersion: 4\n- action: Deny"));
    addError("second rule", gnp("ingress:\n- action: Deny\n  protocol: UDP\n- action: Accept"),
        "spec.ingress[1].action", "invalid action \"Accept\"");
    addValid("ipVersion 4", gIn("action: Allow\nipVersion: 4"));
    addValid("ipVersion 6", gIn("action: Allow\nipVersion: 6"));
    addError("ipVersion 5", gIn("action: Allow\nipVersion: 5"), "spec.ingress[0].ipVersion",
        "expected 4 or 6");
    addError("ipVersion 0", gEg("action: Allow\nipVersion: 0"), "spec.egress[0].ipVersion",
        "expected 4 or 6");
}

void TestValidator::protocols_data()
{
    columns();
    for (const char *p :
        {"TCP", "UDP", "ICMP", "ICMPv6", "SCTP", "UDPLite", "1", "6", "255", "'17'"}) {
        const std::string text = std::string("action: Allow\nprotocol: ") + p;
        addValid((std::string("protocol ") + p).c_str(), gIn(text.c_str()));
    }
    addError("lower-case tcp", gIn("action: Allow\nprotocol: tcp"), "spec.ingress[0].protocol",
        "did you mean \"TCP\"");
    addError("icmpv6 spelling", gIn("action: Allow\nprotocol: IcmpV6"), "spec.ingress[0].protocol",
        "did you mean \"ICMPv6\"");
    addError("unknown name", gIn("action: Allow\nprotocol: GRE"), "spec.ingress[0].protocol",
        "invalid protocol \"GRE\"");
    addError(
        "number 0", gIn("action: Allow\nprotocol: 0"), "spec.ingress[0].protocol", "out of range");
    addError("notProtocol number 0", gIn("action: Allow\nnotProtocol: 0"),
        "spec.ingress[0].notProtocol", "out of range");
    addValid("notProtocol UDP", gIn("action: Allow\nnotProtocol: UDP"));
    addError("notProtocol lower-case", gIn("action: Allow\nnotProtocol: udp"),
        "spec.ingress[0].notProtocol", "case-sensitive");
}

void TestValidator::ports_data()
{
    columns();
    addValid("tcp ports, range and name",
        gIn("action: Allow\nprotocol: TCP\ndestination:\n  ports: [80, '8080:8090', http]"));
    addValid("udp source ports", gIn("action: Allow\nprotocol: UDP\nsource:\n  ports: [53]"));
    addValid("sctp notPorts", gIn("action: Allow\nprotocol: SCTP\ndestination:\n  notPorts: [9]"));
    addValid("protocol number 17 with ports",
        gIn("action: Allow\nprotocol: 17\ndestination:\n  ports: [53]"));
    addValid("named port without protocol", gIn("action: Allow\ndestination:\n  ports: [http]"));
    addError("numeric port without protocol",
        gIn("action: Allow\ndestination:\n  ports: [http, 80]"),
        "spec.ingress[0].destination.ports[1]", "needs the rule to set protocol");
    addError("range without protocol", gEg("action: Allow\nsource:\n  notPorts: ['1:2']"),
        "spec.egress[0].source.notPorts[0]", "needs the rule to set protocol");
    addError("ICMP with ports", gIn("action: Allow\nprotocol: ICMP\ndestination:\n  ports: [80]"),
        "spec.ingress[0].destination.ports", "protocol ICMP does not support ports");
    addError("UDPLite with ports",
        gIn("action: Allow\nprotocol: UDPLite\ndestination:\n  ports: [80]"),
        "spec.ingress[0].destination.ports", "protocol UDPLite does not support ports");
    addError("protocol 136 with ports", gIn("action: Allow\nprotocol: 136\nsource:\n  ports: [80]"),
        "spec.ingress[0].source.ports", "UDPLite does not support ports");
    addError("ICMP with a named port",
        gIn("action: Allow\nprotocol: ICMP\ndestination:\n  notPorts: [http]"),
        "spec.ingress[0].destination.notPorts", "does not support ports");
    addError("port 0", gIn("action: Allow\nprotocol: TCP\ndestination:\n  ports: [80, 0]"),
        "spec.ingress[0].destination.ports[1]", "between 1 and 65535");
    addError("range from 0", gIn("action: Allow\nprotocol: TCP\ndestination:\n  ports: ['0:100']"),
        "spec.ingress[0].destination.ports[0]", "between 1 and 65535");
    addValid(
        "range 1:65535", gIn("action: Allow\nprotocol: TCP\ndestination:\n  ports: ['1:65535']"));
    addValid(
        "single-port range", gIn("action: Allow\nprotocol: TCP\ndestination:\n  ports: ['80:80']"));
    addError("named port upper case",
        gIn("action: Allow\nprotocol: TCP\ndestination:\n  ports: [HTTP]"),
        "spec.ingress[0].destination.ports[0]", "invalid port name \"HTTP\"");
    addError("named port too long",
        gIn("action: Allow\nprotocol: TCP\ndestination:\n  ports: [abcdefghijklmnop]"),
        "spec.ingress[0].destination.ports[0]", "1 to 15 characters");
    addError("named port double dash",
        gIn("action: Allow\nprotocol: TCP\ndestination:\n  ports: [a--b]"),
        "spec.ingress[0].destination.ports[0]", "\"--\"");
    addError("named port underscore",
        gIn("action: Allow\nprotocol: TCP\ndestination:\n  ports: [my_port]"),
        "spec.ingress[0].destination.ports[0]", "invalid port name");
    addError("named port no letter",
        gIn("action: Allow\nprotocol: TCP\ndestination:\n  ports: ['1-2']"),
        "spec.ingress[0].destination.ports[0]", "at least one letter");
}

void TestValidator::nets_data()
{
    columns();
    addValid("v4 nets", gIn("action: Allow\nsource:\n  nets: [10.0.0.0/8, 192.168.1.1/32]"));
    addValid("v6 nets", gIn("action: Allow\nsource:\n  nets: ['fd00::/8', '::1/128']"));
    addValid("catch-all in nets", gIn("action: Allow\ndestination:\n  nets: [0.0.0.0/0]"));
    addValid("v4 everywhere",
        gIn("action: Allow\nipVersion: 4\nsource:\n  nets: [10.0.0.0/8]\n"
            "destination:\n  notNets: [10.1.0.0/16]"));
    addError("bare address", gIn("action: Allow\nsource:\n  nets: [10.0.0.1]"),
        "spec.ingress[0].source.nets[0]", "no prefix length");
    addError("garbage", gIn("action: Allow\nsource:\n  nets: [10.0.0.0/8, somewhere]"),
        "spec.ingress[0].source.nets[1]", "invalid CIDR \"somewhere\"");
    addError("prefix too long", gIn("action: Allow\nsource:\n  nets: [10.0.0.0/33]"),
        "spec.ingress[0].source.nets[0]", "invalid CIDR");
    addError("octet out of range", gIn("action: Allow\nsource:\n  nets: [10.0.0.256/32]"),
        "spec.ingress[0].source.nets[0]", "invalid CIDR");
    addError("leading zero octet", gIn("action: Allow\nsource:\n  nets: [10.0.0.01/32]"),
        "spec.ingress[0].source.nets[0]", "invalid CIDR");
    addError("host bits set", gIn("action: Allow\ndestination:\n  nets: [10.0.0.1/8]"),
        "spec.ingress[0].destination.nets[0]", "expected the network address 10.0.0.0/8");
    addError("v6 host bits set", gIn("action: Allow\ndestination:\n  notNets: ['fd00::1/64']"),
        "spec.ingress[0].destination.notNets[0]", "fd00::/64");
    addError("mixed families in one list",
        gIn("action: Allow\nsource:\n  nets: [10.0.0.0/8, 'fd00::/8']"),
        "spec.ingress[0].source.nets", "mixes IPv4 and IPv6");
    addError("mixed families across lists",
        gIn("action: Allow\nsource:\n  nets: [10.0.0.0/8]\ndestination:\n  notNets: ['fd00::/8']"),
        "spec.ingress[0].destination.notNets", "mixes IPv4 and IPv6");
    addError("ipVersion 6 with v4 nets",
        gIn("action: Allow\nipVersion: 6\nsource:\n  nets: [10.0.0.0/8]"),
        "spec.ingress[0].source.nets", "ipVersion is 6");
    addError("ipVersion 4 with v6 notNets",
        gIn("action: Allow\nipVersion: 4\nsource:\n  notNets: ['fd00::/8']"),
        "spec.ingress[0].source.notNets", "ipVersion is 4");
    addError("notNets v4 catch-all", gIn("action: Allow\nsource:\n  notNets: [0.0.0.0/0]"),
        "spec.ingress[0].source.notNets[0]", "catch-all");
    addError("notNets v6 catch-all", gEg("action: Allow\ndestination:\n  notNets: ['::/0']"),
        "spec.egress[0].destination.notNets[0]", "catch-all");
    addError("notNets v6 catch-all long form",
        gEg("action: Allow\ndestination:\n  notNets: ['0:0:0:0:0:0:0:0/0']"),
        "spec.egress[0].destination.notNets[0]", "catch-all");
    addWarning("ICMP with v6 nets",
        gIn("action: Allow\nprotocol: ICMP\nsource:\n  nets: ['fd00::/8']"),
        "spec.ingress[0].protocol", "never matches");
    // IPv4-mapped IPv6 spellings are IPv4 networks for Calico (docs/net.md).
    addWarning("IPv4-mapped net", gIn("action: Allow\nsource:\n  nets: ['::ffff:192.0.2.0/120']"),
        "spec.ingress[0].source.nets[0]", "the IPv4 network 192.0.2.0/24");
    addWarning("IPv4-mapped net with ipVersion 4",
        gIn("action: Allow\nipVersion: 4\nsource:\n  nets: ['::ffff:192.0.2.0/120', 10.0.0.0/8]"),
        "spec.ingress[0].source.nets[0]", "IPv4-mapped");
    addError("IPv4-mapped net with ipVersion 6",
        gIn("action: Allow\nipVersion: 6\nsource:\n  nets: ['::ffff:192.0.2.0/120']"),
        "spec.ingress[0].source.nets", "ipVersion is 6");
    addError("IPv4-mapped net beside IPv6",
        gIn("action: Allow\nsource:\n  nets: ['::ffff:192.0.2.0/120', 'fd00::/8']"),
        "spec.ingress[0].source.nets", "mixes IPv4 and IPv6");
    addError("IPv4-mapped net with host bits",
        gIn("action: Allow\nsource:\n  nets: ['::ffff:192.0.2.1/120']"),
        "spec.ingress[0].source.nets[0]", "expected the network address 192.0.2.0/24");
    addError("zone", gIn("action: Allow\nsource:\n  nets: ['fe80::%eth0/64']"),
        "spec.ingress[0].source.nets[0]", "invalid CIDR");
    addValid(
        "prefix length with a leading zero", gIn("action: Allow\nsource:\n  nets: [10.0.0.0/08]"));
    addWarning("notNets IPv4-mapped catch-all",
        gIn("action: Allow\nsource:\n  notNets: ['::ffff:0.0.0.0/96']"),
        "spec.ingress[0].source.notNets[0]", "never matches IPv4");
    addWarning("notNets catch-all with a zero-padded length",
        gIn("action: Allow\nsource:\n  notNets: [0.0.0.0/00]"), "spec.ingress[0].source.notNets[0]",
        "never matches IPv4");
}

void TestValidator::icmp_data()
{
    columns();
    addValid(
        "icmp type and code", gIn("action: Allow\nprotocol: ICMP\nicmp:\n  type: 8\n  code: 0"));
    addValid("icmp type 254 code 255",
        gIn("action: Allow\nprotocol: ICMP\nicmp:\n  type: 254\n  code: 255"));
    addValid("icmpv6 type", gIn("action: Allow\nprotocol: ICMPv6\nicmp:\n  type: 128"));
    addValid("icmp with protocol number 1", gIn("action: Allow\nprotocol: 1\nicmp:\n  type: 8"));
    addValid(
        "icmp with protocol number 58", gIn("action: Allow\nprotocol: 58\nicmp:\n  type: 128"));
    addError("icmp type 255", gIn("action: Allow\nprotocol: ICMP\nicmp:\n  type: 255"),
        "spec.ingress[0].icmp.type", "expected 0-254");
    addError("icmp code 256", gIn("action: Allow\nprotocol: ICMP\nicmp:\n  type: 3\n  code: 256"),
        "spec.ingress[0].icmp.code", "expected 0-255");
    addError("icmp negative type", gIn("action: Allow\nprotocol: ICMP\nicmp:\n  type: -1"),
        "spec.ingress[0].icmp.type", "expected 0-254");
    addError("icmp code without type", gIn("action: Allow\nprotocol: ICMP\nicmp:\n  code: 0"),
        "spec.ingress[0].icmp.code", "needs an ICMP type");
    addError("icmp with TCP", gIn("action: Allow\nprotocol: TCP\nicmp:\n  type: 8"),
        "spec.ingress[0].icmp", "needs protocol ICMP or ICMPv6, but the protocol is TCP");
    addError("icmp without protocol", gIn("action: Allow\nicmp:\n  type: 8"),
        "spec.ingress[0].icmp", "sets no protocol");
    addValid("notICMP needs no protocol", gIn("action: Allow\nnotICMP:\n  type: 8"));
    addError("notICMP type 255", gIn("action: Allow\nnotICMP:\n  type: 255"),
        "spec.ingress[0].notICMP.type", "expected 0-254");
    addError("notICMP code without type", gIn("action: Allow\nnotICMP:\n  code: 1"),
        "spec.ingress[0].notICMP.code", "needs an ICMP type");
    addValid("ICMP with ipVersion 4", gIn("action: Allow\nprotocol: ICMP\nipVersion: 4"));
    addError("ICMP with ipVersion 6", gIn("action: Allow\nprotocol: ICMP\nipVersion: 6"),
        "spec.ingress[0].ipVersion", "IPv4 only");
    addError("protocol 1 with ipVersion 6", gIn("action: Allow\nprotocol: 1\nipVersion: 6"),
        "spec.ingress[0].ipVersion", "IPv4 only");
    addError("ICMPv6 with ipVersion 4", gIn("action: Allow\nprotocol: ICMPv6\nipVersion: 4"),
        "spec.ingress[0].ipVersion", "IPv6 only");
    addError("notProtocol ICMP with ipVersion 6",
        gIn("action: Allow\nnotProtocol: ICMP\nipVersion: 6"), "spec.ingress[0].ipVersion",
        "IPv4 only");
    addValid("ICMPv6 with ipVersion 6", gIn("action: Allow\nprotocol: ICMPv6\nipVersion: 6"));
}

void TestValidator::http_data()
{
    columns();
    addValid("http on ingress allow",
        gIn("action: Allow\nhttp:\n  methods: [GET, POST]\n  paths:\n  - exact: /a\n  - prefix: "
            "/b/"));
    addValid("http with TCP", gIn("action: Allow\nprotocol: TCP\nhttp:\n  methods: ['*']"));
    addValid("http in an NP ingress rule", nIn("action: Allow\nhttp:\n  paths:\n  - exact: /"));
    addError("http on deny", gIn("action: Deny\nhttp:\n  methods: [GET]"), "spec.ingress[0].http",
        "only allowed on Allow rules");
    addError("http on log", gIn("action: Log\nhttp:\n  methods: [GET]"), "spec.ingress[0].http",
        "only allowed on Allow rules");
    addError("http in egress", gEg("action: Allow\nhttp:\n  methods: [GET]"), "spec.egress[0].http",
        "not allowed in egress rules");
    addError("http in NP egress", nEg("action: Allow\nhttp:\n  methods: [GET]"),
        "spec.egress[0].http", "not allowed in egress rules");
    addError("http with UDP", gIn("action: Allow\nprotocol: UDP\nhttp:\n  methods: [GET]"),
        "spec.ingress[0].protocol", "protocol TCP or leave the protocol unset");
    addError("duplicate method", gIn("action: Allow\nhttp:\n  methods: [GET, PUT, GET]"),
        "spec.ingress[0].http.methods[2]", "more than once");
    addError("21 methods",
        gnp(QStringLiteral("ingress:\n- action: Allow\n  http:\n    methods: [")
            + repeated(QStringLiteral("M%i"), 21, QStringLiteral(", ")) + u']'),
        "spec.ingress[0].http.methods", "at most 20");
    addValid("20 methods",
        gnp(QStringLiteral("ingress:\n- action: Allow\n  http:\n    methods: [")
            + repeated(QStringLiteral("M%i"), 20, QStringLiteral(", ")) + u']'));
    addError("21 paths",
        gnp(QStringLiteral("ingress:\n- action: Allow\n  http:\n    paths:\n")
            + repeated(QStringLiteral("    - exact: /p%i"), 21, QStringLiteral("\n"))),
        "spec.ingress[0].http.paths", "at most 20");
    addError("exact and prefix",
        gIn("action: Allow\nhttp:\n  paths:\n  - exact: /a\n    prefix: /b"),
        "spec.ingress[0].http.paths[0]", "only one of exact and prefix");
    addError("neither exact nor prefix", gIn("action: Allow\nhttp:\n  paths:\n  - {}"),
        "spec.ingress[0].http.paths[0]", "needs exact or prefix");
    addError("path without slash", gIn("action: Allow\nhttp:\n  paths:\n  - prefix: api"),
        "spec.ingress[0].http.paths[0].prefix", "must start with '/'");
    addError("path with query", gIn("action: Allow\nhttp:\n  paths:\n  - exact: /a?b=1"),
        "spec.ingress[0].http.paths[0].exact", "no '?', '#' or space");
    addError("path with fragment", gIn("action: Allow\nhttp:\n  paths:\n  - exact: '/a#b'"),
        "spec.ingress[0].http.paths[0].exact", "no '?', '#' or space");
    addError("path with space", gIn("action: Allow\nhttp:\n  paths:\n  - exact: '/a b'"),
        "spec.ingress[0].http.paths[0].exact", "no '?', '#' or space");
    addError("path too long",
        gnp(QStringLiteral("ingress:\n- action: Allow\n  http:\n    paths:\n    - exact: /")
            + QString(1024, u'a')),
        "spec.ingress[0].http.paths[0].exact", "longer than 1024");
}

// --- docs/semantics.md: "Validation" selectors
// ----------------------------------------------------------------------------

void TestValidator::selectors_data()
{
    columns();
    addValid("rule selectors",
        gIn("action: Allow\nsource:\n  selector: app == 'web'\n  notSelector: has(test)\n"
            "  namespaceSelector: team in {'a', 'b'}"));
    addValid(
        "namespaceSelector global()", gIn("action: Allow\nsource:\n  namespaceSelector: global()"));
    addValid("namespaceSelector global() padded",
        gIn("action: Allow\nsource:\n  namespaceSelector: ' global( ) '"));
    addValid("policy selectors",
        gnp("selector: role == 'db'\nserviceAccountSelector: all()\nnamespaceSelector: has(x)"));
    addError("rule selector syntax", gIn("action: Allow\nsource:\n  selector: app = 'web'"),
        "spec.ingress[0].source.selector", "invalid selector \"app = 'web'\"");
    addError("selector with a newline",
        gIn("action: Allow\nsource:\n  selector: |\n    a == 'b'\n    && c == 'd'"),
        "spec.ingress[0].source.selector", "invalid selector");
    addError("notSelector syntax", gIn("action: Allow\ndestination:\n  notSelector: has(a"),
        "spec.ingress[0].destination.notSelector", "invalid selector");
    addError("namespaceSelector syntax",
        gEg("action: Allow\ndestination:\n  namespaceSelector: a ==="),
        "spec.egress[0].destination.namespaceSelector", "invalid selector");
    addError(
        "policy selector syntax", gnp("selector: app == web"), "spec.selector", "invalid selector");
    addError("serviceAccountSelector syntax", np("serviceAccountSelector: '&&'"),
        "spec.serviceAccountSelector", "invalid selector");
    addError("serviceAccounts.selector syntax",
        gIn("action: Allow\nsource:\n  serviceAccounts:\n    selector: x in"),
        "spec.ingress[0].source.serviceAccounts.selector", "invalid selector");
    addValid("serviceAccounts names and selector",
        gIn("action: Allow\nsource:\n  serviceAccounts:\n    names: [api, 'Any Name']\n"
            "    selector: role == 'x'"));
    addError("global() in rule selector", gIn("action: Allow\nsource:\n  selector: global()"),
        "spec.ingress[0].source.selector", "global() can only be used");
    addError("global( inside a quoted value",
        gIn("action: Allow\nsource:\n  selector: a == 'global('"),
        "spec.ingress[0].source.selector", "global() can only be used");
    addWarning("global() in notSelector", gIn("action: Allow\nsource:\n  notSelector: global()"),
        "spec.ingress[0].source.notSelector", "no special meaning");
    addError("global() combined in namespaceSelector",
        gIn("action: Allow\nsource:\n  namespaceSelector: global() && all()"),
        "spec.ingress[0].source.namespaceSelector", "cannot be combined");
    addError("negated global()", gIn("action: Allow\nsource:\n  namespaceSelector: '!global()'"),
        "spec.ingress[0].source.namespaceSelector", "must be exactly");
    addError("parenthesised global()",
        gIn("action: Allow\nsource:\n  namespaceSelector: (global())"),
        "spec.ingress[0].source.namespaceSelector", "must be exactly");
    addError("global() as policy selector", gnp("selector: global()"), "spec.selector",
        "global() can only be used");
    addError("global() in serviceAccountSelector", gnp("serviceAccountSelector: global()"),
        "spec.serviceAccountSelector", "global() can only be used");
    addError("global() in policy namespaceSelector", gnp("namespaceSelector: global()"),
        "spec.namespaceSelector", "global() can only be used");
    addError("selector over 1024",
        gnp(QStringLiteral("selector: a == '") + QString(1020, u'x') + QStringLiteral("'")),
        "spec.selector", "maximum is 1024");
    addValid("empty selector is all()", gnp("selector: ''"));
}

void TestValidator::services_data()
{
    columns();
    addValid("gnp ingress source service",
        gIn("action: Allow\nsource:\n  services:\n    name: api\n    namespace: prod"));
    addValid("gnp egress destination service",
        gEg("action: Allow\ndestination:\n  services:\n    name: kubernetes\n    namespace: "
            "default"));
    addValid("np egress destination service with namespace",
        nEg("action: Allow\ndestination:\n  services:\n    name: db\n    namespace: prod"));
    addValid("destination service with source ports",
        gEg("action: Allow\nprotocol: TCP\nsource:\n  ports: [1000]\ndestination:\n  services:\n"
            "    name: db\n    namespace: prod"));
    addError("ingress destination service",
        gIn("action: Allow\ndestination:\n  services:\n    name: api\n    namespace: prod"),
        "spec.ingress[0].destination.services", "not allowed in an ingress rule's destination");
    addError("egress source service",
        nEg("action: Allow\nsource:\n  services:\n    name: api\n    namespace: prod"),
        "spec.egress[0].source.services", "not allowed in an egress rule's source");
    addError("gnp service without namespace",
        gEg("action: Allow\ndestination:\n  services:\n    name: api"),
        "spec.egress[0].destination.services.namespace", "needs a namespace");
    addWarning("np service without namespace",
        nEg("action: Allow\ndestination:\n  services:\n    name: api"),
        "spec.egress[0].destination.services", "matches no Service");
    addError("service without name",
        gIn("action: Allow\nsource:\n  services:\n    namespace: prod"),
        "spec.ingress[0].source.services.name", "needs a name");
    addError("service with bad name",
        gIn("action: Allow\nsource:\n  services:\n    name: Api\n    namespace: prod"),
        "spec.ingress[0].source.services.name", "invalid service name");
    addError("service with selector",
        gIn("action: Allow\nsource:\n  selector: a == 'b'\n  services:\n    name: api\n"
            "    namespace: prod"),
        "spec.ingress[0].source.services", "cannot be combined with selector");
    addError("service with notSelector",
        gIn("action: Allow\nsource:\n  notSelector: a == 'b'\n  services:\n    name: api\n"
            "    namespace: prod"),
        "spec.ingress[0].source.services", "notSelector");
    addError("service with namespaceSelector",
        gIn("action: Allow\nsource:\n  namespaceSelector: all()\n  services:\n    name: api\n"
            "    namespace: prod"),
        "spec.ingress[0].source.services", "namespaceSelector");
    addError("service with nets",
        gIn("action: Allow\nsource:\n  nets: [10.0.0.0/8]\n  services:\n    name: api\n"
            "    namespace: prod"),
        "spec.ingress[0].source.services", "cannot be combined with nets");
    addError("service with notNets",
        gIn("action: Allow\nsource:\n  notNets: [10.0.0.0/8]\n  services:\n    name: api\n"
            "    namespace: prod"),
        "spec.ingress[0].source.services", "notNets");
    addError("service with serviceAccounts",
        gIn("action: Allow\nsource:\n  serviceAccounts:\n    names: [a]\n  services:\n"
            "    name: api\n    namespace: prod"),
        "spec.ingress[0].source.services", "serviceAccounts");
    addError("destination service with ports",
        gEg("action: Allow\nprotocol: TCP\ndestination:\n  ports: [80]\n  services:\n"
            "    name: db\n    namespace: prod"),
        "spec.egress[0].destination.ports", "cannot be combined with destination services");
    addError("destination service with notPorts",
        gEg("action: Allow\nprotocol: TCP\ndestination:\n  notPorts: [80]\n  services:\n"
            "    name: db\n    namespace: prod"),
        "spec.egress[0].destination.notPorts", "cannot be combined with destination services");
}

void TestValidator::limits_data()
{
    columns();
    const QString allowRule = QStringLiteral("- action: Log");
    addError("1025 ingress rules",
        gnp(QStringLiteral("ingress:\n") + repeated(allowRule, 1025, QStringLiteral("\n"))),
        "spec.ingress", "at most 1024");
    addValid("1024 egress rules",
        gnp(QStringLiteral("egress:\n") + repeated(allowRule, 1024, QStringLiteral("\n"))));
    addError("1025 egress rules",
        gnp(QStringLiteral("egress:\n") + repeated(allowRule, 1025, QStringLiteral("\n"))),
        "spec.egress", "at most 1024");
    addError("257 nets",
        gnp(QStringLiteral("ingress:\n- action: Allow\n  source:\n    nets: [")
            + repeated(QStringLiteral("10.0.%i.0/24"), 256, QStringLiteral(", "))
            + QStringLiteral(", 10.1.0.0/24]")),
        "spec.ingress[0].source.nets", "at most 256");
    addValid("256 notNets",
        gnp(QStringLiteral("ingress:\n- action: Allow\n  source:\n    notNets: [")
            + repeated(QStringLiteral("10.0.%i.0/24"), 256, QStringLiteral(", ")) + u']'));
    addError("51 ports",
        gnp(QStringLiteral(
                "ingress:\n- action: Allow\n  protocol: TCP\n  destination:\n    ports: [")
            + repeated(QStringLiteral("1%i"), 51, QStringLiteral(", ")) + u']'),
        "spec.ingress[0].destination.ports", "at most 50");
    addValid("50 notPorts",
        gnp(QStringLiteral("ingress:\n- action: Allow\n  protocol: TCP\n  source:\n    notPorts: [")
            + repeated(QStringLiteral("1%i"), 50, QStringLiteral(", ")) + u']'));
}

// --- docs/semantics.md: "Validation" policy specs
// -------------------------------------------------------------------------

void TestValidator::policySpec_data()
{
    columns();
    addValid("types both", gnp("types: [Ingress, Egress]"));
    addValid(
        "types egress only with egress rules", gnp("types: [Egress]\negress:\n- action: Allow"));
    addError(
        "types lower case", gnp("types: [ingress]"), "spec.types[0]", "did you mean \"Ingress\"");
    addError(
        "types unknown", gnp("types: [Forward]"), "spec.types[0]", "expected Ingress or Egress");
    addError(
        "types duplicate", gnp("types: [Ingress, Ingress]"), "spec.types[1]", "more than once");
    addError("types three", gnp("types: [Ingress, Egress, Ingress]"), "spec.types", "at most 2");
    addWarning("egress rules ignored", np("types: [Ingress]\negress:\n- action: Allow"),
        "spec.egress", "egress rules are ignored");
    addWarning("ingress rules ignored", gnp("types: [Egress]\ningress:\n- action: Allow"),
        "spec.ingress", "ingress rules are ignored");
    addValid("defaulted types with egress rules", np("egress:\n- action: Allow"));
    addValid("order negative and fractional", gnp("order: -12.5"));
    addValid("doNotTrack with applyOnForward", gnp("doNotTrack: true\napplyOnForward: true"));
    addValid(
        "preDNAT ingress", gnp("preDNAT: true\napplyOnForward: true\ningress:\n- action: Deny"));
    addError("doNotTrack without applyOnForward", gnp("doNotTrack: true"), "spec.applyOnForward",
        "must be true when doNotTrack");
    addError("preDNAT without applyOnForward", gnp("preDNAT: true"), "spec.applyOnForward",
        "must be true when preDNAT");
    addError("preDNAT and doNotTrack", gnp("preDNAT: true\ndoNotTrack: true\napplyOnForward: true"),
        "spec.preDNAT", "cannot both be true");
    addError("preDNAT with egress rules",
        gnp("preDNAT: true\napplyOnForward: true\negress:\n- action: Allow"), "spec.egress",
        "cannot have egress rules");
    addError("preDNAT with Egress type",
        gnp("preDNAT: true\napplyOnForward: true\ntypes: [Ingress, Egress]"), "spec.types",
        "cannot have the Egress type");
    addValid("applyOnForward alone", gnp("applyOnForward: true"));
    addValid("performance hint", np("performanceHints: [AssumeNeededOnEveryNode]"));
    addError("performance hint unknown", gnp("performanceHints: [Fast]"),
        "spec.performanceHints[0]", "the only hint is AssumeNeededOnEveryNode");
    addError("performance hint repeated",
        gnp("performanceHints: [AssumeNeededOnEveryNode, AssumeNeededOnEveryNode]"),
        "spec.performanceHints[1]", "more than once");
}

void TestValidator::tiers_data()
{
    columns();
    const QString tier
        = Y("apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata:\n  name: security\n"
            "spec:\n  order: 100\n---\n");
    addValid("policy in a defined tier", tier + gnp("tier: security"));
    addValid("policy in kube-admin", gnp("tier: kube-admin"));
    addValid("policy in kube-baseline", np("tier: kube-baseline"));
    addValid("policy in default", np("tier: default"));
    addError("policy in a missing tier", gnp("tier: security"), "spec.tier",
        "tier \"security\" does not exist");
    addError("policy tier with a dot", np("tier: a.b"), "spec.tier", "invalid Tier name");
    addValid("tier defaultAction Pass",
        resource("Tier", QStringLiteral("t"), QString(), Y("order: 5\ndefaultAction: Pass")));
    addValid("tier without order",
        resource("Tier", QStringLiteral("t"), QString(), Y("defaultAction: Deny")));
    addError("tier defaultAction Allow",
        resource("Tier", QStringLiteral("t"), QString(), Y("defaultAction: Allow")),
        "spec.defaultAction", "expected Deny or Pass");
    addError("tier defaultAction lower case",
        resource("Tier", QStringLiteral("t"), QString(), Y("defaultAction: pass")),
        "spec.defaultAction", "expected Deny or Pass");
    addValid("built-in default tier",
        resource("Tier", QStringLiteral("default"), QString(), Y("order: 1000000")));
    addValid("built-in kube-admin tier",
        resource("Tier", QStringLiteral("kube-admin"), QString(),
            Y("order: 1000\ndefaultAction: Pass")));
    addValid("built-in kube-baseline tier",
        resource("Tier", QStringLiteral("kube-baseline"), QString(),
            Y("order: 10000000\ndefaultAction: Pass")));
    addError("default tier order changed",
        resource("Tier", QStringLiteral("default"), QString(), Y("order: 100")), "spec.order",
        "must have order 1000000");
    addError("default tier without order",
        resource("Tier", QStringLiteral("default"), QString(), QString()), "spec.order",
        "must have order 1000000");
    addError("default tier Pass",
        resource(
            "Tier", QStringLiteral("default"), QString(), Y("order: 1000000\ndefaultAction: Pass")),
        "spec.defaultAction", "must have defaultAction Deny");
    addError("kube-admin tier Deny",
        resource("Tier", QStringLiteral("kube-admin"), QString(), Y("order: 1000")),
        "spec.defaultAction", "must have defaultAction Pass");
    addError("kube-baseline order",
        resource("Tier", QStringLiteral("kube-baseline"), QString(),
            Y("order: 1000\ndefaultAction: Pass")),
        "spec.order", "must have order 10000000");
}

void TestValidator::staged_data()
{
    columns();
    auto snp = [](const char *spec) {
        return resource(
            "StagedNetworkPolicy", QStringLiteral("s"), QStringLiteral("prod"), Y(spec));
    };
    auto sgnp = [](const char *spec) {
        return resource("StagedGlobalNetworkPolicy", QStringLiteral("s"), QString(), Y(spec));
    };
    addValid("staged Set", snp("stagedAction: Set\nselector: all()"));
    addValid("staged default action", sgnp("selector: all()"));
    addValid("staged Learn", snp("stagedAction: Learn"));
    addValid("staged Ignore", sgnp("stagedAction: Ignore"));
    addError("staged unknown action", snp("stagedAction: Apply"), "spec.stagedAction",
        "expected Set, Delete, Learn or Ignore");
    addValid("staged Delete, empty spec", snp("stagedAction: Delete"));
    addValid("staged Delete keeps tier", sgnp("stagedAction: Delete\ntier: kube-admin"));
    addError("staged Delete with a selector", snp("stagedAction: Delete\nselector: all()"),
        "spec.stagedAction", "but selector is set");
    addError("staged Delete with rules",
        sgnp("stagedAction: Delete\norder: 5\ningress:\n- action: Allow"), "spec.stagedAction",
        "order, ingress");
    addError("staged rules validated", snp("ingress:\n- action: Nope"), "spec.ingress[0].action",
        "invalid action");
    addError("staged service direction",
        snp("ingress:\n- action: Allow\n  destination:\n    services:\n      name: a\n      "
            "namespace: b"),
        "spec.ingress[0].destination.services", "not allowed");
    addError("staged tier must exist", sgnp("tier: nowhere"), "spec.tier", "does not exist");
}

// --- docs/semantics.md: "Validation" other kinds
// --------------------------------------------------------------------------

void TestValidator::hostEndpoints_data()
{
    columns();
    auto hep = [](const char *spec) {
        return resource("HostEndpoint", QStringLiteral("h"), QString(), Y(spec));
    };
    addValid("interface", hep("node: node1\ninterfaceName: eth0"));
    addValid("any interface", hep("node: node1\ninterfaceName: '*'"));
    addValid("expected IPs", hep("node: node1\nexpectedIPs: [10.0.0.1, 'fd00::1']"));
    addValid("ports and profiles",
        hep("node: node1\ninterfaceName: eth0\nprofiles: [kns.prod, web]\nports:\n"
            "- name: http\n  port: 80\n  protocol: TCP\n- name: dns\n  port: 53\n  protocol: UDP"));
    addError("no node", hep("interfaceName: eth0"), "spec.node", "needs spec.node");
    addError("bad node name", hep("node: Node_1\ninterfaceName: eth0"), "spec.node",
        "invalid node name");
    addError(
        "neither interface nor IPs", hep("node: node1"), "spec", "interfaceName or expectedIPs");
    addError("interface with a colon", hep("node: node1\ninterfaceName: 'eth0:1'"),
        "spec.interfaceName", "invalid interfaceName");
    addError("interface 16 long", hep("node: node1\ninterfaceName: abcdefghijklmnop"),
        "spec.interfaceName", "1-15");
    addError("expected IP with a prefix", hep("node: node1\nexpectedIPs: [10.0.0.0/24]"),
        "spec.expectedIPs[0]", "invalid IP address");
    addError("expected IP garbage", hep("node: node1\nexpectedIPs: [10.0.0.1, host]"),
        "spec.expectedIPs[1]", "invalid IP address \"host\"");
    addError("profile name", hep("node: node1\ninterfaceName: eth0\nprofiles: [Web]"),
        "spec.profiles[0]", "invalid profile name");
    addError("port 0",
        hep("node: n\ninterfaceName: eth0\nports:\n- name: http\n  port: 0\n  protocol: TCP"),
        "spec.ports[0].port", "expected 1-65535");
    addError("port protocol ICMP",
        hep("node: n\ninterfaceName: eth0\nports:\n- name: ping\n  port: 1\n  protocol: ICMP"),
        "spec.ports[0].protocol", "expected TCP, UDP or SCTP");
    addError("port protocol lower case",
        hep("node: n\ninterfaceName: eth0\nports:\n- name: web\n  port: 80\n  protocol: tcp"),
        "spec.ports[0].protocol", "case-sensitive");
    addError("port name upper case",
        hep("node: n\ninterfaceName: eth0\nports:\n- name: HTTP\n  port: 80\n  protocol: TCP"),
        "spec.ports[0].name", "invalid port name");
    addError("port without name",
        hep("node: n\ninterfaceName: eth0\nports:\n- port: 80\n  protocol: TCP"),
        "spec.ports[0].name", "needs a name");
}

void TestValidator::ipPools_data()
{
    columns();
    auto pool = [](const char *spec, const char *name = "pool") {
        return resource("IPPool", QString::fromUtf8(name), QString(), Y(spec));
    };
    addValid("IPv4 pool", pool("cidr: 10.244.0.0/16\nnatOutgoing: true\nipipMode: Always"));
    addValid("IPv6 pool", pool("cidr: 'fd00:10:244::/64'\nvxlanMode: CrossSubnet\nblockSize: 122"));
    addValid("all fields",
        pool("cidr: 10.0.0.0/16\nvxlanMode: Always\nipipMode: Never\nblockSize: 20\n"
             "nodeSelector: zone == 'a'\nnamespaceSelector: all()\nallowedUses: [Workload]\n"
             "assignmentMode: Manual\ndisableBGPExport: true"));
    addValid("disabled pool smaller than a block", pool("cidr: 10.0.0.0/28\ndisabled: true"));
    addValid("load balancer pool",
        pool("cidr: 192.0.2.0/24\nallowedUses: [LoadBalancer]\nnodeSelector: all()"));
    addError("no cidr", pool("natOutgoing: true"), "spec.cidr", "needs spec.cidr");
    addError("cidr garbage", pool("cidr: ten"), "spec.cidr", "invalid IPPool CIDR \"ten\"");
    addError("bare address", pool("cidr: 10.0.0.1"), "spec.cidr", "invalid IPPool CIDR");
    addError("prefix too long", pool("cidr: 10.0.0.0/33"), "spec.cidr", "invalid IPPool CIDR");
    addError("host bits", pool("cidr: 10.244.1.0/16"), "spec.cidr",
        "not strictly masked: its network is 10.244.0.0/16");
    addError("IPv4 link-local", pool("cidr: 169.254.0.0/20"), "spec.cidr",
        "overlaps the link-local range 169.254.0.0/16");
    addError("contains IPv4 link-local", pool("cidr: 128.0.0.0/1"), "spec.cidr", "link-local");
    addError("IPv6 link-local", pool("cidr: 'fe80::/64'"), "spec.cidr", "fe80::/10");
    addError("IPv4 block too small", pool("cidr: 10.0.0.0/16\nblockSize: 19"), "spec.blockSize",
        "/20 to /32");
    addError("IPv4 block of 33", pool("cidr: 10.0.0.0/16\nblockSize: 33"), "spec.blockSize",
        "out of range");
    addError("IPv6 block of 64", pool("cidr: 'fd00::/48'\nblockSize: 64"), "spec.blockSize",
        "/116 to /128");
    addValid("IPv4 block of 32", pool("cidr: 10.0.0.0/16\nblockSize: 32"));
    addError("pool smaller than the default block", pool("cidr: 10.0.0.0/27"), "spec.cidr",
        "smaller than one block (/26)");
    addError("pool smaller than its block", pool("cidr: 10.0.0.0/24\nblockSize: 22"), "spec.cidr",
        "smaller than one block (/22)");
    addError("unknown ipipMode", pool("cidr: 10.0.0.0/16\nipipMode: always"), "spec.ipipMode",
        "expected Never, Always or CrossSubnet");
    addError("unknown vxlanMode", pool("cidr: 10.0.0.0/16\nvxlanMode: Sometimes"), "spec.vxlanMode",
        "invalid vxlanMode \"Sometimes\"");
    addError("IPIP and VXLAN", pool("cidr: 10.0.0.0/16\nipipMode: Always\nvxlanMode: CrossSubnet"),
        "spec.vxlanMode", "cannot both be enabled");
    addValid(
        "IPIP with VXLAN Never", pool("cidr: 10.0.0.0/16\nipipMode: Always\nvxlanMode: Never"));
    addError("IPIP on IPv6", pool("cidr: 'fd00::/64'\nipipMode: CrossSubnet"), "spec.ipipMode",
        "not supported on IPv6");
    addError("unknown use", pool("cidr: 10.0.0.0/16\nallowedUses: [Workload, Pods]"),
        "spec.allowedUses[1]", "unknown allowed use \"Pods\"");
    addError("load balancer and workload",
        pool("cidr: 10.0.0.0/16\nallowedUses: [LoadBalancer, Workload]"), "spec.allowedUses",
        "cannot be combined");
    addError("load balancer with VXLAN",
        pool("cidr: 10.0.0.0/16\nallowedUses: [LoadBalancer]\nvxlanMode: Always"), "spec.vxlanMode",
        "cannot have IPIP or VXLAN");
    addError("load balancer without BGP export",
        pool("cidr: 10.0.0.0/16\nallowedUses: [LoadBalancer]\ndisableBGPExport: true"),
        "spec.disableBGPExport", "cannot disable BGP export");
    addError("load balancer on some nodes",
        pool("cidr: 10.0.0.0/16\nallowedUses: [LoadBalancer]\nnodeSelector: zone == 'a'"),
        "spec.nodeSelector", "must have nodeSelector all()");
    addError("tunnel with namespaceSelector",
        pool("cidr: 10.0.0.0/16\nallowedUses: [Tunnel]\nnamespaceSelector: all()"),
        "spec.namespaceSelector", "Tunnel cannot have a namespaceSelector");
    addError("bad nodeSelector", pool("cidr: 10.0.0.0/16\nnodeSelector: zone =="),
        "spec.nodeSelector", "invalid selector");
    addError("global() nodeSelector", pool("cidr: 10.0.0.0/16\nnodeSelector: global()"),
        "spec.nodeSelector", "global()");
    addError("unknown assignmentMode", pool("cidr: 10.0.0.0/16\nassignmentMode: Auto"),
        "spec.assignmentMode", "expected Automatic or Manual");
    addError("overlapping pools",
        pool("cidr: 10.0.0.0/16", "a") + QStringLiteral("---\n") + pool("cidr: 10.0.128.0/17", "b"),
        "spec.cidr", "IPPool b (10.0.128.0/17) overlaps IPPool a (10.0.0.0/16, test.yaml:6)");
    addValid("pools of both families",
        pool("cidr: 10.0.0.0/16", "a") + QStringLiteral("---\n") + pool("cidr: 'fd00::/64'", "b"));
    addError("duplicate pool names",
        pool("cidr: 10.0.0.0/16") + QStringLiteral("---\n") + pool("cidr: 10.1.0.0/16"),
        "metadata.name", "");
}

void TestValidator::networkSets_data()
{
    columns();
    addValid("ips and cidrs",
        resource("GlobalNetworkSet", QStringLiteral("g"), QString(),
            Y("nets: [10.0.0.1, 10.0.0.0/8, 10.0.0.1/8, 'fd00::/8']")));
    addValid("namespaced set",
        resource(
            "NetworkSet", QStringLiteral("n"), QStringLiteral("prod"), Y("nets: [192.0.2.0/24]")));
    addError("bad net",
        resource("NetworkSet", QStringLiteral("n"), QStringLiteral("prod"),
            Y("nets: [192.0.2.0/24, 'example.com']")),
        "spec.nets[1]", "invalid network \"example.com\"");
    addError("bad prefix",
        resource("GlobalNetworkSet", QStringLiteral("g"), QString(), Y("nets: [10.0.0.0/40]")),
        "spec.nets[0]", "invalid network");
    addError("reserved namespace label",
        withLabels("NetworkSet", "projectcalico.org/namespace: prod", "nets: [10.0.0.0/8]"),
        "metadata.labels.projectcalico.org/namespace", "is reserved");
    addError("reserved namespace label, global",
        withLabels("GlobalNetworkSet", "projectcalico.org/namespace: prod"),
        "metadata.labels.projectcalico.org/namespace", "GlobalNetworkSet");
}

void TestValidator::profiles_data()
{
    columns();
    auto profile = [](const char *spec) {
        return resource("Profile", QStringLiteral("pr"), QString(), Y(spec));
    };
    addValid("allow all", profile("ingress:\n- action: Allow\negress:\n- action: Allow"));
    addValid("labelsToApply", profile("labelsToApply:\n  team: a"));
    addError("labelsToApply bad key", profile("labelsToApply:\n  '-x': a"), "spec.labelsToApply.-x",
        "invalid label key");
    addError("profile rule action", profile("egress:\n- action: Accept"), "spec.egress[0].action",
        "invalid action");
    addError("profile rule ports",
        profile("ingress:\n- action: Allow\n  destination:\n    ports: [80]"),
        "spec.ingress[0].destination.ports[0]", "needs the rule to set protocol");
    addWarning(
        "Pass in a profile", profile("ingress:\n- action: Pass"), "spec.ingress[0].action", "BPF");
}

void TestValidator::duplicates_data()
{
    columns();
    const QString twice = gnp("selector: all()") + QStringLiteral("---\n") + gnp("order: 1");
    addError("same gnp twice", twice, "metadata.name", "first definition is at test.yaml:4");
    addValid("gnp and np of one name",
        gnp("selector: all()") + QStringLiteral("---\n") + np("order: 1"));
    addValid("np in two namespaces",
        np("order: 1") + QStringLiteral("---\n")
            + resource("NetworkPolicy", QStringLiteral("p"), QStringLiteral("dev"), Y("order: 1")));
    addError("np twice in one namespace", np("order: 1") + QStringLiteral("---\n") + np("order: 2"),
        "metadata.name", "NetworkPolicy \"prod/p\" is defined more than once");
    addValid("calico np and k8s np of one name",
        np("order: 1") + QStringLiteral("---\n") + knp("podSelector: {}", "p"));
    addError("tier twice",
        resource("Tier", QStringLiteral("t"), QString(), Y("order: 1")) + QStringLiteral("---\n")
            + resource("Tier", QStringLiteral("t"), QString(), Y("order: 2")),
        "metadata.name", "Tier \"t\"");
    addValid("networkset and globalnetworkset of one name",
        resource("GlobalNetworkSet", QStringLiteral("n"), QString(), Y("nets: [10.0.0.0/8]"))
            + QStringLiteral("---\n")
            + resource("NetworkSet", QStringLiteral("n"), QStringLiteral("prod"),
                Y("nets: [10.0.0.0/8]")));
    addError("namespace twice",
        resource("Namespace", QStringLiteral("prod"), QString(), QString(), "v1")
            + QStringLiteral("---\n")
            + resource("Namespace", QStringLiteral("prod"), QString(), QString(), "v1"),
        "metadata.name", "Namespace \"prod\"");
}

// --- Kubernetes ---------------------------------------------------------------------------------

void TestValidator::kubernetes_data()
{
    columns();
    addValid("typical policy",
        knp("podSelector:\n  matchLabels:\n    app: db\npolicyTypes: [Ingress, Egress]\n"
            "ingress:\n- from:\n  - podSelector:\n      matchExpressions:\n      - {key: app, "
            "operator: In, values: [web]}\n"
            "    namespaceSelector: {}\n  ports:\n  - port: 5432\n  - protocol: UDP\n    port: 53\n"
            "    endPort: 60\n  - port: metrics\negress:\n- to:\n  - ipBlock:\n      cidr: "
            "10.0.0.0/8\n"
            "      except: [10.1.0.0/16]"));
    addValid("deny all", knp("podSelector: {}\npolicyTypes: [Ingress, Egress]"));
    addError("policyTypes lower case", knp("podSelector: {}\npolicyTypes: [ingress]"),
        "spec.policyTypes[0]", "expected Ingress or Egress");
    addError("policyTypes twice", knp("podSelector: {}\npolicyTypes: [Egress, Egress]"),
        "spec.policyTypes[1]", "more than once");
    addError("port protocol lower case",
        knp("podSelector: {}\ningress:\n- ports:\n  - protocol: tcp\n    port: 80"),
        "spec.ingress[0].ports[0].protocol", "expected TCP, UDP or SCTP");
    addError("port protocol ICMP", knp("podSelector: {}\ningress:\n- ports:\n  - protocol: ICMP"),
        "spec.ingress[0].ports[0].protocol", "expected TCP, UDP or SCTP");
    addError("port 0", knp("podSelector: {}\ningress:\n- ports:\n  - port: 0"),
        "spec.ingress[0].ports[0].port", "expected 1-65535");
    addError("port name invalid", knp("podSelector: {}\ningress:\n- ports:\n  - port: Web_Port"),
        "spec.ingress[0].ports[0].port", "invalid port name");
    addError("endPort below port",
        knp("podSelector: {}\ningress:\n- ports:\n  - port: 90\n    endPort: 80"),
        "spec.ingress[0].ports[0].endPort", "below port 90");
    addError("endPort with named port",
        knp("podSelector: {}\negress:\n- ports:\n  - port: http\n    endPort: 90"),
        "spec.egress[0].ports[0].endPort", "named port \"http\"");
    addError("endPort without port", knp("podSelector: {}\ningress:\n- ports:\n  - endPort: 90"),
        "spec.ingress[0].ports[0].endPort", "needs a numeric port");
    addError("ipBlock bad cidr",
        knp("podSelector: {}\ningress:\n- from:\n  - ipBlock:\n      cidr: 10.0.0.0"),
        "spec.ingress[0].from[0].ipBlock.cidr", "matches every address");
    addError("ipBlock except outside",
        knp("podSelector: {}\ningress:\n- from:\n  - ipBlock:\n      cidr: 10.0.0.0/8\n"
            "      except: [192.168.0.0/16]"),
        "spec.ingress[0].from[0].ipBlock.except[0]", "strict subset");
    addError("ipBlock except equal",
        knp("podSelector: {}\ningress:\n- from:\n  - ipBlock:\n      cidr: 10.0.0.0/8\n"
            "      except: [10.0.0.0/8]"),
        "spec.ingress[0].from[0].ipBlock.except[0]", "strict subset");
    addError("ipBlock except invalid",
        knp("podSelector: {}\ningress:\n- from:\n  - ipBlock:\n      cidr: 10.0.0.0/8\n"
            "      except: [nope]"),
        "spec.ingress[0].from[0].ipBlock.except[0]", "invalid CIDR");
    addError("ipBlock with podSelector",
        knp("podSelector: {}\ningress:\n- from:\n  - ipBlock:\n      cidr: 10.0.0.0/8\n"
            "    podSelector: {}"),
        "spec.ingress[0].from[0].ipBlock", "cannot be combined");
    addError("empty peer", knp("podSelector: {}\negress:\n- to:\n  - {}"), "spec.egress[0].to[0]",
        "needs podSelector, namespaceSelector or ipBlock");
    addError("operator lower case",
        knp("podSelector:\n  matchExpressions:\n  - {key: app, operator: in, values: [a]}"),
        "spec.podSelector.matchExpressions[0].operator", "invalid operator \"in\"");
    addError("In without values",
        knp("podSelector:\n  matchExpressions:\n  - {key: app, operator: In}"),
        "spec.podSelector.matchExpressions[0].values", "at least one value");
    addError("Exists with values",
        knp("podSelector:\n  matchExpressions:\n  - {key: app, operator: Exists, values: [a]}"),
        "spec.podSelector.matchExpressions[0].values", "takes no values");
    addError("expression key invalid",
        knp("podSelector:\n  matchExpressions:\n  - {key: '-app', operator: Exists}"),
        "spec.podSelector.matchExpressions[0].key", "invalid label key");
    addError("matchLabels value invalid", knp("podSelector:\n  matchLabels:\n    app: 'a b'"),
        "spec.podSelector.matchLabels.app", "invalid label value");
    addError("peer namespaceSelector label",
        knp("podSelector: {}\ningress:\n- from:\n  - namespaceSelector:\n      matchLabels:\n      "
            "  '-x': a"),
        "spec.ingress[0].from[0].namespaceSelector.matchLabels.-x", "invalid label key");
    addWarning("egress rules without policyTypes",
        knp("podSelector: {}\negress:\n- to:\n  - podSelector: {}"), "spec.egress",
        "also denies all ingress to the pods it selects");
    addWarning("egress rules, policyTypes Ingress",
        knp("podSelector: {}\npolicyTypes: [Ingress]\negress:\n- {}"), "spec.egress",
        "egress rules are ignored");
    addWarning("ingress rules, policyTypes Egress",
        knp("podSelector: {}\npolicyTypes: [Egress]\ningress:\n- {}"), "spec.ingress",
        "ingress rules are ignored");
    addError("name invalid", knp("podSelector: {}", "Web"), "metadata.name", "invalid name");
    addValid("staged k8s policy",
        resource("StagedKubernetesNetworkPolicy", QStringLiteral("k"), QStringLiteral("prod"),
            Y("stagedAction: Set\npodSelector: {}\npolicyTypes: [Ingress]")));
    addValid("staged k8s Delete",
        resource("StagedKubernetesNetworkPolicy", QStringLiteral("k"), QStringLiteral("prod"),
            Y("stagedAction: Delete")));
    addError("staged k8s Delete with rules",
        resource("StagedKubernetesNetworkPolicy", QStringLiteral("k"), QStringLiteral("prod"),
            Y("stagedAction: Delete\ningress:\n- {}")),
        "spec.stagedAction", "must be empty");
    addError("staged k8s action",
        resource("StagedKubernetesNetworkPolicy", QStringLiteral("k"), QStringLiteral("prod"),
            Y("stagedAction: Later")),
        "spec.stagedAction", "expected Set, Delete, Learn or Ignore");
}

void TestValidator::inventory_data()
{
    columns();
    auto pod = [](const char *status) {
        return Y("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-0\n  namespace: prod\n"
                 "spec:\n  nodeName: n1\nstatus:\n")
            + indentLines(Y(status), 2) + u'\n';
    };
    addValid("pod ips", pod("podIP: 10.0.0.5\npodIPs:\n- ip: 10.0.0.5\n- ip: 'fd00::5'"));
    addError("pod ip invalid", pod("podIPs:\n- ip: 10.0.0.300"), "status.podIPs[0]",
        "invalid IP address \"10.0.0.300\"");
    addError("pod podIP invalid", pod("podIP: web"), "status.podIPs[0]", "invalid IP address");
    addError("pod two v4 ips", pod("podIPs:\n- ip: 10.0.0.5\n- ip: 10.0.0.6"), "status.podIPs[1]",
        "one address per IP family");
    addError("pod name",
        Y("apiVersion: v1\nkind: Pod\nmetadata:\n  name: Web\n  namespace: prod\n"),
        "metadata.name", "invalid name");
    addError("pod label",
        Y("apiVersion: v1\nkind: Pod\nmetadata:\n  name: w\n  namespace: prod\n"
          "  labels:\n    app: 'x y'\n"),
        "metadata.labels.app", "invalid label value");
    addError("namespace name",
        resource("Namespace", QStringLiteral("a.b"), QString(), QString(), "v1"), "metadata.name",
        "invalid namespace");
    addValid("service",
        Y("apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n  namespace: prod\n"
          "spec:\n  clusterIP: 10.96.0.10\n  ports:\n  - port: 5432\n"));
    addValid("headless service",
        Y("apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n  namespace: prod\n"
          "spec:\n  clusterIP: None\n"));
    addError("service cluster ip",
        Y("apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n"
          "  namespace: prod\nspec:\n  clusterIP: 10.96.0\n"),
        "spec.clusterIP", "invalid clusterIP");
    addError("service name",
        Y("apiVersion: v1\nkind: Service\nmetadata:\n  name: 1db\n  namespace: prod\n"),
        "metadata.name", "starting with a letter");
    addError("node pod cidr",
        Y("apiVersion: v1\nkind: Node\nmetadata:\n  name: n1\nspec:\n"
          "  podCIDRs: [10.244.0.0]\n"),
        "spec.podCIDRs[0]", "invalid pod CIDR");
    addError("endpoint slice address",
        Y("apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: db-1\n"
          "  namespace: prod\n  labels:\n    kubernetes.io/service-name: db\naddressType: IPv4\n"
          "endpoints:\n- addresses: ['fd00::1']\n"),
        "endpoints[0].addresses[0]", "invalid IPv4 address");
}

// --- Positions ----------------------------------------------------------------------------------

void TestValidator::positions_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("action") << gIn("action: allow") << QStringLiteral("spec.ingress[0].action") << 7
                            << 13;
    QTest::newRow("port entry") << gIn(
        "action: Allow\nprotocol: TCP\ndestination:\n  ports: [80, 0]")
                                << QStringLiteral("spec.ingress[0].destination.ports[1]") << 10
                                << 19;
    // A plain scalar: the column of the selector error inside the value.
    QTest::newRow("selector column")
        << gIn("action: Allow\nsource:\n  selector: a == 'b' && c = 'd'")
        << QStringLiteral("spec.ingress[0].source.selector") << 9 << 31;
    QTest::newRow("duplicate at the second document")
        << gnp("order: 1") + QStringLiteral("---\n") + gnp("order: 2")
        << QStringLiteral("metadata.name") << 11 << 9;
    QTest::newRow("tier") << np("tier: nope") << QStringLiteral("spec.tier") << 7 << 9;
}

void TestValidator::positions()
{
    QFETCH(QString, yaml);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);
    const Checked c = check(yaml);
    for (const Diagnostic &d : c.validator) {
        if (d.path == path) {
            QCOMPARE(d.line, line);
            QCOMPARE(d.column, column);
            return;
        }
    }
    QFAIL(qPrintable(dump(c.validator)));
}

// A selector error points at the character of the file where it is, however the value is
// written: plain, in double quotes (with \" escapes) or in single quotes (with '' escapes).
// The expected place is found in the file text itself, so it holds for any correct parser.
void TestValidator::selectorErrorColumns_data()
{
    QTest::addColumn<QString>("written"); // the selector as written in the YAML file
    QTest::addColumn<QString>("marker"); // the text of the file from the error on

    QTest::newRow("plain") << Y("a == 'b' && c = 'd'") << Y("= 'd'");
    QTest::newRow("double-quoted") << Y("\"a == 'b' && c = 'd'\"") << Y("= 'd'");
    QTest::newRow("single-quoted") << Y("'a == \"b\" && c = \"d\"'") << Y("= \"d\"");
    QTest::newRow("double-quoted, escapes before")
        << Y(R"("a == \"b\" && c = \"d\"")") << Y(R"(= \"d)");
    QTest::newRow("single-quoted, escapes before") << Y("'a == ''b'' && c = ''d'''") << Y("= ''d");
    QTest::newRow("double-quoted, non-ASCII before") << Y("\"a == 'é' && c = 'd'\"") << Y("= 'd'");
    // A missing value: the error is just after the selector, on the closing quote.
    QTest::newRow("double-quoted, missing value") << Y("\"app == \"") << Y("\"");
    QTest::newRow("single-quoted, missing value") << Y("'app == '") << Y("'");
}

void TestValidator::selectorErrorColumns()
{
    QFETCH(QString, written);
    QFETCH(QString, marker);
    const QString yaml = gIn("action: Allow\nsource:\n  selector: %1").arg(written);
    const QStringList lines = yaml.split(u'\n');
    const QString key = QStringLiteral("selector: ");
    int line = 0; // 1-based
    while (line < lines.size() && !lines[line].endsWith(key + written))
        ++line;
    QVERIFY2(line < lines.size(), qPrintable(yaml));
    const QString &text = lines[line++];
    // 1-based, in characters; the marker is looked for after the key and the opening quote.
    const qsizetype valueStart = text.indexOf(key) + key.size();
    const int column = int(text.indexOf(marker, valueStart + 1)) + 1;
    QVERIFY(column > valueStart + 1);

    const Checked c = check(yaml);
    QVERIFY2(!hasErrors(c.loader), qPrintable(dump(c.loader)));
    for (const Diagnostic &d : c.validator) {
        if (d.path == u"spec.ingress[0].source.selector"
            && d.message.contains(u"invalid selector")) {
            QCOMPARE(d.line, line);
            QCOMPARE(d.column, column);
            return;
        }
    }
    QFAIL(qPrintable(dump(c.validator)));
}

// Rules the Loader never lets through from YAML (it rejects the field or the value), checked
// on model values built directly.
void TestValidator::modelOnly()
{
    CalicoPolicy p;
    p.kind = ResourceKind::NetworkPolicy;
    p.meta.name = QStringLiteral("p");
    p.meta.namespace_ = QStringLiteral("prod");
    p.tier = QStringLiteral("default");
    p.types = {QStringLiteral("Ingress")};
    p.namespaceSelector = QStringLiteral("all()");
    p.doNotTrack = true;
    p.preDNAT = true;
    p.applyOnForward = true;
    Rule r;
    r.action = QStringLiteral("Allow");
    r.protocol = Protocol::fromNumber(6);
    r.destination.ports = {Port::range(90, 80), Port::range(1, 70000)};
    r.icmp = IcmpFields {std::nullopt, 300};
    p.ingress = {r};
    const Workspace ws(WorkspaceData {.policies = {p}});
    const Diagnostics d = Validator().validate(ws);
    auto has = [&d](const char *path, const char *fragment) {
        for (const Diagnostic &x : d) {
            if (x.path == Y(path) && x.message.contains(Y(fragment)))
                return true;
        }
        return false;
    };
    QVERIFY2(
        has("spec.namespaceSelector", "only valid in a GlobalNetworkPolicy"), qPrintable(dump(d)));
    QVERIFY2(has("spec.doNotTrack", "only valid in a GlobalNetworkPolicy"), qPrintable(dump(d)));
    QVERIFY2(has("spec.preDNAT", "only valid in a GlobalNetworkPolicy"), qPrintable(dump(d)));
    QVERIFY2(
        has("spec.applyOnForward", "only valid in a GlobalNetworkPolicy"), qPrintable(dump(d)));
    QVERIFY2(has("spec.ingress[0].destination.ports[0]", "first port must not be above"),
        qPrintable(dump(d)));
    QVERIFY2(
        has("spec.ingress[0].destination.ports[1]", "between 1 and 65535"), qPrintable(dump(d)));
    QVERIFY2(has("spec.ingress[0].icmp.code", "expected 0-255"), qPrintable(dump(d)));
    QVERIFY2(has("spec.ingress[0].icmp", "needs protocol ICMP or ICMPv6, but the protocol is 6"),
        qPrintable(dump(d)));
    // No Source: diagnostics still carry the path, without a position.
    QCOMPARE(d.constFirst().line, 0);
    QVERIFY(d.constFirst().file.isEmpty());
}

// Golden files: every *.yaml under fixtures/validate, its diagnostics (loader and validator)
// compared with the *.expected next to it. scripts/regenerate-goldens.sh rewrites the references.
void TestValidator::golden_data()
{
    QTest::addColumn<QString>("input");
    const QDir dir(test::fixturePath(u"validate"));
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestValidator::golden()
{
    QFETCH(QString, input);
    QFile in(input);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString name = QFileInfo(input).fileName();
    const LoadResult loaded = Loader().loadText(in.readAll(), name);
    Diagnostics all = loaded.diagnostics;
    all += Validator().validate(loaded.workspace);
    QString actual;
    for (const Diagnostic &d : std::as_const(all))
        actual += d.toString() + u'\n';

    const QString expectedPath = input.chopped(5) + QStringLiteral(".expected");
    PS_COMPARE_GOLDEN(actual, expectedPath);
}

void TestValidator::sortedByPosition()
{
    const Checked c = check(gnp("ingress:\n- action: Nope\negress:\n- action: allow")
        + QStringLiteral("---\n") + np("tier: nope"));
    QCOMPARE(c.validator.size(), 3);
    for (qsizetype i = 1; i < c.validator.size(); ++i)
        QVERIFY(c.validator[i - 1].line <= c.validator[i].line);
}

void TestValidator::demoWorkspaceIsClean()
{
    // The embedded demo workspace (Calico documentation examples) must validate without errors.
    const QString dir = test::projectPath(u"resources/demo");
    if (!QFile::exists(dir))
        QSKIP("no demo workspace in this tree");
    const LoadResult loaded = Loader().loadPaths({dir});
    const Diagnostics d = Validator().validate(loaded.workspace);
    QVERIFY2(!hasErrors(d), qPrintable(dump(d)));
}

// --- one entry / one HTTP path at a time (the studio's editors call these) --------------------

void TestValidator::mapEntries_data()
{
    QTest::addColumn<bool>("annotations");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("values");
    // per row: "" when valid, else "key:fragment" or "value:fragment"
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, bool annotations, QStringList keys, QStringList values,
                         QStringList expected) {
        QTest::newRow(name) << annotations << keys << values << expected;
    };
    row("valid labels", false, {QStringLiteral("app"), QStringLiteral("example.com/tier")},
        {QStringLiteral("web"), QString()}, {QString(), QString()});
    row("label key with space", false, {QStringLiteral("bad key")}, {QStringLiteral("x")},
        {QStringLiteral("key:invalid label key")});
    row("label key empty", false, {QString()}, {QStringLiteral("x")},
        {QStringLiteral("key:name part must not be empty")});
    row("label key 64 long", false, {QString(64, u'k')}, {QString()},
        {QStringLiteral("key:at most 63")});
    row("label key prefix upper case", false, {QStringLiteral("Example.com/x")}, {QString()},
        {QStringLiteral("key:DNS subdomain")});
    row("label value with space", false, {QStringLiteral("app")}, {QStringLiteral("a b")},
        {QStringLiteral("value:invalid label value")});
    row("label value 64 long", false, {QStringLiteral("app")}, {QString(64, u'v')},
        {QStringLiteral("value:longer than 63")});
    row("duplicate keys", false,
        {QStringLiteral("app"), QStringLiteral("tier"), QStringLiteral("app")},
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
        {QStringLiteral("key:used more than once"), QString(),
            QStringLiteral("key:used more than once")});
    row("annotation value free text", true, {QStringLiteral("Example.COM/Note")},
        {QStringLiteral("anything, with spaces: ok")}, {QString()});
    row("annotation key with space", true, {QStringLiteral("a b")}, {QStringLiteral("x")},
        {QStringLiteral("key:invalid annotation key")});
    row("duplicate annotation keys", true, {QStringLiteral("a"), QStringLiteral("a")},
        {QStringLiteral("x"), QStringLiteral("y")},
        {QStringLiteral("key:used more than once"), QStringLiteral("key:used more than once")});
}

void TestValidator::mapEntries()
{
    QFETCH(bool, annotations);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, values);
    QFETCH(QStringList, expected);
    QList<MetaRules::Entry> entries;
    for (qsizetype i = 0; i < keys.size(); ++i)
        entries.append({keys[i], values[i]});
    const QList<MetaRules::EntryErrors> errors = MetaRules::checkEntries(
        annotations ? MetaRules::MapKind::Annotations : MetaRules::MapKind::Labels, entries);
    QCOMPARE(errors.size(), entries.size());
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const MetaRules::EntryErrors &e = errors[i];
        if (expected[i].isEmpty()) {
            QVERIFY2(e.isValid(), qPrintable((e.key + e.value).join(u'\n')));
            continue;
        }
        const QString where = expected[i].section(u':', 0, 0);
        const QString fragment = expected[i].section(u':', 1);
        const QStringList &messages = where == u"key" ? e.key : e.value;
        QVERIFY2(messages.join(u'\n').contains(fragment),
            qPrintable(QStringLiteral("row %1: %2").arg(i).arg((e.key + e.value).join(u'\n'))));
        QVERIFY((where == u"key" ? e.value : e.key).isEmpty());
    }
    // the validator reports the same words for the same entry of a policy's labels
    if (!annotations && !expected.constFirst().isEmpty() && !keys.constFirst().isEmpty()
        && keys.count(keys.constFirst()) == 1) {
        CalicoPolicy p;
        p.kind = ResourceKind::GlobalNetworkPolicy;
        p.meta.name = QStringLiteral("p");
        p.tier = QStringLiteral("default");
        p.meta.labels.insert(keys.constFirst(), values.constFirst());
        const Diagnostics d = Validator().validate(Workspace(WorkspaceData {.policies = {p}}));
        const QStringList first = errors.constFirst().key + errors.constFirst().value;
        bool found = false;
        for (const Diagnostic &x : d)
            found = found
                || (x.path == QStringLiteral("metadata.labels.") + keys.constFirst()
                    && x.message == first.constFirst());
        QVERIFY2(found, qPrintable(dump(d)));
    }
}

void TestValidator::httpPath_data()
{
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("field"); // of the first error; "-" when valid
    QTest::addColumn<QString>("fragment");
    QTest::newRow("exact") << "/a"
                           << ""
                           << "-"
                           << "";
    QTest::newRow("prefix") << ""
                            << "/api/"
                            << "-"
                            << "";
    QTest::newRow("both") << "/a"
                          << "/b"
                          << ""
                          << "only one of exact and prefix";
    QTest::newRow("neither") << ""
                             << ""
                             << ""
                             << "needs exact or prefix";
    QTest::newRow("no slash") << ""
                              << "api"
                              << "prefix"
                              << "must start with '/'";
    QTest::newRow("query") << "/a?b"
                           << ""
                           << "exact"
                           << "no '?', '#' or space";
    QTest::newRow("space") << "/a b"
                           << ""
                           << "exact"
                           << "no '?', '#' or space";
    QTest::newRow("too long") << QString(u'/' + QString(1024, u'a')) << ""
                              << "exact"
                              << "longer than 1024";
}

void TestValidator::httpPath()
{
    QFETCH(QString, exact);
    QFETCH(QString, prefix);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    const QList<RuleValidator::HttpPathError> errors
        = RuleValidator::checkHttpPath(HttpPath {exact, prefix});
    if (field == u"-") {
        QVERIFY(errors.isEmpty());
        return;
    }
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().field, field);
    QVERIFY2(errors.first().message.contains(fragment), qPrintable(errors.first().message));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
