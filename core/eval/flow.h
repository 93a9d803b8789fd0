#pragma once
// Flow: what `policyctl trace` and the studio ask about — a connection attempt from one
// endpoint REF to another (docs/semantics.md: "Flows and traces"), as given by the user. REFs are
// "namespace/name" (a pod, else a workload template), "hep:name", or an IP address.
// `via` names the host endpoint ("hep:name") whose interface a forwarded flow arrives on: the
// host routes it on to `to`, so that host endpoint's untracked, pre-DNAT and applyOnForward
// (forward) policies apply as well (docs/semantics.md: "Host endpoints").
// parseFlows() reads the `--flows` JSON array ({from,to,via,protocol,port,icmpType,icmpCode}).

#include <optional>

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include "core/model/result.h"

namespace ps {

struct Flow {
    QString from;
    QString to;
    QString via; // "" = not forwarded through a host endpoint
    // A name from the protocol table (core/model/protocol.h) or a number; parseProtocolNumber()
    // reads it.
    QString protocol = QStringLiteral("TCP");
    std::optional<int> port; // destination port
    std::optional<int> sourcePort; // rarely known; rules with source ports need it
    std::optional<int> icmpType;
    std::optional<int> icmpCode;
};

/// A JSON array of flow objects {from, to, via, protocol, port, sourcePort, icmpType, icmpCode}:
/// from, to (non-empty strings) and protocol (a name, or a whole number 1-255) are required;
/// ports are whole numbers 0-65535, ICMP type and code 0-255 (null means absent), icmpCode needs
/// icmpType; any other key is an error. The first problem is returned: its message names the
/// flow's index and the field ("flow 3: \"port\" must be a whole number from 0 to 65535, got
/// 80.5") and its path is "[3].port" ("[3]" when the item itself is wrong). `via` is optional
/// (a non-empty string; null means absent). The error's file is `fileName` and its line and
/// column point at the flow (or at the JSON syntax error).
Result<QList<Flow>> parseFlows(const QByteArray &json, const QString &fileName = {});

} // namespace ps

Q_DECLARE_METATYPE(ps::Flow)
