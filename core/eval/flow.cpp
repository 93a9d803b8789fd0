#include "core/eval/flow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ps {

namespace {

struct NamedProtocol {
    const char16_t *name;
    int number;
};

constexpr NamedProtocol kProtocols[] = {
    {u"TCP", 6}, {u"UDP", 17}, {u"SCTP", 132}, {u"ICMP", 1}, {u"ICMPv6", 58}, {u"UDPLite", 136},
};

std::optional<int> optionalInt(const QJsonObject &o, const char *key, bool &ok)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble()) {
        ok = false;
        return std::nullopt;
    }
    return v.toInt();
}

} // namespace

std::optional<int> parseFlowProtocol(const QString &text)
{
    for (const auto &p : kProtocols) {
        if (text.compare(QStringView(p.name), Qt::CaseInsensitive) == 0)
            return p.number;
    }
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok && n >= 1 && n <= 255)
        return n;
    return std::nullopt;
}

QString flowProtocolName(int number)
{
    for (const auto &p : kProtocols) {
        if (p.number == number)
            return QString::fromUtf16(p.name);
    }
    return QString::number(number);
}

Result<QList<Flow>> parseFlows(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QCoreApplication::translate("Flow", "invalid JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    }
    if (!doc.isArray())
        return Error{QCoreApplication::translate("Flow", "expected a JSON array of flows")};
    QList<Flow> flows;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto bad = [i](const QString &why) {
            Error e;
            e.message = QCoreApplication::translate("Flow", "flow %1: %2").arg(i).arg(why);
            e.path = QStringLiteral("[%1]").arg(i);
            return e;
        };
        if (!array[i].isObject())
            return bad(QCoreApplication::translate("Flow", "expected an object"));
        const QJsonObject o = array[i].toObject();
        Flow f;
        f.from = o.value(QLatin1String("from")).toString();
        f.to = o.value(QLatin1String("to")).toString();
        if (f.from.isEmpty() || f.to.isEmpty())
            return bad(QCoreApplication::translate("Flow", "\"from\" and \"to\" are required"));
        const QJsonValue proto = o.value(QLatin1String("protocol"));
        if (proto.isDouble())
            f.protocol = QString::number(proto.toInt());
        else if (proto.isString())
            f.protocol = proto.toString();
        bool ok = true;
        f.port = optionalInt(o, "port", ok);
        f.sourcePort = optionalInt(o, "sourcePort", ok);
        f.icmpType = optionalInt(o, "icmpType", ok);
        f.icmpCode = optionalInt(o, "icmpCode", ok);
        if (!ok)
            return bad(QCoreApplication::translate("Flow", "port, icmpType and icmpCode must be numbers"));
        flows.append(f);
    }
    return flows;
}

} // namespace ps
