#include "ui/editor/entityeditor.h"

#include <QFormLayout>
#include <QLineEdit>

#include "ui/editor/formtext.h"
#include "ui/editor/inventorycompletions.h"
#include "ui/editor/selectoredit.h"
#include "ui/editor/tokencompleter.h"

namespace ps {

namespace {

void setLine(QLineEdit *edit, const QString &text)
{
    if (edit->text().trimmed() == text.trimmed()) // the form stores trimmed text
        return;
    const int cursor = edit->cursorPosition();
    edit->setText(text);
    if (edit->hasFocus())
        edit->setCursorPosition(std::min(cursor, int(text.size())));
}

} // namespace

EntityEditor::EntityEditor(const QString &title, QWidget *parent) : QGroupBox(title, parent)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_selector = addSelector(QStringLiteral("selector"), tr("Selector:"));
    m_notSelector = addSelector(QStringLiteral("notSelector"), tr("Not selector:"));
    m_namespaceSelector = addSelector(QStringLiteral("namespaceSelector"), tr("Namespaces:"));
    m_nets = addLine(QStringLiteral("nets"), tr("Nets:"), tr("CIDRs, e.g. 10.0.0.0/8"));
    m_notNets = addLine(QStringLiteral("notNets"), tr("Not nets:"), {});
    m_ports = addLine(QStringLiteral("ports"), tr("Ports:"), tr("e.g. 80, 443, 8000:8080, http"));
    m_notPorts = addLine(QStringLiteral("notPorts"), tr("Not ports:"), {});
    m_accountNames = addLine(QStringLiteral("serviceAccounts.names"), tr("Service accounts:"),
        tr("names, comma separated"));
    m_accountSelector
        = addSelector(QStringLiteral("serviceAccounts.selector"), tr("Account selector:"));
    m_serviceName = addLine(QStringLiteral("services.name"), tr("Service:"), tr("name"));
    m_serviceNamespace
        = addLine(QStringLiteral("services.namespace"), tr("Service namespace:"), {});
    m_portsCompleter = new TokenCompleter(m_ports, QStringLiteral(", "));
    m_notPortsCompleter = new TokenCompleter(m_notPorts, QStringLiteral(", "));
    m_accountsCompleter = new TokenCompleter(m_accountNames, QStringLiteral(", "));
    m_serviceCompleter = new TokenCompleter(m_serviceName, {});
    m_serviceNamespaceCompleter = new TokenCompleter(m_serviceNamespace, {});
}

QLineEdit *EntityEditor::addLine(
    const QString &field, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    static_cast<QFormLayout *>(layout())->addRow(label, edit);
    m_fields.insert(field, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, field] { onLineEdited(field); });
    return edit;
}

SelectorEdit *EntityEditor::addSelector(const QString &field, const QString &label)
{
    auto *edit = new SelectorEdit(this);
    static_cast<QFormLayout *>(layout())->addRow(label, edit);
    m_fields.insert(field, edit);
    connect(edit, &SelectorEdit::edited, this, [this, field] { onLineEdited(field); });
    return edit;
}

QWidget *EntityEditor::fieldWidget(const QString &field) const
{
    QWidget *w = m_fields.value(field);
    if (!w && field == u"serviceAccounts")
        w = m_accountNames;
    if (!w && field == u"services")
        w = m_serviceName;
    if (auto *selector = qobject_cast<SelectorEdit *>(w))
        return selector->lineEdit();
    return w;
}

void EntityEditor::setCompletions(const InventoryCompletions &c)
{
    m_selector->setCompletions(c.endpointSelectorTerms);
    m_notSelector->setCompletions(c.endpointSelectorTerms);
    m_namespaceSelector->setCompletions(c.namespaceSelectorTerms);
    m_accountSelector->setCompletions(c.serviceAccountSelectorTerms);
    m_portsCompleter->setChoices(c.namedPorts);
    m_notPortsCompleter->setChoices(c.namedPorts);
    m_accountsCompleter->setChoices(c.serviceAccounts);
    m_serviceCompleter->setChoices(c.services);
    m_serviceNamespaceCompleter->setChoices(c.namespaces);
}

void EntityEditor::setEntity(const EntityRule &e)
{
    m_entity = e;
    m_selector->setText(e.selector);
    m_notSelector->setText(e.notSelector);
    m_namespaceSelector->setText(e.namespaceSelector);
    // a field the user is fixing keeps its (invalid) text until it parses
    if (listFromText(m_nets->text()) != e.nets)
        setLine(m_nets, listToText(e.nets));
    if (listFromText(m_notNets->text()) != e.notNets)
        setLine(m_notNets, listToText(e.notNets));
    if (portsFromText(m_ports->text(), nullptr) != e.ports) {
        setLine(m_ports, portsToText(e.ports));
        markInvalid(m_ports, {});
    }
    if (portsFromText(m_notPorts->text(), nullptr) != e.notPorts) {
        setLine(m_notPorts, portsToText(e.notPorts));
        markInvalid(m_notPorts, {});
    }
    const ServiceAccountMatch accounts = e.serviceAccounts.value_or(ServiceAccountMatch {});
    if (listFromText(m_accountNames->text()) != accounts.names)
        setLine(m_accountNames, listToText(accounts.names));
    m_accountSelector->setText(accounts.selector);
    const ServiceMatch service = e.services.value_or(ServiceMatch {});
    setLine(m_serviceName, service.name);
    setLine(m_serviceNamespace, service.namespace_);
}

void EntityEditor::markInvalid(QLineEdit *edit, const QString &error)
{
    edit->setStyleSheet(
        error.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
    edit->setToolTip(error);
}

void EntityEditor::onLineEdited(const QString &field)
{
    EntityRule e = m_entity;
    if (field == u"selector") {
        e.selector = m_selector->text().trimmed();
    } else if (field == u"notSelector") {
        e.notSelector = m_notSelector->text().trimmed();
    } else if (field == u"namespaceSelector") {
        e.namespaceSelector = m_namespaceSelector->text().trimmed();
    } else if (field == u"nets") {
        e.nets = listFromText(m_nets->text());
    } else if (field == u"notNets") {
        e.notNets = listFromText(m_notNets->text());
    } else if (field == u"ports" || field == u"notPorts") {
        QLineEdit *edit = field == u"ports" ? m_ports : m_notPorts;
        QString error;
        const std::optional<QList<Port>> ports = portsFromText(edit->text(), &error);
        markInvalid(edit, error);
        if (!ports)
            return;
        (field == u"ports" ? e.ports : e.notPorts) = *ports;
    } else if (field.startsWith(u"serviceAccounts.")) {
        ServiceAccountMatch accounts;
        accounts.names = listFromText(m_accountNames->text());
        accounts.selector = m_accountSelector->text().trimmed();
        e.serviceAccounts = accounts == ServiceAccountMatch {}
            ? std::nullopt
            : std::optional<ServiceAccountMatch>(accounts);
    } else if (field.startsWith(u"services.")) {
        ServiceMatch service;
        service.name = m_serviceName->text().trimmed();
        service.namespace_ = m_serviceNamespace->text().trimmed();
        e.services
            = service == ServiceMatch {} ? std::nullopt : std::optional<ServiceMatch>(service);
    }
    if (e == m_entity)
        return;
    m_entity = e;
    Q_EMIT edited(e, field);
}

} // namespace ps
