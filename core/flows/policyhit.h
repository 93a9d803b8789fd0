#pragma once
// Reading Calico's policy hits: the pipe-separated strings Felix writes into Enterprise flow
// logs and sends to Goldmane ("1|default|np:shop/allow-frontend|allow|0"), in both grammars —
// the one of Calico 3.32 and later (a short kind before the name) and the older one (tier
// prefixes, "staged:", "knp.default.", "__PROFILE__.") — and the kind names and numbers of the
// structured hits of Whisker and Goldmane. docs/flows.md lists every form with an example.
// Errors are messages only: the readers add the file, line, column and field.

#include <QString>
#include <QStringView>

#include "core/flows/flowrecord.h"
#include "core/model/result.h"

namespace ps {

/// One hit string "<index>|<tier>|<name part>|<action>|<rule index>" (the rule index may be
/// missing in very old Enterprise data, or "-"). A rule index of -1 is an end-of-tier hit (the
/// name part names the policy that selected the endpoint); -2 and "-" mean unknown.
Result<PolicyHit> parsePolicyHitString(QStringView text);

/// A structured hit's kind: Whisker's PolicyKind names ("CalicoNetworkPolicy",
/// "NetworkPolicy" = Kubernetes, "EndOfTier", ...) or Goldmane's numbers. nullopt when unknown.
std::optional<HitKind> hitKindFromName(QStringView name, bool *endOfTier);
std::optional<HitKind> hitKindFromNumber(qint64 number, bool *endOfTier);
/// "allow" / "Allow" / 1 ...; nullopt when unknown.
std::optional<FlowAction> flowActionFromName(QStringView name);
std::optional<FlowAction> flowActionFromNumber(qint64 number);

} // namespace ps
