#include "core/model/action.h"

namespace ps {

QString directionName(Direction direction)
{
    return direction == Direction::Ingress ? QStringLiteral("ingress") : QStringLiteral("egress");
}

RuleAction ruleActionFromText(const QString &action)
{
    if (action == u"Allow")
        return RuleAction::Allow;
    if (action == u"Deny")
        return RuleAction::Deny;
    if (action == u"Log")
        return RuleAction::Log;
    if (action == u"Pass")
        return RuleAction::Pass;
    return RuleAction::Invalid;
}

QString ruleActionName(RuleAction action)
{
    switch (action) {
    case RuleAction::Allow:
        return QStringLiteral("allow");
    case RuleAction::Deny:
        return QStringLiteral("deny");
    case RuleAction::Log:
        return QStringLiteral("log");
    case RuleAction::Pass:
        return QStringLiteral("pass");
    case RuleAction::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

QString verdictName(Verdict verdict)
{
    return verdict == Verdict::Allow ? QStringLiteral("allow") : QStringLiteral("deny");
}

} // namespace ps
