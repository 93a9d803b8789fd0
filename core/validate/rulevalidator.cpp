#include "core/validate/rulevalidator.h"

#include <QSet>

#include "core/io/didyoumean.h"
#include "core/model/protocol.h"
#include "core/net/ipnetwork.h"
#include "core/validate/diagnosticsink.h"
#include "core/validate/metarules.h"
#include "core/validate/namerules.h"
#include "core/validate/selectorrules_p.h"

namespace ps {

namespace {

const QStringList &actionNames()
{
    static const QStringList names {QStringLiteral("Allow"), QStringLiteral("Deny"),
        QStringLiteral("Log"), QStringLiteral("Pass")};
    return names;
}

bool allDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

} // namespace

RuleValidator::RuleValidator(
    DiagnosticSink &sink, RuleOwner owner, bool ingress, const QString &policyNamespace)
    : m_sink(sink), m_owner(owner), m_ingress(ingress), m_namespace(policyNamespace)
{
}

void RuleValidator::validateList(const QList<Rule> &rules, const QString &path)
{
    if (rules.size() > kMaxRules) {
        m_sink.error(path,
            tr("%1 rules in one direction; at most %2 are allowed")
                .arg(rules.size())
                .arg(kMaxRules));
    }
    qsizetype catchAll = -1;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString rulePath = indexed(path, i);
        validate(rules[i], rulePath);
        if (catchAll >= 0) {
            m_sink.warning(rulePath,
                tr("this rule is never reached: rule %1 above matches every packet and its "
                   "action %2 ends the evaluation")
                    .arg(catchAll)
                    .arg(rules[catchAll].action));
            break; // one warning per list is enough
        }
        if (isTerminalCatchAll(rules[i]))
            catchAll = i;
    }
}

bool RuleValidator::isTerminalCatchAll(const Rule &rule)
{
    const bool terminal = rule.action == QStringLiteral("Allow")
        || rule.action == QStringLiteral("Deny") || rule.action == QStringLiteral("Pass");
    return terminal && !rule.ipVersion && !rule.protocol && !rule.notProtocol && !rule.icmp
        && !rule.notICMP && !rule.http && rule.source.isEmpty() && rule.destination.isEmpty();
}

void RuleValidator::validate(const Rule &rule, const QString &path)
{
    checkAction(rule, path);
    if (rule.ipVersion && *rule.ipVersion != 4 && *rule.ipVersion != 6) {
        m_sink.error(path + QStringLiteral(".ipVersion"),
            tr("invalid ipVersion %1: expected 4 or 6").arg(*rule.ipVersion));
    }
    if (rule.protocol)
        checkProtocol(*rule.protocol, path + QStringLiteral(".protocol"));
    if (rule.notProtocol)
        checkProtocol(*rule.notProtocol, path + QStringLiteral(".notProtocol"));
    checkIcmp(rule, path);
    checkPorts(rule, path);
    checkNets(rule, path);
    checkEntity(rule.source, true, path + QStringLiteral(".source"));
    checkEntity(rule.destination, false, path + QStringLiteral(".destination"));
    checkHttp(rule, path);
    MetaRules::checkAnnotations(
        m_sink, rule.annotations, path + QStringLiteral(".metadata.annotations"));
}

void RuleValidator::checkAction(const Rule &rule, const QString &path)
{
    const QString actionPath = path + QStringLiteral(".action");
    if (rule.action.isEmpty()) {
        m_sink.error(actionPath, tr("the rule has no action: expected Allow, Deny, Log or Pass"));
        return;
    }
    if (!actionNames().contains(rule.action)) {
        const QString suggestion = sameIgnoringCase(rule.action, actionNames());
        if (!suggestion.isEmpty()) {
            m_sink.error(actionPath,
                tr("invalid action \"%1\": actions are case-sensitive; "
                   "did you mean \"%2\"?")
                    .arg(rule.action, suggestion));
        } else {
            m_sink.error(actionPath,
                tr("invalid action \"%1\": expected Allow, Deny, Log or Pass").arg(rule.action));
        }
        return;
    }
    if (m_owner == RuleOwner::Profile && rule.action == QStringLiteral("Pass")) {
        m_sink.warning(actionPath,
            tr("Pass in a profile is ambiguous: iptables and nftables end this "
               "profile and continue with the next one, while BPF and the "
               "application-layer checker treat it as Deny"));
    }
}

