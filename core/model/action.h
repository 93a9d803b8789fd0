#pragma once
// The words every analysis shares: a direction of traffic at an endpoint, a rule's action and
// a verdict. Their lowercase names are part of policyctl's JSON contract.

#include <QString>

namespace ps {

enum class Direction { Ingress, Egress };

/// A rule's action as Calico spells it (Allow, Deny, Log, Pass); Invalid for anything else.
enum class RuleAction { Allow, Deny, Log, Pass, Invalid };

enum class Verdict { Allow, Deny };

/// "ingress" / "egress".
QString directionName(Direction direction);
/// Allow, Deny, Log or Pass (exactly as written; Calico's actions are case-sensitive), else
/// Invalid.
RuleAction ruleActionFromText(const QString &action);
/// "allow", "deny", "log", "pass" or "invalid".
QString ruleActionName(RuleAction action);
/// "allow" / "deny".
QString verdictName(Verdict verdict);

} // namespace ps
