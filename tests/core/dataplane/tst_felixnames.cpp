// Felix names, hashes and mark bits against the values (docs/rendering.md: "Marks", "Names and
// hashes") marked as verified (Felix unit tests, a real FV iptables-save dump, public dumps).

#include <QCryptographicHash>
#include <QtTest>

#include "core/dataplane/felixnames.h"
#include "core/selector/ipsetname.h"
#include "core/selector/selector.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

class TestFelixNames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lengthLimited_data();
    void lengthLimited();
    void policyChainNames_data();
    void policyChainNames();
    void ruleHashes_data();
    void ruleHashes();
    void marks();
    void interfaceName();
    void ipsetNames();
    void commentEscaping();
};

void TestFelixNames::lengthLimited_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("expected");
    QTest::newRow("felix unit test") << u"cali-pi-"_s << u"gnp/long-policy-name-that-gets-hashed"_s
                                     << u"cali-pi-_PymyFHQQg3808jiz1OJ"_s;
    QTest::newRow("public dump: coredns sa profile")
        << u"cali-pro-"_s << u"ksa.kube-system.coredns"_s << u"cali-pro-_u2Tn2rSoAPffvE7JO6"_s;
    QTest::newRow("short gnp kept")
        << u"cali-pi-"_s << u"gnp/allow-dns"_s << u"cali-pi-gnp/allow-dns"_s;
    QTest::newRow("np example") << u"cali-pi-"_s << u"np/production/allow-tcp-8080"_s
                                << u"cali-pi-_Zoh-rJh7GXAsYEW25Z3"_s;
    QTest::newRow("knp example") << u"cali-po-"_s << u"knp/production/allow-tcp-8080"_s
                                 << u"cali-po-_XULDHihzdLJqqYnO10k"_s;
    QTest::newRow("ksa example") << u"cali-pri-"_s << u"ksa.production.default"_s
                                 << u"cali-pri-_aS7lq01Ta9F51MD38F"_s;
    QTest::newRow("kns example kept")
        << u"cali-pri-"_s << u"kns.production"_s << u"cali-pri-kns.production"_s;
    QTest::newRow("empty suffix") << u"cali-tw-"_s << QString() << u"cali-tw-_"_s;
}

void TestFelixNames::lengthLimited()
{
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    QFETCH(QString, expected);
    const QString got = lengthLimitedId(prefix, suffix, kIptablesMaxChainNameLength);
    QCOMPARE(got, expected);
    QVERIFY(got.size() <= kIptablesMaxChainNameLength);
}

void TestFelixNames::policyChainNames_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<int>("naming");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("np") << u"NetworkPolicy"_s << u"production"_s << u"allow-tcp-8080"_s
                        << u"default"_s << int(FelixNaming::Current)
                        << u"np/production/allow-tcp-8080"_s;
    QTest::newRow("gnp") << u"GlobalNetworkPolicy"_s << QString() << u"policy-1"_s << u"default"_s
                         << int(FelixNaming::Current) << u"gnp/policy-1"_s;
    QTest::newRow("knp") << u"KubernetesNetworkPolicy"_s << u"production"_s << u"allow-tcp-8080"_s
                         << u"default"_s << int(FelixNaming::Current)
                         << u"knp/production/allow-tcp-8080"_s;
    QTest::newRow("3.29 knp") << u"KubernetesNetworkPolicy"_s << u"production"_s
                              << u"allow-tcp-8080"_s << u"default"_s << int(FelixNaming::V3_29)
                              << u"default/production/knp.default.allow-tcp-8080"_s;
    QTest::newRow("3.29 np") << u"NetworkPolicy"_s << u"production"_s << u"allow-tcp-8080"_s
                             << u"default"_s << int(FelixNaming::V3_29)
                             << u"default/production/default.allow-tcp-8080"_s;
    QTest::newRow("3.29 gnp tiered")
        << u"GlobalNetworkPolicy"_s << QString() << u"security.block"_s << u"security"_s
        << int(FelixNaming::V3_29) << u"security/security.block"_s;
}

