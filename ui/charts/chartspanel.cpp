#include "ui/charts/chartspanel.h"

#include <algorithm>

#include <QBarCategoryAxis>
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
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QShowEvent>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

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

QString shown(int total, int drawn)
{
    return total > drawn ? ChartsPanel::tr(" (the %1 largest of %2)").arg(drawn).arg(total)
                         : QString();
}

} // namespace

ChartsPanel::ChartsPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_which(new QComboBox(this)),
      m_export(new QPushButton(tr("E&xport…"), this)), m_status(new QLabel(this)),
      m_view(new QChartView(this))
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
    options->addWidget(label);
    options->addWidget(m_which, 1);
    options->addWidget(m_export);
    layout->addLayout(options);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Chart"));
    layout->addWidget(m_view, 1);
    m_export->setEnabled(false);
    m_status->setText(
        tr("What the ruleset costs the kernel, and the policy inventory in numbers."));

    connect(m_which, &QComboBox::currentIndexChanged, this, &ChartsPanel::draw);
    connect(m_export, &QPushButton::clicked, this, &ChartsPanel::exportChart);
    connect(&m_watcher, &QFutureWatcher<ChartData>::finished, this, &ChartsPanel::onFinished);
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
    draw();
    m_export->setEnabled(true);
    Q_EMIT computed();
    if (m_again) {
        m_again = false;
        compute();
    }
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

void ChartsPanel::draw()
{
    const auto which = Chart(m_which->currentData().toInt());
    QString title;
    QString unit;
    QStringList categories;
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
        bars = {{tr("Findings"), {}, blue}};
        for (const LintCode code : kWithoutEffect) {
            categories.append(lintCodeName(code));
            bars[0].values.append(qreal(std::count_if(m_findings.cbegin(), m_findings.cend(),
                [code](const LintFinding &f) { return f.code == code; })));
        }
        total = int(categories.size());
        break;
    }
    }

    auto *chart = new QChart;
    chart->setTheme(palette().window().color().lightness() < 128 ? QChart::ChartThemeDark
                                                                 : QChart::ChartThemeLight);
    chart->setTitle(title + shown(total, int(categories.size())));
    chart->legend()->setVisible(bars.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Horizontal bars, the largest at the top: Qt draws the first category at the bottom.
    std::reverse(categories.begin(), categories.end());
    auto *series = new QHorizontalBarSeries;
    qreal most = 0;
    for (Bars &b : bars) {
        std::reverse(b.values.begin(), b.values.end());
        auto *set = new QBarSet(b.name);
        set->append(b.values);
        set->setColor(b.color);
        set->setBorderColor(b.color.darker(120));
        for (const qreal v : std::as_const(b.values))
            most = std::max(most, v);
        const QString name = b.name;
        connect(set, &QBarSet::hovered, this, [set, name, categories, unit](bool on, int index) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                QStringLiteral("%1\n%2: %3 %4")
                    .arg(categories.value(index), name)
                    .arg(qint64(set->at(index)))
                    .arg(unit));
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *values = new QValueAxis;
    values->setTitleText(unit);
    values->setLabelFormat(QStringLiteral("%d"));
    values->setRange(0, std::max<qreal>(1, most * 1.05));
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
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
