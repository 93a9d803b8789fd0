#include "core/model/policy.h"

namespace ps {

QStringList defaultPolicyTypes(
    const QStringList &written, bool hasIngressRules, bool hasEgressRules)
{
    if (!written.isEmpty())
        return written;
    if (!hasEgressRules)
        return {QStringLiteral("Ingress")};
    if (!hasIngressRules)
        return {QStringLiteral("Egress")};
    return {QStringLiteral("Ingress"), QStringLiteral("Egress")};
}

} // namespace ps
