// core/net: addresses and networks read and printed as Go's net package does (docs/net.md).
#include <QTest>

#include "core/net/ipaddress.h"
#include "core/net/ipnetwork.h"

using namespace ps;
using namespace Qt::StringLiterals;

class TestNet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addresses_data();
    void addresses();
    void mappedIsTheIpv4Address();
    void masking_data();
    void masking();
    void cidrs_data();
    void cidrs();
    void cidrOrIp_data();
    void cidrOrIp();
    void containsAddress_data();
    void containsAddress();
    void containsNetwork_data();
    void containsNetwork();
};

void TestNet::addresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed"); // empty: refused
    QTest::addColumn<int>("family");

    QTest::newRow("v4") << u"192.168.0.1"_s << u"192.168.0.1"_s << 4;
    QTest::newRow("v4 zero") << u"0.0.0.0"_s << u"0.0.0.0"_s << 4;
    QTest::newRow("v4 leading zero") << u"10.0.0.01"_s << QString() << 0;
    QTest::newRow("v4 octal-looking") << u"010.0.0.1"_s << QString() << 0;
    QTest::newRow("v4 256") << u"10.0.0.256"_s << QString() << 0;
    QTest::newRow("v4 three fields") << u"10.0.0"_s << QString() << 0;
    QTest::newRow("v4 five fields") << u"10.0.0.0.1"_s << QString() << 0;
    QTest::newRow("v4 empty field") << u"10..0.1"_s << QString() << 0;
    QTest::newRow("v4 trailing dot") << u"1.2.3.4."_s << QString() << 0;
    QTest::newRow("v4 leading dot") << u".1.2.3.4"_s << QString() << 0;
    QTest::newRow("v4 leading space") << u" 1.2.3.4"_s << QString() << 0;
    QTest::newRow("v4 trailing space") << u"1.2.3.4 "_s << QString() << 0;
    QTest::newRow("v4 with port") << u"1.2.3.4:80"_s << QString() << 0;
    QTest::newRow("v6 loopback") << u"::1"_s << u"::1"_s << 6;
    QTest::newRow("v6 any") << u"::"_s << u"::"_s << 6;
    QTest::newRow("v6 upper case") << u"FD00::ABCD"_s << u"fd00::abcd"_s << 6;
    QTest::newRow("v6 full") << u"2001:0db8:0000:0000:0000:0000:0000:0001"_s << u"2001:db8::1"_s
                             << 6;
    QTest::newRow("v6 longest run") << u"1:0:0:2:0:0:0:3"_s << u"1:0:0:2::3"_s << 6;
    QTest::newRow("v6 first of equal runs") << u"1:0:0:2:0:0:3:4"_s << u"1::2:0:0:3:4"_s << 6;
    QTest::newRow("v6 single zero not compressed")
        << u"1:2:3:4:5:6:0:8"_s << u"1:2:3:4:5:6:0:8"_s << 6;
    QTest::newRow("v6 trailing ellipsis") << u"fe80::"_s << u"fe80::"_s << 6;
    QTest::newRow("v6 dotted tail") << u"1:2:3:4:5:6:1.2.3.4"_s << u"1:2:3:4:5:6:102:304"_s << 6;
    QTest::newRow("v6 dotted tail too late") << u"1:2:3:4:5:6:7:1.2.3.4"_s << QString() << 0;
    QTest::newRow("v6 dotted tail too early") << u"1:2:3:4:5:1.2.3.4"_s << QString() << 0;
    QTest::newRow("v4-compatible stays v6") << u"::192.0.2.1"_s << u"::c000:201"_s << 6;
    QTest::newRow("NAT64 stays v6") << u"64:ff9b::192.0.2.1"_s << u"64:ff9b::c000:201"_s << 6;
    QTest::newRow("v4-mapped dotted") << u"::ffff:1.2.3.4"_s << u"1.2.3.4"_s << 4;
    QTest::newRow("v4-mapped hex") << u"::ffff:c000:201"_s << u"192.0.2.1"_s << 4;
    QTest::newRow("v4-mapped long") << u"0:0:0:0:0:ffff:192.0.2.1"_s << u"192.0.2.1"_s << 4;
    QTest::newRow("v4-mapped leading zero") << u"::ffff:01.2.3.4"_s << QString() << 0;
    QTest::newRow("v4-mapped short") << u"::ffff:1.2.3"_s << QString() << 0;
    QTest::newRow("v6 two ellipses") << u"1::2::3"_s << QString() << 0;
    QTest::newRow("v6 group too long") << u"12345::1"_s << QString() << 0;
    QTest::newRow("v6 too short") << u"1:2:3"_s << QString() << 0;
    QTest::newRow("v6 too long") << u"1:2:3:4:5:6:7:8:9"_s << QString() << 0;
    QTest::newRow("v6 ellipsis for nothing") << u"1:2:3:4:5:6:7::8"_s << QString() << 0;
    QTest::newRow("v6 trailing colon") << u"1::2:"_s << QString() << 0;
    QTest::newRow("v6 leading colon") << u":1::2"_s << QString() << 0;
    QTest::newRow("v6 zone") << u"fe80::1%eth0"_s << QString() << 0;
    QTest::newRow("v6 empty zone") << u"fe80::1%"_s << QString() << 0;
    QTest::newRow("zone only") << u"%eth0"_s << QString() << 0;
    QTest::newRow("v6 brackets") << u"[::1]"_s << QString() << 0;
    QTest::newRow("empty") << QString() << QString() << 0;
    QTest::newRow("name") << u"localhost"_s << QString() << 0;
}

