#pragma once
// The desktop's list of recently used files: the freedesktop.org "recently-used.xbel" in the
// user's data folder (XDG_DATA_HOME, by default ~/.local/share), which GTK and KDE file
// choosers, launchers and task bars read. The studio adds every file or folder it opens, so
// the desktop can offer to reopen it with Policy Studio.

#include <QDateTime>
#include <QString>

#include "core/model/result.h"

namespace ps {

struct DesktopRecentEntry {
    QString path; ///< absolute path of the file or folder
    QString mimeType; ///< e.g. application/x-calico-policy+yaml, inode/directory
    QString appName; ///< the application's name in the list, e.g. "Policy Studio"
    QString exec; ///< how to reopen it, e.g. "'policy-studio %u'"
    QDateTime when; ///< when it was opened (UTC)
};

/// The file the desktop keeps its recently used files in.
QString desktopRecentFile();

/// Records `entry` in `file` (default: desktopRecentFile()): adds a bookmark for its path or
/// updates the existing one (visited and modified times; this application's count), keeping
/// every other bookmark and application as it was. Written atomically. A file that is not a
/// well-formed XBEL list is left untouched and reported.
Result<void> addDesktopRecent(const DesktopRecentEntry &entry, const QString &file = {});

} // namespace ps
