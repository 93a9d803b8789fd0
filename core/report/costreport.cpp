#include "core/report/costreport.h"

#include <cmath>

#include <QCoreApplication>

#include "core/io/jsonwriter.h"

namespace ps {

namespace {

// The translation context, in a form lupdate sees.
struct CostReportWords {
    Q_DECLARE_TR_FUNCTIONS(CostReport)
};

// Rows of cells as columns: the first left-aligned, the others right-aligned.
QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c >= widths.size())
                widths.append(0);
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c == 0)
                line += row[c].leftJustified(widths[c]);
            else
                line += QStringLiteral("  ") + row[c].rightJustified(widths[c]);
        }
        out += line + u'\n';
    }
    return out;
}

QString number(qsizetype n)
{
    return QString::number(qint64(n));
}

QString mean(double d)
{
    return QString::number(d, 'f', 1);
}

double rounded(double d)
{
    return std::round(d * 10) / 10;
}

void writeNodeFields(JsonWriter &w, const RulesetCost &n)
{
    w.field("node", n.node);
    w.field("endpoints", n.endpoints);
    w.key("rules");
    w.value64(n.rules);
    w.key("flatRules");
    w.value64(n.flatRules);
    w.key("chains");
    w.value64(n.chains);
    w.key("ipsets");
    w.value64(n.ipsets);
    w.key("ipsetMembers");
    w.value64(n.ipsetMembers);
}

QByteArray lines(const QList<QByteArray> &items, const char *open, const char *close)
{
    QByteArray out = open;
    for (qsizetype i = 0; i < items.size(); ++i)
        out += "\n  " + items[i] + (i + 1 < items.size() ? "," : "");
    out += items.isEmpty() ? QByteArray(close) : "\n" + QByteArray(close);
    return out + '\n';
}

} // namespace

QString nodeCostsToText(const QList<RulesetCost> &nodes)
{
    QList<QStringList> rows {{CostReportWords::tr("NODE"), CostReportWords::tr("ENDPOINTS"),
        CostReportWords::tr("RULES"), CostReportWords::tr("FLAT-RULES"),
        CostReportWords::tr("CHAINS"), CostReportWords::tr("IPSETS"),
        CostReportWords::tr("MEMBERS")}};
    for (const RulesetCost &n : nodes) {
        rows.append({n.node, QString::number(n.endpoints), number(n.rules), number(n.flatRules),
            number(n.chains), number(n.ipsets), number(n.ipsetMembers)});
    }
    return table(rows);
}

QByteArray nodeCostsToJson(const QList<RulesetCost> &nodes)
{
    QList<QByteArray> items;
    for (const RulesetCost &n : nodes) {
        JsonWriter w;
        w.beginObject();
        writeNodeFields(w, n);
        w.endObject();
        items.append(w.take());
    }
    return lines(items, "{\"nodes\":[", "]}");
}

QString endpointCostsToText(const QList<RulesetCost> &nodes)
{
    QList<QStringList> rows {{CostReportWords::tr("ENDPOINT"), CostReportWords::tr("NODE"),
        CostReportWords::tr("TO"), CostReportWords::tr("FROM"), CostReportWords::tr("FLAT-TO"),
        CostReportWords::tr("FLAT-FROM")}};
    for (const RulesetCost &n : nodes) {
        for (const EndpointChainCost &e : n.endpointChains) {
            rows.append({e.endpoint, n.node, number(e.toRules), number(e.fromRules),
                number(e.flatToRules), number(e.flatFromRules)});
        }
    }
    return table(rows);
}

QByteArray endpointCostsToJson(const QList<RulesetCost> &nodes)
{
    QList<QByteArray> items;
    for (const RulesetCost &n : nodes) {
        for (const EndpointChainCost &e : n.endpointChains) {
            JsonWriter w;
            w.beginObject();
            w.field("endpoint", e.endpoint);
            w.field("node", n.node);
            w.key("toRules");
            w.value64(e.toRules);
            w.key("fromRules");
            w.value64(e.fromRules);
            w.key("flatToRules");
            w.value64(e.flatToRules);
            w.key("flatFromRules");
            w.value64(e.flatFromRules);
            w.endObject();
            items.append(w.take());
        }
    }
    return lines(items, "{\"endpoints\":[", "]}");
}

QString growthToText(
    const GrowthOptions &options, const QList<GrowthPoint> &points, const GrowthPoint &workspace)
{
    QString out = CostReportWords::tr("Generated clusters of %1 namespaces and %2 pods on one "
                                      "node; rules a new connection traverses (mean / most) over "
                                      "%3 probes each.\n")
                      .arg(options.namespaces)
                      .arg(options.pods)
                      .arg(points.isEmpty() ? 0 : points.first().traversed.packets);
    QList<QStringList> rows {{CostReportWords::tr("POLICIES"), CostReportWords::tr("RULES"),
        CostReportWords::tr("FLAT-RULES"), CostReportWords::tr("TRAVERSED"),
        CostReportWords::tr("FLAT-TRAVERSED")}};
    const auto row = [](const QString &first, const GrowthPoint &p) {
        return QStringList {first, number(p.rules), number(p.flatRules),
            mean(p.traversed.mean) + QStringLiteral(" / ") + QString::number(p.traversed.max),
            mean(p.traversed.flatMean) + QStringLiteral(" / ")
                + QString::number(p.traversed.flatMax)};
    };
    for (const GrowthPoint &p : points)
        rows.append(row(QString::number(p.policies), p));
    out += table(rows);
    if (workspace.node.isEmpty())
        return out
            + CostReportWords::tr("This workspace: %n policies, no node with endpoints.\n", nullptr,
                workspace.policies);
    return out
        + CostReportWords::tr("This workspace: %n policies; its busiest node %1 has %2 rules "
                              "(flat %3); a new connection traverses %4 / %5 (flat %6 / %7) over "
                              "%8 probes.\n",
            nullptr, workspace.policies)
              .arg(workspace.node, number(workspace.rules), number(workspace.flatRules),
                  mean(workspace.traversed.mean), QString::number(workspace.traversed.max),
                  mean(workspace.traversed.flatMean), QString::number(workspace.traversed.flatMax),
                  QString::number(workspace.traversed.packets));
}

