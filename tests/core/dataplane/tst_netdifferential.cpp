// Differential test of nets (issue 14, docs/net.md): for a table of tricky spellings and for
// nets generated from a fixed seed, every net the validator accepts must compile to the same IP
// family in the engine as the validator gave it, and the engine and the Felix renderer must
// agree on the network (the renderer's -s text in that family only, the engine's matching at
// the network's edges). A net the validator refuses may compile only where Calico's converter
// reads it too (a bare address, host bits); anything else must leave its rule matching nothing
// and unrendered in both families.

#include <QRandomGenerator>
#include <QTest>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/felixruleset.h"
#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/net/ipnetwork.h"
#include "core/validate/validator.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

// Spellings where Go's net package is easy to get wrong.
const QStringList kTricky = {
    u"10.0.0.0/8"_s,
    u"0.0.0.0/0"_s,
    u"10.0.0.0/08"_s,
    u"10.0.0.0/0000000008"_s,
    u"10.0.0.1/8"_s,
    u"10.0.0.1"_s,
    u"10.0.0.01/32"_s,
    u"010.0.0.0/8"_s,
    u"10.0.0.0/33"_s,
    u"10.0.0.0/-1"_s,
    u"10.0.0.0/+8"_s,
    u"10.0.0.0/8 "_s,
    u" 10.0.0.0/8"_s,
    u"10.0.0.0/8/9"_s,
    u"10.0.0/8"_s,
    u"256.0.0.0/8"_s,
    u"192.0.2.0/24x"_s,
    u"example.com"_s,
    u""_s,
    u"/24"_s,
    u"::/0"_s,
    u"0:0:0:0:0:0:0:0/0"_s,
    u"fd00::/8"_s,
    u"FD00:0000::/16"_s,
    u"fd00::1/64"_s,
    u"fd00::1"_s,
    u"fd00::/129"_s,
    u"fe80::/10"_s,
    u"fe80::%eth0/10"_s,
    u"fe80::1%eth0"_s,
    u"[fd00::]/8"_s,
    u"1::2::3/64"_s,
    u"12345::/16"_s,
    u"1:2:3:4:5:6:7:8/128"_s,
    u"1:2:3:4:5:6:7::8/128"_s,
    u"1:2:3:4:5:6:1.2.3.4/120"_s,
    u"::ffff:192.0.2.0/120"_s,
    u"::FFFF:192.0.2.0/120"_s,
    u"::ffff:c000:200/120"_s,
    u"0:0:0:0:0:ffff:192.0.2.0/120"_s,
    u"::ffff:192.0.2.1/120"_s,
    u"::ffff:192.0.2.9/128"_s,
    u"::ffff:192.0.2.9"_s,
    u"::ffff:0.0.0.0/96"_s,
    u"::ffff:0:0/96"_s,
    u"::ffff:192.0.2.0/96"_s,
    u"::ffff:0:0/95"_s,
    u"::ffff:192.0.2.0/64"_s,
    u"::ffff:192.0.2.0/129"_s,
    u"::ffff:01.2.3.4/128"_s,
    u"::192.0.2.0/120"_s,
    u"64:ff9b::192.0.2.0/120"_s,
    u"192.0.2.0/120"_s,
};

QString hexGroup(QRandomGenerator &rng, quint16 value)
{
    QString text = QString::number(value, 16);
    switch (rng.bounded(4)) {
    case 0:
        text = text.rightJustified(4, u'0'); // leading zeros in a group are fine
        break;
    case 1:
        text = text.toUpper();
        break;
    default:
        break;
    }
    return text;
}

QString dotted(quint32 v)
{
    return u"%1.%2.%3.%4"_s.arg(v >> 24).arg((v >> 16) & 0xff).arg((v >> 8) & 0xff).arg(v & 0xff);
}

