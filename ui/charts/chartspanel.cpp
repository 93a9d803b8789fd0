#include "ui/charts/chartspanel.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPen>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QShowEvent>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include "core/eval/matrix.h"
#include "core/eval/nodelist.h"
#include "core/io/workspacestore.h"
#include "core/lint/linter.h"
#include "ui/document.h"
#include "ui/onscreen.h"

namespace ps {

namespace {

struct Bars {
    QString name;
    QList<qreal> values;
    QColor color;
};

// The lint's policies with no effect (policies and rules whose removal changes nothing, or
// that select nothing) and the lint codes drawn for them, in this order.
const LintCode kWithoutEffect[] = {LintCode::SelectsNothing, LintCode::PeerSelectsNothing,
    LintCode::ShadowedRule, LintCode::RedundantRule, LintCode::LogOnly, LintCode::LogAfterVerdict,
    LintCode::UnusedNetworkSet};

// The height each category of a horizontal bar chart needs: its label's line (Qt Charts
// shortens a label to "..." when the line does not fit between two ticks) and room for its bars.
int categoryHeight(const QFont &labels, qsizetype bars)
{
    return std::max(QFontMetrics(labels).height() + 12, int(bars) * 10 + 8);
}

QString shown(int total, int drawn)
{
    return total > drawn ? ChartsPanel::tr(" (the %1 largest of %2)").arg(drawn).arg(total)
                         : QString();
}

} // namespace

ChartsPanel::ChartsPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_which(new QComboBox(this)),
      m_export(new QPushButton(tr("E&xport…"), this)), m_status(new QLabel(this)),
      m_view(new QChartView(this)), m_scroll(new QScrollArea(this)),
      m_forecastForm(new QWidget(this)), m_forecastNode(new QComboBox(this)),
      m_forecastWorkload(new QComboBox(this)), m_forecastCount(new QSpinBox(this)),
      m_forecastButton(new QPushButton(tr("&Forecast"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *options = new QHBoxLayout;
    auto *label = new QLabel(tr("C&hart:"), this);
    label->setBuddy(m_which);
    m_which->addItem(tr("Rules per node: IP sets vs a flat rendering"), int(Chart::RulesPerNode));
    m_which->addItem(tr("Rules an endpoint's chains reach"), int(Chart::RulesPerEndpoint));
    m_which->addItem(tr("Chains, IP sets and members per node"), int(Chart::SetsPerNode));
    m_which->addItem(tr("Policies per tier"), int(Chart::PoliciesPerTier));
    m_which->addItem(tr("Policies per namespace"), int(Chart::PoliciesPerNamespace));
    m_which->addItem(tr("Endpoints each policy selects"), int(Chart::EndpointsPerPolicy));
    m_which->addItem(tr("Policies and rules without effect"), int(Chart::WithoutEffect));
    m_which->addItem(
        tr("Rules a connection traverses as policies grow"), int(Chart::RulesTraversed));
    m_which->addItem(tr("Forecast for a pod placement"), int(Chart::Forecast));
    options->addWidget(label);
    options->addWidget(m_which, 1);
    options->addWidget(m_export);
    layout->addLayout(options);
    // The forecast's form: a node, a workload whose pods to add, how many.
    auto *form = new QHBoxLayout(m_forecastForm);
    form->setContentsMargins(0, 0, 0, 0);
    auto *nodeLabel = new QLabel(tr("N&ode:"), m_forecastForm);
    nodeLabel->setBuddy(m_forecastNode);
    auto *workloadLabel = new QLabel(tr("&Add pods like:"), m_forecastForm);
    workloadLabel->setBuddy(m_forecastWorkload);
    auto *countLabel = new QLabel(tr("Co&unt:"), m_forecastForm);
    countLabel->setBuddy(m_forecastCount);
    m_forecastCount->setRange(1, 1000);
    m_forecastCount->setValue(10);
    m_forecastNode->setParent(m_forecastForm);
    m_forecastWorkload->setParent(m_forecastForm);
    m_forecastCount->setParent(m_forecastForm);
    m_forecastButton->setParent(m_forecastForm);
    m_forecastWorkload->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addWidget(nodeLabel);
    form->addWidget(m_forecastNode, 1);
    form->addWidget(workloadLabel);
    form->addWidget(m_forecastWorkload, 2);
    form->addWidget(countLabel);
    form->addWidget(m_forecastCount);
    form->addWidget(m_forecastButton);
    m_forecastForm->setHidden(true);
    layout->addWidget(m_forecastForm);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Chart"));
    // A chart with many bars is taller than a small dock: it scrolls rather than shortening its
    // labels to "...".
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_view);
    layout->addWidget(m_scroll, 1);
    m_export->setEnabled(false);
    m_status->setText(
        tr("What the ruleset costs the kernel, and the policy inventory in numbers."));

    connect(m_which, &QComboBox::currentIndexChanged, this, &ChartsPanel::draw);
    connect(m_export, &QPushButton::clicked, this, &ChartsPanel::exportChart);
    connect(&m_watcher, &QFutureWatcher<ChartData>::finished, this, &ChartsPanel::onFinished);
    connect(m_forecastButton, &QPushButton::clicked, this, &ChartsPanel::runForecast);
    connect(&m_growthWatcher, &QFutureWatcher<GrowthData>::finished, this, [this] {
        m_growth = m_growthWatcher.result();
        if (Chart(m_which->currentData().toInt()) == Chart::RulesTraversed)
            draw();
        Q_EMIT growthComputed();
        // An edit while computing: the workspace's point again.
        if (m_growthGeneration != m_document->generation()
            && Chart(m_which->currentData().toInt()) == Chart::RulesTraversed)
            computeGrowth();
    });
    connect(&m_forecastWatcher, &QFutureWatcher<ForecastData>::finished, this, [this] {
        m_forecast = m_forecastWatcher.result();
        m_forecastButton->setEnabled(true);
        if (Chart(m_which->currentData().toInt()) == Chart::Forecast)
            draw();
        Q_EMIT forecastComputed();
    });
    connect(document, &Document::analysisReady, this, [this] {
        if (m_again || (isOnScreen(this) && m_generation != 0)) {
            m_again = false;
            compute();
        }
    });
}

ChartsPanel::~ChartsPanel()
{
    m_watcher.waitForFinished();
    m_growthWatcher.waitForFinished();
    m_forecastWatcher.waitForFinished();
}

void ChartsPanel::compute()
{
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (!analysis || !analysis->engine || m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_generation = analysis->generation;
    m_status->setText(tr("Rendering every node and counting…"));
    m_watcher.setFuture(QtConcurrent::run([engine = analysis->engine] {
        ChartData data;
        data.nodes = rulesetCostPerNode(*engine);
        data.policies = policyStats(*engine);
        const NodeList nodes = NodeList::of(*engine);
        data.nodeNames = nodes.nodes;
        data.nodesWithEndpoints = nodes.nodesWithEndpoints;
        for (const MatrixGroup &g : matrixGroups(*engine, MatrixGrouping::Workload)) {
            if (g.object >= 0 && engine->inventory().object(g.object).isWorkloadEndpoint())
                data.workloads.append(g.name);
        }
        return data;
    }));
}

void ChartsPanel::refresh()
{
    if (isOnScreen(this) && m_generation != m_document->generation())
        compute();
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &ChartsPanel::refresh);
}

void ChartsPanel::onFinished()
{
    m_data = m_watcher.result();
    qsizetype rules = 0;
    qsizetype flat = 0;
    for (const RulesetCost &n : std::as_const(m_data.nodes)) {
        rules += n.rules;
        flat += n.flatRules;
    }
    m_status->setText(tr("%1 nodes with endpoints: %2 rules as Calico renders them, %3 as a flat "
                         "rendering would need. %4 policies, %5 endpoints.")
                          .arg(m_data.nodes.size())
                          .arg(rules)
                          .arg(flat)
                          .arg(m_data.policies.policies)
                          .arg(m_data.policies.endpoints));
    fillForecastForm();
    // The forecast again for the edited workspace, when it is shown.
    if (Chart(m_which->currentData().toInt()) == Chart::Forecast && m_forecast.forecast)
        m_forecast = {};
    draw();
    m_export->setEnabled(true);
    Q_EMIT computed();
    if (m_again) {
        m_again = false;
        compute();
    }
}

QString ChartsPanel::withoutEffectName(LintCode code)
{
    switch (code) {
    case LintCode::SelectsNothing:
        return tr("Policies that select nothing");
    case LintCode::PeerSelectsNothing:
        return tr("Rules whose peer selects nothing");
    case LintCode::ShadowedRule:
        return tr("Rules shadowed by earlier ones");
    case LintCode::RedundantRule:
        return tr("Redundant rules");
    case LintCode::LogOnly:
        return tr("Policies that only log");
    case LintCode::LogAfterVerdict:
        return tr("Log rules never reached");
    case LintCode::UnusedNetworkSet:
        return tr("Network sets no rule uses");
    case LintCode::EndOfTierDrop:
    case LintCode::StagedDiffers:
        break;
    }
    return lintCodeName(code);
}

void ChartsPanel::setLintFindings(const QList<LintFinding> &findings, bool flows)
{
    m_findings = findings;
    m_lintFlows = flows;
    m_linted = true;
    if (Chart(m_which->currentData().toInt()) == Chart::WithoutEffect && m_generation != 0)
        draw();
}

void ChartsPanel::showChart(Chart chart)
{
    m_which->setCurrentIndex(m_which->findData(int(chart)));
}

void ChartsPanel::fillForecastForm()
{
    const auto refill = [](QComboBox *combo, const QStringList &items) {
        const QString current = combo->currentText();
        combo->clear();
        combo->addItems(items);
        combo->setCurrentIndex(std::max(0, int(items.indexOf(current))));
    };
    refill(m_forecastNode, m_data.nodeNames);
    // A first choice where pods already run (such a node has addresses to give).
    if (m_forecastNode->currentIndex() == 0 && !m_data.nodesWithEndpoints.isEmpty()
        && !m_data.nodesWithEndpoints.contains(m_forecastNode->currentText()))
        m_forecastNode->setCurrentText(m_data.nodesWithEndpoints.first());
    refill(m_forecastWorkload, m_data.workloads);
}

void ChartsPanel::runForecast()
{
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (!analysis || !analysis->engine || m_forecastWatcher.isRunning())
        return;
    const QString node = m_forecastNode->currentText();
    const QString workload = m_forecastWorkload->currentText();
    const int count = m_forecastCount->value();
    if (node.isEmpty() || workload.isEmpty()) {
        m_forecast = {workload, std::nullopt, tr("the workspace has no node or no pods to place")};
        draw();
        return;
    }
    m_forecastButton->setEnabled(false);
    m_forecastWatcher.setFuture(
        QtConcurrent::run([engine = analysis->engine, node, workload, count] {
            ForecastData data;
            data.workload = workload;
            const Result<PlacementForecast> forecast
                = forecastPlacement(*engine, node, {{workload, count}});
            if (forecast)
                data.forecast = forecast.value();
            else
                data.error = forecast.error().message;
            return data;
        }));
}

void ChartsPanel::computeGrowth()
{
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (!analysis || !analysis->engine || m_growthWatcher.isRunning())
        return;
    m_growthGeneration = analysis->generation;
    // The generated clusters do not depend on the workspace: counted once.
    m_growthWatcher.setFuture(
        QtConcurrent::run([engine = analysis->engine, known = m_growth.points] {
            GrowthData data;
            data.points = known;
            if (known.isEmpty()) {
                const Result<QList<GrowthPoint>> points = traversalGrowth();
                if (points)
                    data.points = points.value();
                else
                    data.error = points.error().message;
            }
            data.workspace = workspacePoint(*engine);
            return data;
        }));
}

void ChartsPanel::setChart(QChart *chart)
{
    chart->setTheme(palette().window().color().lightness() < 128 ? QChart::ChartThemeDark
                                                                 : QChart::ChartThemeLight);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void ChartsPanel::drawGrowth()
{
    if ((m_growth.points.isEmpty() && m_growth.error.isEmpty())
        || m_growthGeneration != m_document->generation())
        computeGrowth();
    auto *chart = new QChart;
    setChart(chart);
    m_view->setMinimumHeight(0);
    const GrowthOptions options;
    QString title = tr("Rules a new connection traverses (mean) as policies grow: IP sets against "
                       "one rule per address");
    if (!m_growth.error.isEmpty())
        title = tr("Rules a new connection traverses: %1").arg(m_growth.error);
    else if (m_growth.points.isEmpty())
        title += tr(" (counting…)");
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QColor blue(0x1f, 0x77, 0xb4);
    const QColor orange(0xff, 0x7f, 0x0e);
    const QColor green(0x2c, 0xa0, 0x2c);
    const QColor red(0xd6, 0x27, 0x28);
    const QString unit = tr("rules");
    auto *felix = new QLineSeries;
    felix->setName(tr("With IP sets (as Felix renders)"));
    auto *flat = new QLineSeries;
    flat->setName(tr("Flat (one rule per address)"));
    qreal most = 0;
    qreal right = 1;
    for (const GrowthPoint &p : std::as_const(m_growth.points)) {
        felix->append(p.policies, p.traversed.mean);
        flat->append(p.policies, p.traversed.flatMean);
        most = std::max({most, p.traversed.mean, p.traversed.flatMean});
        right = std::max<qreal>(right, p.policies);
    }
    for (auto [series, color] : {std::pair {felix, blue}, std::pair {flat, orange}}) {
        QPen pen(color);
        pen.setWidthF(2.5);
        series->setPen(pen);
        series->setPointsVisible(true);
        chart->addSeries(series);
    }
    // Calico's documentation: iptables slows down past about a thousand rules a packet passes.
    auto *limit = new QLineSeries;
    limit->setName(tr("1,000 rules: where iptables slows down"));
    QPen dashed(red);
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.5);
    limit->setPen(dashed);
    chart->addSeries(limit);
    auto *here = new QScatterSeries;
    const GrowthPoint &own = m_growth.workspace;
    here->setName(tr("This workspace (%n policies, node %1)", nullptr, own.policies)
                      .arg(own.node.isEmpty() ? tr("none") : own.node));
    here->setColor(green);
    here->setBorderColor(green.darker(130));
    here->setMarkerSize(11);
    if (!own.node.isEmpty() && !m_growth.points.isEmpty()) {
        here->append(own.policies, own.traversed.mean);
        here->append(own.policies, own.traversed.flatMean);
        most = std::max({most, own.traversed.mean, own.traversed.flatMean});
    }
    chart->addSeries(here);

    auto *x = new QValueAxis;
    x->setTitleText(tr("policies (generated cluster: %1 namespaces, %2 pods on one node)")
                        .arg(options.namespaces)
                        .arg(options.pods));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setRange(0, right);
    x->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    limit->append(0, 1000);
    limit->append(x->max(), 1000); // across the whole axis
    auto *y = new QValueAxis;
    y->setTitleText(unit);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, std::max<qreal>(1100, most * 1.05));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    const QList<GrowthPoint> points = m_growth.points;
    for (QXYSeries *series : {static_cast<QXYSeries *>(felix), static_cast<QXYSeries *>(flat)}) {
        const bool isFlat = series == flat;
        const QString name = series->name();
        connect(series, &QXYSeries::hovered, this,
            [name, points, isFlat, unit](const QPointF &point, bool on) {
                if (!on) {
                    QToolTip::hideText();
                    return;
                }
                const auto p = std::min_element(points.cbegin(), points.cend(),
                    [&](const GrowthPoint &a, const GrowthPoint &b) {
                        return std::abs(a.policies - point.x()) < std::abs(b.policies - point.x());
                    });
                if (p == points.cend())
                    return;
                QToolTip::showText(QCursor::pos(),
                    tr("%1\n%2 policies: %3 %4 on average, at most %5 (%6 rules in all)")
                        .arg(name)
                        .arg(p->policies)
                        .arg(isFlat ? p->traversed.flatMean : p->traversed.mean, 0, 'f', 1)
                        .arg(unit)
                        .arg(isFlat ? p->traversed.flatMax : p->traversed.max)
                        .arg(qint64(isFlat ? p->flatRules : p->rules)));
            });
    }
    connect(here, &QXYSeries::hovered, this, [own, unit](const QPointF &, bool on) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
            tr("This workspace, node %1: %2 %3 on average with IP sets, %4 flat")
                .arg(own.node)
                .arg(own.traversed.mean, 0, 'f', 1)
                .arg(unit)
                .arg(own.traversed.flatMean, 0, 'f', 1));
    });
}

