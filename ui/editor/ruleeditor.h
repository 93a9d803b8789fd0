#pragma once
// RuleEditor: the form for one rule — action, protocol / notProtocol, IP version, ICMP
// (and notICMP) type and code, source and destination (EntityEditor), HTTP methods and paths
// (HttpPathsEdit) and the rule's annotations (KeyValueTable). Each user change emits ruleEdited()
// with the rule changed in that one field and the field's path relative to the rule, which the
// policy editor turns into an undoable edit (typing in one field merges into one undo step).

#include <QHash>
#include <QWidget>

#include "core/model/rule.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace ps {

class EntityEditor;
class HttpPathsEdit;
class KeyValueTable;
struct InventoryCompletions;

class RuleEditor : public QWidget {
    Q_OBJECT
public:
    explicit RuleEditor(QWidget *parent = nullptr);

    /// Shows `rule`; `title` says which rule it is ("Ingress rule 0").
    void setRule(const Rule &rule, const QString &title);
    const Rule &rule() const { return m_rule; }
    void setCompletions(const InventoryCompletions &completions);
    /// The widget editing `path` ("destination.ports[1]", "action"), or nullptr.
    QWidget *fieldWidget(const QString &path) const;

    // parts, for the editor's tests
    HttpPathsEdit *httpPathsEdit() const { return m_httpPaths; }
    KeyValueTable *annotationsTable() const { return m_annotations; }

Q_SIGNALS:
    void ruleEdited(const Rule &rule, const QString &field);

private:
    void emitEdited(const Rule &rule, const QString &field);
    void onComboChanged(const QString &field);
    void onIcmpEdited(const QString &field);

    Rule m_rule;
    bool m_updating = false;
    QLabel *m_title;
    QComboBox *m_action;
    QComboBox *m_protocol;
    QComboBox *m_notProtocol;
    QComboBox *m_ipVersion;
    QLineEdit *m_icmpType;
    QLineEdit *m_icmpCode;
    QLineEdit *m_notIcmpType;
    QLineEdit *m_notIcmpCode;
    EntityEditor *m_destination; // built before the source: it comes first in tab order
    EntityEditor *m_source;
    QLineEdit *m_httpMethods;
    HttpPathsEdit *m_httpPaths;
    KeyValueTable *m_annotations;
    QHash<QString, QWidget *> m_fields;
};

} // namespace ps