// One generated net: IPv4, IPv6 (zero runs, full and compressed spellings), IPv4-mapped, with
// and without host bits, sometimes damaged so that it must be refused.
QString generatedNet(QRandomGenerator &rng)
{
    QString text;
    switch (rng.bounded(4)) {
    case 0: {
        const int length = int(rng.bounded(33));
        quint32 v = rng.generate();
        if (rng.bounded(2) && length < 32)
            v &= length == 0 ? 0U : ~0U << (32 - length);
        text = dotted(v) + u'/' + QString::number(length);
        break;
    }
    case 1: {
        std::array<quint16, 8> groups {};
        for (quint16 &g : groups)
            g = rng.bounded(3) == 0 ? 0 : quint16(rng.bounded(0x10000));
        const int length = int(rng.bounded(129));
        for (int bit = length; bit < 128; ++bit) {
            if (rng.bounded(2) == 0 || length % 2 == 0) // half of them without host bits
                groups[size_t(bit / 16)] &= quint16(~(0x8000 >> (bit % 16)));
        }
        QStringList parts;
        for (quint16 g : groups)
            parts.append(hexGroup(rng, g));
        text = parts.join(u':');
        if (rng.bounded(2)) {
            // Compress one run of zero groups by hand (not with the printer under test).
            const qsizetype start = rng.bounded(8);
            qsizetype end = start;
            while (end < 8 && groups[size_t(end)] == 0)
                ++end;
            if (end - start >= 1) {
                text = parts.mid(0, start).join(u':') + u"::"_s + parts.mid(end).join(u':');
            }
        }
        text += u'/' + QString::number(length);
        break;
    }
    case 2: {
        const int length = 80 + int(rng.bounded(49));
        const quint32 v = rng.generate();
        const QString tail = rng.bounded(2)
            ? dotted(v)
            : hexGroup(rng, quint16(v >> 16)) + u':' + hexGroup(rng, quint16(v));
        text = (rng.bounded(2) ? u"::ffff:"_s : u"0:0:0:0:0:FFFF:"_s) + tail + u'/'
            + QString::number(length);
        break;
    }
    default: {
        text = dotted(rng.generate()) + u'/' + QString::number(rng.bounded(40));
        break;
    }
    }
    if (rng.bounded(8) == 0) {
        // Damage: drop or duplicate a character, or add a zone or a space.
        const qsizetype at = rng.bounded(int(text.size()));
        switch (rng.bounded(4)) {
        case 0:
            text.remove(at, 1);
            break;
        case 1:
            text.insert(at, text[at]);
            break;
        case 2:
            text.insert(text.indexOf(u'/') < 0 ? text.size() : text.indexOf(u'/'), u"%eth0"_s);
            break;
        default:
            text.append(u' ');
            break;
        }
    }
    return text;
}

QString quotedYaml(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

// A workspace with one pod on node-a (both families) and one GNP "nets" whose ingress rule i
// allows source.nets [nets[i]], with `ipVersionLine` in every rule.
QByteArray workspaceYaml(const QStringList &nets, const QString &ipVersionLine)
{
    QString yaml = uR"(apiVersion: v1
kind: Pod
metadata: {name: web-0, namespace: default, labels: {app: web}}
spec: {nodeName: node-a, containers: [{name: main, image: web}]}
status:
  podIP: 10.1.0.10
  podIPs: [{ip: 10.1.0.10}, {ip: 'fd00:1::10'}]
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: nets}
spec:
  selector: app == 'web'
  types: [Ingress]
  ingress:
)"_s;
    for (const QString &net : nets) {
        yaml += u"  - action: Allow\n"_s;
        if (!ipVersionLine.isEmpty())
            yaml += u"    "_s + ipVersionLine + u'\n';
        yaml += u"    source: {nets: ["_s + quotedYaml(net) + u"]}\n"_s;
    }
    return yaml.toUtf8();
}

struct Validated {
    QList<bool> accepted; // no error about the rule
    QList<bool> familyError; // an "ipVersion is N but ..." error on the rule's nets
};

Validated validate(const QStringList &nets, const QString &ipVersionLine)
{
    const LoadResult loaded = Loader().loadText(workspaceYaml(nets, ipVersionLine), u"nets.yaml"_s);
    Validated out;
    out.accepted = QList<bool>(nets.size(), true);
    out.familyError = QList<bool>(nets.size(), false);
    for (const Diagnostic &d : loaded.diagnostics + Validator().validate(loaded.workspace)) {
        if (d.severity != Severity::Error)
            continue;
        const qsizetype open = d.path.indexOf(u"spec.ingress["_s);
        if (open != 0)
            continue;
        const qsizetype close = d.path.indexOf(u']');
        const int index = d.path.mid(13, close - 13).toInt();
        if (index < 0 || index >= nets.size())
            continue;
        out.accepted[index] = false;
        if (d.message.contains(u"ipVersion is"_s))
            out.familyError[index] = true;
    }
    return out;
}

