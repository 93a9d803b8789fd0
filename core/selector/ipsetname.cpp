#include "core/selector/ipsetname.h"

#include "core/selector/selector.h"

namespace ps {

QString mainIpSetName(QStringView setId, int ipVersion)
{
    Q_ASSERT(ipVersion == 4 || ipVersion == 6);
    QString name = ipVersion == 6 ? QStringLiteral("cali60") : QStringLiteral("cali40");
    name += setId;
    name.truncate(MaxIpSetNameLength);
    return name;
}

QString selectorIpSetName(const Selector &selector, int ipVersion)
{
    return mainIpSetName(selector.uniqueId(), ipVersion);
}

QString nftablesSetName(QStringView setId, int ipVersion)
{
    return mainIpSetName(setId, ipVersion).replace(QLatin1Char(':'), QLatin1Char('-'));
}

} // namespace ps
