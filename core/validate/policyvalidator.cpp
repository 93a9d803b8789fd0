#include "core/validate/policyvalidator_p.h"

#include <cmath>

#include "core/io/didyoumean.h"
#include "core/model/builtintier.h"
#include "core/validate/diagnosticsink.h"
#include "core/validate/metarules.h"
#include "core/validate/namerules.h"
#include "core/validate/rulevalidator.h"
#include "core/validate/selectorrules_p.h"

namespace ps {

namespace {

QString indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

void checkTypes(DiagnosticSink &sink, const CalicoPolicy &policy)
{
    const QString ingress = QStringLiteral("Ingress");
    const QString egress = QStringLiteral("Egress");
    if (policy.types.size() > 2) {
        sink.error(QStringLiteral("spec.types"),
            PolicyValidator::tr("types lists %1 entries: expected at most 2 (Ingress "
                                "and Egress)")
                .arg(policy.types.size()));
    }
    QStringList seen;
    for (qsizetype i = 0; i < policy.types.size(); ++i) {
        const QString &t = policy.types[i];
        const QString path = indexed(QStringLiteral("spec.types"), i);
        if (t != ingress && t != egress) {
            if (const QString same = sameIgnoringCase(t, {ingress, egress}); !same.isEmpty()) {
                sink.error(path,
                    PolicyValidator::tr("invalid policy type \"%1\": types are "
                                        "case-sensitive; did you mean \"%2\"?")
                        .arg(t, same));
            } else {
                sink.error(path,
                    PolicyValidator::tr("invalid policy type \"%1\": expected "
                                        "Ingress or Egress")
                        .arg(t));
            }
        } else if (seen.contains(t)) {
            sink.error(
                path, PolicyValidator::tr("\"%1\" is listed more than once in types").arg(t));
        }
        seen << t;
    }
}

void checkFlags(DiagnosticSink &sink, const CalicoPolicy &policy)
{
    if (!policy.isGlobal()) {
        const struct {
            bool set;
            const char16_t *field;
        } flags[] = {
            {policy.doNotTrack, u"doNotTrack"},
            {policy.preDNAT, u"preDNAT"},
            {policy.applyOnForward, u"applyOnForward"},
        };
        for (const auto &f : flags) {
            if (f.set) {
                const QString field = QStringView(f.field).toString();
                sink.error(QStringLiteral("spec.") + field,
                    PolicyValidator::tr("%1 is only valid in a GlobalNetworkPolicy").arg(field));
            }
        }
        return;
    }
    if (policy.doNotTrack && policy.preDNAT) {
        sink.error(QStringLiteral("spec.preDNAT"),
            PolicyValidator::tr("preDNAT and doNotTrack cannot both be true"));
    }
    if (policy.preDNAT && !policy.egress.isEmpty()) {
        sink.error(QStringLiteral("spec.egress"),
            PolicyValidator::tr("a preDNAT policy cannot have egress rules"));
    }
    if (policy.preDNAT && policy.types.contains(QStringLiteral("Egress"))) {
        sink.error(QStringLiteral("spec.types"),
            PolicyValidator::tr("a preDNAT policy cannot have the Egress type"));
    }
    if ((policy.doNotTrack || policy.preDNAT) && !policy.applyOnForward) {
        sink.error(QStringLiteral("spec.applyOnForward"),
            PolicyValidator::tr("applyOnForward must be true when %1 is true")
                .arg(policy.doNotTrack ? QStringLiteral("doNotTrack") : QStringLiteral("preDNAT")));
    }
}

void checkPerformanceHints(DiagnosticSink &sink, const CalicoPolicy &policy)
{
    QStringList seen;
    for (qsizetype i = 0; i < policy.performanceHints.size(); ++i) {
        const QString &h = policy.performanceHints[i];
        const QString path = indexed(QStringLiteral("spec.performanceHints"), i);
        if (h != QStringLiteral("AssumeNeededOnEveryNode")) {
            sink.error(path,
                PolicyValidator::tr("invalid performance hint \"%1\": the only "
                                    "hint is AssumeNeededOnEveryNode")
                    .arg(h));
        } else if (seen.contains(h)) {
            sink.error(path,
                PolicyValidator::tr("performance hint \"%1\" is listed more than "
                                    "once")
                    .arg(h));
        }
        seen << h;
    }
}

// With stagedAction Delete every spec field but tier must be zero. types is filled in by
// defaulting ([Ingress] for a policy without rules), so only a different value counts.
QStringList nonEmptySpecFields(const CalicoPolicy &p)
{
    QStringList fields;
    if (p.order)
        fields << QStringLiteral("order");
    if (!p.selector.isEmpty())
        fields << QStringLiteral("selector");
    if (!p.serviceAccountSelector.isEmpty())
        fields << QStringLiteral("serviceAccountSelector");
    if (!p.namespaceSelector.isEmpty())
        fields << QStringLiteral("namespaceSelector");
    if (!p.ingress.isEmpty())
        fields << QStringLiteral("ingress");
    if (!p.egress.isEmpty())
        fields << QStringLiteral("egress");
    if (!p.types.isEmpty() && p.types != QStringList {QStringLiteral("Ingress")})
        fields << QStringLiteral("types");
    if (p.doNotTrack)
        fields << QStringLiteral("doNotTrack");
    if (p.preDNAT)
        fields << QStringLiteral("preDNAT");
    if (p.applyOnForward)
        fields << QStringLiteral("applyOnForward");
    if (!p.performanceHints.isEmpty())
        fields << QStringLiteral("performanceHints");
    return fields;
}

void checkIgnoredRules(DiagnosticSink &sink, const CalicoPolicy &policy)
{
    if (policy.types.isEmpty())
        return;
    if (!policy.ingress.isEmpty() && !policy.hasIngress()) {
        sink.warning(QStringLiteral("spec.ingress"),
            PolicyValidator::tr("ingress rules are ignored: types does not include "
                                "Ingress"));
    }
    if (!policy.egress.isEmpty() && !policy.hasEgress()) {
        sink.warning(QStringLiteral("spec.egress"),
            PolicyValidator::tr("egress rules are ignored: types does not include "
                                "Egress"));
    }
}

} // namespace

void PolicyValidator::validate(
    DiagnosticSink &sink, const CalicoPolicy &policy, const QSet<QString> &tiers)
{
    MetaRules::check(sink, policy.meta, policy.kind);
    if ((policy.kind == ResourceKind::NetworkPolicy
            || policy.kind == ResourceKind::StagedNetworkPolicy)
        && policy.meta.name.startsWith(QStringLiteral("knp.default."))) {
        sink.warning(QStringLiteral("metadata.name"),
            tr("names beginning with \"knp.default.\" are what Calico up to 3.31 "
               "called converted Kubernetes NetworkPolicies; this policy may clash "
               "with one"));
    }

    if (!policy.tier.isEmpty()) {
        const QString tierError = NameRules::checkResourceName(ResourceKind::Tier, policy.tier);
        if (!tierError.isEmpty()) {
            sink.error(QStringLiteral("spec.tier"), tierError);
        } else if (!tiers.contains(policy.tier)) {
            sink.error(QStringLiteral("spec.tier"),
                tr("tier \"%1\" does not exist: define a Tier named \"%1\" (the "
                   "built-in tiers are %2)")
                    .arg(policy.tier, builtInTierNames().join(QStringLiteral(", "))));
        }
    }
    if (policy.order && !std::isfinite(*policy.order))
        sink.error(QStringLiteral("spec.order"), tr("order must be a finite number"));

    if (policy.isStaged()) {
        static const QStringList actions {QStringLiteral("Set"), QStringLiteral("Delete"),
            QStringLiteral("Learn"), QStringLiteral("Ignore")};
        if (!policy.stagedAction.isEmpty() && !actions.contains(policy.stagedAction)) {
            sink.error(QStringLiteral("spec.stagedAction"),
                tr("invalid stagedAction \"%1\": expected Set, Delete, Learn or Ignore")
                    .arg(policy.stagedAction));
        }
        if (policy.stagedAction == QStringLiteral("Delete")) {
            const QStringList fields = nonEmptySpecFields(policy);
            if (!fields.isEmpty()) {
                sink.error(QStringLiteral("spec.stagedAction"),
                    tr("with stagedAction Delete every spec field except tier must be "
                       "empty, but %1 is set")
                        .arg(fields.join(QStringLiteral(", "))));
            }
            return;
        }
    }

    if (!policy.selector.isEmpty()) {
        SelectorRules::check(
            sink, QStringLiteral("spec.selector"), policy.selector, SelectorRole::PolicySelector);
    }
    if (!policy.serviceAccountSelector.isEmpty()) {
        SelectorRules::check(sink, QStringLiteral("spec.serviceAccountSelector"),
            policy.serviceAccountSelector, SelectorRole::PolicyServiceAccountSelector);
    }
    if (!policy.namespaceSelector.isEmpty()) {
        if (policy.isGlobal()) {
            SelectorRules::check(sink, QStringLiteral("spec.namespaceSelector"),
                policy.namespaceSelector, SelectorRole::PolicyNamespaceSelector);
        } else {
            sink.error(QStringLiteral("spec.namespaceSelector"),
                tr("namespaceSelector is only valid in a GlobalNetworkPolicy: a "
                   "NetworkPolicy applies to its own namespace"));
        }
    }

    checkTypes(sink, policy);
    checkFlags(sink, policy);
    checkPerformanceHints(sink, policy);

    const RuleOwner owner
        = policy.isGlobal() ? RuleOwner::GlobalNetworkPolicy : RuleOwner::NetworkPolicy;
    RuleValidator(sink, owner, true, policy.meta.namespace_)
        .validateList(policy.ingress, QStringLiteral("spec.ingress"));
    RuleValidator(sink, owner, false, policy.meta.namespace_)
        .validateList(policy.egress, QStringLiteral("spec.egress"));
    checkIgnoredRules(sink, policy);
}

} // namespace ps