void RuleValidator::checkProtocol(const Protocol &protocol, const QString &path)
{
    if (protocol.isValid())
        return;
    if (protocol.isNumber() || allDigits(protocol.name())) {
        m_sink.error(path,
            tr("protocol number %1 is out of range: expected 1-255 or one of %2")
                .arg(protocol.toString(), knownProtocolNames().join(QStringLiteral(", "))));
        return;
    }
    if (const ProtocolFacts *known = protocolFacts(protocol.name(), Qt::CaseInsensitive)) {
        m_sink.error(path,
            tr("invalid protocol \"%1\": protocol names are case-sensitive; "
               "did you mean \"%2\"?")
                .arg(protocol.name(), known->nameText()));
        return;
    }
    m_sink.error(path,
        tr("invalid protocol \"%1\": expected %2 or a number 1-255")
            .arg(protocol.name(), knownProtocolNames().join(QStringLiteral(", "))));
}

void RuleValidator::checkIcmpFields(const IcmpFields &icmp, const QString &path)
{
    if (icmp.type && (*icmp.type < 0 || *icmp.type > 254)) {
        m_sink.error(path + QStringLiteral(".type"),
            tr("ICMP type %1 is out of range: expected 0-254").arg(*icmp.type));
    }
    if (icmp.code && (*icmp.code < 0 || *icmp.code > 255)) {
        m_sink.error(path + QStringLiteral(".code"),
            tr("ICMP code %1 is out of range: expected 0-255").arg(*icmp.code));
    }
    if (icmp.code && !icmp.type) {
        m_sink.error(path + QStringLiteral(".code"),
            tr("an ICMP code needs an ICMP type: set type as well"));
    }
}

void RuleValidator::checkIcmp(const Rule &rule, const QString &path)
{
    if (rule.icmp) {
        checkIcmpFields(*rule.icmp, path + QStringLiteral(".icmp"));
        const bool icmpProtocol
            = rule.protocol && (rule.protocol->isIcmpV4() || rule.protocol->isIcmpV6());
        if (!icmpProtocol) {
            m_sink.error(path + QStringLiteral(".icmp"),
                rule.protocol ? tr("icmp needs protocol ICMP or ICMPv6, but the protocol is %1")
                                    .arg(rule.protocol->toString())
                              : tr("icmp needs protocol ICMP or ICMPv6; the rule sets no "
                                   "protocol"));
        }
    }
    if (rule.notICMP)
        checkIcmpFields(*rule.notICMP, path + QStringLiteral(".notICMP"));

    if (!rule.ipVersion)
        return;
    const bool v4 = (rule.protocol && rule.protocol->isIcmpV4())
        || (rule.notProtocol && rule.notProtocol->isIcmpV4());
    const bool v6 = (rule.protocol && rule.protocol->isIcmpV6())
        || (rule.notProtocol && rule.notProtocol->isIcmpV6());
    if (v4 && *rule.ipVersion != 4) {
        m_sink.error(path + QStringLiteral(".ipVersion"),
            tr("protocol ICMP is IPv4 only: ipVersion must be 4 or unset"));
    }
    if (v6 && *rule.ipVersion != 6) {
        m_sink.error(path + QStringLiteral(".ipVersion"),
            tr("protocol ICMPv6 is IPv6 only: ipVersion must be 6 or unset"));
    }
}

void RuleValidator::checkPorts(const Rule &rule, const QString &path)
{
    const struct {
        const QList<Port> *ports;
        const char16_t *suffix;
    } lists[] = {
        {&rule.source.ports, u".source.ports"},
        {&rule.source.notPorts, u".source.notPorts"},
        {&rule.destination.ports, u".destination.ports"},
        {&rule.destination.notPorts, u".destination.notPorts"},
    };
    for (const auto &l : lists) {
        if (!l.ports->isEmpty())
            checkPortList(rule, *l.ports, path + QStringView(l.suffix).toString());
    }
}

