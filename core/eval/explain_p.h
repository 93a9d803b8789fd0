#pragma once
// Plain-language explanations used by traces: why a selector does not match an object's labels
// ("source label app=web is not in {api}", "source service account reporting is not in
// {api-service, user-auth-service}"), how ports and rules read. Calico's implicit labels are
// named for what they mean (namespace, service account, namespace label). Text is translated
// through QCoreApplication::translate (context "Explain").

#include <QList>
#include <QString>

#include "core/model/port.h"
#include "core/model/rule.h"
#include "core/selector/labelsource.h"
#include "core/selector/selectornode.h"

namespace ps {

/// Why `node` does not evaluate to `want` on `labels`; `side` is "source" or "destination"
/// (already translated). Empty when it does evaluate to `want`.
QString explainSelectorMismatch(const SelectorNode &node, const LabelSource &labels, bool want,
                                const QString &side);

/// "80,443,8000:8080,http".
QString portListText(const QList<Port> &ports);

/// A one-line summary of a rule ("Allow TCP from namespaceSelector env == 'dev' to ports 80").
QString describeRule(const Rule &rule);

} // namespace ps
