#pragma once
// ChartsPanel: the big picture in charts (Qt Charts). What the ruleset costs — rules per node in
// Calico's IP-set rendering beside a naive flat one, the rules each endpoint's chains reach,
// chains, IP sets and their members per node (core/dataplane/rulesetcost.h) — and the policy
// inventory: policies per tier and per namespace, endpoints each policy selects
// (core/eval/policystats.h), and the lint's findings of policies and rules without effect (the
// findings the Problems dock shows, handed over by the main window: the lint runs once). Two
// charts compute on demand: the rules a new connection traverses as the number of policies
// grows, on generated clusters, in both renderings with the 1,000-rule mark and the
// workspace's own busiest node (core/dataplane/traversalcost.h); and a node's forecast for a pod
// placement chosen in a small form (core/dataplane/placementforecast.h).
// Computed off the GUI thread from the current analysis when shown, again after edits while
// shown. Charts follow the palette (light or dark), have titles, axes with units and tooltips,
// and export to PNG and SVG.

#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QWidget>

#include "core/dataplane/placementforecast.h"
#include "core/dataplane/rulesetcost.h"
#include "core/dataplane/traversalcost.h"
#include "core/eval/policystats.h"
#include "core/lint/lintfinding.h"
#include "core/model/result.h"

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace ps {

class Document;

/// Everything the charts draw, computed at once.
struct ChartData {
    QList<RulesetCost> nodes;
    PolicyStats policies;
    QStringList nodeNames; // every node, for the forecast form
    QStringList nodesWithEndpoints;
    QStringList workloads; // workload groups ("ns/name"), for the forecast form
};

/// The rules traversed as policies grow (the generated points are the same for every
/// workspace) and at the workspace's busiest node.
struct GrowthData {
    QList<GrowthPoint> points;
    GrowthPoint workspace;
    QString error;
};

struct ForecastData {
    QString workload; // the pods placed are like this one
    std::optional<PlacementForecast> forecast;
    QString error;
};

class ChartsPanel : public QWidget {
    Q_OBJECT
public:
    enum class Chart {
        RulesPerNode,
        RulesPerEndpoint,
        SetsPerNode,
        PoliciesPerTier,
        PoliciesPerNamespace,
        EndpointsPerPolicy,
        WithoutEffect,
        RulesTraversed,
        Forecast,
    };
    /// At most this many bars (the largest); the title says when some are left out.
    static constexpr int kMaxBars = 25;

    explicit ChartsPanel(Document *document, QWidget *parent = nullptr);
    ~ChartsPanel() override;

    void compute();
    void refresh();
    bool isComputing() const { return m_watcher.isRunning(); }
    void showChart(Chart chart);
    QComboBox *chartCombo() const { return m_which; }
    QChartView *chartView() const { return m_view; }
    const ChartData &data() const { return m_data; }
    const GrowthData &growth() const { return m_growth; }
    const ForecastData &forecast() const { return m_forecast; }
    QComboBox *forecastNodeCombo() const { return m_forecastNode; }
    QComboBox *forecastWorkloadCombo() const { return m_forecastWorkload; }
    QSpinBox *forecastCount() const { return m_forecastCount; }
    /// Forecasts the node of the form with the pods of the form placed (off the GUI thread).
    void runForecast();
    /// The lint's findings of the current analysis (those of the Problems dock); `flows` says
    /// whether its flow checks ran (shadowed and redundant rules). Redraws the chart of policies
    /// and rules without effect.
    void setLintFindings(const QList<LintFinding> &findings, bool flows);
    const QList<LintFinding> &lintFindings() const { return m_findings; }
    /// How the chart of policies and rules without effect names the findings of `code`.
    static QString withoutEffectName(LintCode code);
    /// The chart shown as "png" or "svg" bytes.
    Result<QByteArray> exportBytes(const QString &format) const;

Q_SIGNALS:
    void computed();
    void growthComputed();
    void forecastComputed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onFinished();
    void draw();
    void drawGrowth();
    void computeGrowth();
    void fillForecastForm();
    void exportChart();
    void setChart(QChart *chart);

    Document *m_document;
    QComboBox *m_which;
    QPushButton *m_export;
    QLabel *m_status;
    QChartView *m_view;
    QScrollArea *m_scroll;
    QWidget *m_forecastForm;
    QComboBox *m_forecastNode;
    QComboBox *m_forecastWorkload;
    QSpinBox *m_forecastCount;
    QPushButton *m_forecastButton;
    QFutureWatcher<ChartData> m_watcher;
    QFutureWatcher<GrowthData> m_growthWatcher;
    QFutureWatcher<ForecastData> m_forecastWatcher;
    ChartData m_data;
    GrowthData m_growth;
    ForecastData m_forecast;
    quint64 m_growthGeneration = 0; // of the workspace point in m_growth
    QList<LintFinding> m_findings;
    bool m_lintFlows = true;
    bool m_linted = false; // setLintFindings() was called
    quint64 m_generation = 0;
    bool m_again = false;
};

} // namespace ps