void RuleValidator::checkPortList(const Rule &rule, const QList<Port> &ports, const QString &path)
{
    if (ports.isEmpty())
        return;
    if (ports.size() > kMaxPorts) {
        m_sink.error(
            path, tr("%1 ports listed; at most %2 are allowed").arg(ports.size()).arg(kMaxPorts));
    }
    if (rule.protocol && rule.protocol->isValid() && !rule.protocol->supportsPorts()) {
        const QString name = rule.protocol->isNumber()
            ? protocolDisplayName(rule.protocol->number())
            : rule.protocol->name();
        m_sink.error(path,
            tr("protocol %1 does not support ports: a rule that lists ports "
               "must use protocol TCP, UDP or SCTP")
                .arg(name));
    }
    for (qsizetype i = 0; i < ports.size(); ++i) {
        const Port &p = ports[i];
        const QString portPath = indexed(path, i);
        if (p.isNamed()) {
            const QString why = checkKubernetesPortName(p.name());
            if (!why.isEmpty())
                m_sink.error(portPath, tr("invalid port name \"%1\": %2").arg(p.name(), why));
            continue;
        }
        if (p.min() < 1 || p.max() < 1 || p.min() > 65535 || p.max() > 65535) {
            m_sink.error(portPath,
                tr("port %1 is invalid: port numbers must be between 1 "
                   "and 65535")
                    .arg(p.toString()));
        } else if (p.min() > p.max()) {
            m_sink.error(portPath,
                tr("port range %1 is invalid: the first port must not be "
                   "above the second")
                    .arg(p.toString()));
        }
        if (!rule.protocol) {
            m_sink.error(portPath,
                tr("numeric port %1 needs the rule to set protocol TCP, UDP or SCTP "
                   "(only named ports may be used without a protocol)")
                    .arg(p.toString()));
        }
    }
}

void RuleValidator::checkNets(const Rule &rule, const QString &path)
{
    const struct {
        const QStringList *nets;
        const char16_t *suffix;
        bool negated;
    } lists[] = {
        {&rule.source.nets, u".source.nets", false},
        {&rule.source.notNets, u".source.notNets", true},
        {&rule.destination.nets, u".destination.nets", false},
        {&rule.destination.notNets, u".destination.notNets", true},
    };
    const int ipVersion
        = rule.ipVersion && (*rule.ipVersion == 4 || *rule.ipVersion == 6) ? *rule.ipVersion : 0;
    bool seenV4 = false;
    bool seenV6 = false;
    bool mixReported = false;
    for (const auto &l : lists) {
        const QStringList &nets = *l.nets;
        if (nets.isEmpty())
            continue;
        const QString listPath = path + QStringView(l.suffix).toString();
        if (nets.size() > kMaxNets) {
            m_sink.error(listPath,
                tr("%1 CIDRs listed; at most %2 are allowed").arg(nets.size()).arg(kMaxNets));
        }
        bool v4 = false;
        bool v6 = false;
        for (qsizetype i = 0; i < nets.size(); ++i) {
            const QString &text = nets[i];
            const QString entryPath = indexed(listPath, i);
            const auto net = IpNetwork::parseCidr(text);
            if (!net) {
                const auto bare = IpNetwork::parseCidrOrIp(text);
                if (bare) {
                    m_sink.error(entryPath,
                        tr("\"%1\" has no prefix length: rule nets need a "
                           "CIDR, e.g. %2")
                            .arg(text, bare->toString()));
                } else {
                    m_sink.error(entryPath,
                        tr("invalid CIDR \"%1\": expected an address "
                           "and prefix length such as 10.0.0.0/8 or "
                           "fd00::/64")
                            .arg(text));
                }
                continue;
            }
            v4 = v4 || net->family() == 4;
            v6 = v6 || net->family() == 6;
            if (net->hasHostBits()) {
                m_sink.error(entryPath,
                    tr("CIDR %1 has host bits set: expected the network "
                       "address %2")
                        .arg(text, net->network().toString()));
            }
            if (net->family() == 4 && text.contains(u':')) {
                // Go reads it with a 128-bit mask, then prints and classifies the network by
                // its last 32 bits: Calico and Felix use the IPv4 network (docs/net.md).
                m_sink.warning(entryPath,
                    tr("%1 is an IPv4-mapped IPv6 spelling: Calico reads it as the IPv4 "
                       "network %2")
                        .arg(text, net->network().toString()));
            }
            if (l.negated && net->isCatchAll() && !net->hasHostBits()) {
                // Calico's validator refuses "0.0.0.0/0" as written and ::/0 in any spelling;
                // Felix drops the rule for any spelling of either (FilterRuleToIPVersion).
                if (net->family() == 6 || text == u"0.0.0.0/0") {
                    m_sink.error(entryPath,
                        tr("notNets contains the catch-all %1, so the rule "
                           "can never match")
                            .arg(text));
                } else {
                    m_sink.warning(entryPath,
                        tr("notNets contains %1, a spelling of the catch-all 0.0.0.0/0 that "
                           "Calico accepts; Felix drops the rule, so it never matches IPv4")
                            .arg(text));
                }
            }
        }
        if (ipVersion != 0 && ((v4 && ipVersion != 4) || (v6 && ipVersion != 6))) {
            m_sink.error(listPath,
                tr("the rule's ipVersion is %1 but this list has IPv%2 "
                   "CIDRs")
                    .arg(ipVersion)
                    .arg(ipVersion == 4 ? 6 : 4));
        }
        if (!mixReported && ((v4 && seenV6) || (v6 && seenV4) || (v4 && v6))) {
            m_sink.error(listPath,
                tr("the rule mixes IPv4 and IPv6 CIDRs: all nets and "
                   "notNets of one rule must be of the same IP family"));
            mixReported = true;
        }
        seenV4 = seenV4 || v4;
        seenV6 = seenV6 || v6;
    }
    // Calico accepts these, but the protocol pins the family: the rule can never match.
    const int impliedVersion = rule.protocol ? rule.protocol->impliedIpVersion() : 0;
    if (ipVersion == 0 && impliedVersion == 4 && seenV6 && !seenV4) {
        m_sink.warning(path + QStringLiteral(".protocol"),
            tr("protocol ICMP only matches IPv4 but the rule's CIDRs are IPv6: "
               "the rule never matches"));
    }
    if (ipVersion == 0 && impliedVersion == 6 && seenV4 && !seenV6) {
        m_sink.warning(path + QStringLiteral(".protocol"),
            tr("protocol ICMPv6 only matches IPv6 but the rule's CIDRs are IPv4: "
               "the rule never matches"));
    }
}

