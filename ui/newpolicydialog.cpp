#include "ui/newpolicydialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>

#include "core/model/builtintier.h"
#include "core/validate/namerules.h"

namespace ps {

NewPolicyDialog::NewPolicyDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_kind(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_namespaceLabel(new QLabel(tr("Name&space:"), this)),
      m_namespace(new QComboBox(this)), m_tier(new QComboBox(this)),
      m_tierOrderLabel(new QLabel(tr("New tier's &order:"), this)),
      m_tierOrder(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Policy"));
    for (const ResourceKind k : kinds())
        m_kind->addItem(kindDisplayName(k));
    m_kind->setCurrentIndex(int(kinds().indexOf(ResourceKind::NetworkPolicy)));
    m_name->setPlaceholderText(tr("e.g. allow-frontend"));
    m_namespace->setEditable(true);
    QStringList namespaces;
    for (const Namespace &n : workspace->namespaces)
        namespaces.append(n.meta.name);
    namespaces.sort();
    m_namespace->addItems(namespaces);
    m_namespace->setCurrentText(namespaces.contains(QStringLiteral("default"))
            ? QStringLiteral("default")
            : namespaces.value(0, QStringLiteral("default")));

    // Tiers: the defined ones and the built-in default; typing another name creates it.
    m_tier->setEditable(true);
    QSet<QString> tiers {defaultTierName()};
    for (const Tier &t : workspace->tiers)
        tiers.insert(t.meta.name);
    QStringList tierNames(tiers.cbegin(), tiers.cend());
    tierNames.sort();
    m_tier->addItems(tierNames);
    m_tier->setCurrentText(defaultTierName());
    m_tier->setToolTip(tr("Type a name that is not listed to create a new tier."));
    m_tierOrder->setPlaceholderText(tr("e.g. 100 (lower is evaluated first)"));

    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // room for a three-line reason, kept while typing so the dialog does not jump
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 3 + 4);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));

    auto *form = new QFormLayout(this);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    m_namespaceLabel->setBuddy(m_namespace);
    form->addRow(m_namespaceLabel, m_namespace);
    auto *tierLabel = new QLabel(tr("&Tier:"), this);
    tierLabel->setBuddy(m_tier);
    form->addRow(tierLabel, m_tier);
    m_tierOrderLabel->setBuddy(m_tierOrder);
    form->addRow(m_tierOrderLabel, m_tierOrder);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewPolicyDialog::update);
    connect(m_name, &QLineEdit::textChanged, this, &NewPolicyDialog::update);
    connect(m_namespace, &QComboBox::currentTextChanged, this, &NewPolicyDialog::update);
    connect(m_tier, &QComboBox::currentTextChanged, this, &NewPolicyDialog::update);
    connect(m_tierOrder, &QLineEdit::textChanged, this, &NewPolicyDialog::update);
    setMinimumWidth(460);
    update();
}

QList<ResourceKind> NewPolicyDialog::kinds()
{
    return {ResourceKind::GlobalNetworkPolicy, ResourceKind::NetworkPolicy,
        ResourceKind::StagedGlobalNetworkPolicy, ResourceKind::StagedNetworkPolicy};
}

bool NewPolicyDialog::tierExists(const QString &tier) const
{
    return tier == defaultTierName()
        || std::any_of(m_workspace->tiers.cbegin(), m_workspace->tiers.cend(),
            [&tier](const Tier &t) { return t.meta.name == tier; });
}

NewPolicyDialog::Request NewPolicyDialog::request() const
{
    Request r;
    r.kind = kinds().value(m_kind->currentIndex());
    r.name = m_name->text().trimmed();
    if (kindIsNamespaced(r.kind))
        r.namespace_ = m_namespace->currentText().trimmed();
    r.tier = m_tier->currentText().trimmed();
    if (!tierExists(r.tier)) {
        bool ok = false;
        const double order = m_tierOrder->text().trimmed().toDouble(&ok);
        if (ok)
            r.newTierOrder = order;
    }
    return r;
}

QString NewPolicyDialog::problem() const
{
    const Request r = request();
    if (r.name.isEmpty())
        return tr("Enter a name.");
    if (const QString error = NameRules::checkResourceName(r.kind, r.name); !error.isEmpty())
        return tr("Name: %1").arg(error);
    if (kindIsNamespaced(r.kind)) {
        if (const QString error = NameRules::checkNamespaceName(r.namespace_); !error.isEmpty())
            return tr("Namespace: %1").arg(error);
    }
    const bool taken = std::any_of(
        m_workspace->policies.cbegin(), m_workspace->policies.cend(), [&r](const CalicoPolicy &p) {
            return p.kind == r.kind && p.meta.name == r.name && p.meta.namespace_ == r.namespace_;
        });
    if (taken)
        return r.namespace_.isEmpty()
            ? tr("A %1 named %2 exists already.").arg(kindDisplayName(r.kind), r.name)
            : tr("A %1 named %2 exists in %3 already.")
                  .arg(kindDisplayName(r.kind), r.name, r.namespace_);
    if (r.tier.isEmpty())
        return tr("Choose a tier.");
    if (!tierExists(r.tier)) {
        if (const QString error = NameRules::checkResourceName(ResourceKind::Tier, r.tier);
            !error.isEmpty())
            return tr("Tier: %1").arg(error);
        if (!r.newTierOrder)
            return tr("Give the new tier %1 an order (a number; lower is evaluated first).")
                .arg(r.tier);
    }
    return {};
}

void NewPolicyDialog::update()
{
    const Request r = request();
    const bool namespaced = kindIsNamespaced(r.kind);
    m_namespaceLabel->setVisible(namespaced);
    m_namespace->setVisible(namespaced);
    const bool newTier = !r.tier.isEmpty() && !tierExists(r.tier);
    m_tierOrderLabel->setVisible(newTier);
    m_tierOrder->setVisible(newTier);
    // An empty name is not an error to show yet: the user has not typed one.
    const QString problem = this->problem();
    m_problem->setText(r.name.isEmpty() ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace ps
