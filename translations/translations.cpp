#include "translations/translations.h"

namespace ps {

QString translationsPath()
{
    return QStringLiteral(":/i18n");
}

} // namespace ps
