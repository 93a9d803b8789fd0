#include "ui/problemsmodel.h"
#include "ui/standardicon.h"

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
    m_policies.clear();
    for (const Diagnostic &d : diagnostics) {
        const qsizetype policy = policyFor(workspace, d);
        m_policies.append(policy < 0 ? ResourceId {} : workspace->policies[policy].source.id);
    }
    count();
    endResetModel();
}

void ProblemsModel::setLintFindings(
    const QList<LintFinding> &findings, const Workspace &workspace, const QString &note)
{
    beginResetModel();
    m_diagnostics.resize(m_validationRows);
    m_policies.resize(m_validationRows);
    m_codes.clear();
    m_related.clear();
    for (const LintFinding &f : findings) {
        Diagnostic d = f.toDiagnostic();
        m_diagnostics.append(d);
        const qsizetype policy = policyFor(workspace, d);
        m_policies.append(policy < 0 ? ResourceId {} : workspace->policies[policy].source.id);
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
        m_policies.append(ResourceId {});
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

qsizetype ProblemsModel::policyFor(const Workspace &workspace, const Diagnostic &diagnostic)
{
    if (diagnostic.file.isEmpty())
        return -1;
    qsizetype best = -1;
    int bestLine = -1;
    qsizetype inFile = 0;
    const QList<CalicoPolicy> &policies = workspace->policies;
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const Source &s = policies[i].source;
        if (s.file != diagnostic.file)
            continue;
        ++inFile;
        if (s.pos.line <= diagnostic.line && s.pos.line > bestLine) {
            best = i;
            bestLine = s.pos.line;
        }
    }
    if (best < 0 && inFile == 1 && diagnostic.line == 0) {
        for (qsizetype i = 0; i < policies.size(); ++i)
            if (policies[i].source.file == diagnostic.file)
                return i;
    }
    return best;
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
        return QVariant::fromValue(m_policies[index.row()]);
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
