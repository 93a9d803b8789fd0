#include "core/model/port.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "core/model/excerpt.h"

namespace ps {

namespace {

// The translation context, in a form lupdate sees (it files a free PortWords::tr() under the
// namespace).
struct PortWords {
    Q_DECLARE_TR_FUNCTIONS(Port)
};

} // namespace

namespace {

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

Port Port::range(int min, int max)
{
    Port p;
    p.m_min = min;
    p.m_max = max;
    return p;
}

Port Port::named(const QString &name)
{
    Port p;
    p.m_name = name;
    return p;
}

Result<Port> Port::parse(const QString &text)
{
    if (allDigits(text)) {
        bool ok = false;
        const uint n = text.toUInt(&ok);
        if (!ok || n > 65535)
            return Error {PortWords::tr("port %1 is out of range (0-65535)").arg(excerpt(text))};
        return single(int(n));
    }
    const qsizetype colon = text.indexOf(u':');
    if (colon > 0 && allDigits(QStringView(text).left(colon))
        && allDigits(QStringView(text).mid(colon + 1))) {
        bool ok1 = false;
        bool ok2 = false;
        const uint a = QStringView(text).left(colon).toUInt(&ok1);
        const uint b = QStringView(text).mid(colon + 1).toUInt(&ok2);
        if (!ok1 || !ok2 || a > 65535 || b > 65535)
            return Error {
                PortWords::tr("port range %1 is out of range (0-65535)").arg(excerpt(text))};
        if (a > b)
            return Error {PortWords::tr("port range %1 has its minimum above its maximum")
                              .arg(excerpt(text))};
        return range(int(a), int(b));
    }
    static const QRegularExpression nameRe(QStringLiteral("^[a-zA-Z0-9_.-]{1,128}$"));
    if (!nameRe.match(text).hasMatch())
        return Error {
            PortWords::tr("invalid port \"%1\": expected a number, a range min:max or a port name")
                .arg(excerpt(text))};
    return named(text);
}

QString Port::toString() const
{
    if (isNamed())
        return m_name;
    if (m_min == m_max)
        return QString::number(m_min);
    return QString::number(m_min) + u':' + QString::number(m_max);
}

QString checkKubernetesPortName(const QString &name)
{
    if (name.isEmpty() || name.size() > 15)
        return PortWords::tr("a port name must be 1 to 15 characters long");
    bool letter = false;
    for (QChar c : name) {
        if (c >= u'a' && c <= u'z')
            letter = true;
        else if (!(c >= u'0' && c <= u'9') && c != u'-')
            return PortWords::tr("a port name may contain only lower-case letters, digits and '-'");
    }
    if (!letter)
        return PortWords::tr("a port name must contain at least one letter");
    if (name.startsWith(u'-') || name.endsWith(u'-'))
        return PortWords::tr("a port name must not begin or end with '-'");
    if (name.contains(QStringLiteral("--")))
        return PortWords::tr("a port name must not contain \"--\"");
    return QString();
}

} // namespace ps
