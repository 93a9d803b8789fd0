#pragma once
// The migration to ClusterNetworkPolicy (core/eval/adminmigration.h) as `policyctl convert --to
// clusternetworkpolicy` prints it: text, and the JSON of `--check -o json`:
//   {"from","to","equivalent","endpoints","probes",
//    "migrated":[{"kind","name","tier","priority"}],
//    "notConvertible":[{"severity","message","file","line","column","path"}],"notes":[...],
//    "flows":[{"from","to","protocol","port","before","after","endpointPairs",
//              "causes":[{"direction","endpoint","before":{step},"after":{step}}]}],
//    "truncated"}
// where a step is {"verdict","tier","policy","kind","rule","ruleName","action","description"}.

#include <QByteArray>
#include <QString>

#include "core/eval/adminmigration.h"

namespace ps {

/// What was rewritten, what cannot be, the notes, then "equivalent: ..." or the flows that
/// differ, each with the rule that decided it under each release.
QString migrationToText(const AdminMigration &migration);
QByteArray migrationToJson(const AdminMigration &migration);

} // namespace ps
