#pragma once
// SelectorRules: checks one selector field (docs/semantics.md: "Selectors", "Validation") — it must
// parse (the parser's message and column are reported at the field's position), stay within 1024
// characters, and use global() only where Calico allows it: nowhere except a rule's
// namespaceSelector, and there only as exactly "global()".

#include <QCoreApplication>
#include <QString>

namespace ps {

class DiagnosticSink;

enum class SelectorRole {
    PolicySelector, // spec.selector
    PolicyServiceAccountSelector, // spec.serviceAccountSelector
    PolicyNamespaceSelector, // spec.namespaceSelector (GlobalNetworkPolicy)
    RuleSelector, // source/destination.selector
    RuleNotSelector, // source/destination.notSelector
    RuleNamespaceSelector, // source/destination.namespaceSelector
    ServiceAccountSelector, // source/destination.serviceAccounts.selector
    IpPoolSelector, // an IPPool's nodeSelector / namespaceSelector
};

class SelectorRules {
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    static constexpr int kMaxLength = 1024;

    static void check(
        DiagnosticSink &sink, const QString &path, const QString &text, SelectorRole role);
    /// True when text contains global( and is not exactly global() (spaces and tabs around
    /// it, and inside the parentheses, allowed) — Calico's namespaceSelector rule.
    static bool isInvalidGlobalUse(const QString &text);
};

} // namespace ps
