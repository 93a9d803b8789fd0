// The protocol table against Calico's facts: numorstring's names and SupportsPorts, the v3
// validator's protocol checks and Felix's implied IP version.

#include <QTest>

#include "core/model/protocol.h"

using namespace ps;

class TestProtocol : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void facts_data();
    void facts();
    void parseUserText_data();
    void parseUserText();
    void policyField_data();
    void policyField();
    void namedPortProtocol_data();
    void namedPortProtocol();
    void kubernetesDefault();
};

void TestProtocol::facts_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("iptablesName");
    QTest::addColumn<bool>("rulePorts");
    QTest::addColumn<bool>("packetPorts");
    QTest::addColumn<int>("icmpFamily");
    QTest::newRow("TCP") << 6 << "TCP"
                         << "tcp" << true << true << 0;
    QTest::newRow("UDP") << 17 << "UDP"
                         << "udp" << true << true << 0;
    QTest::newRow("ICMP") << 1 << "ICMP"
                          << "icmp" << false << false << 4;
    QTest::newRow("ICMPv6") << 58 << "ICMPv6"
                            << "icmpv6" << false << false << 6;
    QTest::newRow("SCTP") << 132 << "SCTP"
                          << "sctp" << true << true << 0;
    QTest::newRow("UDPLite") << 136 << "UDPLite"
                             << "udplite" << false << true << 0;
    QTest::newRow("GRE has no name") << 47 << "47"
                                     << "47" << false << false << 0;
}

void TestProtocol::facts()
{
    QFETCH(int, number);
    QFETCH(QString, name);
    QFETCH(QString, iptablesName);
    QFETCH(bool, rulePorts);
    QFETCH(bool, packetPorts);
    QFETCH(int, icmpFamily);
    QCOMPARE(protocolDisplayName(number), name);
    QCOMPARE(protocolIptablesName(number), iptablesName);
    QCOMPARE(protocolAllowsRulePorts(number), rulePorts);
    QCOMPARE(protocolCarriesPorts(number), packetPorts);
    QCOMPARE(protocolIcmpFamily(number), icmpFamily);
    QCOMPARE(protocolFacts(number) != nullptr, knownProtocolNames().contains(name));
    // The name and the number say the same in a policy.
    const Protocol byNumber = Protocol::fromNumber(number);
    QCOMPARE(byNumber.supportsPorts(), rulePorts);
    QCOMPARE(byNumber.isIcmpV4(), icmpFamily == 4);
    QCOMPARE(byNumber.isIcmpV6(), icmpFamily == 6);
    if (protocolFacts(number)) {
        const Protocol byName = Protocol::fromString(name);
        QVERIFY(!byName.isNumber());
        QCOMPARE(byName.toNumber(), std::optional<int>(number));
        QCOMPARE(byName.supportsPorts(), rulePorts);
        // Felix's rule conversion: only the name implies a family.
        QCOMPARE(byName.impliedIpVersion(), icmpFamily);
        QCOMPARE(byNumber.impliedIpVersion(), 0);
    }
}

void TestProtocol::parseUserText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<int>>("number");
    QTest::newRow("name") << "TCP" << std::optional<int>(6);
    QTest::newRow("any case") << "udplite" << std::optional<int>(136);
    QTest::newRow("icmpv6") << "ICMPV6" << std::optional<int>(58);
    QTest::newRow("number") << "47" << std::optional<int>(47);
    QTest::newRow("zero") << "0" << std::optional<int>();
    QTest::newRow("too big") << "256" << std::optional<int>();
    QTest::newRow("unknown name") << "TPC" << std::optional<int>();
    QTest::newRow("empty") << "" << std::optional<int>();
}

void TestProtocol::parseUserText()
{
    QFETCH(QString, text);
    QFETCH(std::optional<int>, number);
    QCOMPARE(parseProtocolNumber(text), number);
}

void TestProtocol::policyField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isNumber");
    QTest::addColumn<bool>("valid");
    QTest::newRow("exact name") << "ICMPv6" << false << true;
    // numorstring keeps a wrongly cased name; the validator's protocolRegex refuses it.
    QTest::newRow("lower case") << "tcp" << false << false;
    QTest::newRow("number text") << "17" << true << true;
    QTest::newRow("zero") << "0" << true << false;
    QTest::newRow("255") << "255" << true << true;
    QTest::newRow("256 is a name") << "256" << false << false;
    QTest::newRow("plus sign") << "+6" << false << false;
}

void TestProtocol::policyField()
{
    QFETCH(QString, text);
    QFETCH(bool, isNumber);
    QFETCH(bool, valid);
    const Protocol p = Protocol::fromString(text);
    QCOMPARE(p.isNumber(), isNumber);
    QCOMPARE(p.isValid(), valid);
    QCOMPARE(p.toString(), text);
}

void TestProtocol::namedPortProtocol_data()
{
    QTest::addColumn<std::optional<int>>("rule");
    QTest::addColumn<int>("set");
    QTest::newRow("no protocol") << std::optional<int>() << 6;
    QTest::newRow("TCP") << std::optional<int>(6) << 6;
    QTest::newRow("UDP") << std::optional<int>(17) << 17;
    QTest::newRow("SCTP") << std::optional<int>(132) << 132;
    QTest::newRow("UDPLite") << std::optional<int>(136) << 6;
}

void TestProtocol::namedPortProtocol()
{
    QFETCH(std::optional<int>, rule);
    QFETCH(int, set);
    QCOMPARE(ps::namedPortProtocol(rule), set);
}

void TestProtocol::kubernetesDefault()
{
    QCOMPARE(kubernetesPortProtocol(QString()), QStringLiteral("TCP"));
    QCOMPARE(kubernetesPortProtocol(QStringLiteral("SCTP")), QStringLiteral("SCTP"));
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
