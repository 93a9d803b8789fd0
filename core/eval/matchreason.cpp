#include "core/eval/matchreason.h"

namespace ps {

QList<SelectorMiss> selectorMisses(const SelectorNode &node, const LabelSource &labels, bool want)
{
    if (node.evaluate(labels) == want)
        return {};
    switch (node.op()) {
    case SelectorOp::Not:
        return selectorMisses(node.children().front(), labels, !want);
    case SelectorOp::And:
        if (want) {
            for (const SelectorNode &c : node.children()) {
                if (!c.evaluate(labels))
                    return selectorMisses(c, labels, true);
            }
        }
        break;
    case SelectorOp::Or:
        if (!want) {
            for (const SelectorNode &c : node.children()) {
                if (c.evaluate(labels))
                    return selectorMisses(c, labels, false);
            }
        } else {
            // Every operand failed: each one is a reason.
            QList<SelectorMiss> misses;
            for (const SelectorNode &c : node.children())
                misses.append(selectorMisses(c, labels, true));
            return misses;
        }
        break;
    default:
        break;
    }
    const QString *value = node.hasLabel() ? labels.value(node.label()) : nullptr;
    return {SelectorMiss {node, want, value ? std::optional<QString>(*value) : std::nullopt}};
}

} // namespace ps