void TestNet::addresses()
{
    QFETCH(QString, text);
    QFETCH(QString, printed);
    QFETCH(int, family);
    const auto ip = IpAddress::parse(text);
    QCOMPARE(ip.has_value(), !printed.isEmpty());
    if (!ip)
        return;
    QCOMPARE(ip->toString(), printed);
    QCOMPARE(ip->family(), family);
    QCOMPARE(ip->bitLength(), family == 4 ? 32 : 128);
    // What it prints reads back as the same address.
    QCOMPARE(IpAddress::parse(ip->toString()), ip);
}

void TestNet::mappedIsTheIpv4Address()
{
    const auto plain = IpAddress::parse(u"192.0.2.1");
    const auto mapped = IpAddress::parse(u"::ffff:192.0.2.1");
    QVERIFY(plain && mapped);
    QCOMPARE(*mapped, *plain);
    QCOMPARE(qHash(*mapped), qHash(*plain));
    QCOMPARE(plain->v4Value(), 0xc0000201U);
    QCOMPARE(IpAddress::v4(0xc0000201U), *plain);
    // The 128-bit form of an IPv4 address is the mapped one, as Go's To16() gives it.
    QCOMPARE(plain->hi(), quint64(0));
    QCOMPARE(plain->lo(), quint64(0xffffc0000201ULL));
    QCOMPARE(IpAddress::v6(0, 0xffffc0000201ULL), *plain);
    QCOMPARE(IpAddress::v6(0, 0xfffec0000201ULL).family(), 6);
    QVERIFY(IpAddress::parse(u"0.0.0.0")->isUnspecified());
    QVERIFY(IpAddress::parse(u"::")->isUnspecified());
    QVERIFY(!IpAddress::parse(u"::ffff:0:1")->isUnspecified());
    QVERIFY(!IpAddress().isValid());
    QCOMPARE(IpAddress().toString(), QString());
}

void TestNet::masking_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<QString>("masked");
    QTest::newRow("v4 /0") << u"255.255.255.255"_s << 0 << u"0.0.0.0"_s;
    QTest::newRow("v4 /1") << u"255.255.255.255"_s << 1 << u"128.0.0.0"_s;
    QTest::newRow("v4 /13") << u"10.255.1.1"_s << 13 << u"10.248.0.0"_s;
    QTest::newRow("v4 /32") << u"10.255.1.1"_s << 32 << u"10.255.1.1"_s;
    QTest::newRow("v6 /0") << u"ffff::1"_s << 0 << u"::"_s;
    QTest::newRow("v6 /63") << u"1:2:3:ffff:5::1"_s << 63 << u"1:2:3:fffe::"_s;
    QTest::newRow("v6 /64") << u"1:2:3:4:5::1"_s << 64 << u"1:2:3:4::"_s;
    QTest::newRow("v6 /65") << u"1:2:3:4:ffff::1"_s << 65 << u"1:2:3:4:8000::"_s;
    QTest::newRow("v6 /127") << u"::3"_s << 127 << u"::2"_s;
    QTest::newRow("v6 /128") << u"::3"_s << 128 << u"::3"_s;
}

void TestNet::masking()
{
    QFETCH(QString, address);
    QFETCH(int, prefix);
    QFETCH(QString, masked);
    const IpAddress ip = *IpAddress::parse(address);
    QCOMPARE(ip.masked(prefix).toString(), masked);
    QCOMPARE(ip.hasBitsAfter(prefix), masked != address);
}