namespace {

QByteArray pointJson(const GrowthPoint &p)
{
    JsonWriter w;
    w.beginObject();
    w.field("policies", p.policies);
    w.field("node", p.node);
    w.key("rules");
    w.value64(p.rules);
    w.key("flatRules");
    w.value64(p.flatRules);
    w.field("packets", p.traversed.packets);
    w.key("traversed");
    w.beginObject();
    w.key("mean");
    w.valueDouble(rounded(p.traversed.mean));
    w.field("max", p.traversed.max);
    w.endObject();
    w.key("flatTraversed");
    w.beginObject();
    w.key("mean");
    w.valueDouble(rounded(p.traversed.flatMean));
    w.field("max", p.traversed.flatMax);
    w.endObject();
    w.endObject();
    return w.take();
}

} // namespace

QByteArray growthToJson(
    const GrowthOptions &options, const QList<GrowthPoint> &points, const GrowthPoint &workspace)
{
    QByteArray out = "{\"growth\":{\"namespaces\":" + QByteArray::number(options.namespaces)
        + ",\"pods\":" + QByteArray::number(options.pods) + ",\"points\":[";
    for (qsizetype i = 0; i < points.size(); ++i)
        out += "\n  " + pointJson(points[i]) + (i + 1 < points.size() ? "," : "\n");
    return out + "],\n\"workspace\":" + pointJson(workspace) + "}}\n";
}

QString forecastToText(const PlacementForecast &forecast)
{
    QString out = CostReportWords::tr(
        "Node %1 with %n pod(s) placed: %2\n", nullptr, int(forecast.addedPods.size()))
                      .arg(forecast.before.node, forecast.addedPods.join(QStringLiteral(", ")));
    const RulesetCost &a = forecast.before;
    const RulesetCost &b = forecast.after;
    const auto change = [](qsizetype before, qsizetype after) {
        const qint64 d = qint64(after) - qint64(before);
        return (d > 0 ? QStringLiteral("+") : QString()) + QString::number(d);
    };
    QList<QStringList> rows {
        {QString(), CostReportWords::tr("ENDPOINTS"), CostReportWords::tr("RULES"),
            CostReportWords::tr("FLAT-RULES"), CostReportWords::tr("CHAINS"),
            CostReportWords::tr("IPSETS"), CostReportWords::tr("MEMBERS")}};
    for (const RulesetCost *n : {&a, &b}) {
        rows.append({n == &a ? CostReportWords::tr("now") : CostReportWords::tr("placed"),
            QString::number(n->endpoints), number(n->rules), number(n->flatRules),
            number(n->chains), number(n->ipsets), number(n->ipsetMembers)});
    }
    rows.append({CostReportWords::tr("change"), change(a.endpoints, b.endpoints),
        change(a.rules, b.rules), change(a.flatRules, b.flatRules), change(a.chains, b.chains),
        change(a.ipsets, b.ipsets), change(a.ipsetMembers, b.ipsetMembers)});
    if (forecast.ipv6Before && forecast.ipv6After) {
        // The IPv6 ruleset (ip6tables) of a dual-stack node, which the pods' IPv6 addresses fill.
        const RulesetCost &c = *forecast.ipv6Before;
        const RulesetCost &d = *forecast.ipv6After;
        for (const RulesetCost *n : {&c, &d}) {
            rows.append(
                {n == &c ? CostReportWords::tr("now, IPv6") : CostReportWords::tr("placed, IPv6"),
                    QString::number(n->endpoints), number(n->rules), number(n->flatRules),
                    number(n->chains), number(n->ipsets), number(n->ipsetMembers)});
        }
        rows.append({CostReportWords::tr("change, IPv6"), change(c.endpoints, d.endpoints),
            change(c.rules, d.rules), change(c.flatRules, d.flatRules), change(c.chains, d.chains),
            change(c.ipsets, d.ipsets), change(c.ipsetMembers, d.ipsetMembers)});
    }
    return out + table(rows);
}

QByteArray forecastToJson(const PlacementForecast &forecast)
{
    JsonWriter w;
    w.beginObject();
    w.key("forecast");
    w.beginObject();
    w.field("node", forecast.before.node);
    w.fieldStrings("placed", forecast.addedPods);
    for (const auto &[key, cost] :
        {std::pair {"before", &forecast.before}, std::pair {"after", &forecast.after}}) {
        w.key(key);
        w.beginObject();
        writeNodeFields(w, *cost);
        w.endObject();
    }
    if (forecast.ipv6Before && forecast.ipv6After) {
        w.key("ipv6");
        w.beginObject();
        for (const auto &[key, cost] : {std::pair {"before", &*forecast.ipv6Before},
                 std::pair {"after", &*forecast.ipv6After}}) {
            w.key(key);
            w.beginObject();
            writeNodeFields(w, *cost);
            w.endObject();
        }
        w.endObject();
    }
    w.endObject();
    w.endObject();
    return w.take() + '\n';
}

} // namespace ps
