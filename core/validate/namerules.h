#pragma once
// NameRules: the name grammars of Calico and Kubernetes (docs/semantics.md: "Validation") —
// resource names per kind, DNS labels and subdomains, qualified names (label and annotation keys)
// and label values. Pure functions; each check returns an empty string (or list) when valid,
// otherwise the reasons as translated, user-facing text.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "core/model/kind.h"

namespace ps {

class NameRules {
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    /// [a-z0-9]([-a-z0-9]*[a-z0-9])? — no length limit (Calico's regexes apply none).
    static bool isDnsLabel(QStringView s);
    /// DNS labels joined by '.' — no length limit.
    static bool isDnsSubdomain(QStringView s);

    /// The name rule of `kind` (NetworkPolicy, GlobalNetworkPolicy, Tier, other Calico kinds,
    /// Kubernetes kinds). Empty when valid.
    static QString checkResourceName(ResourceKind kind, const QString &name);
    /// A namespace name: DNS label of at most 63 characters.
    static QString checkNamespaceName(const QString &name);
    /// DNS subdomain of at most 253 characters (`what` names the field in the message).
    static QString checkDnsSubdomain(const QString &value, const QString &what);
    /// Kubernetes IsQualifiedName: [prefix/]name, prefix a DNS subdomain ≤253, name ≤63 of
    /// [A-Za-z0-9_.-] starting and ending alphanumeric.
    static QStringList checkQualifiedName(QStringView key);
    /// Kubernetes IsValidLabelValue: empty, or ≤63 characters of the qualified-name alphabet.
    static QStringList checkLabelValue(QStringView value);

    /// Length in bytes of the UTF-8 encoding (Go's len()).
    static int utf8Length(QStringView s);
};

} // namespace ps