void TestFelixNames::policyChainNames()
{
    QFETCH(QString, kind);
    QFETCH(QString, ns);
    QFETCH(QString, name);
    QFETCH(QString, tier);
    QFETCH(int, naming);
    QFETCH(QString, suffix);
    QCOMPARE(policyChainSuffix(kind, ns, name, tier, FelixNaming(naming)), suffix);
}

void TestFelixNames::ruleHashes_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("hashes");
    QTest::newRow("INPUT hook") << u"INPUT"_s << QStringList {u"-A INPUT HASH --jump cali-INPUT"_s}
                                << QStringList {u"Cz_u1IQiXIMmKD4c"_s};
    QTest::newRow("FORWARD appends")
        << u"FORWARD*appends*"_s
        << QStringList {u"-A FORWARD*appends* HASH -m comment --comment \"Policy explicitly accepted packet.\" -m mark --mark 0x10000/0x10000 --jump ACCEPT"_s}
        << QStringList {u"S93hcgKJrXEqnTfs"_s};
}

void TestFelixNames::ruleHashes()
{
    QFETCH(QString, seed);
    QFETCH(QStringList, texts);
    QFETCH(QStringList, hashes);
    QCOMPARE(chainedRuleHashes(seed, texts), hashes);
}

void TestFelixNames::marks()
{
    const FelixMarks m = FelixMarks::allocate(0xffff0000);
    QCOMPARE(m.accept, 0x10000u);
    QCOMPARE(m.pass, 0x20000u);
    QCOMPARE(m.drop, 0x40000u);
    QCOMPARE(m.scratch0, 0x80000u);
    QCOMPARE(m.scratch1, 0x100000u);
    QCOMPARE(m.endpoint, 0xffe00000u);
    QCOMPARE(m.allCalicoMarkBits(), 0x1b0000u);
    QCOMPARE(m.allCalicoMarkBits() & ~m.accept, 0x1a0000u);
    const FelixMarks wg = FelixMarks::allocate(0xffff0000, true);
    QCOMPARE(wg.wireguard, 0x200000u);
    QCOMPARE(wg.endpoint, 0xffc00000u);
}

void TestFelixNames::interfaceName()
{
    const QByteArray hex = QCryptographicHash::hash("prod.web-0", QCryptographicHash::Sha1).toHex();
    const QString name = workloadInterfaceName(u"prod"_s, u"web-0"_s);
    QCOMPARE(name, u"cali"_s + QString::fromLatin1(hex.left(11)));
    QCOMPARE(name.size(), 15);
    QCOMPARE(endpointChainName(u"cali-tw-"_s, name), u"cali-tw-"_s + name);
}

void TestFelixNames::ipsetNames()
{
    const auto sel
        = Selector::parse(u"(projectcalico.org/namespace == 'production') && (app == 'client')");
    QVERIFY(sel);
    QCOMPARE(sel->canonical(),
        u"(projectcalico.org/namespace == \"production\" && app == \"client\")"_s);
    QCOMPARE(sel->uniqueId(), u"s:RDrtBbMvWik4OyKVxtwzhXk1xaFfqCYeyqnB3g"_s);
    QCOMPARE(selectorIpSetName(*sel, 4), u"cali40s:RDrtBbMvWik4OyKVxtwzhXk"_s);
    QCOMPARE(nftablesSetName(sel->uniqueId(), 4), u"cali40s-RDrtBbMvWik4OyKVxtwzhXk"_s);
    QCOMPARE(mainIpSetName(u"all-vxlan-net", 4), u"cali40all-vxlan-net"_s);
}

void TestFelixNames::commentEscaping()
{
    QCOMPARE(escapeComment(u"Policy explicitly accepted packet."_s),
        u"Policy explicitly accepted packet."_s);
    QCOMPARE(escapeComment(u"a\"b'c(d)é"_s), u"a_b_c_d__"_s);
    QCOMPARE(escapeComment(QString(300, u'x')).size(), 256);
}

QTEST_GUILESS_MAIN(TestFelixNames)
#include "tst_felixnames.moc"
