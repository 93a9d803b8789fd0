#pragma once
// NewPolicyDialog: File ▸ New Policy. Asks for the kind, the name, the namespace (namespaced
// kinds) and the tier, which may be a new one (then with its order). The name, the namespace
// and a new tier's name are checked as Calico checks them while the user types, with the
// reason shown under the fields; a name already taken in that namespace is refused too. OK
// stays disabled until everything is valid.

#include <optional>

#include <QDialog>

#include "core/model/kind.h"
#include "core/model/workspace.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ps {

class NewPolicyDialog : public QDialog {
    Q_OBJECT
public:
    struct Request {
        ResourceKind kind = ResourceKind::NetworkPolicy;
        QString name;
        QString namespace_;
        QString tier;
        /// Set when `tier` does not exist yet: the new tier's order.
        std::optional<double> newTierOrder;
    };

    NewPolicyDialog(const Workspace &workspace, QWidget *parent = nullptr);

    /// The policy kinds offered, in the order of the kind list.
    static QList<ResourceKind> kinds();

    Request request() const;
    /// Why OK is disabled (the first problem, one line), or empty.
    QString problem() const;

    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *namespaceCombo() const { return m_namespace; }
    QComboBox *tierCombo() const { return m_tier; }
    QLineEdit *tierOrderEdit() const { return m_tierOrder; }

private:
    void update();
    bool tierExists(const QString &tier) const;

    Workspace m_workspace; // as when the dialog opened
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLabel *m_namespaceLabel;
    QComboBox *m_namespace;
    QComboBox *m_tier;
    QLabel *m_tierOrderLabel;
    QLineEdit *m_tierOrder;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace ps
