// The placement forecast's pods on a dual-stack cluster: each placed pod gets an address of each
// family the node's pod CIDRs and the IP pools have, so an IPv6 render counts them (IP set
// members of the IPv6 sets) like the IPv4 one; an IPv6-only cluster places pods too.

#include <QTest>

#include "core/dataplane/placementforecast.h"
#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/report/costreport.h"
#include "tests/support/forecastcluster.h"

using namespace Qt::Literals::StringLiterals;
using namespace ps;

class TestPlacementForecast : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addressesOfEachFamily_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("ipVersion");
        QTest::addColumn<int>("newMembers"); // per placed pod, in the render's family
        const QByteArray dual = test::forecastCluster(
            "[10.244.1.0/24, fd00:10:244:1::/64]", "[{ip: 10.244.1.5}, {ip: 'fd00:10:244:1::5'}]");
        const QByteArray v4 = test::forecastCluster("[10.244.1.0/24]", "[{ip: 10.244.1.5}]");
        const QByteArray v6
            = test::forecastCluster("['fd00:10:244:1::/64']", "[{ip: 'fd00:10:244:1::5'}]");
        QTest::newRow("dual-stack, IPv4 render") << dual << 4 << 1;
        QTest::newRow("dual-stack, IPv6 render") << dual << 6 << 1;
        QTest::newRow("IPv4 only, IPv6 render") << v4 << 6 << 0;
        QTest::newRow("IPv6 only, IPv6 render") << v6 << 6 << 1;
        QTest::newRow("IPv6 only, IPv4 render") << v6 << 4 << 0;
    }

    void addressesOfEachFamily()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, ipVersion);
        QFETCH(int, newMembers);
        const LoadResult loaded = Loader().loadText(yaml, u"cluster.yaml"_s);
        const PolicyEngine engine(loaded.workspace);
        RenderOptions options;
        options.ipVersion = ipVersion;
        const Result<PlacementForecast> f
            = forecastPlacement(engine, u"worker-1"_s, {{u"shop/web-0"_s, 3}}, options);
        QVERIFY2(f, qPrintable(f ? QString() : f.error().message));
        QCOMPARE(f->addedPods.size(), 3);
        QCOMPARE(f->after.endpoints, f->before.endpoints + 3);
        // Each placed pod is a member of the web set of the render's family when it has an
        // address of that family.
        QCOMPARE(f->after.ipsetMembers - f->before.ipsetMembers, 3 * newMembers);
        // An IPv4 render of a cluster with IPv6 ranges comes with the IPv6 one, which the
        // pods' IPv6 addresses fill; an IPv6 render or a cluster without them has none.
        const bool hasV6 = yaml.contains("fd00");
        QCOMPARE(f->ipv6Before.has_value(), hasV6 && ipVersion == 4);
        QCOMPARE(f->ipv6After.has_value(), hasV6 && ipVersion == 4);
        if (f->ipv6After) {
            QCOMPARE(f->ipv6After->endpoints, f->ipv6Before->endpoints + 3);
            QCOMPARE(f->ipv6After->ipsetMembers - f->ipv6Before->ipsetMembers, 3);
            QCOMPARE(f->ipv6Before->rules,
                rulesetCost(renderNode(engine, u"worker-1"_s,
                                [] {
                                    RenderOptions v6;
                                    v6.ipVersion = 6;
                                    return v6;
                                }()))
                    .rules);
            const QString text = forecastToText(*f);
            QVERIFY2(text.contains(u"IPv6"_s), qPrintable(text));
            const QByteArray json = forecastToJson(*f);
            QVERIFY2(json.contains("\"ipv6\":{\"before\":{"), json.constData());
        } else {
            QVERIFY(!forecastToText(*f).contains(u"IPv6"_s));
            QVERIFY(!forecastToJson(*f).contains("ipv6"));
        }
    }

    // The addresses are free ones of the node's CIDRs: a /126 holds two pods after the network
    // address and the node's own, so a third is refused with the family named.
    void ipv6PoolExhausted()
    {
        const LoadResult loaded = Loader().loadText(
            test::forecastCluster("['fd00::/126']", "[{ip: 'fd00::3'}]"), u"cluster.yaml"_s);
        const PolicyEngine engine(loaded.workspace);
        QVERIFY(forecastPlacement(engine, u"worker-1"_s, {{u"shop/web-0"_s, 1}}));
        const Result<PlacementForecast> two
            = forecastPlacement(engine, u"worker-1"_s, {{u"shop/web-0"_s, 2}});
        QVERIFY(!two);
        QVERIFY2(two.error().message.contains(u"IPv6"_s), qPrintable(two.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPlacementForecast)
#include "tst_placementforecast.moc"
