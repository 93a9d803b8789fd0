#pragma once
// Private to core/dataplane. RuleTranslator: one Calico rule (compiled by the engine, with the
// rule as written for its protocol spelling and annotations) into the Felix rules that
// implement it, as Felix's rule renderer does: the rule's nets filtered to the render's address
// family, its selectors, named ports and services as IP sets (from the IpSetRegistry), match
// blocks on the scratch marks when one iptables rule cannot hold the match, then the action
// (accept/pass/deny marks and the verdict, or a log rule). Also a whole policy or profile
// direction as the body of its chain.

#include <QList>
#include <QString>
#include <QStringList>

#include "core/dataplane/felixnames.h"
#include "core/dataplane/felixrule.h"

namespace ps {

class IpSetRegistry;
struct CompiledRule;
struct Rule;
struct RenderOptions;

class RuleTranslator {
public:
    RuleTranslator(const RenderOptions &options, const FelixMarks &marks, IpSetRegistry &ipsets);

    /// The Felix rules of one rule (none when the rule cannot match in the render's family or
    /// is invalid), each carrying `origin` and one "key=value" comment per annotation of `raw`.
    QList<FelixRule> translate(const CompiledRule &rule, const Rule *raw, const RuleOrigin &origin);
    /// The rules of a policy's or profile's direction as its chain's body: trailing RETURNs
    /// dropped, an empty chain holding one empty rule, `chainComment` on the first rule.
    QList<FelixRule> translateChainBody(const QList<CompiledRule> &rules, const QList<Rule> &raw,
        const RuleOrigin &base, const QString &chainComment);
    /// Rules left out because a part of them could not be translated, one line each.
    const QStringList &warnings() const { return m_warnings; }

private:
    QString words(const char *source) const;

    const RenderOptions &m_options;
    const FelixMarks &m_marks;
    IpSetRegistry &m_ipsets;
    QStringList m_warnings;
};

} // namespace ps