// The text of every -s criterion the renderer wrote for rule `index` of the GNP.
QStringList renderedSourceNets(const FelixRuleset &ruleset, int index, bool *anyRule)
{
    QStringList out;
    *anyRule = false;
    for (const FelixChain &chain : ruleset.chains) {
        for (const FelixRule &rule : chain.rules) {
            if (rule.origin.kind != RuleOrigin::Kind::Policy || rule.origin.name != u"nets"
                || rule.origin.ruleIndex != index)
                continue;
            *anyRule = true;
            for (const MatchCriterion &m : rule.match) {
                if (m.kind == MatchCriterion::Kind::SourceNet)
                    out.append(m.text);
            }
        }
    }
    return out;
}

IpAddress lastAddress(const IpNetwork &net)
{
    const int hostBits = net.networkAddress().bitLength() - net.prefixLength();
    quint64 hi = net.networkAddress().hi();
    quint64 lo = net.networkAddress().lo();
    for (int bit = 0; bit < hostBits; ++bit) {
        if (bit < 64)
            lo |= quint64(1) << bit;
        else
            hi |= quint64(1) << (bit - 64);
    }
    return IpAddress::v6(hi, lo);
}

// The address `delta` (+1 or -1) away in the same family, or nullopt past the family's edge.
std::optional<IpAddress> step(const IpAddress &a, int delta)
{
    quint64 hi = a.hi();
    quint64 lo = a.lo();
    if (a.family() == 4) {
        const quint32 v = a.v4Value();
        if ((delta < 0 && v == 0) || (delta > 0 && v == 0xffffffffU))
            return std::nullopt;
        return IpAddress::v4(delta < 0 ? v - 1 : v + 1);
    }
    if (delta > 0) {
        if (hi == ~0ULL && lo == ~0ULL)
            return std::nullopt;
        if (++lo == 0)
            ++hi;
    } else {
        if (hi == 0 && lo == 0)
            return std::nullopt;
        if (lo-- == 0)
            --hi;
    }
    const IpAddress out = IpAddress::v6(hi, lo);
    if (out.family() != 6)
        return std::nullopt; // stepped into the IPv4-mapped range: another family
    return out;
}

} // namespace

class TestNetDifferential : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validatorEngineAndRendererAgree_data();
    void validatorEngineAndRendererAgree();
};

void TestNetDifferential::validatorEngineAndRendererAgree_data()
{
    QTest::addColumn<QStringList>("nets");
    QTest::newRow("tricky spellings") << kTricky;
    QRandomGenerator rng(14); // fixed: the same nets on every run
    for (int block = 0; block < 4; ++block) {
        QStringList nets;
        for (int i = 0; i < 150; ++i)
            nets.append(generatedNet(rng));
        QTest::addRow("generated %d", block) << nets;
    }
}

