#pragma once
// Standard style icons, made once. QStyle::standardIcon() builds a new QIcon on every call,
// and each new QIcon decodes its images again; item models ask for a row's icon every time a
// view measures or paints it (for every row when a column sizes to its contents). GUI thread.

#include <QIcon>
#include <QStyle>

namespace ps {

QIcon standardIcon(QStyle::StandardPixmap pixmap);

} // namespace ps
