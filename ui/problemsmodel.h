#pragma once
// ProblemsModel: the diagnostics of the current analysis (load problems and validation), then
// the lint's findings (`policyctl lint`: core/lint, computed later off the GUI thread), as a
// table — severity, message, file:line:column, field path. Each row knows the Calico policy
// (PolicyIdRole), the admin policy (AdminPolicyIdRole: AdminNetworkPolicy,
// BaselineAdminNetworkPolicy, ClusterNetworkPolicy) or the Kubernetes NetworkPolicy
// (KubernetesPolicyIdRole) it concerns, so the window can jump there.

#include <QAbstractTableModel>

#include "core/lint/lintfinding.h"
#include "core/model/diagnostic.h"
#include "core/model/workspace.h"

namespace ps {

class ProblemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, MessageColumn, LocationColumn, PathColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Severity)
        FileRole,
        LineRole,
        ColumnRole,
        PathRole, // the field path inside the resource
        PolicyIdRole, // the ResourceId of the policy (in workspace->policies), or null
        AdminPolicyIdRole, // the ResourceId of the admin policy (workspace->adminPolicies), or null
        KubernetesPolicyIdRole, // the ResourceId in workspace->kubernetesPolicies, or null
        LintCodeRole, // a lint finding's code ("shadowed-rule"), "" for other diagnostics
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    /// The diagnostics of an analysis; drops the lint findings of the previous one.
    void setDiagnostics(const Diagnostics &diagnostics, const Workspace &workspace);
    /// The lint's findings of the same analysis, after its diagnostics; `note` (when not empty)
    /// is an information row saying what the lint left out.
    void setLintFindings(
        const QList<LintFinding> &findings, const Workspace &workspace, const QString &note = {});
    int lintCount() const { return int(m_codes.size()); }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

    /// "file:line:column", leaving out what is unknown.
    static QString location(const Diagnostic &diagnostic);
    /// The policy of `workspace` a diagnostic is about (the resource it names; else, of the
    /// policies, admin policies and Kubernetes policies of its file, the last one starting at or
    /// before its line), or -1 (also when that is an admin or a Kubernetes policy).
    static qsizetype policyFor(const Workspace &workspace, const Diagnostic &diagnostic);
    /// The admin policy a diagnostic is about, as policyFor() finds it, or -1.
    static qsizetype adminPolicyFor(const Workspace &workspace, const Diagnostic &diagnostic);
    /// The Kubernetes NetworkPolicy a diagnostic is about, as policyFor() finds it, or -1.
    static qsizetype kubernetesPolicyFor(const Workspace &workspace, const Diagnostic &diagnostic);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Indexes in the workspace's lists: at most one is not -1.
    struct Concerned {
        qsizetype policy = -1;
        qsizetype adminPolicy = -1;
        qsizetype kubernetesPolicy = -1;
    };
    // What a row concerns, by identity (survives nothing: the model is reset with each analysis).
    struct Owner {
        ResourceId policy;
        ResourceId adminPolicy;
        ResourceId kubernetesPolicy;
    };
    static Concerned concerned(const Workspace &workspace, const Diagnostic &diagnostic);
    void append(const Diagnostic &diagnostic, const Workspace &workspace);
    void count();

    Diagnostics m_diagnostics;
    qsizetype m_validationRows = 0; // the diagnostics first, then the lint's rows
    QStringList m_codes; // lint rows: the code ("" for the note)
    QStringList m_related; // lint rows: the related places, one per line
    QList<Owner> m_owners; // one a row
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace ps
