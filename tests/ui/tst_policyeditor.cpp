// The policy editor on the embedded demo workspace: the form and the YAML stay in sync both
// ways, invalid YAML never destroys the last good policy, every kind of edit is one undo step
// that restores the exact previous policy, typing merges, the rule list model is sound, the
// selector is checked live and lists the endpoints it selects, and the editor follows its
// policy (renames, removal) and reveals fields.

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>

#include "core/io/loader.h"
#include "resources/demoworkspace.h"
#include "ui/document.h"
#include "ui/editor/kubernetespolicyview.h"
#include "ui/editor/policyeditor.h"
#include "ui/editor/policyform.h"
#include "ui/editor/ruleeditor.h"
#include "ui/editor/rulelistmodel.h"
#include "ui/editor/selectoredit.h"
#include "ui/editor/tokencompleter.h"
#include "ui/editor/yamlhighlighter.h"
#include "ui/editor/yamlview.h"

using namespace ps;

namespace {

qsizetype indexOf(const Document &document, const QString &name)
{
    const QList<CalicoPolicy> &policies = document.workspace()->policies;
    for (qsizetype i = 0; i < policies.size(); ++i)
        if (policies[i].meta.name == name)
            return i;
    return -1;
}

/// Types into a line edit as a user does (textEdited per key).
void type(QLineEdit *edit, const QString &text)
{
    QTest::keyClicks(edit, text);
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    type(edit, text);
}

} // namespace

class TestPolicyEditor : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<Document> m_document;

    void loadDemo()
    {
        m_document = std::make_unique<Document>();
        QSignalSpy ready(m_document.get(), &Document::analysisReady);
        m_document->setLoaded(Loader().loadPaths({demoWorkspacePath()}), {demoWorkspacePath()});
        QVERIFY(ready.wait(20000));
    }

    const CalicoPolicy &policy(qsizetype index) const
    {
        return m_document->workspace()->policies[index];
    }

