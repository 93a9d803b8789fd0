#pragma once
// ConnectivityMatrix: which groups of endpoints may open connections to which, for one probe
// (protocol and port), by pod, workload, namespace or service account. Endpoints that no
// policy can tell apart — same labels as selectors see them (own + inherited), same profiles,
// named ports, network-set memberships of their address, same containment in every CIDR any
// rule names, same service memberships — form one class, and only one representative pair per
// pair of classes is evaluated, so the cost grows with the number of distinct classes, not of
// pods. Renderers for the `policyctl matrix -o txt|csv|json|md|dot` formats live here so the
// CLI and the studio print the same thing.

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/eval/policyengine.h"

namespace ps {

enum class MatrixGrouping { Pod, Workload, Namespace, ServiceAccount };

/// "pod", "workload", "namespace", "serviceaccount" (nullopt for anything else).
std::optional<MatrixGrouping> matrixGroupingFromName(const QString &name);
QString matrixGroupingName(MatrixGrouping grouping);

enum class CellVerdict { Allow, Deny, Partial };
QString cellVerdictName(CellVerdict v);

struct MatrixGroup {
    QString name;
    QList<int> members; // inventory object ids (endpoints)
};

struct MatrixCell {
    CellVerdict verdict = CellVerdict::Deny;
    qint64 allowedPairs = 0; // endpoint pairs allowed
    qint64 pairs = 0;
};

struct ConnectivityMatrix {
    MatrixGrouping by = MatrixGrouping::Namespace;
    QString protocol;
    std::optional<int> port;
    QList<MatrixGroup> groups;
    QList<QList<MatrixCell>> cells; // cells[from][to]
    int classes = 0;                // distinct endpoint classes
    qint64 evaluations = 0;         // representative pairs evaluated
};

/// Classes of endpoints no selector, net, named port or service can tell apart (see above).
/// Returns, for each object id in `endpoints`, its class number (0-based, dense).
QList<int> endpointClasses(const PolicyEngine &engine, const QList<int> &endpoints);

/// The matrix of pods (plus workload templates without pods under `Workload`, and host
/// endpoints, each its own group) for one probe. `protocol` as in Flow.
ConnectivityMatrix computeMatrix(const PolicyEngine &engine, MatrixGrouping by,
                                 const QString &protocol = QStringLiteral("TCP"),
                                 std::optional<int> port = std::nullopt);

QString matrixToText(const ConnectivityMatrix &m);
QString matrixToCsv(const ConnectivityMatrix &m);
QString matrixToMarkdown(const ConnectivityMatrix &m);
QString matrixToDot(const ConnectivityMatrix &m);
QByteArray matrixToJson(const ConnectivityMatrix &m);

} // namespace ps
