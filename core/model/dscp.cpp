#include "core/model/dscp.h"

#include <array>

#include <QCoreApplication>

#include "core/model/excerpt.h"

namespace ps {

namespace {

// The translation context, in a form lupdate sees.
struct DscpWords {
    Q_DECLARE_TR_FUNCTIONS(Dscp)
};

// numorstring.AllDSCPValues.
constexpr std::array<std::pair<const char16_t *, int>, 21> kClasses {{
    {u"DF", 0},
    {u"EF", 46},
    {u"AF11", 10},
    {u"AF12", 12},
    {u"AF13", 14},
    {u"AF21", 18},
    {u"AF22", 20},
    {u"AF23", 22},
    {u"AF31", 26},
    {u"AF32", 28},
    {u"AF33", 30},
    {u"AF41", 34},
    {u"AF42", 36},
    {u"AF43", 38},
    {u"CS0", 0},
    {u"CS1", 8},
    {u"CS2", 16},
    {u"CS3", 24},
    {u"CS4", 32},
    {u"CS5", 40},
    {u"CS6", 48},
}};

/// Go's strconv.ParseUint(text, 10, 8): decimal digits only (no sign, no spaces), at most 255.
std::optional<int> parseUint8(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    int value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
        if (value > 255)
            return std::nullopt;
    }
    return value;
}

} // namespace

Result<int> parseDscp(const QString &text)
{
    // A number first (the text as written); only then a class name, trimmed and in any case.
    if (const std::optional<int> number = parseUint8(text)) {
        if (*number > 63)
            return Error {DscpWords::tr("DSCP value %1 is out of range (0-63)").arg(*number)};
        return *number;
    }
    const QString name = text.trimmed().toUpper();
    for (const auto &[className, value] : kClasses) {
        if (name == QStringView(className))
            return value;
    }
    return Error {DscpWords::tr("invalid DSCP value \"%1\": expected a number 0-63 or a class "
                                "name (DF, EF, AF11-AF43, CS0-CS6)")
                      .arg(excerpt(text))};
}

std::optional<int> dscpOf(const Labels &annotations)
{
    const auto it = annotations.constFind(kDscpAnnotation);
    if (it == annotations.cend())
        return std::nullopt;
    const Result<int> value = parseDscp(*it);
    if (!value)
        return std::nullopt;
    return *value;
}

} // namespace ps