void ChartsPanel::draw()
{
    const auto which = Chart(m_which->currentData().toInt());
    m_forecastForm->setHidden(which != Chart::Forecast);
    if (which == Chart::RulesTraversed) {
        drawGrowth();
        return;
    }
    if (which == Chart::Forecast && !m_forecast.forecast && m_forecast.error.isEmpty()
        && m_generation != 0)
        QTimer::singleShot(0, this, &ChartsPanel::runForecast);
    QString title;
    QString unit;
    QString categoryTitle;
    QStringList categories;
    QStringList tips; // a category's tooltip name, when not its label
    QList<Bars> bars;
    int total = 0;
    const QColor blue(0x1f, 0x77, 0xb4);
    const QColor orange(0xff, 0x7f, 0x0e);
    const QColor green(0x2c, 0xa0, 0x2c);
    switch (which) {
    case Chart::RulesPerNode:
    case Chart::SetsPerNode: {
        QList<RulesetCost> nodes = m_data.nodes;
        std::sort(nodes.begin(), nodes.end(),
            [](const RulesetCost &a, const RulesetCost &b) { return a.flatRules > b.flatRules; });
        total = int(nodes.size());
        nodes = nodes.mid(0, kMaxBars);
        for (const RulesetCost &n : std::as_const(nodes))
            categories.append(n.node);
        categoryTitle = tr("node");
        if (which == Chart::RulesPerNode) {
            title = tr("Filter rules per node: Calico's IP sets against one rule per address");
            unit = tr("rules");
            bars = {{tr("With IP sets (as Felix renders)"), {}, blue},
                {tr("Flat (one rule per address)"), {}, orange}};
            for (const RulesetCost &n : std::as_const(nodes)) {
                bars[0].values.append(qreal(n.rules));
                bars[1].values.append(qreal(n.flatRules));
            }
        } else {
            title = tr("Chains, IP sets and IP set members per node");
            unit = tr("count");
            bars = {{tr("Chains"), {}, blue}, {tr("IP sets"), {}, green},
                {tr("IP set members"), {}, orange}};
            for (const RulesetCost &n : std::as_const(nodes)) {
                bars[0].values.append(qreal(n.chains));
                bars[1].values.append(qreal(n.ipsets));
                bars[2].values.append(qreal(n.ipsetMembers));
            }
        }
        break;
    }
    case Chart::RulesPerEndpoint: {
        QList<EndpointChainCost> endpoints;
        for (const RulesetCost &n : std::as_const(m_data.nodes))
            endpoints.append(n.endpointChains);
        std::sort(endpoints.begin(), endpoints.end(), [](const auto &a, const auto &b) {
            return a.toRules + a.fromRules > b.toRules + b.fromRules;
        });
        total = int(endpoints.size());
        endpoints = endpoints.mid(0, kMaxBars);
        title = tr("Rules a new connection can pass at an endpoint (its to- and from-chains)");
        unit = tr("rules");
        categoryTitle = tr("endpoint");
        bars = {{tr("With IP sets (as Felix renders)"), {}, blue},
            {tr("Flat (one rule per address)"), {}, orange}};
        for (const EndpointChainCost &e : std::as_const(endpoints)) {
            categories.append(e.endpoint);
            bars[0].values.append(qreal(e.toRules + e.fromRules));
            bars[1].values.append(qreal(e.flatToRules + e.flatFromRules));
        }
        break;
    }
    case Chart::PoliciesPerTier:
    case Chart::PoliciesPerNamespace:
    case Chart::EndpointsPerPolicy: {
        const QList<PolicyCount> &list = which == Chart::PoliciesPerTier ? m_data.policies.perTier
            : which == Chart::PoliciesPerNamespace ? m_data.policies.perNamespace
                                                   : m_data.policies.endpointsSelected;
        total = int(list.size());
        title = which == Chart::PoliciesPerTier ? tr("Policies per tier, in evaluation order")
            : which == Chart::PoliciesPerNamespace
            ? tr("Policies per namespace")
            : tr("Endpoints each policy selects (of %1)").arg(m_data.policies.endpoints);
        unit = which == Chart::EndpointsPerPolicy ? tr("endpoints") : tr("policies");
        categoryTitle = which == Chart::PoliciesPerTier ? tr("tier")
            : which == Chart::PoliciesPerNamespace      ? tr("namespace")
                                                        : tr("policy");
        bars = {{which == Chart::EndpointsPerPolicy ? tr("Endpoints") : tr("Policies"), {}, blue}};
        for (const PolicyCount &c :
            list.mid(0, which == Chart::PoliciesPerTier ? 1000 : kMaxBars)) {
            categories.append(c.name.isEmpty() ? tr("(cluster-wide)") : c.name);
            bars[0].values.append(qreal(c.count));
        }
        break;
    }
    case Chart::WithoutEffect: {
        title = !m_linted ? tr("Policies and rules without effect (the lint is still running)")
            : m_lintFlows
            ? tr("Policies and rules without effect (lint findings)")
            : tr("Policies and rules without effect (lint findings; shadowed and redundant rules "
                 "are checked here up to %1 policies)")
                  .arg(kInteractiveLintPolicies);
        unit = tr("findings");
        categoryTitle = tr("lint finding");
        bars = {{tr("Findings"), {}, blue}};
        for (const LintCode code : kWithoutEffect) {
            categories.append(withoutEffectName(code));
            tips.append(withoutEffectName(code) + QStringLiteral(" (") + lintCodeName(code) + u')');
            bars[0].values.append(qreal(std::count_if(m_findings.cbegin(), m_findings.cend(),
                [code](const LintFinding &f) { return f.code == code; })));
        }
        total = int(categories.size());
        break;
    }
    case Chart::Forecast: {
        unit = tr("count");
        if (!m_forecast.forecast) {
            title = m_forecast.error.isEmpty()
                ? tr("Forecast for a pod placement (computing…)")
                : tr("Forecast for a pod placement: %1").arg(m_forecast.error);
            break;
        }
        const PlacementForecast &f = *m_forecast.forecast;
        title = tr("Node %1 now and with %n more pod(s) like %2", nullptr, int(f.addedPods.size()))
                    .arg(f.before.node, m_forecast.workload);
        categories
            = {tr("Rules"), tr("Flat rules"), tr("Chains"), tr("IP sets"), tr("IP set members")};
        bars = {{tr("Now"), {}, blue}, {tr("With the pods placed"), {}, orange}};
        if (f.ipv6Before && f.ipv6After) {
            // A dual-stack node: its IPv6 ruleset beside the IPv4 one.
            bars[0].name = tr("Now, IPv4");
            bars[1].name = tr("With the pods placed, IPv4");
            bars.append({tr("Now, IPv6"), {}, blue.lighter(150)});
            bars.append({tr("With the pods placed, IPv6"), {}, orange.lighter(150)});
        }
        const RulesetCost *costs[] = {&f.before, &f.after, f.ipv6Before ? &*f.ipv6Before : nullptr,
            f.ipv6After ? &*f.ipv6After : nullptr};
        for (qsizetype slot = 0; slot < bars.size(); ++slot) {
            const RulesetCost *cost = costs[slot];
            bars[slot].values = {qreal(cost->rules), qreal(cost->flatRules), qreal(cost->chains),
                qreal(cost->ipsets), qreal(cost->ipsetMembers)};
        }
        total = int(categories.size());
        break;
    }
    case Chart::RulesTraversed:
        break;
    }

    auto *chart = new QChart;
    setChart(chart);
    chart->setTitle(title + shown(total, int(categories.size())));
    chart->legend()->setVisible(bars.size() > 1);
    // Horizontal bars, the largest at the top: Qt draws the first category at the bottom. The
    // forecast's few categories stand side by side (their names fit under the bars).
    const bool upright = which == Chart::Forecast;
    // A long list of horizontal bars scrolls: its legend and value axis (the unit) above the
    // bars, with the title, stay in sight.
    chart->legend()->setAlignment(upright ? Qt::AlignBottom : Qt::AlignTop);
    if (!upright) {
        std::reverse(categories.begin(), categories.end());
        std::reverse(tips.begin(), tips.end());
    }
    if (tips.isEmpty())
        tips = categories;
    QAbstractBarSeries *series
        = upright ? static_cast<QAbstractBarSeries *>(new QBarSeries) : new QHorizontalBarSeries;
    qreal most = 0;
    for (Bars &b : bars) {
        if (!upright)
            std::reverse(b.values.begin(), b.values.end());
        auto *set = new QBarSet(b.name);
        set->append(b.values);
        set->setColor(b.color);
        set->setBorderColor(b.color.darker(120));
        for (const qreal v : std::as_const(b.values))
            most = std::max(most, v);
        const QString name = b.name;
        connect(set, &QBarSet::hovered, this, [set, name, tips, unit](bool on, int index) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                QStringLiteral("%1\n%2: %3 %4")
                    .arg(tips.value(index), name)
                    .arg(qint64(set->at(index)))
                    .arg(unit));
        });
        series->append(set);
    }
    if (upright) {
        // Few bars of very different heights: the numbers written on them.
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
    }
    chart->addSeries(series);
    if (upright) {
        // The theme writes bar labels in white, for labels inside the bars: above them they
        // would vanish into the background. The title's colour stands out from it in every theme.
        for (QBarSet *set : series->barSets())
            set->setLabelColor(chart->titleBrush().color());
    }
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    names->setTitleText(categoryTitle);
    chart->addAxis(names, upright ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(names);
    auto *values = new QValueAxis;
    values->setTitleText(unit);
    values->setLabelFormat(QStringLiteral("%d"));
    if (most < 4) {
        // Whole numbers only: 0 to 4, one tick each (nice numbers would repeat "0" and "1").
        values->setRange(0, 4);
        values->setTickCount(5);
    } else {
        values->setRange(0, most * 1.05);
        values->applyNiceNumbers();
    }
    chart->addAxis(values, upright ? Qt::AlignLeft : Qt::AlignTop);
    series->attachAxis(values);
    // Title, value axis and legend, then a line per category.
    m_view->setMinimumHeight(upright
            ? 0
            : 170 + int(categories.size()) * categoryHeight(names->labelsFont(), bars.size()));
}

Result<QByteArray> ChartsPanel::exportBytes(const QString &format) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (format == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(m_view->size());
        svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
        svg.setTitle(m_view->chart()->title());
        QPainter painter(&svg);
        m_view->render(&painter);
        painter.end();
        return bytes;
    }
    if (!m_view->grab().save(&buffer, "PNG"))
        return Error {tr("The chart could not be written as PNG.")};
    return bytes;
}

void ChartsPanel::exportChart()
{
    QString selected;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), QString(), tr("PNG image (*.png);;SVG image (*.svg)"), &selected);
    if (file.isEmpty())
        return;
    const QString format = QFileInfo(file).suffix().toLower() == u"svg"
            || (QFileInfo(file).suffix().isEmpty() && selected.contains(QStringLiteral("*.svg")))
        ? QStringLiteral("svg")
        : QStringLiteral("png");
    const Result<QByteArray> bytes = exportBytes(format);
    const Result<FileFingerprint> written
        = bytes ? writeFileAtomically(file, bytes.value()) : Result<FileFingerprint>(bytes.error());
    if (!written)
        QMessageBox::warning(this, tr("Export Chart"), written.error().message);
}

} // namespace ps
