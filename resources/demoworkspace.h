#pragma once
// The demo workspace embedded in every executable: the examples of Calico's network-policy
// documentation plus an inventory in which each of them allows or denies something.

#include <QString>

namespace ps {

/// The resource directory that holds the demo workspace (":/demo").
QString demoWorkspacePath();

} // namespace ps
