#include "core/validate/namerules.h"

#include "core/model/excerpt.h"

namespace ps {

namespace {

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

bool isAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// [A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?
bool isQualifiedNamePart(QStringView s)
{
    if (s.isEmpty() || !isAlnum(s.front()) || !isAlnum(s.back()))
        return false;
    for (QChar c : s) {
        if (!isAlnum(c) && c != u'-' && c != u'_' && c != u'.')
            return false;
    }
    return true;
}

bool hasUpperCase(QStringView s)
{
    for (QChar c : s) {
        if (c >= u'A' && c <= u'Z')
            return true;
    }
    return false;
}

// One or two DNS labels separated by a single '.'.
bool isOneOrTwoLabels(QStringView s)
{
    const qsizetype dot = s.indexOf(u'.');
    if (dot < 0)
        return NameRules::isDnsLabel(s);
    return NameRules::isDnsLabel(s.left(dot)) && NameRules::isDnsLabel(s.mid(dot + 1));
}

bool isNetworkPolicyName(QStringView s)
{
    if (isOneOrTwoLabels(s))
        return true;
    for (QStringView prefix : {QStringView(u"knp.default."), QStringView(u"ossg.default.")}) {
        if (s.startsWith(prefix))
            return NameRules::isDnsSubdomain(s.mid(prefix.size()));
    }
    return false;
}

bool isDns1035Label(QStringView s)
{
    return NameRules::isDnsLabel(s) && s.front() >= u'a' && s.front() <= u'z';
}

} // namespace

bool NameRules::isDnsLabel(QStringView s)
{
    if (s.isEmpty() || !isLowerAlnum(s.front()) || !isLowerAlnum(s.back()))
        return false;
    for (QChar c : s) {
        if (!isLowerAlnum(c) && c != u'-')
            return false;
    }
    return true;
}

bool NameRules::isDnsSubdomain(QStringView s)
{
    if (s.isEmpty())
        return false;
    qsizetype start = 0;
    for (;;) {
        const qsizetype dot = s.indexOf(u'.', start);
        const QStringView part = dot < 0 ? s.mid(start) : s.mid(start, dot - start);
        if (!isDnsLabel(part))
            return false;
        if (dot < 0)
            return true;
        start = dot + 1;
    }
}

int NameRules::utf8Length(QStringView s)
{
    int n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s[i].unicode();
        if (u < 0x80)
            n += 1;
        else if (u < 0x800)
            n += 2;
        else if (QChar::isHighSurrogate(u) && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            n += 4;
            ++i;
        } else
            n += 3;
    }
    return n;
}

QString NameRules::checkResourceName(ResourceKind kind, const QString &name)
{
    if (name.isEmpty())
        return tr("a name is required (metadata.name)");
    const QString upperHint
        = hasUpperCase(name) ? tr(" (upper-case letters are not allowed)") : QString();
    const int length = utf8Length(name);

    switch (kind) {
    case ResourceKind::Tier:
        if (length > 63)
            return tr("Tier name \"%1\" is %2 characters long; the maximum is 63")
                .arg(excerpt(name))
                .arg(length);
        if (!isDnsLabel(name))
            return tr("invalid Tier name \"%1\": expected lower-case letters, digits and '-', "
                      "starting and ending with a letter or digit, and no '.'%2")
                .arg(excerpt(name), upperHint);
        return QString();
    case ResourceKind::NetworkPolicy:
    case ResourceKind::StagedNetworkPolicy:
        if (length > 253)
            return tr("name is %1 characters long; the maximum is 253").arg(length);
        if (!isNetworkPolicyName(name))
            return tr("invalid %1 name \"%2\": expected lower-case letters, digits and '-' "
                      "with at most one '.' (or a name prefixed with knp.default. or "
                      "ossg.default.)%3")
                .arg(kindDisplayName(kind), excerpt(name), upperHint);
        return QString();
    case ResourceKind::GlobalNetworkPolicy:
    case ResourceKind::StagedGlobalNetworkPolicy:
        if (length > 253)
            return tr("name is %1 characters long; the maximum is 253").arg(length);
        if (!isOneOrTwoLabels(name))
            return tr("invalid %1 name \"%2\": expected lower-case letters, digits and '-' "
                      "with at most one '.'%3")
                .arg(kindDisplayName(kind), excerpt(name), upperHint);
        return QString();
    case ResourceKind::Namespace:
        return checkNamespaceName(name);
    case ResourceKind::Service:
        if (length > 63 || !isDns1035Label(name))
            return tr("invalid Service name \"%1\": expected at most 63 lower-case letters, "
                      "digits and '-', starting with a letter and ending with a letter or "
                      "digit%2")
                .arg(excerpt(name), upperHint);
        return QString();
    default:
        break;
    }
    if (length > 253)
        return tr("name is %1 characters long; the maximum is 253").arg(length);
    if (!isDnsSubdomain(name))
        return tr("invalid name \"%1\": expected lower-case letters, digits, '-' and '.', each "
                  "'.'-separated part starting and ending with a letter or digit%2")
            .arg(excerpt(name), upperHint);
    return QString();
}