void TestNet::cidrs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("network"); // empty: refused
    QTest::addColumn<int>("family");
    QTest::addColumn<bool>("hostBits");

    QTest::newRow("v4") << u"10.0.0.0/8"_s << u"10.0.0.0/8"_s << 4 << false;
    QTest::newRow("v4 host bits") << u"10.1.2.3/16"_s << u"10.1.0.0/16"_s << 4 << true;
    QTest::newRow("v4 /0 with bits") << u"1.2.3.4/0"_s << u"0.0.0.0/0"_s << 4 << true;
    QTest::newRow("v4 /32") << u"1.2.3.4/32"_s << u"1.2.3.4/32"_s << 4 << false;
    QTest::newRow("v4 length with leading zero")
        << u"10.0.0.0/08"_s << u"10.0.0.0/8"_s << 4 << false;
    QTest::newRow("v4 length with many zeros")
        << u"10.0.0.0/0000000008"_s << u"10.0.0.0/8"_s << 4 << false;
    QTest::newRow("v4 /33") << u"1.2.3.4/33"_s << QString() << 0 << false;
    QTest::newRow("v4 huge length") << u"1.2.3.4/16777215"_s << QString() << 0 << false;
    QTest::newRow("v4 no length") << u"1.2.3.4/"_s << QString() << 0 << false;
    QTest::newRow("v4 no address") << u"/8"_s << QString() << 0 << false;
    QTest::newRow("v4 sign") << u"1.2.3.4/+8"_s << QString() << 0 << false;
    QTest::newRow("v4 negative") << u"1.2.3.4/-1"_s << QString() << 0 << false;
    QTest::newRow("v4 space") << u"1.2.3.4/8 "_s << QString() << 0 << false;
    QTest::newRow("v4 two slashes") << u"10.0.0.0/8/9"_s << QString() << 0 << false;
    QTest::newRow("v4 bare") << u"1.2.3.4"_s << QString() << 0 << false;
    QTest::newRow("v4 leading zero") << u"10.0.0.00/8"_s << QString() << 0 << false;
    QTest::newRow("v6") << u"fd00:1::/32"_s << u"fd00:1::/32"_s << 6 << false;
    QTest::newRow("v6 host bits") << u"fd00::1/64"_s << u"fd00::/64"_s << 6 << true;
    QTest::newRow("v6 /0") << u"::/0"_s << u"::/0"_s << 6 << false;
    QTest::newRow("v6 /129") << u"::/129"_s << QString() << 0 << false;
    QTest::newRow("v6 odd prefix") << u"ffff::/3"_s << u"e000::/3"_s << 6 << true;
    QTest::newRow("v6 zone") << u"fe80::%eth0/10"_s << QString() << 0 << false;
    QTest::newRow("v6 zone after length") << u"fe80::/10%eth0"_s << QString() << 0 << false;
    QTest::newRow("v4-compatible") << u"::192.0.2.0/120"_s << u"::c000:200/120"_s << 6 << false;
    // IPv4-mapped text: 128-bit lengths, and an IPv4 network once the ::ffff: prefix is kept.
    QTest::newRow("mapped /120") << u"::ffff:192.0.2.0/120"_s << u"192.0.2.0/24"_s << 4 << false;
    QTest::newRow("mapped /120 host bits")
        << u"::ffff:192.0.2.1/120"_s << u"192.0.2.0/24"_s << 4 << true;
    QTest::newRow("mapped /128") << u"::ffff:192.0.2.9/128"_s << u"192.0.2.9/32"_s << 4 << false;
    QTest::newRow("mapped hex /112") << u"::ffff:c000:0/112"_s << u"192.0.0.0/16"_s << 4 << false;
    QTest::newRow("mapped /96 is 0.0.0.0/0")
        << u"::ffff:0.0.0.0/96"_s << u"0.0.0.0/0"_s << 4 << false;
    QTest::newRow("mapped /96 host bits")
        << u"::ffff:192.0.2.0/96"_s << u"0.0.0.0/0"_s << 4 << true;
    QTest::newRow("mapped /95 is IPv6") << u"::ffff:0:0/95"_s << u"::fffe:0:0/95"_s << 6 << true;
    QTest::newRow("mapped /64 is IPv6") << u"::ffff:192.0.2.0/64"_s << u"::/64"_s << 6 << true;
    QTest::newRow("mapped /129") << u"::ffff:192.0.2.0/129"_s << QString() << 0 << false;
    QTest::newRow("dotted /120") << u"192.0.2.0/120"_s << QString() << 0 << false;
}

void TestNet::cidrs()
{
    QFETCH(QString, text);
    QFETCH(QString, network);
    QFETCH(int, family);
    QFETCH(bool, hostBits);
    const auto net = IpNetwork::parseCidr(text);
    QCOMPARE(net.has_value(), !network.isEmpty());
    if (!net)
        return;
    QCOMPARE(net->toString(), network);
    QCOMPARE(net->family(), family);
    QCOMPARE(net->hasHostBits(), hostBits);
    QCOMPARE(net->network().toString(), network);
    QVERIFY(!net->network().hasHostBits());
    QCOMPARE(net->network().address(), net->networkAddress());
    QVERIFY(net->contains(net->networkAddress()));
    // Go's IPNet.String() reads back as the same network.
    QCOMPARE(IpNetwork::parseCidr(net->toString()), net->network());
    QCOMPARE(net->isCatchAll(), net->prefixLength() == 0);
}

