#pragma once
// The studio's compiled translations (policy-studio_<language>.qm, made by lrelease from the
// .ts files beside this header), embedded in every executable that links policytranslations.

#include <QString>

namespace ps {

/// The resource directory that holds the .qm files (":/i18n").
QString translationsPath();

} // namespace ps
