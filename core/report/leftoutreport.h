#pragma once
// The resources an analysis left out because Calico would reject them (PolicyEngine::leftOut),
// as every analysis reports them: one line each in text, a "leftOut" array in JSON.

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/validate/admission.h"

namespace ps {

/// "left out: GlobalNetworkPolicy p — port 70000 is out of range (0-65535) (file:10:27)", one
/// line per resource, each ending in a newline; "" when nothing was left out. `side` (diff's
/// "old" or "new") goes before the kind when given.
QString leftOutText(const QList<LeftOut> &leftOut, const QString &side = {});
/// A diff's: the old workspace's, then the new one's (sides "old" and "new").
QString leftOutText(const QList<LeftOut> &before, const QList<LeftOut> &after);

/// The studio's note under an analysis, one line per policy, at most `limit` lines then
/// "… and N more": "Using the last valid version of GlobalNetworkPolicy p; the edited one is
/// invalid: <reason>" for each of `replaced`, then "Left out, as Calico would reject it:
/// <kind> <name> — <reason>" for each of `leftOut`. Empty when both are.
QString analysisNote(const QList<LeftOut> &replaced, const QList<LeftOut> &leftOut, int limit = 3);
/// One policy's part of the note (as above, without the kind), for a tooltip.
QString replacedNote(const LeftOut &replaced);
QString leftOutNote(const LeftOut &leftOut);

/// The "leftOut" array: [{"kind","name","message","file","line","column","path"}...], with a
/// "side" first in each entry when given.
QByteArray leftOutJson(const QList<LeftOut> &leftOut, const QString &side = {});

/// `object` (the JSON text of one object, whitespace after it allowed) with a "leftOut" key holding
/// `array` (a JSON array text) added at its end; `object` itself when it is not an object or
/// `leftOut` is empty. The key is present only when something was left out, so the output of a
/// valid workspace is unchanged.
QByteArray withLeftOut(const QByteArray &object, const QList<LeftOut> &leftOut);
/// A diff's: the old workspace's entries (side "old"), then the new one's (side "new").
QByteArray withLeftOut(
    const QByteArray &object, const QList<LeftOut> &before, const QList<LeftOut> &after);

} // namespace ps
