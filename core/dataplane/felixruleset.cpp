#include "core/dataplane/felixruleset.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

const FelixChain *FelixRuleset::chain(const QString &name) const
{
    for (const FelixChain &c : chains) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const FelixChain *FelixTable::chain(const QString &chainName) const
{
    for (const FelixChain &c : chains) {
        if (c.name == chainName)
            return &c;
    }
    return nullptr;
}

const IpSetDefinition *FelixRuleset::ipset(const QString &name) const
{
    for (const IpSetDefinition &s : ipsets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

qsizetype FelixRuleset::ruleCount() const
{
    qsizetype n = 0;
    for (const FelixChain &c : chains)
        n += c.rules.size();
    return n;
}

} // namespace ps
