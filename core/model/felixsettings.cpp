#include "core/model/felixsettings.h"

namespace ps {

namespace {

std::optional<EndpointToHostAction> endpointToHostAction(const QString &text)
{
    if (text.compare(u"Drop", Qt::CaseInsensitive) == 0)
        return EndpointToHostAction::Drop;
    if (text.compare(u"Accept", Qt::CaseInsensitive) == 0)
        return EndpointToHostAction::Accept;
    if (text.compare(u"Return", Qt::CaseInsensitive) == 0)
        return EndpointToHostAction::Return;
    return std::nullopt;
}

void apply(FelixSettings &s, const FelixConfiguration &c)
{
    if (c.failsafeInboundHostPorts) {
        if (const auto ports = failsafePortsOf(*c.failsafeInboundHostPorts))
            s.failsafeInbound = *ports;
    }
    if (c.failsafeOutboundHostPorts) {
        if (const auto ports = failsafePortsOf(*c.failsafeOutboundHostPorts))
            s.failsafeOutbound = *ports;
    }
    if (const auto action = endpointToHostAction(c.defaultEndpointToHostAction)) {
        s.endpointToHost = *action;
        s.endpointToHostFrom = c.meta.name;
    }
    if (c.chainInsertMode.compare(u"Append", Qt::CaseInsensitive) == 0)
        s.chainInsertAppend = true;
    else if (c.chainInsertMode.compare(u"Insert", Qt::CaseInsensitive) == 0)
        s.chainInsertAppend = false;
    if (!c.logPrefix.isEmpty())
        s.logPrefix = c.logPrefix;
    if (c.iptablesMarkMask && *c.iptablesMarkMask > 0 && *c.iptablesMarkMask <= 0xffffffffLL)
        s.markMask = quint32(*c.iptablesMarkMask);
    if (c.iptablesFilterDenyAction.compare(u"Reject", Qt::CaseInsensitive) == 0)
        s.filterDenyAction = QStringLiteral("REJECT");
    else if (c.iptablesFilterDenyAction.compare(u"Drop", Qt::CaseInsensitive) == 0)
        s.filterDenyAction = QStringLiteral("DROP");
    if (c.ipv6Support)
        s.ipv6Support = *c.ipv6Support;
    if (c.nftablesMode == u"Enabled")
        s.nftables = true;
    else if (c.nftablesMode == u"Disabled" || c.nftablesMode == u"Auto")
        s.nftables = false;
    if (c.bpfEnabled)
        s.bpf = *c.bpfEnabled;
    s.from.append(c.meta.name);
}

} // namespace

const QList<FailsafePort> &defaultFailsafePorts(bool inbound)
{
    static const QList<FailsafePort> in {{6, 22, {}}, {17, 68, {}}, {6, 179, {}}, {6, 2379, {}},
        {6, 2380, {}}, {6, 5473, {}}, {6, 6443, {}}, {6, 6666, {}}, {6, 6667, {}}};
    static const QList<FailsafePort> out {{17, 53, {}}, {17, 67, {}}, {6, 179, {}}, {6, 2379, {}},
        {6, 2380, {}}, {6, 5473, {}}, {6, 6443, {}}, {6, 6666, {}}, {6, 6667, {}}};
    return inbound ? in : out;
}

std::optional<QList<FailsafePort>> failsafePortsOf(const QList<FelixProtoPort> &ports)
{
    QList<FailsafePort> out;
    for (const FelixProtoPort &p : ports) {
        // Felix reads the list as text ("tcp:22,udp:68") and knows only tcp and udp: anything
        // else fails the whole setting, which then keeps its default.
        int protocol = 0;
        if (p.protocol.compare(u"TCP", Qt::CaseInsensitive) == 0)
            protocol = 6;
        else if (p.protocol.compare(u"UDP", Qt::CaseInsensitive) == 0)
            protocol = 17;
        else
            return std::nullopt;
        out.append({protocol, p.port, p.net});
    }
    return out;
}

QString felixConfigurationNode(const QString &name)
{
    return name.startsWith(u"node.") ? name.mid(5) : QString();
}

FelixSettings felixSettings(const WorkspaceData &workspace, const QString &node)
{
    FelixSettings s;
    s.failsafeInbound = defaultFailsafePorts(true);
    s.failsafeOutbound = defaultFailsafePorts(false);
    for (const FelixConfiguration &c : workspace.felixConfigurations) {
        if (c.meta.name == u"default")
            apply(s, c);
    }
    if (!node.isEmpty()) {
        for (const FelixConfiguration &c : workspace.felixConfigurations) {
            if (c.meta.name.startsWith(u"node.") && felixConfigurationNode(c.meta.name) == node)
                apply(s, c);
        }
    }
    return s;
}

QString endpointToHostActionName(EndpointToHostAction action)
{
    switch (action) {
    case EndpointToHostAction::Drop:
        return QStringLiteral("Drop");
    case EndpointToHostAction::Accept:
        return QStringLiteral("Accept");
    case EndpointToHostAction::Return:
        return QStringLiteral("Return");
    }
    return {};
}

} // namespace ps
