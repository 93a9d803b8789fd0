#pragma once
// EntityEditor: one side (source or destination) of a rule — nets, selectors, namespace
// selector, ports, service accounts and services — with completions from the inventory.
// Each user change emits edited() with the entity changed in that one field; fields whose text
// does not parse (a bad port) are marked and not emitted, so the last good rule stays.

#include <QGroupBox>
#include <QHash>

#include "core/model/rule.h"

class QLineEdit;

namespace ps {

class SelectorEdit;
class TokenCompleter;
struct InventoryCompletions;

class EntityEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit EntityEditor(const QString &title, QWidget *parent = nullptr);

    void setEntity(const EntityRule &entity);
    const EntityRule &entity() const { return m_entity; }
    void setCompletions(const InventoryCompletions &completions);
    /// The widget that edits `field` ("ports", "serviceAccounts.names", ...), or nullptr.
    QWidget *fieldWidget(const QString &field) const;

Q_SIGNALS:
    /// `field` names what changed, relative to the entity ("selector", "ports").
    void edited(const EntityRule &entity, const QString &field);

private:
    QLineEdit *addLine(const QString &field, const QString &label, const QString &placeholder);
    SelectorEdit *addSelector(const QString &field, const QString &label);
    void onLineEdited(const QString &field);
    void markInvalid(QLineEdit *edit, const QString &error);

    EntityRule m_entity;
    QHash<QString, QWidget *> m_fields;
    QLineEdit *m_nets = nullptr;
    QLineEdit *m_notNets = nullptr;
    SelectorEdit *m_selector = nullptr;
    SelectorEdit *m_notSelector = nullptr;
    SelectorEdit *m_namespaceSelector = nullptr;
    QLineEdit *m_ports = nullptr;
    QLineEdit *m_notPorts = nullptr;
    QLineEdit *m_accountNames = nullptr;
    SelectorEdit *m_accountSelector = nullptr;
    QLineEdit *m_serviceName = nullptr;
    QLineEdit *m_serviceNamespace = nullptr;
    TokenCompleter *m_portsCompleter = nullptr;
    TokenCompleter *m_notPortsCompleter = nullptr;
    TokenCompleter *m_accountsCompleter = nullptr;
    TokenCompleter *m_serviceCompleter = nullptr;
    TokenCompleter *m_serviceNamespaceCompleter = nullptr;
};

} // namespace ps
