#pragma once
// Flow: what `policyctl trace` and the studio ask about — a connection attempt from one
// endpoint REF to another (calico-semantics §4.5), as given by the user. REFs are
// "namespace/name" (a pod, else a workload template), "hep:name", or an IP address.
// parseFlows() reads the `--flows` JSON array ({from,to,protocol,port,icmpType,icmpCode}).

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/model/result.h"

namespace ps {

struct Flow {
    QString from;
    QString to;
    QString protocol = QStringLiteral("TCP"); // a name (TCP, UDP, SCTP, ICMP, ICMPv6, UDPLite) or a number
    std::optional<int> port;                  // destination port
    std::optional<int> sourcePort;            // rarely known; rules with source ports need it
    std::optional<int> icmpType;
    std::optional<int> icmpCode;
};

/// Protocol text → IANA number: the six names (case-insensitively) or 1..255; nullopt else.
std::optional<int> parseFlowProtocol(const QString &text);
/// The name shown for a protocol number ("TCP", "ICMPv6", or the number).
QString flowProtocolName(int number);

/// A JSON array of flow objects. `protocol` may be a string or a number.
Result<QList<Flow>> parseFlows(const QByteArray &json);

} // namespace ps
