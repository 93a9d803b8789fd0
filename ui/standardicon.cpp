#include "ui/standardicon.h"

#include <QApplication>
#include <QHash>

namespace ps {

QIcon standardIcon(QStyle::StandardPixmap pixmap)
{
    static QHash<int, QIcon> icons;
    auto it = icons.find(int(pixmap));
    if (it == icons.end())
        it = icons.insert(int(pixmap), QApplication::style()->standardIcon(pixmap));
    return *it;
}

} // namespace ps