QString NameRules::checkNamespaceName(const QString &name)
{
    if (utf8Length(name) > 63 || !isDnsLabel(name)) {
        return tr("invalid namespace \"%1\": expected at most 63 lower-case letters, digits "
                  "and '-', starting and ending with a letter or digit")
            .arg(excerpt(name));
    }
    return QString();
}

QString NameRules::checkDnsSubdomain(const QString &value, const QString &what)
{
    if (utf8Length(value) > 253)
        return tr("%1 \"%2\" is longer than 253 characters").arg(what, excerpt(value));
    if (!isDnsSubdomain(value))
        return tr("invalid %1 \"%2\": expected lower-case letters, digits, '-' and '.', each "
                  "'.'-separated part starting and ending with a letter or digit")
            .arg(what, excerpt(value));
    return QString();
}

QStringList NameRules::checkQualifiedName(QStringView key)
{
    QStringList errors;
    QStringView name = key;
    const qsizetype slash = key.indexOf(u'/');
    if (slash >= 0) {
        if (key.indexOf(u'/', slash + 1) >= 0) {
            errors << tr("\"%1\" contains more than one '/': a key is an optional DNS "
                         "subdomain prefix, '/', and a name")
                          .arg(excerpt(key));
            return errors;
        }
        const QStringView prefix = key.left(slash);
        name = key.mid(slash + 1);
        if (prefix.isEmpty())
            errors << tr("\"%1\": the prefix before '/' must not be empty").arg(excerpt(key));
        else if (utf8Length(prefix) > 253)
            errors << tr("\"%1\": the prefix before '/' must be at most 253 characters")
                          .arg(excerpt(key));
        else if (!isDnsSubdomain(prefix))
            errors << tr("\"%1\": the prefix \"%2\" must be a DNS subdomain (lower-case "
                         "letters, digits, '-' and '.')")
                          .arg(excerpt(key), excerpt(prefix));
    }
    if (name.isEmpty())
        errors << tr("\"%1\": the name part must not be empty").arg(excerpt(key));
    else if (utf8Length(name) > 63)
        errors << tr("\"%1\": the name part must be at most 63 characters").arg(excerpt(key));
    else if (!isQualifiedNamePart(name))
        errors << tr("\"%1\": the name part must consist of letters, digits, '-', '_' or "
                     "'.', and start and end with a letter or digit")
                      .arg(excerpt(key));
    return errors;
}

QStringList NameRules::checkLabelValue(QStringView value)
{
    QStringList errors;
    if (value.isEmpty())
        return errors;
    if (utf8Length(value) > 63)
        errors << tr("label value \"%1\" is longer than 63 characters").arg(excerpt(value));
    else if (!isQualifiedNamePart(value))
        errors << tr("invalid label value \"%1\": expected letters, digits, '-', '_' or '.', "
                     "starting and ending with a letter or digit")
                      .arg(excerpt(value));
    return errors;
}

} // namespace ps