private Q_SLOTS:
    void init() { loadDemo(); }
    void cleanup() { m_document.reset(); }

    void formToYaml()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        QVERIFY(index >= 0);
        PolicyEditor editor(m_document.get(), index);
        replaceText(editor.form()->selectorEdit()->lineEdit(), QStringLiteral("app == 'web'"));
        QCOMPARE(policy(index).selector, QStringLiteral("app == 'web'"));
        QVERIFY2(editor.yamlView()->text().contains(QStringLiteral("selector: app == 'web'")),
            qPrintable(editor.yamlView()->text()));
        // a rule field too
        editor.selectRule(Direction::Ingress, 0);
        auto *ports = qobject_cast<QLineEdit *>(
            editor.form()->ruleEditor()->fieldWidget(QStringLiteral("destination.ports")));
        QVERIFY(ports);
        replaceText(ports, QStringLiteral("80, 443"));
        QCOMPARE(policy(index).ingress[0].destination.ports,
            (QList<Port> {Port::single(80), Port::single(443)}));
        QVERIFY(editor.yamlView()->text().contains(QStringLiteral("- 443")));
    }

    void yamlToForm()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        PolicyEditor editor(m_document.get(), index);
        QString text = editor.yamlView()->text();
        QVERIFY(text.contains(QStringLiteral("selector: app == 'server'")));
        text.replace(QStringLiteral("selector: app == 'server'"),
            QStringLiteral("selector: app == 'client'"));
        text.replace(QStringLiteral("- 8080"), QStringLiteral("- 9090"));
        editor.yamlView()->textEdit()->setPlainText(text);
        editor.yamlView()->parseNow();
        QCOMPARE(policy(index).selector, QStringLiteral("app == 'client'"));
        QCOMPARE(editor.form()->selectorEdit()->text(), QStringLiteral("app == 'client'"));
        QCOMPARE(editor.form()->ruleModel(Direction::Ingress)->rules()[0].destination.ports,
            QList<Port> {Port::single(9090)});
        QVERIFY(editor.yamlView()->parseErrors().isEmpty());
        QVERIFY(editor.yamlView()->messageText().isEmpty());
    }

    void yamlIsDebounced()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        PolicyEditor editor(m_document.get(), index);
        QString text = editor.yamlView()->text();
        text.replace(QStringLiteral("name: allow-tcp-8080"), QStringLiteral("name: allow-8080"));
        editor.yamlView()->textEdit()->setPlainText(text);
        QCOMPARE(policy(index).meta.name, QStringLiteral("allow-tcp-8080")); // not yet
        QTRY_COMPARE_WITH_TIMEOUT(policy(index).meta.name, QStringLiteral("allow-8080"), 2000);
        QCOMPARE(editor.policyIndex(), index);
        QCOMPARE(editor.title(), QStringLiteral("allow-8080"));
    }

    void invalidYamlKeepsForm_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("line");
        QTest::addRow("bad indentation")
            << QStringLiteral("  selector: app == 'server'")
            << QStringLiteral("  selector: app == 'server'\n bad: [") << 0;
        QTest::addRow("unknown field") << QStringLiteral("  selector: app == 'server'")
                                       << QStringLiteral("  selectr: app == 'server'") << 0;
        QTest::addRow("two documents") << QStringLiteral("spec:")
                                       << QStringLiteral("spec:\n  tier: default\n---\n"
                                                         "apiVersion: v1\nkind: Namespace\n"
                                                         "metadata:\n  name: x\n---\nspec:")
                                       << 0;
    }

    void invalidYamlKeepsForm()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        PolicyEditor editor(m_document.get(), index);
        const CalicoPolicy before = policy(index);
        const int undoCount = m_document->undoStack()->count();
        QString text = editor.yamlView()->text();
        QVERIFY(text.contains(from));
        text.replace(text.indexOf(from), from.size(), to);
        editor.yamlView()->textEdit()->setPlainText(text);
        editor.yamlView()->parseNow();

        QVERIFY(!editor.yamlView()->parseErrors().isEmpty());
        const Diagnostic error = editor.yamlView()->parseErrors().first();
        QVERIFY(error.line > 0);
        QVERIFY(error.column > 0);
        const QString message = editor.yamlView()->messageText();
        QVERIFY2(message.contains(
                     QStringLiteral("line %1, column %2: ").arg(error.line).arg(error.column)),
            qPrintable(message));
        QVERIFY(!editor.yamlView()->textEdit()->extraSelections().isEmpty());
        QCOMPARE(editor.yamlView()->textEdit()->extraSelections().size(), 2);
        const QTextEdit::ExtraSelection mark
            = editor.yamlView()->textEdit()->extraSelections().at(1);
        QCOMPARE(mark.format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(mark.cursor.block().blockNumber() + 1, error.line);
        // nothing was applied: the document and the form keep the last good policy
        QCOMPARE(policy(index), before);
        QCOMPARE(m_document->undoStack()->count(), undoCount);
        QCOMPARE(editor.form()->selectorEdit()->text(), QStringLiteral("app == 'server'"));
        QCOMPARE(editor.form()->policy(), before);
        // the user's broken text stays until fixed
        QCOMPARE(editor.yamlView()->text(), text);
    }

    void validationShownInline()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        PolicyEditor editor(m_document.get(), index);
        QVERIFY(editor.yamlView()->diagnostics().isEmpty());
        editor.selectRule(Direction::Ingress, 0);
        auto *action = qobject_cast<QComboBox *>(
            editor.form()->ruleEditor()->fieldWidget(QStringLiteral("action")));
        QVERIFY(action);
        replaceText(editor.form()->selectorEdit()->lineEdit(), QStringLiteral("app == "));
        QVERIFY(!editor.yamlView()->diagnostics().isEmpty());
        const Diagnostic d = editor.yamlView()->diagnostics().first();
        QCOMPARE(d.path, QStringLiteral("spec.selector"));
        const QString line
            = editor.yamlView()->textEdit()->document()->findBlockByNumber(d.line - 1).text();
        QVERIFY2(line.contains(QStringLiteral("selector:")), qPrintable(line));
        QVERIFY(editor.yamlView()->messageText().contains(QStringLiteral("line %1").arg(d.line)));
    }

    void undoRedo_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"field", "tier", "types", "ruleField", "addRule", "removeRule",
                 "duplicateRule", "moveRule", "dragRule", "yaml", "rename"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    void undoRedo()
    {
        QFETCH(QString, kind);
        const qsizetype index = indexOf(*m_document, QStringLiteral("deny-tcp-8080"));
        PolicyEditor editor(m_document.get(), index);
        PolicyForm *form = editor.form();
        // a second ingress rule so that moves have somewhere to go
        form->selectRule(Direction::Ingress, 0);
        form->duplicateSelectedRule();
        {
            CalicoPolicy p = policy(index);
            p.ingress[1].action = QStringLiteral("Allow");
            m_document->replacePolicy(index, p);
        }
        const CalicoPolicy before = policy(index);
        const QString beforeYaml = editor.yamlView()->text();
        const int steps = m_document->undoStack()->count();
        form->selectRule(Direction::Ingress, 0);

        if (kind == u"field") {
            type(form->orderEdit(), QStringLiteral("5"));
        } else if (kind == u"tier") {
            // only "default" exists in the demo; add a tier to choose
            m_document->edit(QStringLiteral("tier"), [](WorkspaceData &d) {
                Tier t;
                t.meta.name = QStringLiteral("security");
                d.tiers.append(t);
            });
            QCOMPARE(form->tierCombo()->findText(QStringLiteral("security")) >= 0, true);
            form->tierCombo()->setCurrentText(QStringLiteral("security"));
            QCOMPARE(policy(index).tier, QStringLiteral("security"));
            m_document->undoStack()->undo();
            QCOMPARE(policy(index), before);
            m_document->undoStack()->redo();
            QCOMPARE(policy(index).tier, QStringLiteral("security"));
            return;
        } else if (kind == u"types") {
            form->typeCheck(Direction::Egress)->click();
        } else if (kind == u"ruleField") {
            auto *selector = qobject_cast<QLineEdit *>(
                form->ruleEditor()->fieldWidget(QStringLiteral("source.selector")));
            QVERIFY(selector);
            type(selector, QStringLiteral(" || app == 'web'"));
        } else if (kind == u"addRule") {
            form->addRule(Direction::Egress);
        } else if (kind == u"removeRule") {
            form->removeSelectedRule();
        } else if (kind == u"duplicateRule") {
            form->duplicateSelectedRule();
        } else if (kind == u"moveRule") {
            form->moveSelectedRule(1);
            QCOMPARE(form->selectedRule().second, 1);
        } else if (kind == u"dragRule") {
            RuleListModel *model = form->ruleModel(Direction::Ingress);
            std::unique_ptr<QMimeData> mime(model->mimeData({model->index(1)}));
            QVERIFY(mime);
            // dropping row 1 before row 0; the model asks, the view must not delete the row
            QVERIFY(!model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
            QTRY_COMPARE(policy(index).ingress[0].action, QStringLiteral("Allow"));
        } else if (kind == u"yaml") {
            QString text = editor.yamlView()->text();
            text.replace(QStringLiteral("action: Deny"), QStringLiteral("action: Log"));
            editor.yamlView()->textEdit()->setPlainText(text);
            editor.yamlView()->parseNow();
        } else if (kind == u"rename") {
            type(form->nameEdit(), QStringLiteral("-x"));
            QCOMPARE(editor.title(), QStringLiteral("deny-tcp-8080-x"));
        }

        const CalicoPolicy after = policy(index);
        QVERIFY(!(after == before));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(form->policy(), after);

        m_document->undoStack()->undo();
        QCOMPARE(policy(index), before);
        QCOMPARE(form->policy(), before);
        QCOMPARE(editor.yamlView()->text(), beforeYaml);
        QCOMPARE(editor.policyIndex(), index);
        QCOMPARE(editor.title(), before.meta.name);

        m_document->undoStack()->redo();
        QCOMPARE(policy(index), after);
        QCOMPARE(form->policy(), after);
        QCOMPARE(editor.yamlView()->lastGoodPolicy(), after);
        QCOMPARE(editor.title(), after.meta.name);
    }

    void typingMergesIntoOneStep()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        PolicyEditor editor(m_document.get(), index);
        const CalicoPolicy before = policy(index);
        const int steps = m_document->undoStack()->count();
        QLineEdit *selector = editor.form()->selectorEdit()->lineEdit();
        selector->setFocus();
        selector->end(false);
        type(selector, QStringLiteral(" && tier == 'web'"));
        QCOMPARE(policy(index).selector, QStringLiteral("app == 'server' && tier == 'web'"));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        // the cursor stayed where the user typed although the form was refreshed every key
        QCOMPARE(selector->cursorPosition(), selector->text().size());
        // another field starts a new step
        type(editor.form()->orderEdit(), QStringLiteral("10"));
        QCOMPARE(m_document->undoStack()->count(), steps + 2);
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(policy(index), before);
        QCOMPARE(selector->text(), before.selector);
    }

    void refreshDoesNotEdit()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("deny-tcp-8080"));
        PolicyEditor editor(m_document.get(), index);
        const int steps = m_document->undoStack()->count();
        // edits from elsewhere refresh the views without pushing anything back
        CalicoPolicy p = policy(index);
        p.order = 7;
        p.doNotTrack = true;
        p.types = {QStringLiteral("Ingress")};
        p.ingress[0].protocol = Protocol::fromString(QStringLiteral("UDP"));
        m_document->replacePolicy(index, p);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(editor.form()->orderEdit()->text(), QStringLiteral("7"));
        QVERIFY(!editor.form()->typeCheck(Direction::Egress)->isChecked());
        m_document->undoStack()->undo();
        m_document->undoStack()->redo();
        m_document->undoStack()->undo();
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(m_document->undoStack()->index(), steps);
    }

    void ruleModel()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("deny-tcp-8080"));
        PolicyEditor editor(m_document.get(), index);
        PolicyForm *form = editor.form();
        for (Direction d : {Direction::Ingress, Direction::Egress})
            new QAbstractItemModelTester(form->ruleModel(d),
                QAbstractItemModelTester::FailureReportingMode::QtTest, &editor);
        RuleListModel *model = form->ruleModel(Direction::Ingress);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Deny TCP from app == 'client' to ports 8080"));
        form->selectRule(Direction::Ingress, 0);
        form->duplicateSelectedRule();
        form->addRule(Direction::Ingress);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(form->selectedRule().second, 2);
        QCOMPARE(
            model->index(2).data(Qt::ToolTipRole).toString(), QStringLiteral("Allow everything"));
        form->moveSelectedRule(-1);
        QCOMPARE(form->selectedRule().second, 1);
        form->removeSelectedRule();
        QCOMPARE(model->rowCount(), 2);
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->flags(model->index(0)) & Qt::ItemIsDragEnabled);
        QVERIFY(model->flags({}) & Qt::ItemIsDropEnabled);
    }

    void ruleSummary_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("summary");
        QTest::newRow("ports") << "allow-tcp-8080" << 0
                               << "Allow TCP from app == 'client' to ports 8080";
        QTest::newRow("service") << "allow-api-access" << 1
                                 << "Allow to service default/kubernetes";
        QTest::newRow("accounts") << "allow-db-from-named-accounts" << 0
                                  << "Allow from accounts api-service, user-auth-service";
        QTest::newRow("namespaces") << "restrict-development-access" << 0
                                    << "Allow from namespaces environment == \"development\"";
    }

    void ruleSummary()
    {
        QFETCH(QString, policy);
        QFETCH(int, direction);
        QFETCH(QString, summary);
        const qsizetype index = indexOf(*m_document, policy);
        const CalicoPolicy &p = this->policy(index);
        QCOMPARE(ps::ruleSummary(direction == 0 ? p.ingress[0] : p.egress[0]), summary);
    }

    void selectorLiveCheck()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        PolicyEditor editor(m_document.get(), index);
        SelectorEdit *selector = editor.form()->selectorEdit();
        QVERIFY(selector->isValid());
        QCOMPARE(editor.form()->selectedEndpoints(),
            QStringList {QStringLiteral("production/server-0")});
        QVERIFY2(selector->statusText().contains(QStringLiteral("Endpoints selected: 1")),
            qPrintable(selector->statusText()));

        replaceText(selector->lineEdit(), QStringLiteral("app == 'server' &&& x"));
        QVERIFY(!selector->isValid());
        QCOMPARE(selector->error().column, 18); // the third &, 0-based as Calico counts
        // People read 1-based characters, as in every diagnostic.
        QVERIFY2(selector->statusText().contains(QStringLiteral("column 19")),
            qPrintable(selector->statusText()));
        SelectorEdit nonAscii; // characters, not UTF-8 bytes: the third & is the 13th
        nonAscii.setText(QStringLiteral("a == 'éé' &&& x"));
        QVERIFY(!nonAscii.isValid());
        QVERIFY2(nonAscii.statusText().contains(QStringLiteral("column 13")),
            qPrintable(nonAscii.statusText()));

        replaceText(selector->lineEdit(), QStringLiteral("has(app)"));
        QVERIFY(selector->isValid());
        // a namespaced policy selects only in its namespace: server-0 and client-0, monitor-0
        QVERIFY(editor.form()->selectedEndpoints().contains(QStringLiteral("production/client-0")));
        QVERIFY(
            !editor.form()->selectedEndpoints().contains(QStringLiteral("development/dev-web-0")));
        QCOMPARE(editor.form()->matchList()->count(), editor.form()->selectedEndpoints().size());
    }

    void selectedEndpoints_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QStringList>("endpoints");
        // README: "restrict-development-access selects dev-web-0" (and its neighbour dev-api-0)
        QTest::newRow("namespaceSelector") << "restrict-development-access"
                                           << QStringList {QStringLiteral("development/dev-web-0"),
                                                  QStringLiteral("development/dev-api-0")};
        QTest::newRow("global selector")
            << "deny-tcp-8080" << QStringList {QStringLiteral("production/server-0")};
        QTest::newRow("serviceAccountSelector")
            << "restrict-intern-access"
            << QStringList {QStringLiteral("prod-engineering/intern-alice-0"),
                   QStringLiteral("prod-engineering/intern-bob-0")};
    }

    void selectedEndpoints()
    {
        QFETCH(QString, policy);
        QFETCH(QStringList, endpoints);
        PolicyEditor editor(m_document.get(), indexOf(*m_document, policy));
        QStringList selected = editor.form()->selectedEndpoints();
        selected.sort();
        endpoints.sort();
        QCOMPARE(selected, endpoints);
    }

    void completionsFromInventory()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        PolicyEditor editor(m_document.get(), index);
        auto *selector = editor.form()->selectorEdit()->lineEdit()->findChild<TokenCompleter *>();
        QVERIFY(selector);
        QVERIFY(selector->choices().contains(QStringLiteral("app == 'server'")));
        QVERIFY(selector->choices().contains(QStringLiteral("app")));
        editor.selectRule(Direction::Ingress, 0);
        auto *ports = qobject_cast<QLineEdit *>(
            editor.form()->ruleEditor()->fieldWidget(QStringLiteral("destination.ports")));
        QVERIFY(ports);
        auto *completer = ports->findChild<TokenCompleter *>();
        QVERIFY(completer);
        QVERIFY(completer->choices().contains(QStringLiteral("http-alt")));
        ports->setFocus();
        ports->end(false);
        type(ports, QStringLiteral(", ht"));
        QCOMPARE(completer->completer()->completionPrefix(), QStringLiteral("ht"));
        Q_EMIT completer->completer()->activated(QStringLiteral("http-alt"));
        QCOMPARE(ports->text(), QStringLiteral("8080, http-alt"));
        QCOMPARE(policy(index).ingress[0].destination.ports,
            (QList<Port> {Port::single(8080), Port::named(QStringLiteral("http-alt"))}));
        auto *accounts = qobject_cast<QLineEdit *>(editor.form()->ruleEditor()->fieldWidget(
            QStringLiteral("source.serviceAccounts.names")));
        QVERIFY(accounts);
        QVERIFY(accounts->findChild<TokenCompleter *>()->choices().contains(
            QStringLiteral("api-service")));
    }

    void followsRemoval()
    {
        CalicoPolicy added = policy(0);
        added.meta.name = QStringLiteral("added");
        const qsizetype index = m_document->addPolicy(added);
        PolicyEditor editor(m_document.get(), index);
        QSignalSpy removed(&editor, &PolicyEditor::policyRemoved);
        m_document->undoStack()->undo();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(editor.policyIndex(), -1);
        QVERIFY(!editor.policyRef().isValid());
        m_document->undoStack()->redo();
        QCOMPARE(editor.policyIndex(), index);
        QCOMPARE(editor.form()->policy().meta.name, QStringLiteral("added"));
    }

    void followsMovedIndex()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("restrict-intern-access"));
        PolicyEditor editor(m_document.get(), index);
        m_document->removePolicy(0);
        QCOMPARE(editor.policyIndex(), index - 1);
        QCOMPARE(
            editor.policyRef().policy, QStringLiteral("prod-engineering/restrict-intern-access"));
    }

    void ruleSelectedSignal()
    {
        PolicyEditor editor(
            m_document.get(), indexOf(*m_document, QStringLiteral("allow-tcp-8080")));
        QSignalSpy selected(&editor, &PolicyEditor::ruleSelected);
        QListView *view = editor.form()->ruleView(Direction::Egress);
        view->selectionModel()->setCurrentIndex(
            view->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
        QCOMPARE(selected.count(), 1);
        const RuleRef ref = selected.first().first().value<RuleRef>();
        QCOMPARE(ref.kind, QStringLiteral("NetworkPolicy"));
        QCOMPARE(ref.policy, QStringLiteral("production/allow-tcp-8080"));
        QCOMPARE(ref.direction, Direction::Egress);
        QCOMPARE(ref.rule, 0);
    }

    void revealField()
    {
        PolicyEditor editor(
            m_document.get(), indexOf(*m_document, QStringLiteral("allow-tcp-8080")));
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.revealField(QStringLiteral("spec.ingress[0].destination.ports[0]"));
        QCOMPARE(editor.form()->selectedRule(), std::make_pair(Direction::Ingress, 0));
        QWidget *ports
            = editor.form()->ruleEditor()->fieldWidget(QStringLiteral("destination.ports"));
        QCOMPARE(QApplication::focusWidget(), ports);
        const QTextCursor cursor = editor.yamlView()->textEdit()->textCursor();
        QVERIFY2(cursor.block().text().contains(QStringLiteral("- 8080")),
            qPrintable(cursor.block().text()));

        editor.tabs()->setCurrentWidget(editor.yamlView());
        editor.revealField(QStringLiteral("spec.selector"));
        QCOMPARE(QApplication::focusWidget(), editor.yamlView()->textEdit());
        QVERIFY(editor.yamlView()->textEdit()->textCursor().block().text().contains(
            QStringLiteral("selector: app == 'server'")));
    }

    void kubernetesPolicyReadOnly()
    {
        const QByteArray yaml = R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-allow
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: web
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: client
      ports:
        - port: 80
)";
        Document document;
        document.setLoaded(Loader().loadText(yaml, QStringLiteral("knp.yaml")), {});
        QCOMPARE(document.workspace()->kubernetesPolicies.size(), 1);
        KubernetesPolicyView view(&document, 0);
        QVERIFY(view.yamlView()->textEdit()->isReadOnly());
        QVERIFY(view.yamlView()->text().contains(QStringLiteral("podSelector:")));
        QVERIFY(view.convertedView()->text().contains(QStringLiteral("kind: NetworkPolicy")));
        QVERIFY(view.convertedView()->text().contains(QStringLiteral("projectcalico.org/v3")));
        QCOMPARE(view.policyRef().policy, QStringLiteral("shop/web-allow"));
        QCOMPARE(view.title(), QStringLiteral("web-allow"));
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(
            view.grab().save(QDir::tempPath() + QStringLiteral("/policyeditor-kubernetes.png")));
    }

    void highlighter_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("role");
        QTest::newRow("key") << "  selector: app == 'web'"
                             << "selector"
                             << "key";
        QTest::newRow("plain value") << "  selector: app == 'web'"
                                     << "app == 'web'"
                                     << "string";
        QTest::newRow("quoted") << "  name: \"x: y\""
                                << "\"x: y\""
                                << "string";
        QTest::newRow("number") << "    - 8080"
                                << "8080"
                                << "number";
        QTest::newRow("float") << "  order: 1.5"
                               << "1.5"
                               << "number";
        QTest::newRow("boolean") << "  doNotTrack: true"
                                 << "true"
                                 << "keyword";
        QTest::newRow("comment") << "tier: default # the default"
                                 << "# the default"
                                 << "comment";
        QTest::newRow("hash in quotes") << "  selector: \"a#b\""
                                        << "\"a#b\""
                                        << "string";
        QTest::newRow("document marker") << "---"
                                         << "---"
                                         << "marker";
    }

    void highlighter()
    {
        QFETCH(QString, line);
        QFETCH(QString, token);
        QFETCH(QString, role);
        QPlainTextEdit edit;
        YamlHighlighter highlighter(edit.document());
        edit.setPlainText(QStringLiteral("key: \"s\"\nn: 1\nb: true\n# c\n---\n") + line);
        const auto formatAt = [&](int blockNumber, int column) {
            const QTextBlock block = edit.document()->findBlockByNumber(blockNumber);
            for (const QTextLayout::FormatRange &range : block.layout()->formats())
                if (column >= range.start && column < range.start + range.length)
                    return range.format;
            return QTextCharFormat();
        };
        // the reference formats: one line of each role above the line under test
        const QHash<QString, QTextCharFormat> reference {{QStringLiteral("key"), formatAt(0, 0)},
            {QStringLiteral("string"), formatAt(0, 5)}, {QStringLiteral("number"), formatAt(1, 3)},
            {QStringLiteral("keyword"), formatAt(2, 3)},
            {QStringLiteral("comment"), formatAt(3, 0)},
            {QStringLiteral("marker"), formatAt(4, 0)}};
        const int column = int(line.indexOf(token));
        QVERIFY(column >= 0);
        for (int i = column; i < column + token.size(); ++i)
            QCOMPARE(formatAt(5, i), reference.value(role));
        QVERIFY(reference.value(role).foreground() != QTextCharFormat().foreground());
    }

    void screenshots()
    {
        PolicyEditor editor(
            m_document.get(), indexOf(*m_document, QStringLiteral("allow-tcp-8080")));
        editor.resize(1280, 860);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.selectRule(Direction::Ingress, 0);
        QTest::qWait(50); // let the layouts settle as they would in the window
        const QString dir = QDir::tempPath();
        QVERIFY(editor.grab().save(dir + QStringLiteral("/policyeditor-form.png")));
        editor.tabs()->setCurrentWidget(editor.yamlView());
        QTest::qWait(50);
        QVERIFY(editor.grab().save(dir + QStringLiteral("/policyeditor-yaml.png")));
        QString text = editor.yamlView()->text();
        text.replace(QStringLiteral("  selector: app == 'server'"),
            QStringLiteral("  selector: app == 'server'\n  bad: [oops"));
        editor.yamlView()->textEdit()->setPlainText(text);
        editor.yamlView()->parseNow();
        QVERIFY(editor.grab().save(dir + QStringLiteral("/policyeditor-yaml-error.png")));
        PolicyEditor global(
            m_document.get(), indexOf(*m_document, QStringLiteral("restrict-development-access")));
        global.resize(1280, 860);
        global.show();
        QVERIFY(QTest::qWaitForWindowExposed(&global));
        global.selectRule(Direction::Egress, 0);
        QTest::qWait(50);
        QVERIFY(global.grab().save(dir + QStringLiteral("/policyeditor-global.png")));
        // the central area of a main window with its docks open is narrower
        editor.tabs()->setCurrentWidget(editor.form());
        editor.resize(760, 560);
        QTest::qWait(50);
        QVERIFY(editor.grab().save(dir + QStringLiteral("/policyeditor-small.png")));
    }
};

QTEST_MAIN(TestPolicyEditor)
#include "tst_policyeditor.moc"
