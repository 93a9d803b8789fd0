#include "core/validate/resourcevalidator_p.h"

#include <cmath>

#include "core/model/builtintier.h"
#include "core/net/ipnetwork.h"
#include "core/validate/diagnosticsink.h"
#include "core/validate/metarules.h"
#include "core/validate/namerules.h"
#include "core/validate/rulevalidator.h"

namespace ps {

namespace {

QString indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

bool isInterfaceName(const QString &s)
{
    if (s == QStringLiteral("*"))
        return true;
    if (s.isEmpty() || s.size() > 15)
        return false;
    for (QChar c : s) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

void ResourceValidator::validate(DiagnosticSink &sink, const Tier &tier)
{
    MetaRules::check(sink, tier.meta, ResourceKind::Tier);
    const QString &action = effectiveTierDefaultAction(tier.defaultAction);
    if (action != QStringLiteral("Deny") && action != QStringLiteral("Pass")) {
        sink.error(QStringLiteral("spec.defaultAction"),
            tr("invalid defaultAction \"%1\": expected Deny or Pass").arg(tier.defaultAction));
    }
    if (tier.order && !std::isfinite(*tier.order))
        sink.error(QStringLiteral("spec.order"), tr("order must be a finite number"));

    if (const BuiltInTier *b = builtInTier(tier.meta.name)) {
        if (!tier.order || *tier.order != b->order) {
            sink.error(QStringLiteral("spec.order"),
                tr("the built-in tier \"%1\" must have order %2")
                    .arg(tier.meta.name)
                    .arg(b->order, 0, 'f', 0));
        }
        if (action != b->defaultActionText()) {
            sink.error(QStringLiteral("spec.defaultAction"),
                tr("the built-in tier \"%1\" must have defaultAction %2")
                    .arg(tier.meta.name, b->defaultActionText()));
        }
    }
}

void ResourceValidator::validate(DiagnosticSink &sink, const Profile &profile)
{
    MetaRules::check(sink, profile.meta, ResourceKind::Profile);
    MetaRules::checkLabels(sink, profile.labelsToApply, QStringLiteral("spec.labelsToApply"));
    RuleValidator(sink, RuleOwner::Profile, true)
        .validateList(profile.ingress, QStringLiteral("spec.ingress"));
    RuleValidator(sink, RuleOwner::Profile, false)
        .validateList(profile.egress, QStringLiteral("spec.egress"));
}

void ResourceValidator::validate(DiagnosticSink &sink, const NetworkSet &set)
{
    const ResourceKind kind
        = set.global ? ResourceKind::GlobalNetworkSet : ResourceKind::NetworkSet;
    MetaRules::check(sink, set.meta, kind);
    const QString reserved = QStringLiteral("projectcalico.org/namespace");
    if (set.meta.labels.contains(reserved)) {
        sink.error(MetaRules::entryPath(QStringLiteral("metadata.labels"), reserved),
            tr("the label projectcalico.org/namespace is reserved: Calico sets it "
               "itself and it may not be written on a %1")
                .arg(kindName(kind)));
    }
    for (qsizetype i = 0; i < set.nets.size(); ++i) {
        if (!IpNetwork::parseCidrOrIp(set.nets[i])) {
            sink.error(indexed(QStringLiteral("spec.nets"), i),
                tr("invalid network \"%1\": expected an IP address or a CIDR such as "
                   "10.0.0.0/8")
                    .arg(set.nets[i]));
        }
    }
}

void ResourceValidator::validate(DiagnosticSink &sink, const HostEndpoint &endpoint)
{
    MetaRules::check(sink, endpoint.meta, ResourceKind::HostEndpoint);
    if (endpoint.node.isEmpty()) {
        sink.error(QStringLiteral("spec.node"),
            tr("a HostEndpoint needs spec.node: the node it belongs to"));
    } else {
        const QString e = NameRules::checkDnsSubdomain(endpoint.node, tr("node name"));
        if (!e.isEmpty())
            sink.error(QStringLiteral("spec.node"), e);
    }
    if (endpoint.interfaceName.isEmpty() && endpoint.expectedIPs.isEmpty()) {
        sink.error(QStringLiteral("spec"),
            tr("a HostEndpoint needs interfaceName or expectedIPs (or both)"));
    }
    if (!endpoint.interfaceName.isEmpty() && !isInterfaceName(endpoint.interfaceName)) {
        sink.error(QStringLiteral("spec.interfaceName"),
            tr("invalid interfaceName \"%1\": expected \"*\" or 1-15 letters, digits, "
               "'_', '.' or '-'")
                .arg(endpoint.interfaceName));
    }
    for (qsizetype i = 0; i < endpoint.expectedIPs.size(); ++i) {
        if (!IpAddress::parse(endpoint.expectedIPs[i])) {
            sink.error(indexed(QStringLiteral("spec.expectedIPs"), i),
                tr("invalid IP address \"%1\" in expectedIPs").arg(endpoint.expectedIPs[i]));
        }
    }
    for (qsizetype i = 0; i < endpoint.profiles.size(); ++i) {
        const QString e = NameRules::checkDnsSubdomain(endpoint.profiles[i], tr("profile name"));
        if (!e.isEmpty())
            sink.error(indexed(QStringLiteral("spec.profiles"), i), e);
    }
    for (qsizetype i = 0; i < endpoint.ports.size(); ++i) {
        const EndpointPort &p = endpoint.ports[i];
        const QString path = indexed(QStringLiteral("spec.ports"), i);
        const QString nameError = checkKubernetesPortName(p.name);
        if (!nameError.isEmpty()) {
            sink.error(path + QStringLiteral(".name"),
                p.name.isEmpty() ? tr("a named port needs a name")
                                 : tr("invalid port name \"%1\": %2").arg(p.name, nameError));
        }
        if (!p.protocol.isValid() || !p.protocol.supportsPorts()) {
            sink.error(path + QStringLiteral(".protocol"),
                tr("invalid port protocol \"%1\": expected TCP, UDP or SCTP (names are "
                   "case-sensitive)")
                    .arg(p.protocol.toString()));
        }
        if (p.port < 1 || p.port > 65535) {
            sink.error(path + QStringLiteral(".port"),
                tr("port %1 is out of range: expected 1-65535").arg(p.port));
        }
    }
}

} // namespace ps
