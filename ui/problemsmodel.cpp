#include "ui/problemsmodel.h"
#include "ui/standardicon.h"

#include <utility>

#include <QApplication>
#include <QStyle>

namespace ps {

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractTableModel(parent) { }

void ProblemsModel::setDiagnostics(const Diagnostics &diagnostics, const Workspace &workspace)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    m_validationRows = diagnostics.size();
    m_codes.clear();
    m_related.clear();
    m_owners.clear();
    for (const Diagnostic &d : diagnostics)
        append(d, workspace);
    count();
    endResetModel();
}

void ProblemsModel::setLintFindings(
    const QList<LintFinding> &findings, const Workspace &workspace, const QString &note)
{
    beginResetModel();
    m_diagnostics.resize(m_validationRows);
    m_owners.resize(m_validationRows);
    m_codes.clear();
    m_related.clear();
    for (const LintFinding &f : findings) {
        const Diagnostic d = f.toDiagnostic();
        m_diagnostics.append(d);
        append(d, workspace);
        m_codes.append(lintCodeName(f.code));
        QStringList related;
        for (const LintLocation &r : f.related) {
            Diagnostic place;
            place.file = r.file;
            place.line = r.line;
            place.column = r.column;
            related.append((location(place) + u' ' + r.path).trimmed());
        }
        m_related.append(related.join(u'\n'));
    }
    if (!note.isEmpty()) {
        Diagnostic d;
        d.severity = Severity::Info;
        d.message = note;
        m_diagnostics.append(d);
        m_owners.append(Owner {});
        m_codes.append(QString());
        m_related.append(QString());
    }
    count();
    endResetModel();
}

void ProblemsModel::count()
{
    m_errors = 0;
    m_warnings = 0;
    for (const Diagnostic &d : std::as_const(m_diagnostics)) {
        m_errors += d.severity == Severity::Error ? 1 : 0;
        m_warnings += d.severity == Severity::Warning ? 1 : 0;
    }
}

QString ProblemsModel::location(const Diagnostic &d)
{
    QString out = d.file;
    if (d.line > 0) {
        out += u':' + QString::number(d.line);
        if (d.column > 0)
            out += u':' + QString::number(d.column);
    }
    return out;
}

namespace {

struct Candidate {
    qsizetype index = -1;
    int line = -1; // where it starts
    qsizetype inFile = 0; // resources of the list in the diagnostic's file
    qsizetype firstInFile = -1;
};

// The last resource of `list` in the diagnostic's file starting at or before its line.
template<class T> Candidate lastStartingBefore(const QList<T> &list, const Diagnostic &diagnostic)
{
    Candidate c;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Source &s = list[i].source;
        if (s.file != diagnostic.file)
            continue;
        if (c.inFile++ == 0)
            c.firstInFile = i;
        if (s.pos.line <= diagnostic.line && s.pos.line > c.line) {
            c.index = i;
            c.line = s.pos.line;
        }
    }
    return c;
}

} // namespace

void ProblemsModel::append(const Diagnostic &diagnostic, const Workspace &workspace)
{
    const Concerned c = concerned(workspace, diagnostic);
    const auto id = [](const auto &list, qsizetype index) {
        return index < 0 ? ResourceId {} : list[index].source.id;
    };
    m_owners.append({id(workspace->policies, c.policy), id(workspace->adminPolicies, c.adminPolicy),
        id(workspace->kubernetesPolicies, c.kubernetesPolicy)});
}

ProblemsModel::Concerned ProblemsModel::concerned(
    const Workspace &workspace, const Diagnostic &diagnostic)
{
    Concerned out;
    // Validation and the lint name the resource (a tier, a namespace: none of these lists); the
    // loader gives the place only.
    if (!diagnostic.resource.isNull()) {
        out.policy = indexOfResource(workspace->policies, diagnostic.resource);
        out.adminPolicy = indexOfResource(workspace->adminPolicies, diagnostic.resource);
        out.kubernetesPolicy = indexOfResource(workspace->kubernetesPolicies, diagnostic.resource);
        return out;
    }
    if (diagnostic.file.isEmpty())
        return out;
    // A file of several kinds: the one whose document holds the line (on a tie, the first list).
    const std::pair<Candidate, qsizetype Concerned::*> candidates[] {
        {lastStartingBefore(workspace->policies, diagnostic), &Concerned::policy},
        {lastStartingBefore(workspace->adminPolicies, diagnostic), &Concerned::adminPolicy},
        {lastStartingBefore(workspace->kubernetesPolicies, diagnostic),
            &Concerned::kubernetesPolicy},
    };
    const std::pair<Candidate, qsizetype Concerned::*> *best = nullptr;
    qsizetype inFile = 0;
    for (const auto &candidate : candidates) {
        inFile += candidate.first.inFile;
        if (candidate.first.index >= 0 && (!best || candidate.first.line > best->first.line))
            best = &candidate;
    }
    if (best) {
        out.*(best->second) = best->first.index;
    } else if (diagnostic.line == 0 && inFile == 1) {
        for (const auto &[candidate, member] : candidates) // the file's only one
            if (candidate.firstInFile >= 0)
                out.*member = candidate.firstInFile;
    }
    return out;
}

qsizetype ProblemsModel::policyFor(const Workspace &workspace, const Diagnostic &diagnostic)
{
    return concerned(workspace, diagnostic).policy;
}

qsizetype ProblemsModel::adminPolicyFor(const Workspace &workspace, const Diagnostic &diagnostic)
{
    return concerned(workspace, diagnostic).adminPolicy;
}

qsizetype ProblemsModel::kubernetesPolicyFor(
    const Workspace &workspace, const Diagnostic &diagnostic)
{
    return concerned(workspace, diagnostic).kubernetesPolicy;
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics[index.row()];
    const qsizetype lint = index.row() - m_validationRows; // >= 0: a lint row
    const QString code = lint >= 0 ? m_codes.value(lint) : QString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            switch (d.severity) {
            case Severity::Error:
                return tr("Error");
            case Severity::Warning:
                return tr("Warning");
            case Severity::Info:
                return tr("Info");
            }
            return {};
        case MessageColumn:
            return code.isEmpty() ? d.message : QStringLiteral("[%1] %2").arg(code, d.message);
        case LocationColumn:
            return location(d);
        case PathColumn:
            return d.path;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        switch (d.severity) {
        case Severity::Error:
            return standardIcon(QStyle::SP_MessageBoxCritical);
        case Severity::Warning:
            return standardIcon(QStyle::SP_MessageBoxWarning);
        case Severity::Info:
            return standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    case Qt::ToolTipRole:
        if (lint >= 0 && !m_related.value(lint).isEmpty())
            return d.toString() + u'\n' + tr("See also:") + u'\n' + m_related.value(lint);
        return d.toString();
    case LintCodeRole:
        return code;
    case SeverityRole:
        return int(d.severity);
    case FileRole:
        return d.file;
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    case PathRole:
        return d.path;
    case PolicyIdRole:
        return QVariant::fromValue(m_owners[index.row()].policy);
    case AdminPolicyIdRole:
        return QVariant::fromValue(m_owners[index.row()].adminPolicy);
    case KubernetesPolicyIdRole:
        return QVariant::fromValue(m_owners[index.row()].kubernetesPolicy);
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    case LocationColumn:
        return tr("Location");
    case PathColumn:
        return tr("Field");
    default:
        return {};
    }
}

} // namespace ps
