#include "ui/editor/ruleeditor.h"

#include <algorithm>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

#include "core/model/protocol.h"
#include "ui/editor/entityeditor.h"
#include "ui/editor/formtext.h"
#include "ui/editor/httppathsedit.h"
#include "ui/editor/keyvaluetable.h"

namespace ps {

namespace {

QComboBox *protocolCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItem(QString()); // any protocol
    combo->addItems(knownProtocolNames());
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->lineEdit()->setPlaceholderText(RuleEditor::tr("any"));
    return combo;
}

void setComboText(QComboBox *combo, const QString &text)
{
    if (combo->currentText() == text)
        return;
    const int index = combo->findText(text);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else if (combo->isEditable())
        combo->setEditText(text);
    else {
        combo->addItem(text);
        combo->setCurrentIndex(combo->count() - 1);
    }
}

void setLine(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

QString optionalNumber(const std::optional<int> &n)
{
    return n ? QString::number(*n) : QString();
}

std::optional<int> numberFromText(const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

std::optional<Protocol> protocolFromText(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<Protocol>(Protocol::fromString(t));
}

/// "spec.ingress[0].destination.ports[1]" style paths without list indexes.
QString withoutIndexes(const QString &path)
{
    static const QRegularExpression index(QStringLiteral(R"(\[\d+\])"));
    QString p = path;
    return p.remove(index);
}

} // namespace

RuleEditor::RuleEditor(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_action(new QComboBox(this)),
      m_protocol(protocolCombo(this)), m_notProtocol(protocolCombo(this)),
      m_ipVersion(new QComboBox(this)), m_icmpType(new QLineEdit(this)),
      m_icmpCode(new QLineEdit(this)), m_notIcmpType(new QLineEdit(this)),
      m_notIcmpCode(new QLineEdit(this)), m_destination(new EntityEditor(tr("Destination"), this)),
      m_source(new EntityEditor(tr("Source"), this)), m_httpMethods(new QLineEdit(this)),
      m_httpPaths(new HttpPathsEdit(this)),
      m_annotations(new KeyValueTable(MetaRules::MapKind::Annotations, this))
{
    auto *layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    m_action->addItems({QStringLiteral("Allow"), QStringLiteral("Deny"), QStringLiteral("Log"),
        QStringLiteral("Pass")});
    form->addRow(tr("Action:"), m_action);

    auto *protocols = new QHBoxLayout;
    protocols->addWidget(m_protocol, 1);
    protocols->addWidget(new QLabel(tr("not:"), this));
    protocols->addWidget(m_notProtocol, 1);
    form->addRow(tr("Protocol:"), protocols);

    m_ipVersion->addItem(tr("Any"));
    m_ipVersion->addItem(tr("IPv4"), 4);
    m_ipVersion->addItem(tr("IPv6"), 6);
    form->addRow(tr("IP version:"), m_ipVersion);

    auto *icmp = new QHBoxLayout;
    for (QLineEdit *edit : {m_icmpType, m_icmpCode, m_notIcmpType, m_notIcmpCode}) {
        edit->setValidator(new QIntValidator(0, 255, edit));
        edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    }
    m_icmpType->setPlaceholderText(tr("type"));
    m_icmpCode->setPlaceholderText(tr("code"));
    m_notIcmpType->setPlaceholderText(tr("type"));
    m_notIcmpCode->setPlaceholderText(tr("code"));
    icmp->addWidget(m_icmpType);
    icmp->addWidget(m_icmpCode);
    icmp->addSpacing(12);
    icmp->addWidget(new QLabel(tr("not:"), this));
    icmp->addWidget(m_notIcmpType);
    icmp->addWidget(m_notIcmpCode);
    icmp->addStretch(1);
    form->addRow(tr("ICMP:"), icmp);

    // Destination first: that is where a rule's ports usually are.
    layout->addWidget(m_destination);
    layout->addWidget(m_source);

    auto *more = new QFormLayout;
    more->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(more);
    m_httpMethods->setPlaceholderText(tr("GET, POST"));
    more->addRow(tr("HTTP methods:"), m_httpMethods);
    more->addRow(tr("HTTP paths:"), m_httpPaths);
    more->addRow(tr("Annotations:"), m_annotations);
    layout->addStretch(1);

    m_fields = {{QStringLiteral("action"), m_action}, {QStringLiteral("protocol"), m_protocol},
        {QStringLiteral("notProtocol"), m_notProtocol}, {QStringLiteral("ipVersion"), m_ipVersion},
        {QStringLiteral("icmp"), m_icmpType}, {QStringLiteral("icmp.type"), m_icmpType},
        {QStringLiteral("icmp.code"), m_icmpCode}, {QStringLiteral("notICMP"), m_notIcmpType},
        {QStringLiteral("notICMP.type"), m_notIcmpType},
        {QStringLiteral("notICMP.code"), m_notIcmpCode}, {QStringLiteral("http"), m_httpMethods},
        {QStringLiteral("http.methods"), m_httpMethods},
        {QStringLiteral("http.paths"), m_httpPaths},
        {QStringLiteral("metadata"), m_annotations->view()},
        {QStringLiteral("metadata.annotations"), m_annotations->view()}};

    connect(m_action, &QComboBox::currentTextChanged, this,
        [this] { onComboChanged(QStringLiteral("action")); });
    connect(m_protocol, &QComboBox::currentTextChanged, this,
        [this] { onComboChanged(QStringLiteral("protocol")); });
    connect(m_notProtocol, &QComboBox::currentTextChanged, this,
        [this] { onComboChanged(QStringLiteral("notProtocol")); });
    connect(m_ipVersion, &QComboBox::currentIndexChanged, this,
        [this] { onComboChanged(QStringLiteral("ipVersion")); });
    connect(
        m_icmpType, &QLineEdit::textEdited, this, [this] { onIcmpEdited(QStringLiteral("icmp")); });
    connect(
        m_icmpCode, &QLineEdit::textEdited, this, [this] { onIcmpEdited(QStringLiteral("icmp")); });
    connect(m_notIcmpType, &QLineEdit::textEdited, this,
        [this] { onIcmpEdited(QStringLiteral("notICMP")); });
    connect(m_notIcmpCode, &QLineEdit::textEdited, this,
        [this] { onIcmpEdited(QStringLiteral("notICMP")); });
    connect(m_source, &EntityEditor::edited, this, [this](const EntityRule &e, const QString &f) {
        Rule r = m_rule;
        r.source = e;
        emitEdited(r, QStringLiteral("source.") + f);
    });
    connect(
        m_destination, &EntityEditor::edited, this, [this](const EntityRule &e, const QString &f) {
            Rule r = m_rule;
            r.destination = e;
            emitEdited(r, QStringLiteral("destination.") + f);
        });
    connect(m_httpMethods, &QLineEdit::textEdited, this, [this] {
        Rule r = m_rule;
        HttpMatch http = r.http.value_or(HttpMatch {});
        http.methods = listFromText(m_httpMethods->text());
        r.http = http == HttpMatch {} ? std::nullopt : std::optional<HttpMatch>(http);
        emitEdited(r, QStringLiteral("http.methods"));
    });
    connect(m_httpPaths, &HttpPathsEdit::edited, this,
        [this](const QList<HttpPath> &paths, const QString &field) {
            Rule r = m_rule;
            HttpMatch http = r.http.value_or(HttpMatch {});
            http.paths = paths;
            r.http = http == HttpMatch {} ? std::nullopt : std::optional<HttpMatch>(http);
            // one-click changes (kind, add, remove) are never merged with typing
            emitEdited(r, field.isEmpty() ? QString() : QStringLiteral("http.") + field);
        });
    connect(m_annotations, &KeyValueTable::edited, this, [this](const Labels &annotations) {
        Rule r = m_rule;
        r.annotations = annotations;
        emitEdited(r, QString()); // one committed cell, one undo step
    });
}

void RuleEditor::setCompletions(const InventoryCompletions &completions)
{
    m_source->setCompletions(completions);
    m_destination->setCompletions(completions);
}

void RuleEditor::setRule(const Rule &rule, const QString &title)
{
    m_updating = true;
    m_rule = rule;
    const bool sameRule = title == m_title->text();
    m_title->setText(title);
    setComboText(m_action, rule.action);
    setComboText(m_protocol, rule.protocol ? rule.protocol->toString() : QString());
    setComboText(m_notProtocol, rule.notProtocol ? rule.notProtocol->toString() : QString());
    const int ipIndex
        = m_ipVersion->findData(rule.ipVersion ? QVariant(*rule.ipVersion) : QVariant());
    m_ipVersion->setCurrentIndex(std::max(0, ipIndex));
    const IcmpFields icmp = rule.icmp.value_or(IcmpFields {});
    const IcmpFields notIcmp = rule.notICMP.value_or(IcmpFields {});
    setLine(m_icmpType, optionalNumber(icmp.type));
    setLine(m_icmpCode, optionalNumber(icmp.code));
    setLine(m_notIcmpType, optionalNumber(notIcmp.type));
    setLine(m_notIcmpCode, optionalNumber(notIcmp.code));
    m_source->setEntity(rule.source);
    m_destination->setEntity(rule.destination);
    const HttpMatch http = rule.http.value_or(HttpMatch {});
    if (listFromText(m_httpMethods->text()) != http.methods)
        setLine(m_httpMethods, listToText(http.methods));
    m_httpPaths->setPaths(http.paths, sameRule);
    m_annotations->setMap(rule.annotations, sameRule);
    m_updating = false;
}

QWidget *RuleEditor::fieldWidget(const QString &path) const
{
    const QString field = withoutIndexes(path);
    for (EntityEditor *entity : {m_source, m_destination}) {
        const QString prefix
            = entity == m_source ? QStringLiteral("source") : QStringLiteral("destination");
        if (field == prefix)
            return entity->fieldWidget(QStringLiteral("selector"));
        if (field.startsWith(prefix + u'.')) {
            QString rest = field.mid(prefix.size() + 1);
            while (!rest.isEmpty()) {
                if (QWidget *w = entity->fieldWidget(rest))
                    return w;
                const qsizetype dot = rest.lastIndexOf(u'.');
                if (dot < 0)
                    break;
                rest.truncate(dot);
            }
            return entity;
        }
    }
    QString rest = field;
    while (!rest.isEmpty()) {
        if (QWidget *w = m_fields.value(rest))
            return w;
        const qsizetype dot = rest.lastIndexOf(u'.');
        if (dot < 0)
            break;
        rest.truncate(dot);
    }
    return nullptr;
}

void RuleEditor::emitEdited(const Rule &rule, const QString &field)
{
    if (m_updating || rule == m_rule)
        return;
    m_rule = rule;
    Q_EMIT ruleEdited(rule, field);
}

void RuleEditor::onComboChanged(const QString &field)
{
    if (m_updating)
        return;
    Rule r = m_rule;
    if (field == u"action")
        r.action = m_action->currentText();
    else if (field == u"protocol")
        r.protocol = protocolFromText(m_protocol->currentText());
    else if (field == u"notProtocol")
        r.notProtocol = protocolFromText(m_notProtocol->currentText());
    else if (field == u"ipVersion") {
        const QVariant v = m_ipVersion->currentData();
        r.ipVersion = v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
    }
    emitEdited(r, field);
}

void RuleEditor::onIcmpEdited(const QString &field)
{
    const bool positive = field == u"icmp";
    IcmpFields icmp;
    icmp.type = numberFromText((positive ? m_icmpType : m_notIcmpType)->text());
    icmp.code = numberFromText((positive ? m_icmpCode : m_notIcmpCode)->text());
    Rule r = m_rule;
    (positive ? r.icmp : r.notICMP)
        = icmp == IcmpFields {} ? std::nullopt : std::optional<IcmpFields>(icmp);
    emitEdited(r, field);
}

} // namespace ps
