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
    m_policies.clear();
    m_errors = 0;
    m_warnings = 0;
    for (const Diagnostic &d : diagnostics) {
        const qsizetype policy = policyFor(workspace, d);
        m_policies.append(policy < 0 ? ResourceId {} : workspace->policies[policy].source.id);
        m_errors += d.severity == Severity::Error ? 1 : 0;
        m_warnings += d.severity == Severity::Warning ? 1 : 0;
    }
    endResetModel();
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
            return d.message;
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
        return d.toString();
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
