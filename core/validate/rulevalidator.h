#pragma once
// RuleValidator: Calico's validation of one ingress/egress Rule and its EntityRules
// (docs/semantics.md: "Validation"): action, ipVersion, protocol names and numbers, ICMP,
// ports and named ports against the protocol, nets and IP families, selectors, service
// accounts, services and where they may appear, HTTP matches, list limits and rule
// annotations. The owner (NetworkPolicy, GlobalNetworkPolicy or Profile) and the direction
// decide the position-dependent rules.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/model/rule.h"

namespace ps {

class DiagnosticSink;

enum class RuleOwner { NetworkPolicy, GlobalNetworkPolicy, Profile };

class RuleValidator {
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    static constexpr int kMaxRules = 1024;
    static constexpr int kMaxNets = 256;
    static constexpr int kMaxPorts = 50;
    static constexpr int kMaxHttpItems = 20;
    static constexpr int kMaxHttpPathLength = 1024;

    /// `policyNamespace` is the namespace of a NetworkPolicy (used in messages).
    RuleValidator(DiagnosticSink &sink, RuleOwner owner, bool ingress,
        const QString &policyNamespace = QString());

    /// Every rule of one direction; `path` is the list's path ("spec.ingress").
    void validateList(const QList<Rule> &rules, const QString &path);
    /// One rule at `path` ("spec.ingress[0]").
    void validate(const Rule &rule, const QString &path);

    /// A finding about one HTTP path match; `field` is "" (the match), "exact" or "prefix".
    struct HttpPathError {
        QString field;
        QString message;
    };
    /// Exactly one of exact / prefix, at most kMaxHttpPathLength bytes, starting with '/' and
    /// without '?', '#' or space. Empty when valid. Shared by the validator and the editor.
    static QList<HttpPathError> checkHttpPath(const HttpPath &path);

    /// An Allow, Deny or Pass rule without any match criteria: no later rule of the list (or
    /// policy of the tier, for Pass) is ever evaluated.
    static bool isTerminalCatchAll(const Rule &rule);

private:
    void checkAction(const Rule &rule, const QString &path);
    void checkProtocol(const Protocol &protocol, const QString &path);
    void checkIcmp(const Rule &rule, const QString &path);
    void checkIcmpFields(const IcmpFields &icmp, const QString &path);
    void checkPorts(const Rule &rule, const QString &path);
    void checkPortList(const Rule &rule, const QList<Port> &ports, const QString &path);
    void checkNets(const Rule &rule, const QString &path);
    void checkEntity(const EntityRule &entity, bool isSource, const QString &path);
    void checkServices(const EntityRule &entity, bool isSource, const QString &path);
    void checkHttp(const Rule &rule, const QString &path);

    DiagnosticSink &m_sink;
    RuleOwner m_owner;
    bool m_ingress;
    QString m_namespace;
};

} // namespace ps
