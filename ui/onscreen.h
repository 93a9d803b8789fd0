#pragma once
// Whether a widget can be seen. A dock widget behind another tab of its dock area stays
// "visible" (Qt moves it out of the window instead of hiding it), so views that compute for
// what they show ask this, and recompute when their dock's visibilityChanged(true) says their
// tab came to the front.

#include <QWidget>

namespace ps {

inline bool isOnScreen(const QWidget *widget)
{
    return widget->isVisible() && !widget->visibleRegion().isEmpty();
}

} // namespace ps
