#pragma once
// `policyctl cost`: what the ruleset costs — the numbers the studio's Charts dock draws
// (core/report/costreport.h). Per node (the default, or --by endpoint): the filter rules, chains,
// IP sets and members Felix renders and the rules a naive flat rendering would need; --node
// narrows it to one node. --growth: the rules a new connection traverses in both renderings as
// the number of policies grows, on generated clusters the size of the workspace (--policies
// sets the counts). --forecast-node N --place NS/WORKLOAD[:COUNT] (repeatable): the node's cost
// now and with those pods placed on it. Output: text (the default) or json.
//
// Exit codes: 0 written; 1 input with errors (without --accept-errors), an unknown node or
// workload, no free pod address; 2 on usage errors.

#include "app/cli/workspacecommand.h"
#include "core/dataplane/placementforecast.h"
#include "core/dataplane/traversalcost.h"

namespace ps::cli {

class CostCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::CostCommand)

public:
    CostCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err) override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;

private:
    int runGrowth(const WorkspaceContext &context, QTextStream &out, QTextStream &err) const;
    int runForecast(const WorkspaceContext &context, QTextStream &out, QTextStream &err) const;

    bool m_byEndpoint = false;
    QString m_node;
    bool m_growth = false;
    GrowthOptions m_growthOptions;
    QString m_forecastNode;
    QList<Placement> m_placements;
};

} // namespace ps::cli
