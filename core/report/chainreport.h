#pragma once
// An endpoint's rule chain as policyctl prints it: JSON (the documented contract) and text.

#include <QByteArray>
#include <QString>

#include "core/eval/endpointchain.h"

namespace ps {

/// {"endpoint","kind","ingress":{"tiers":[{"name","defaultAction","stagedOnly","policies":[
///   {"name","kind","order","staged","selector","rules":[{"index","action","summary"}]}]}],
///   "profiles":[{"name","defined","rules":[...]}]},"egress":{...}}
/// Host endpoints add "stages":[{"stage","tiers":[...]}] after "profiles".
QByteArray toJson(const EndpointChain &chain);
/// Indented plain text for terminals.
QString toText(const EndpointChain &chain);

} // namespace ps