void RuleValidator::checkEntity(const EntityRule &entity, bool isSource, const QString &path)
{
    if (!entity.selector.isEmpty()) {
        SelectorRules::check(m_sink, path + QStringLiteral(".selector"), entity.selector,
            SelectorRole::RuleSelector);
    }
    if (!entity.notSelector.isEmpty()) {
        SelectorRules::check(m_sink, path + QStringLiteral(".notSelector"), entity.notSelector,
            SelectorRole::RuleNotSelector);
    }
    if (!entity.namespaceSelector.isEmpty()) {
        SelectorRules::check(m_sink, path + QStringLiteral(".namespaceSelector"),
            entity.namespaceSelector, SelectorRole::RuleNamespaceSelector);
    }
    if (entity.serviceAccounts && !entity.serviceAccounts->selector.isEmpty()) {
        SelectorRules::check(m_sink, path + QStringLiteral(".serviceAccounts.selector"),
            entity.serviceAccounts->selector, SelectorRole::ServiceAccountSelector);
    }
    if (entity.services)
        checkServices(entity, isSource, path);
    if (!isSource && entity.services && (!entity.ports.isEmpty() || !entity.notPorts.isEmpty())) {
        m_sink.error(path
                + (entity.ports.isEmpty() ? QStringLiteral(".notPorts") : QStringLiteral(".ports")),
            tr("destination ports cannot be combined with destination services: a "
               "service match uses the ports of the service's endpoints"));
    }
}

void RuleValidator::checkServices(const EntityRule &entity, bool isSource, const QString &path)
{
    const ServiceMatch &svc = *entity.services;
    const QString svcPath = path + QStringLiteral(".services");
    if (svc.name.isEmpty()) {
        m_sink.error(svcPath + QStringLiteral(".name"), tr("a service match needs a name"));
    } else {
        const QString e = NameRules::checkDnsSubdomain(svc.name, tr("service name"));
        if (!e.isEmpty())
            m_sink.error(svcPath + QStringLiteral(".name"), e);
    }
    if (!svc.namespace_.isEmpty()) {
        const QString e = NameRules::checkDnsSubdomain(svc.namespace_, tr("service namespace"));
        if (!e.isEmpty())
            m_sink.error(svcPath + QStringLiteral(".namespace"), e);
    }

    QStringList combined;
    if (!entity.selector.isEmpty())
        combined << QStringLiteral("selector");
    if (!entity.notSelector.isEmpty())
        combined << QStringLiteral("notSelector");
    if (!entity.namespaceSelector.isEmpty())
        combined << QStringLiteral("namespaceSelector");
    if (!entity.nets.isEmpty())
        combined << QStringLiteral("nets");
    if (!entity.notNets.isEmpty())
        combined << QStringLiteral("notNets");
    if (entity.serviceAccounts)
        combined << QStringLiteral("serviceAccounts");
    if (!combined.isEmpty()) {
        m_sink.error(svcPath,
            tr("services cannot be combined with %1 in the same %2")
                .arg(combined.join(QStringLiteral(", ")),
                    isSource ? QStringLiteral("source") : QStringLiteral("destination")));
    }

    if (m_owner == RuleOwner::Profile)
        return;
    const bool allowedHere = m_ingress ? isSource : !isSource;
    if (!allowedHere) {
        m_sink.error(svcPath,
            m_ingress ? tr("services are not allowed in an ingress rule's "
                           "destination: use them in the source of ingress rules "
                           "or the destination of egress rules")
                      : tr("services are not allowed in an egress rule's source: "
                           "use them in the source of ingress rules or the "
                           "destination of egress rules"));
        return;
    }
    if (svc.namespace_.isEmpty()) {
        if (m_owner == RuleOwner::GlobalNetworkPolicy) {
            m_sink.error(svcPath + QStringLiteral(".namespace"),
                tr("a service match in a GlobalNetworkPolicy needs a namespace"));
        } else {
            m_sink.warning(svcPath,
                tr("services.namespace is empty: Calico's documentation says this "
                   "means the policy's namespace (%1), but Calico itself then "
                   "matches no Service; write the namespace explicitly")
                    .arg(m_namespace.isEmpty() ? QStringLiteral("default") : m_namespace));
        }
    }
}

