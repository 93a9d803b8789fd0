#pragma once
// Simulator: walks one packet through a FelixRuleset the way the kernel's filter table would —
// the Felix hook rules in INPUT / FORWARD / OUTPUT, then jumps, gotos and returns through the
// cali- chains — with IP set membership from the rendered sets and the packet mark. It returns
// the verdict, the number of rules the packet was tested against and the path it took. The
// packet is the first of a connection (conntrack state NEW, not DNATed) unless said otherwise.
// Builds its set index once; run() is const and thread-safe.

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "core/dataplane/felixruleset.h"
#include "core/net/ipaddress.h"
#include "core/net/ipnetwork.h"

namespace ps {

struct SimPacket {
    IpAddress source;
    IpAddress destination;
    int protocol = 6;
    int sourcePort = 0;
    int destinationPort = 0;
    int icmpType = -1;
    int icmpCode = -1;
    QString inInterface; // "" for locally generated (OUTPUT)
    QString outInterface; // "" for locally delivered (INPUT)
    QString conntrackState = QStringLiteral("NEW"); // NEW, ESTABLISHED, RELATED, INVALID
    bool dnat = false;
    bool destinationLocal = false; // addrtype --dst-type LOCAL
    bool sourceLocal = false;
    quint32 mark = 0;
};

enum class SimHook { Forward, Input, Output };

struct SimStep {
    QString chain;
    int rule = -1; // index in the chain
    bool matched = false;
    RuleOrigin origin;
};

struct SimResult {
    bool accepted = false; // the packet left the filter table accepted
    int rulesTraversed = 0; // rules tested, in every chain visited
    int jumps = 0; // jumps and gotos taken
    int setLookups = 0; // IP set matches tested (a rule's matches stop at the first miss)
    quint32 finalMark = 0;
    QList<SimStep> path; // the rules that matched, in order
    QString decidingChain; // chain of the rule that accepted or dropped ("" = chain policy)
    int decidingRule = -1;
    RuleOrigin decidedBy;
};

class Simulator {
public:
    explicit Simulator(const FelixRuleset &ruleset);

    SimResult run(const SimPacket &packet, SimHook hook = SimHook::Forward) const;

    /// Is the address (and for ip,port sets protocol/port) in the named set?
    bool inSet(const QString &set, const IpAddress &ip, int protocol, int port) const;

private:
    bool matches(const MatchCriterion &m, const SimPacket &p, quint32 mark) const;

    struct SetIndex {
        bool ipPort = false;
        QList<IpNetwork> nets;
        QSet<QString> ipPorts; // "ip,proto:port"
    };
    const FelixRuleset *m_ruleset;
    QHash<QString, const FelixChain *> m_chains;
    QHash<QString, SetIndex> m_sets;
};

} // namespace ps
