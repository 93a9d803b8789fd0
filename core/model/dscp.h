#pragma once
// DSCP: the value Calico (3.31 and later) reads from an endpoint's qos.projectcalico.org/dscp
// annotation and Felix writes into the DSCP field of the endpoint's traffic leaving the cluster.
// Parsing follows libcalico-go's numorstring.DSCP: a decimal number 0-63 or a class name (DF,
// EF, AF11-AF43, CS0-CS6, any case); anything else is an Error whose message says why.

#include <optional>

#include <QString>

#include "core/model/meta.h"
#include "core/model/result.h"

namespace ps {

/// The annotation of a pod (or host endpoint) that asks Felix to mark its egress traffic.
inline constexpr QLatin1StringView kDscpAnnotation {"qos.projectcalico.org/dscp"};

/// The DSCP value 0-63 the annotation's text stands for.
Result<int> parseDscp(const QString &text);

/// The DSCP value an endpoint's annotations ask for: nullopt without the annotation or when
/// its value is invalid (Calico then leaves the endpoint unmarked and logs the error).
std::optional<int> dscpOf(const Labels &annotations);

} // namespace ps