void RuleValidator::checkHttp(const Rule &rule, const QString &path)
{
    if (!rule.http)
        return;
    const QString httpPath = path + QStringLiteral(".http");
    if (rule.action != QStringLiteral("Allow") && actionNames().contains(rule.action)) {
        m_sink.error(httpPath,
            tr("an http match is only allowed on Allow rules (this rule's "
               "action is %1)")
                .arg(rule.action));
    }
    if (!m_ingress && m_owner != RuleOwner::Profile)
        m_sink.error(httpPath, tr("an http match is not allowed in egress rules"));
    if (rule.protocol && rule.protocol->toNumber() != 6) {
        m_sink.error(path + QStringLiteral(".protocol"),
            tr("a rule with an http match must use protocol TCP or leave the "
               "protocol unset"));
    }

    const HttpMatch &http = *rule.http;
    if (http.methods.size() > kMaxHttpItems) {
        m_sink.error(httpPath + QStringLiteral(".methods"),
            tr("%1 HTTP methods listed; at most %2 are allowed")
                .arg(http.methods.size())
                .arg(kMaxHttpItems));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < http.methods.size(); ++i) {
        if (seen.contains(http.methods[i])) {
            m_sink.error(indexed(httpPath + QStringLiteral(".methods"), i),
                tr("HTTP method \"%1\" is listed more than once").arg(http.methods[i]));
        }
        seen.insert(http.methods[i]);
    }
    if (http.paths.size() > kMaxHttpItems) {
        m_sink.error(httpPath + QStringLiteral(".paths"),
            tr("%1 HTTP paths listed; at most %2 are allowed")
                .arg(http.paths.size())
                .arg(kMaxHttpItems));
    }
    for (qsizetype i = 0; i < http.paths.size(); ++i) {
        const QString pPath = indexed(httpPath + QStringLiteral(".paths"), i);
        for (const HttpPathError &e : checkHttpPath(http.paths[i]))
            m_sink.error(e.field.isEmpty() ? pPath : pPath + u'.' + e.field, e.message);
    }
}

QList<RuleValidator::HttpPathError> RuleValidator::checkHttpPath(const HttpPath &p)
{
    if (!p.exact.isEmpty() && !p.prefix.isEmpty())
        return {{QString(), tr("set only one of exact and prefix in an HTTP path match")}};
    if (p.exact.isEmpty() && p.prefix.isEmpty())
        return {{QString(), tr("an HTTP path match needs exact or prefix")}};
    const QString &value = p.exact.isEmpty() ? p.prefix : p.exact;
    const QString field = p.exact.isEmpty() ? QStringLiteral("prefix") : QStringLiteral("exact");
    QList<HttpPathError> errors;
    if (NameRules::utf8Length(value) > kMaxHttpPathLength)
        errors.append(
            {field, tr("HTTP path is longer than %1 characters").arg(kMaxHttpPathLength)});
    if (!value.startsWith(u'/') || value.contains(u'?') || value.contains(u'#')
        || value.contains(u' ')) {
        errors.append({field,
            tr("invalid HTTP path \"%1\": it must start with '/' and "
               "contain no '?', '#' or space")
                .arg(value)});
    }
    return errors;
}

} // namespace ps