void TestNet::cidrOrIp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("network"); // empty: refused
    QTest::addColumn<int>("family");

    QTest::newRow("v4 address") << u"10.0.0.1"_s << u"10.0.0.1/32"_s << 4;
    QTest::newRow("v6 address") << u"fd00::1"_s << u"fd00::1/128"_s << 6;
    QTest::newRow("mapped address") << u"::ffff:10.0.0.1"_s << u"10.0.0.1/32"_s << 4;
    QTest::newRow("cidr") << u"10.0.0.0/8"_s << u"10.0.0.0/8"_s << 4;
    QTest::newRow("cidr host bits") << u"10.0.0.1/8"_s << u"10.0.0.0/8"_s << 4;
    QTest::newRow("two slashes") << u"10.0.0.0/8/9"_s << QString() << 0;
    QTest::newRow("zone") << u"fe80::1%eth0"_s << QString() << 0;
    QTest::newRow("empty") << QString() << QString() << 0;
    QTest::newRow("space") << u" 10.0.0.1"_s << QString() << 0;
}

void TestNet::cidrOrIp()
{
    QFETCH(QString, text);
    QFETCH(QString, network);
    QFETCH(int, family);
    const auto net = IpNetwork::parseCidrOrIp(text);
    QCOMPARE(net.has_value(), !network.isEmpty());
    if (!net)
        return;
    QCOMPARE(net->toString(), network);
    QCOMPARE(net->family(), family);
}

void TestNet::containsAddress_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("inside");
    QTest::newRow("v4 in") << u"10.1.2.3/8"_s << u"10.255.0.1"_s << true;
    QTest::newRow("v4 out") << u"10.1.2.3/8"_s << u"11.0.0.1"_s << false;
    QTest::newRow("v4 /0") << u"0.0.0.0/0"_s << u"198.51.100.1"_s << true;
    QTest::newRow("v6 /0 has no v4") << u"::/0"_s << u"1.2.3.4"_s << false;
    QTest::newRow("v6 /0 has no mapped v4") << u"::/0"_s << u"::ffff:1.2.3.4"_s << false;
    QTest::newRow("v4 /0 has no v6") << u"0.0.0.0/0"_s << u"fd00::1"_s << false;
    QTest::newRow("v6 in") << u"::/0"_s << u"fd00::1"_s << true;
    QTest::newRow("mapped net, plain address")
        << u"::ffff:192.0.2.0/120"_s << u"192.0.2.77"_s << true;
    QTest::newRow("mapped net, outside") << u"::ffff:192.0.2.0/120"_s << u"198.51.100.1"_s << false;
    QTest::newRow("plain net, mapped address")
        << u"192.0.2.0/24"_s << u"::ffff:192.0.2.5"_s << true;
    QTest::newRow("mapped /64 holds v6 only") << u"::ffff:0.0.0.0/64"_s << u"::1"_s << true;
    QTest::newRow("mapped /64 holds no v4") << u"::ffff:0.0.0.0/64"_s << u"1.2.3.4"_s << false;
}

void TestNet::containsAddress()
{
    QFETCH(QString, network);
    QFETCH(QString, address);
    QFETCH(bool, inside);
    const auto net = IpNetwork::parseCidr(network);
    const auto ip = IpAddress::parse(address);
    QVERIFY(net && ip);
    QCOMPARE(net->contains(*ip), inside);
}

void TestNet::containsNetwork_data()
{
    QTest::addColumn<QString>("outer");
    QTest::addColumn<QString>("inner");
    QTest::addColumn<bool>("inside");
    QTest::newRow("same") << u"10.0.0.0/8"_s << u"10.0.0.0/8"_s << true;
    QTest::newRow("smaller") << u"10.0.0.0/8"_s << u"10.9.0.0/16"_s << true;
    QTest::newRow("larger") << u"10.9.0.0/16"_s << u"10.0.0.0/8"_s << false;
    QTest::newRow("beside") << u"10.0.0.0/8"_s << u"11.0.0.0/16"_s << false;
    QTest::newRow("other family") << u"::/0"_s << u"10.0.0.0/8"_s << false;
    QTest::newRow("mapped inner") << u"192.0.0.0/16"_s << u"::ffff:192.0.2.0/120"_s << true;
}

void TestNet::containsNetwork()
{
    QFETCH(QString, outer);
    QFETCH(QString, inner);
    QFETCH(bool, inside);
    const auto a = IpNetwork::parseCidr(outer);
    const auto b = IpNetwork::parseCidr(inner);
    QVERIFY(a && b);
    QCOMPARE(a->contains(*b), inside);
}

QTEST_GUILESS_MAIN(TestNet)
#include "tst_net.moc"