void TestNetDifferential::validatorEngineAndRendererAgree()
{
    QFETCH(QStringList, nets);
    const Validated plain = validate(nets, QString());
    const Validated as4 = validate(nets, u"ipVersion: 4"_s);
    const Validated as6 = validate(nets, u"ipVersion: 6"_s);

    const LoadResult loaded = Loader().loadText(workspaceYaml(nets, QString()), u"nets.yaml"_s);
    // Every net compiled, those validation refuses included (no admission): what the engine
    // and the renderer make of each is what is compared.
    const PolicyEngine engine(loaded.workspace, Diagnostics {});
    const CompiledPolicy *policy = nullptr;
    for (const CompiledPolicy &p : engine.policies()) {
        if (p.displayName == u"nets")
            policy = &p;
    }
    QVERIFY(policy);
    QCOMPARE(policy->ingress.size(), nets.size());
    RenderOptions v4;
    RenderOptions v6;
    v6.ipVersion = 6;
    const FelixRuleset rendered4 = renderNode(engine, u"node-a"_s, v4);
    const FelixRuleset rendered6 = renderNode(engine, u"node-a"_s, v6);

    int accepted = 0;
    int refusedButRead = 0;
    int untranslatable = 0;
    QStringList problems;
    for (qsizetype i = 0; i < nets.size(); ++i) {
        const QString what = u"nets[%1] '%2'"_s.arg(i).arg(nets[i]);
        const CompiledRule &rule = policy->ingress[i];
        bool any4 = false;
        bool any6 = false;
        const QStringList texts4 = renderedSourceNets(rendered4, int(i), &any4);
        const QStringList texts6 = renderedSourceNets(rendered6, int(i), &any6);

        if (!rule.translatable()) {
            ++untranslatable;
            if (plain.accepted[i])
                problems.append(what + u": the validator accepts it, the engine cannot read it"_s);
            if (any4 || any6)
                problems.append(what + u": unreadable, yet the renderer wrote a rule for it"_s);
            for (const char *address : {"192.0.2.1", "10.1.0.10", "fd00::1", "198.51.100.1"}) {
                const IpAddress a = *IpAddress::parse(QString::fromLatin1(address));
                Packet pkt;
                pkt.family = a.family();
                pkt.source.address = a;
                if (engine.ruleMatches(rule, pkt))
                    problems.append(what + u": unreadable, yet the rule matches "_s + a.toString());
            }
            continue;
        }
        if (rule.source.nets.size() != 1) {
            problems.append(what + u": compiled to %1 nets"_s.arg(rule.source.nets.size()));
            continue;
        }
        const IpNetwork net = rule.source.nets.first();
        if (plain.accepted[i]) {
            ++accepted;
            // The validator's family shows in which ipVersion it refuses.
            const int validatorFamily = as4.familyError[i] && !as6.familyError[i] ? 6
                : as6.familyError[i] && !as4.familyError[i]                       ? 4
                                                                                  : 0;
            if (validatorFamily != net.family())
                problems.append(what
                    + u": the validator says IPv%1, the engine IPv%2"_s.arg(validatorFamily)
                          .arg(net.family()));
        } else {
            ++refusedButRead;
            // Only where Calico's converter (ParseCIDROrIP) reads it too.
            if (!IpNetwork::parseCidrOrIp(nets[i]))
                problems.append(what + u": refused and unreadable for Calico, compiled anyway"_s);
        }
        // The renderer: the engine's network, in its family's ruleset only.
        const QStringList &own = net.family() == 4 ? texts4 : texts6;
        const bool otherAny = net.family() == 4 ? any6 : any4;
        if (own != QStringList {net.toString()})
            problems.append(what
                + u": engine %1, renderer IPv%2 wrote [%3]"_s.arg(net.toString())
                      .arg(net.family())
                      .arg(own.join(u", "_s)));
        if (otherAny)
            problems.append(what + u": rendered for the other IP version too"_s);
        // The engine's matching at the edges of the range.
        const IpAddress first = net.networkAddress();
        const IpAddress last = lastAddress(net);
        const auto matches = [&](const IpAddress &a) {
            Packet pkt;
            pkt.family = a.family();
            pkt.source.address = a;
            return engine.ruleMatches(rule, pkt);
        };
        // An IPv6 network reaching into ::ffff:0:0/96 ends in IPv4 addresses: those belong to the
        // other family (as for Go's IPNet.Contains), so only same-family edges are probed.
        for (const IpAddress &edge : {first, last}) {
            if (edge.family() == net.family() && !matches(edge))
                problems.append(what + u": the engine does not match "_s + edge.toString());
        }
        for (const auto &outside : {step(first, -1), step(last, +1)}) {
            if (outside && outside->family() == net.family() && matches(*outside))
                problems.append(what
                    + u": the engine matches %1, outside %2"_s.arg(
                        outside->toString(), net.toString()));
        }
        const IpAddress otherFamily
            = *IpAddress::parse(net.family() == 4 ? u"fd00::1"_s : u"192.0.2.1"_s);
        if (matches(otherFamily))
            problems.append(what + u": the engine matches the other family"_s);
    }
    qInfo("%d accepted, %d refused but read as Calico's converter does, %d unreadable", accepted,
        refusedButRead, untranslatable);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(accepted > 0);
}

QTEST_GUILESS_MAIN(TestNetDifferential)
#include "tst_netdifferential.moc"
