// The Charts dock's placement forecast on a dual-stack node: beside the IPv4 ruleset's bars
// (now, with the pods placed) come the IPv6 ruleset's, with the core's numbers
// (forecastPlacement's ipv6Before / ipv6After); an IPv4-only node keeps its two bar sets.

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTest>

#include "core/dataplane/placementforecast.h"
#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "tests/support/forecastcluster.h"
#include "ui/charts/chartspanel.h"
#include "ui/document.h"

using namespace Qt::Literals::StringLiterals;
using namespace ps;

class TestChartsForecastV6 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void forecastBars_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("dualStack");
        QTest::newRow("dual-stack") << test::forecastCluster(
            "[10.244.1.0/24, 'fd00:10:244:1::/64']", "[{ip: 10.244.1.5}, {ip: 'fd00:10:244:1::5'}]")
                                    << true;
        QTest::newRow("IPv4 only")
            << test::forecastCluster("[10.244.1.0/24]", "[{ip: 10.244.1.5}]") << false;
    }

    void forecastBars()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, dualStack);
        Document document;
        QSignalSpy analysed(&document, &Document::analysisReady);
        document.setLoaded(Loader().loadText(yaml, u"cluster.yaml"_s), {});
        QVERIFY(analysed.count() > 0 || analysed.wait(30000));
        ChartsPanel panel(&document);
        panel.resize(900, 600);
        panel.show();
        QSignalSpy forecast(&panel, &ChartsPanel::forecastComputed);
        panel.showChart(ChartsPanel::Chart::Forecast);
        QVERIFY(forecast.count() > 0 || forecast.wait(30000));
        QCOMPARE(panel.forecastNodeCombo()->currentText(), u"worker-1"_s);
        QVERIFY(panel.forecast().forecast);
        const PlacementForecast &shown = *panel.forecast().forecast;
        const Result<PlacementForecast> expected
            = forecastPlacement(*document.analysis()->engine, u"worker-1"_s,
                {{panel.forecastWorkloadCombo()->currentText(), panel.forecastCount()->value()}});
        QVERIFY(expected);
        QCOMPARE(shown.ipv6After.has_value(), dualStack);
        const auto *bars
            = qobject_cast<QAbstractBarSeries *>(panel.chartView()->chart()->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), dualStack ? 4 : 2);
        QList<const RulesetCost *> costs {&expected->before, &expected->after};
        if (dualStack)
            costs += {&*expected->ipv6Before, &*expected->ipv6After};
        for (int set = 0; set < costs.size(); ++set) {
            const RulesetCost &c = *costs[set];
            const QList<qsizetype> values {
                c.rules, c.flatRules, c.chains, c.ipsets, c.ipsetMembers};
            for (int i = 0; i < 5; ++i)
                QCOMPARE(qsizetype(bars->barSets().at(set)->at(i)), values[i]);
        }
        if (dualStack) {
            QVERIFY(bars->barSets().at(2)->label().contains(u"IPv6"_s));
            // The placed pods fill the IPv6 sets too.
            QVERIFY(bars->barSets().at(3)->at(4) > bars->barSets().at(2)->at(4));
        }
    }
};

QTEST_MAIN(TestChartsForecastV6)
#include "tst_chartsforecastv6.moc"
