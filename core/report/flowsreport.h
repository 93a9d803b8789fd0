#pragma once
// `policyctl flows` output (explain and replay; docs/flows.md): text for terminals and the
// documented JSON. Explain's JSON is an array with one object per flow group, one per line:
//   {"source","destination","protocol","port","reporter","records","line",
//    "logged":{"action","policy","hits":[...]},
//    "engine":{"from","to",...,"verdict","egress":{...},"ingress":{...}} (trace's JSON) | null,
//    "agree","resolved","reason","differences":[...],"notes":[...]}
// Replay's JSON: {"changed":N,"unchanged":N,"unresolved":N,"groups":[{"policy","namespace",
//    "flows":[{"source","destination","protocol","port","records","before":{verdict,...trace},
//    "after":{...}}]}]}
// Recommend: the staged policies as YAML documents (or a JSON List) calicoctl applies, and a
// text report — each policy's group, selector and why, the proof per observed connection, the
// denied, not covered and not resolved connections, and what else the policies allow.

#include <QByteArray>
#include <QString>

#include "core/flows/flowexplain.h"
#include "core/flows/flowrecommend.h"
#include "core/flows/flowreplay.h"

namespace ps {

QString flowExplanationToText(const FlowExplanation &explanation);
/// One group as the text of explain prints it: the flow, what the log and the engine say, and
/// for denied flows and drift the whole trace and the smallest change that would allow it.
QString flowGroupToText(const FlowGroup &group);
QByteArray flowExplanationToJson(const FlowExplanation &explanation);
/// One group as an object of explain's JSON array, on one line; with `event`, an "event" key
/// first (`flows explain --follow -o json`: {"event":"group",...}).
QByteArray flowGroupToJson(const FlowGroup &group, const char *event = nullptr);
/// A followed side's new outcome, one line: "[DRIFT] a -> b tcp/80 (dst): now logged deny by
/// …, DRIFT; was logged allow by …, agree".
QString flowGroupChangeText(const FlowGroup &before, const FlowGroup &after);
/// The same as {"event":"change","source","destination","protocol","port","reporter",
/// "logged":{"action","policy"},"agree","resolved","before":{"logged","agree","resolved"}}.
QByteArray flowGroupChangeToJson(const FlowGroup &before, const FlowGroup &after);
/// "N records in G flow groups: A agree, D drift, U not resolved" (and unreadable records).
QString flowExplanationSummary(const FlowExplanation &explanation);

QString flowReplayToText(const FlowReplay &replay);
QByteArray flowReplayToJson(const FlowReplay &replay);

/// The recommended staged policies: YAML documents separated by "---", or one JSON List.
QByteArray flowRecommendationPolicies(const FlowRecommendation &recommendation, bool json);
QString flowRecommendationToText(const FlowRecommendation &recommendation);
/// The recommendation's report as JSON, for scripts (policyctl flows recommend --report):
/// {"tier","order","proven","records","invalid","connections",
///  "policies":[{"kind","namespace","name","group","selector","selectorReason","exact",
///               "members":[…],"extra":[…],"connections":N}],
///  "proof":{"allowed":{"total","stayAllowed"},"denied":{"total","stayDenied"},
///           "connections":[{"source","destination","protocol","port","records",
///                           "logged":"allow|deny","covered","before","after","holds",
///                           "decidedBy","reason"}]},
///  "unresolved":[{"source","destination","protocol","port","records","reason"}],
///  "alsoAllowed":{"total":N,"listed":[{"from","to","protocol","port","policies"}]},
///  "notes":[…],"error":"…"|null}
QByteArray flowRecommendationToJson(const FlowRecommendation &recommendation);

} // namespace ps
