// The policy editor on the embedded demo workspace: the form and the YAML stay in sync both
// ways, invalid YAML never destroys the last good policy, every kind of edit is one undo step
// that restores the exact previous policy, typing merges, the rule list model is sound, the
// selector is checked live and lists the endpoints it selects, and the editor follows its
// policy (renames, removal) and reveals fields. Labels and annotations are edited in key/value
// tables and HTTP paths in rows of kind + path: each change is one undo step, invalid entries
// are marked and never written, and YAML edits show in the tables.

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
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
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTableView>
#include <QTableWidget>
#include <QLabel>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QUndoStack>

#include "core/io/loader.h"
#include "core/model/apiserverdefaults.h"
#include "resources/demoworkspace.h"
#include "ui/document.h"
#include "ui/editor/addruledialog.h"
#include "ui/editor/httppathsedit.h"
#include "ui/editor/keyvaluemodel.h"
#include "ui/editor/keyvaluetable.h"
#include "ui/editor/kubernetespolicyform.h"
#include "ui/editor/kubernetespolicyview.h"
#include "ui/editor/policyeditor.h"
#include "ui/editor/policyform.h"
#include "ui/editor/ruleeditor.h"
#include "ui/editor/rulelistmodel.h"
#include "ui/editor/selectoredit.h"
#include "ui/editor/tokencompleter.h"
#include "ui/editor/yamlhighlighter.h"
#include "ui/editor/yamlview.h"
#include "ui/i18n.h"
#include "tests/support/testfiles.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

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

/// Edits one cell through the view's own editor, as a user does: open it, type, press Enter.
void editCell(KeyValueTable *table, int row, int column, const QString &text)
{
    QTableView *view = table->view();
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index);
    view->edit(index);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // the delegate commits and closes from the event loop, after the editor saw the key
    QTRY_VERIFY(!view->indexWidget(index));
}

// editCell's failures end the calling test too
#define EDIT_CELL(...)                                                                             \
    do {                                                                                           \
        editCell(__VA_ARGS__);                                                                     \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

QString cellError(KeyValueTable *table, int row, int column)
{
    return table->model()->index(row, column).data(Qt::ToolTipRole).toString();
}

bool cellMarked(KeyValueTable *table, int row, int column)
{
    return table->model()->index(row, column).data(Qt::BackgroundRole).isValid();
}

/// allow-tcp-8080 with labels, annotations and an ingress rule with HTTP methods and paths.
CalicoPolicy decorated(CalicoPolicy p)
{
    p.meta.labels = {{QStringLiteral("app.kubernetes.io/part-of"), QStringLiteral("shop")},
        {QStringLiteral("team"), QStringLiteral("payments")}};
    p.meta.annotations = {{QStringLiteral("owner"), QStringLiteral("payments-oncall@example.com")},
        {QStringLiteral("policy.example.com/reviewed"), QStringLiteral("2026-11-20 by ops")}};
    Rule &rule = p.ingress[0];
    HttpMatch http;
    http.methods = {QStringLiteral("GET"), QStringLiteral("POST")};
    http.paths
        = {HttpPath {QStringLiteral("/healthz"), {}}, HttpPath {{}, QStringLiteral("/api/v1/")}};
    rule.http = http;
    rule.annotations = {{QStringLiteral("why"), QStringLiteral("clients call the API")}};
    return p;
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
    ResourceId idAt(qsizetype index) const { return policy(index).source.id; }

private Q_SLOTS:
    void init() { loadDemo(); }
    void cleanup() { m_document.reset(); }

    void formToYaml()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        QVERIFY(index >= 0);
        PolicyEditor editor(m_document.get(), idAt(index));
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
        PolicyEditor editor(m_document.get(), idAt(index));
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
        PolicyEditor editor(m_document.get(), idAt(index));
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
        PolicyEditor editor(m_document.get(), idAt(index));
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
        PolicyEditor editor(m_document.get(), idAt(index));
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
        PolicyEditor editor(m_document.get(), idAt(index));
        PolicyForm *form = editor.form();
        // a second ingress rule so that moves have somewhere to go
        form->selectRule(Direction::Ingress, 0);
        form->duplicateSelectedRule();
        {
            CalicoPolicy p = policy(index);
            p.ingress[1].action = QStringLiteral("Allow");
            m_document->replacePolicy(idAt(index), p);
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
            form->setAddRulePrompt([](AddRuleDialog &dialog) {
                dialog.actionCombo()->setCurrentText(QStringLiteral("Deny"));
                return true;
            });
            QVERIFY(form->askAndAddRule(Direction::Egress));
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
        PolicyEditor editor(m_document.get(), idAt(index));
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
        PolicyEditor editor(m_document.get(), idAt(index));
        const int steps = m_document->undoStack()->count();
        // edits from elsewhere refresh the views without pushing anything back
        CalicoPolicy p = policy(index);
        p.order = 7;
        p.doNotTrack = true;
        p.types = {QStringLiteral("Ingress")};
        p.ingress[0].protocol = Protocol::fromString(QStringLiteral("UDP"));
        m_document->replacePolicy(idAt(index), p);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(editor.form()->orderEdit()->text(), QStringLiteral("7"));
        QVERIFY(!editor.form()->typeCheck(Direction::Egress)->isChecked());
        m_document->undoStack()->undo();
        m_document->undoStack()->redo();
        m_document->undoStack()->undo();
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(m_document->undoStack()->index(), steps);
    }

    void labelsTable()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        PolicyEditor editor(m_document.get(), idAt(index));
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        KeyValueTable *labels = editor.form()->labelsTable();
        new QAbstractItemModelTester(
            labels->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &editor);
        QCOMPARE(labels->model()->rowCount(), 1); // only the "new entry" row
        const CalicoPolicy before = policy(index);
        const int steps = m_document->undoStack()->count();

        // a key typed into the new-entry row: one step, an empty value is a valid label
        EDIT_CELL(labels, 0, KeyValueModel::KeyColumn, QStringLiteral("team"));
        QCOMPARE(policy(index).meta.labels, (Labels {{QStringLiteral("team"), QString()}}));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        EDIT_CELL(labels, 0, KeyValueModel::ValueColumn, QStringLiteral("payments"));
        QCOMPARE(policy(index).meta.labels,
            (Labels {{QStringLiteral("team"), QStringLiteral("payments")}}));
        QCOMPARE(m_document->undoStack()->count(), steps + 2);
        QVERIFY2(editor.yamlView()->text().contains(QStringLiteral("labels:\n    team: payments")),
            qPrintable(editor.yamlView()->text()));
        QCOMPARE(labels->model()->rowCount(), 2);

        // an invalid key is marked, explained and not written
        EDIT_CELL(labels, 1, KeyValueModel::KeyColumn, QStringLiteral("bad key"));
        QVERIFY(cellMarked(labels, 1, KeyValueModel::KeyColumn));
        QVERIFY2(cellError(labels, 1, KeyValueModel::KeyColumn).contains(u"invalid label key"),
            qPrintable(cellError(labels, 1, KeyValueModel::KeyColumn)));
        QVERIFY(!cellMarked(labels, 0, KeyValueModel::KeyColumn));
        QCOMPARE(policy(index).meta.labels.size(), 1);
        QCOMPARE(m_document->undoStack()->count(), steps + 2);
        // so is an invalid value, and a duplicate key marks both rows
        EDIT_CELL(labels, 1, KeyValueModel::KeyColumn, QStringLiteral("team"));
        QVERIFY(cellMarked(labels, 0, KeyValueModel::KeyColumn));
        QVERIFY(cellError(labels, 1, KeyValueModel::KeyColumn).contains(u"more than once"));
        QCOMPARE(m_document->undoStack()->count(), steps + 2);
        EDIT_CELL(labels, 1, KeyValueModel::KeyColumn, QStringLiteral("tier")); // valid again
        QCOMPARE(policy(index).meta.labels.size(), 2);
        QCOMPARE(m_document->undoStack()->count(), steps + 3);
        EDIT_CELL(labels, 1, KeyValueModel::ValueColumn, QStringLiteral("not ok"));
        QVERIFY(cellMarked(labels, 1, KeyValueModel::ValueColumn));
        QVERIFY(cellError(labels, 1, KeyValueModel::ValueColumn).contains(u"invalid label value"));
        QVERIFY(!cellMarked(labels, 1, KeyValueModel::KeyColumn));
        QCOMPARE(policy(index).meta.labels.value(QStringLiteral("tier")), QString());
        QCOMPARE(m_document->undoStack()->count(), steps + 3);
        // fixed: written as one step
        EDIT_CELL(labels, 1, KeyValueModel::ValueColumn, QStringLiteral("backend"));
        QVERIFY(!cellMarked(labels, 1, KeyValueModel::ValueColumn));
        QCOMPARE(
            policy(index).meta.labels.value(QStringLiteral("tier")), QStringLiteral("backend"));
        QCOMPARE(m_document->undoStack()->count(), steps + 4);

        // Delete removes the selected row: one step
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        labels->view()->setFocus();
        labels->view()->selectionModel()->setCurrentIndex(labels->model()->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(labels->view(), Qt::Key_Delete);
        QCOMPARE(policy(index).meta.labels,
            (Labels {{QStringLiteral("tier"), QStringLiteral("backend")}}));
        QCOMPARE(m_document->undoStack()->count(), steps + 5);
        // Insert starts a new entry
        labels->view()->setFocus();
        QTest::keyClick(labels->view(), Qt::Key_Insert);
        QVERIFY(labels->view()->indexWidget(labels->model()->index(1, KeyValueModel::KeyColumn)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(m_document->undoStack()->count(), steps + 5);

        // undo restores each previous value, and the table shows it
        const QList<Labels> history {
            {{QStringLiteral("team"), QStringLiteral("payments")},
                {QStringLiteral("tier"), QStringLiteral("backend")}},
            {{QStringLiteral("team"), QStringLiteral("payments")}, {QStringLiteral("tier"), {}}},
            {{QStringLiteral("team"), QStringLiteral("payments")}},
            {{QStringLiteral("team"), QString()}},
            before.meta.labels,
        };
        for (const Labels &expected : history) {
            m_document->undoStack()->undo();
            QCOMPARE(policy(index).meta.labels, expected);
            QCOMPARE(labels->model()->map(), expected);
        }
        QCOMPARE(policy(index), before);
        QCOMPARE(labels->model()->rowCount(), 1);
        m_document->undoStack()->redo();
        QCOMPARE(labels->model()->map(), policy(index).meta.labels);
    }

    void labelsFollowYaml()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        m_document->replacePolicy(idAt(index), decorated(policy(index)));
        PolicyEditor editor(m_document.get(), idAt(index));
        KeyValueTable *labels = editor.form()->labelsTable();
        new QAbstractItemModelTester(
            labels->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &editor);
        QCOMPARE(labels->model()->entryCount(), 2);
        QVERIFY(labels->selectKey(QStringLiteral("team")));
        const int steps = m_document->undoStack()->count();

        // a value changed in the YAML: same rows, the selection stays
        QString text = editor.yamlView()->text();
        QVERIFY(text.contains(QStringLiteral("team: payments")));
        text.replace(QStringLiteral("team: payments"), QStringLiteral("team: billing"));
        editor.yamlView()->textEdit()->setPlainText(text);
        editor.yamlView()->parseNow();
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(labels->model()->index(1, KeyValueModel::ValueColumn).data().toString(),
            QStringLiteral("billing"));
        QCOMPARE(labels->view()->currentIndex().row(), 1);
        // a label added before it: the table grows, the current row is still "team"
        text.replace(QStringLiteral("team: billing"), QStringLiteral("team: billing\n    a: b"));
        editor.yamlView()->textEdit()->setPlainText(text);
        editor.yamlView()->parseNow();
        QCOMPARE(policy(index).meta.labels.size(), 3);
        QCOMPARE(labels->model()->entryCount(), 3);
        QCOMPARE(labels->view()->currentIndex().siblingAtColumn(0).data().toString(),
            QStringLiteral("team"));
        // an annotation changed in the YAML
        text.replace(QStringLiteral("owner: payments-oncall@example.com"),
            QStringLiteral("owner: someone-else"));
        editor.yamlView()->textEdit()->setPlainText(text);
        editor.yamlView()->parseNow();
        KeyValueTable *annotations = editor.form()->annotationsTable();
        const int owner = annotations->model()->rowOfKey(QStringLiteral("owner"));
        QVERIFY(owner >= 0);
        QCOMPARE(annotations->model()->index(owner, KeyValueModel::ValueColumn).data().toString(),
            QStringLiteral("someone-else"));
        // undo goes back through the same table
        m_document->undoStack()->undo();
        QCOMPARE(annotations->model()->map(), policy(index).meta.annotations);
        QCOMPARE(annotations->model()->rowOfKey(QStringLiteral("owner")), owner);
        // revealing a label's field selects its row
        editor.revealField(QStringLiteral("metadata.labels.team"));
        QCOMPARE(labels->view()->currentIndex().siblingAtColumn(0).data().toString(),
            QStringLiteral("team"));
    }

    void annotationTables_data()
    {
        QTest::addColumn<bool>("rule");
        QTest::newRow("policy") << false;
        QTest::newRow("rule") << true;
    }

    void annotationTables()
    {
        QFETCH(bool, rule);
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        PolicyEditor editor(m_document.get(), idAt(index));
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.selectRule(Direction::Ingress, 0);
        KeyValueTable *table = rule ? editor.form()->ruleEditor()->annotationsTable()
                                    : editor.form()->annotationsTable();
        new QAbstractItemModelTester(
            table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &editor);
        const auto annotations = [&]() -> Labels {
            const CalicoPolicy &p = policy(index);
            return rule ? p.ingress[0].annotations : p.meta.annotations;
        };
        const CalicoPolicy before = policy(index);
        const Labels initial = annotations(); // the demo's rule has two
        const int n = table->model()->entryCount();
        QCOMPARE(n, int(initial.size()));
        const int steps = m_document->undoStack()->count();

        table->addButton()->click(); // starts the new entry
        auto *key = qobject_cast<QLineEdit *>(
            table->view()->indexWidget(table->model()->index(n, KeyValueModel::KeyColumn)));
        QVERIFY(key);
        QTest::keyClicks(key, QStringLiteral("Example.com/Why"));
        QTest::keyClick(key, Qt::Key_Return);
        QTRY_COMPARE(m_document->undoStack()->count(), steps + 1);
        // annotation values are free text
        EDIT_CELL(table, n, KeyValueModel::ValueColumn, QStringLiteral("because: reasons, #1"));
        Labels expected = initial;
        expected.insert(QStringLiteral("Example.com/Why"), QStringLiteral("because: reasons, #1"));
        QCOMPARE(annotations(), expected);
        QCOMPARE(m_document->undoStack()->count(), steps + 2);
        QVERIFY2(editor.yamlView()->text().contains(QStringLiteral("Example.com/Why:")),
            qPrintable(editor.yamlView()->text()));
        // an invalid key: marked, not written
        EDIT_CELL(table, n + 1, KeyValueModel::KeyColumn, QStringLiteral("a b"));
        QVERIFY(cellMarked(table, n + 1, KeyValueModel::KeyColumn));
        QVERIFY(
            cellError(table, n + 1, KeyValueModel::KeyColumn).contains(u"invalid annotation key"));
        QCOMPARE(annotations(), expected);
        QCOMPARE(m_document->undoStack()->count(), steps + 2);
        // emptying the invalid row drops it; Remove removes the new one: one step
        EDIT_CELL(table, n + 1, KeyValueModel::KeyColumn, QString());
        QTRY_COMPARE(table->model()->entryCount(), n + 1);
        QCOMPARE(m_document->undoStack()->count(), steps + 2);
        table->view()->selectRow(n);
        QVERIFY(table->removeButton()->isEnabled());
        table->removeButton()->click();
        QCOMPARE(annotations(), initial);
        QCOMPARE(m_document->undoStack()->count(), steps + 3);
        m_document->undoStack()->undo();
        QCOMPARE(annotations(), expected);
        QCOMPARE(table->model()->map(), expected);
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(policy(index), before);
        QCOMPARE(table->model()->map(), initial);
    }

    void httpPaths()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        m_document->replacePolicy(idAt(index), decorated(policy(index)));
        PolicyEditor editor(m_document.get(), idAt(index));
        editor.selectRule(Direction::Ingress, 0);
        HttpPathsEdit *paths = editor.form()->ruleEditor()->httpPathsEdit();
        const auto httpPaths = [&] { return policy(index).ingress[0].http->paths; };
        QCOMPARE(paths->rowCount(), 2);
        QCOMPARE(paths->kindCombo(0)->currentText(), QStringLiteral("exact"));
        QCOMPARE(paths->valueEdit(0)->text(), QStringLiteral("/healthz"));
        QCOMPARE(paths->kindCombo(1)->currentText(), QStringLiteral("prefix"));
        QCOMPARE(paths->valueEdit(1)->text(), QStringLiteral("/api/v1/"));
        const CalicoPolicy before = policy(index);
        const int steps = m_document->undoStack()->count();

        // typing in a path: one merged step, the YAML follows
        QLineEdit *value = paths->valueEdit(1);
        value->setFocus();
        value->end(false);
        type(value, QStringLiteral("orders"));
        QCOMPARE(httpPaths()[1], (HttpPath {{}, QStringLiteral("/api/v1/orders")}));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QVERIFY2(editor.yamlView()->text().contains(QStringLiteral("prefix: /api/v1/orders")),
            qPrintable(editor.yamlView()->text()));
        // an invalid path is marked and not written
        type(value, QStringLiteral("?x"));
        QVERIFY(paths->errorText(1).contains(u"no '?', '#' or space"));
        QVERIFY(!value->styleSheet().isEmpty());
        QCOMPARE(httpPaths()[1].prefix, QStringLiteral("/api/v1/orders"));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QTest::keyClick(value, Qt::Key_Backspace);
        QTest::keyClick(value, Qt::Key_Backspace);
        QVERIFY(paths->errorText(1).isEmpty());
        QCOMPARE(m_document->undoStack()->count(), steps + 1); // nothing new to write
        // the kind: one click, one step
        QTest::keyClick(paths->kindCombo(0), Qt::Key_Down);
        QCOMPARE(httpPaths()[0], (HttpPath {{}, QStringLiteral("/healthz")}));
        QCOMPARE(m_document->undoStack()->count(), steps + 2);
        // add and remove: one step each
        paths->addButton()->click();
        QCOMPARE(paths->rowCount(), 3);
        QCOMPARE(httpPaths().size(), 3);
        QCOMPARE(httpPaths()[2], (HttpPath {{}, QStringLiteral("/")}));
        QCOMPARE(m_document->undoStack()->count(), steps + 3);
        paths->removeButton(0)->click();
        QCOMPARE(paths->rowCount(), 2);
        QCOMPARE(httpPaths(),
            (QList<HttpPath> {HttpPath {{}, QStringLiteral("/api/v1/orders")},
                HttpPath {{}, QStringLiteral("/")}}));
        QCOMPARE(m_document->undoStack()->count(), steps + 4);
        // undo walks back, and the rows follow
        m_document->undoStack()->undo();
        QCOMPARE(paths->rowCount(), 3);
        QCOMPARE(paths->valueEdit(0)->text(), QStringLiteral("/healthz"));
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(paths->kindCombo(0)->currentText(), QStringLiteral("exact"));
        m_document->undoStack()->undo();
        QCOMPARE(policy(index), before);
        QCOMPARE(paths->valueEdit(1)->text(), QStringLiteral("/api/v1/"));
        // removing every path (methods stay) keeps the http match; YAML edits show in the rows
        QString text = editor.yamlView()->text();
        text.replace(QStringLiteral("exact: /healthz"), QStringLiteral("exact: /ready"));
        editor.yamlView()->textEdit()->setPlainText(text);
        editor.yamlView()->parseNow();
        QCOMPARE(paths->valueEdit(0)->text(), QStringLiteral("/ready"));
        QCOMPARE(httpPaths()[0].exact, QStringLiteral("/ready"));
    }

    void httpPathsStartEmpty()
    {
        // a rule without http: adding a path creates the match, removing it drops it again
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        PolicyEditor editor(m_document.get(), idAt(index));
        editor.selectRule(Direction::Ingress, 0);
        HttpPathsEdit *paths = editor.form()->ruleEditor()->httpPathsEdit();
        QVERIFY(!policy(index).ingress[0].http);
        QCOMPARE(paths->rowCount(), 0);
        paths->addButton()->click();
        QVERIFY(policy(index).ingress[0].http);
        QCOMPARE(policy(index).ingress[0].http->paths.size(), 1);
        QVERIFY(editor.yamlView()->text().contains(QStringLiteral("prefix: /")));
        paths->removeButton(0)->click();
        QVERIFY(!policy(index).ingress[0].http);
        // choosing another rule shows its (no) paths
        m_document->undoStack()->undo();
        QCOMPARE(paths->rowCount(), 1);
        editor.selectRule(Direction::Egress, 0);
        QCOMPARE(paths->rowCount(), 0);
    }

    void labelKeyCompletions()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        PolicyEditor editor(m_document.get(), idAt(index));
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        KeyValueTable *labels = editor.form()->labelsTable();
        QVERIFY(labels->keyCompletions().contains(QStringLiteral("app")));
        QVERIFY(labels->valueCompletions(QStringLiteral("app")).contains(QStringLiteral("server")));
        QTableView *view = labels->view();
        const QModelIndex key = labels->model()->index(0, KeyValueModel::KeyColumn);
        view->setCurrentIndex(key);
        view->edit(key);
        auto *editorLine = qobject_cast<QLineEdit *>(view->indexWidget(key));
        QVERIFY(editorLine);
        QVERIFY(editorLine->completer());
        QTest::keyClicks(editorLine, QStringLiteral("ap"));
        QCOMPARE(editorLine->completer()->completionPrefix(), QStringLiteral("ap"));
        QVERIFY(editorLine->completer()->completionCount() >= 1);
        // one Return commits, even while the completions are showing
        QTRY_VERIFY(editorLine->completer()->popup()->isVisible());
        QTest::keyClick(editorLine->completer()->popup(), Qt::Key_Return);
        QTRY_VERIFY(!view->indexWidget(key));
        QVERIFY(policy(index).meta.labels.contains(QStringLiteral("ap")));
    }

    // Add asks for the action and criteria; nothing is inserted on Cancel; a rule that would
    // match all traffic needs an explicit confirmation.
    void addRuleAsks()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("deny-tcp-8080"));
        PolicyEditor editor(m_document.get(), idAt(index));
        PolicyForm *form = editor.form();
        const CalicoPolicy before = policy(index);

        // Cancel: nothing changes.
        QString firstProblem;
        form->setAddRulePrompt([&](AddRuleDialog &dialog) {
            firstProblem = dialog.problem();
            return false;
        });
        QVERIFY(!form->askAndAddRule(Direction::Ingress));
        QCOMPARE(policy(index), before);
        // No action is chosen for the user.
        QCOMPARE(firstProblem,
            AddRuleDialog::tr("Choose what the rule does with the traffic it matches."));

        // Ingress: the peer is the source; ports are destination ports.
        form->setAddRulePrompt([](AddRuleDialog &dialog) {
            dialog.actionCombo()->setCurrentText(QStringLiteral("Allow"));
            dialog.protocolCombo()->setCurrentText(QStringLiteral("TCP"));
            dialog.portsEdit()->setText(QStringLiteral("80, 8000:8100"));
            type(dialog.selectorEdit()->lineEdit(), QStringLiteral("app == 'web'"));
            dialog.netsEdit()->setText(QStringLiteral("10.0.0.0/8"));
            return dialog.problem().isEmpty() && !dialog.matchesAllTraffic()
                && dialog.matchAllCheck()->isHidden();
        });
        QVERIFY(form->askAndAddRule(Direction::Ingress));
        const Rule added = policy(index).ingress.last();
        QCOMPARE(added.action, QStringLiteral("Allow"));
        QCOMPARE(added.protocol, std::optional<Protocol>(Protocol::fromString(u"TCP"_s)));
        QCOMPARE(
            added.destination.ports, (QList<Port> {Port::single(80), Port::range(8000, 8100)}));
        QCOMPARE(added.source.selector, QStringLiteral("app == 'web'"));
        QCOMPARE(added.source.nets, QStringList {QStringLiteral("10.0.0.0/8")});

        // Egress: the peer is the destination.
        form->setAddRulePrompt([](AddRuleDialog &dialog) {
            dialog.actionCombo()->setCurrentText(QStringLiteral("Deny"));
            type(dialog.selectorEdit()->lineEdit(), QStringLiteral("role == 'db'"));
            return true;
        });
        QVERIFY(form->askAndAddRule(Direction::Egress));
        QCOMPARE(policy(index).egress.last().destination.selector, QStringLiteral("role == 'db'"));
        QVERIFY(policy(index).egress.last().source.isEmpty());

        // Everything: flagged, refused until confirmed.
        int countBefore = int(policy(index).ingress.size());
        bool warned = false;
        form->setAddRulePrompt([&](AddRuleDialog &dialog) {
            dialog.actionCombo()->setCurrentText(QStringLiteral("Allow"));
            dialog.protocolCombo()->setCurrentIndex(0); // any protocol
            warned = dialog.matchesAllTraffic() && dialog.matchAllCheck()->isVisibleTo(&dialog)
                && !dialog.problem().isEmpty();
            return true; // accepting without the confirmation adds nothing
        });
        QVERIFY(!form->askAndAddRule(Direction::Ingress));
        QVERIFY(warned);
        QCOMPARE(policy(index).ingress.size(), countBefore);
        form->setAddRulePrompt([](AddRuleDialog &dialog) {
            dialog.actionCombo()->setCurrentText(QStringLiteral("Pass"));
            dialog.protocolCombo()->setCurrentIndex(0);
            dialog.matchAllCheck()->setChecked(true);
            return dialog.problem().isEmpty();
        });
        QVERIFY(form->askAndAddRule(Direction::Ingress));
        QCOMPARE(policy(index).ingress.size(), countBefore + 1);
        QVERIFY(policy(index).ingress.last().matchesAllTraffic());
        QCOMPARE(policy(index).ingress.last().action, QStringLiteral("Pass"));
    }

    void addRuleDialogRefusesBadFields_data()
    {
        QTest::addColumn<QString>("ports");
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("nets");
        QTest::addColumn<QString>("problem"); // how the problem starts
        QTest::newRow("port out of range") << u"99999"_s << QString() << QString() << u"Ports:"_s;
        QTest::newRow("selector") << QString() << u"app =="_s << QString() << u"Selector:"_s;
        QTest::newRow("net") << QString() << QString() << u"10.0.0.0/33"_s << u"Nets:"_s;
        QTest::newRow("all good") << u"53"_s << u"k8s-app == 'kube-dns'"_s << u"10.96.0.10"_s
                                  << QString();
    }

    void addRuleDialogRefusesBadFields()
    {
        QFETCH(QString, ports);
        QFETCH(QString, selector);
        QFETCH(QString, nets);
        QFETCH(QString, problem);
        AddRuleDialog dialog(Direction::Egress);
        dialog.actionCombo()->setCurrentText(QStringLiteral("Allow"));
        dialog.protocolCombo()->setCurrentText(QStringLiteral("UDP"));
        dialog.portsEdit()->setText(ports);
        type(dialog.selectorEdit()->lineEdit(), selector);
        dialog.netsEdit()->setText(nets);
        QVERIFY2(
            problem.isEmpty() ? dialog.problem().isEmpty() : dialog.problem().startsWith(problem),
            qPrintable(dialog.problem()));
        QPushButton *ok = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text().contains(u"OK"_s))
                ok = b;
        }
        QVERIFY(ok);
        QCOMPARE(ok->isEnabled(), problem.isEmpty());
    }

    void ruleModel()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("deny-tcp-8080"));
        PolicyEditor editor(m_document.get(), idAt(index));
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
        Rule everything;
        everything.action = QStringLiteral("Allow");
        form->addRule(Direction::Ingress, everything);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(form->selectedRule().second, 2);
        // a rule that matches all traffic is flagged
        QCOMPARE(model->index(2).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Allow everything — this rule matches all traffic: every peer, "
                           "protocol and port"));
        QVERIFY(!model->index(2).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model->index(0).data(Qt::DecorationRole).isNull());
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
        PolicyEditor editor(m_document.get(), idAt(index));
        SelectorEdit *selector = editor.form()->selectorEdit();
        QVERIFY(selector->isValid());
        QCOMPARE(editor.form()->selectedEndpoints(),
            QStringList {QStringLiteral("production/server-0")});
        QVERIFY2(selector->statusText().contains(QStringLiteral("Endpoints selected: 1")),
            qPrintable(selector->statusText()));

        replaceText(selector->lineEdit(), QStringLiteral("app == 'server' &&& x"));
        QVERIFY(!selector->isValid());
        QCOMPARE(
            selector->error().byteOffset, qsizetype(18)); // the third &, 0-based as Calico counts
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
        PolicyEditor editor(m_document.get(), idAt(indexOf(*m_document, policy)));
        QStringList selected = editor.form()->selectedEndpoints();
        selected.sort();
        endpoints.sort();
        QCOMPARE(selected, endpoints);
    }

    void completionsFromInventory()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        PolicyEditor editor(m_document.get(), idAt(index));
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
        const ResourceId id = m_document->addPolicy(added);
        const qsizetype index = indexOfResource(m_document->workspace()->policies, id);
        PolicyEditor editor(m_document.get(), id);
        QSignalSpy removed(&editor, &PolicyEditor::policyRemoved);
        m_document->undoStack()->undo();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(editor.policyIndex(), -1);
        QVERIFY(!editor.policyRef().isValid());
        m_document->undoStack()->redo();
        QCOMPARE(editor.policyIndex(), index);
        QCOMPARE(editor.policyId(), id);
        QCOMPARE(editor.form()->policy().meta.name, QStringLiteral("added"));
    }

    void followsMovedIndex()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("restrict-intern-access"));
        PolicyEditor editor(m_document.get(), idAt(index));
        m_document->removePolicy(idAt(0));
        QCOMPARE(editor.policyIndex(), index - 1);
        QCOMPARE(
            editor.policyRef().policy, QStringLiteral("prod-engineering/restrict-intern-access"));
    }

    // A rename made elsewhere (another view, an undo) while the editor is open: it follows
    // the policy by identity, whatever the name and the count of policies.
    void followsRenamesMadeElsewhere()
    {
        const qsizetype index = indexOf(*m_document, QStringLiteral("restrict-intern-access"));
        const ResourceId id = idAt(index);
        PolicyEditor editor(m_document.get(), id);
        QSignalSpy title(&editor, &PolicyEditor::titleChanged);
        CalicoPolicy renamed = policy(index);
        renamed.meta.name = QStringLiteral("intern-rules");
        m_document->edit(QStringLiteral("rename and remove"), [&](WorkspaceData &d) {
            d.policies[index] = renamed;
            d.policies.removeFirst();
        });
        QCOMPARE(editor.policyIndex(), index - 1);
        QCOMPARE(editor.title(), QStringLiteral("intern-rules"));
        QCOMPARE(title.count(), 1);
        QVERIFY(!editor.isRemoved());
        m_document->undoStack()->undo();
        QCOMPARE(editor.policyIndex(), index);
        QCOMPARE(editor.title(), QStringLiteral("restrict-intern-access"));
        QCOMPARE(editor.policyId(), id);
    }

    // Two policies with one name (invalid input): each editor edits its own.
    void duplicateNamesHaveTheirOwnEditors()
    {
        CalicoPolicy copy = policy(0);
        const ResourceId second = m_document->addPolicy(copy);
        const ResourceId first = idAt(0);
        PolicyEditor a(m_document.get(), first);
        PolicyEditor b(m_document.get(), second);
        QCOMPARE(a.title(), b.title());
        replaceText(b.form()->selectorEdit()->lineEdit(), QStringLiteral("app == 'second'"));
        const QList<CalicoPolicy> &policies = m_document->workspace()->policies;
        QCOMPARE(policies[indexOfResource(policies, second)].selector,
            QStringLiteral("app == 'second'"));
        QVERIFY(policies[indexOfResource(policies, first)].selector
            != QStringLiteral("app == 'second'"));
        QCOMPARE(b.form()->policy().selector, QStringLiteral("app == 'second'"));
        QVERIFY(a.form()->policy().selector != QStringLiteral("app == 'second'"));
        m_document->removePolicy(first);
        QVERIFY(a.isRemoved());
        QVERIFY(!b.isRemoved());
    }

    void ruleSelectedSignal()
    {
        PolicyEditor editor(
            m_document.get(), idAt(indexOf(*m_document, QStringLiteral("allow-tcp-8080"))));
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
        QCOMPARE(ref.id, editor.policyId());
    }

    // Rules move up and down with the list's buttons and Alt+Up / Alt+Down, one undo step a
    // move; the saved file moves the rule's own lines, its comments with it, and nothing else.
    void reorderRulesKeepsTheirText()
    {
        const QByteArray head = "# every pod's way out\n"
                                "apiVersion: projectcalico.org/v3\n"
                                "kind: GlobalNetworkPolicy\n"
                                "metadata:\n"
                                "  name: egress-order\n"
                                "spec:\n"
                                "  order: 10\n"
                                "  selector: all()\n"
                                "  types: [Egress]\n"
                                "  egress:\n";
        const QByteArray dns = "    # DNS first: every pod needs it\n"
                               "    - action: Allow\n"
                               "      protocol: UDP\n"
                               "      destination:\n"
                               "        ports: [53]   # kube-dns\n";
        const QByteArray deny = "    # the metadata endpoint stays closed\n"
                                "    - action: Deny\n"
                                "      destination:\n"
                                "        nets: [169.254.169.254/32]\n";
        const QByteArray rest = "    - action: Allow   # everything else\n";
        const QByteArray yaml = head + dns + deny + rest;
        QTemporaryDir dir;
        const QString file = dir.filePath(u"gnp.yaml"_s);
        QVERIFY(test::writeFile(file, yaml));
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        document.open({file});
        QVERIFY(loaded.wait(20000));
        QCOMPARE(document.workspace()->policies.size(), 1);
        const CalicoPolicy original = document.workspace()->policies[0];
        PolicyEditor editor(&document, original.source.id);
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        PolicyForm *form = editor.form();
        QListView *rules = form->ruleView(Direction::Egress);
        // The rules by what tells them apart: DNS, the metadata deny, the rest.
        const auto order = [&] {
            QStringList out;
            for (const Rule &rule : document.workspace()->policies[0].egress)
                out << (rule.action == u"Deny" ? u"deny"_s : rule.protocol ? u"dns"_s : u"rest"_s);
            return out;
        };
        QCOMPARE(order(), (QStringList {u"dns"_s, u"deny"_s, u"rest"_s}));

        QVERIFY(!form->moveButton(Direction::Egress, -1)->isEnabled()); // no rule chosen
        form->selectRule(Direction::Egress, 1);
        QVERIFY(form->moveButton(Direction::Egress, -1)->isEnabled());
        QVERIFY(!form->moveButton(Direction::Ingress, -1)->isEnabled());
        QTest::mouseClick(form->moveButton(Direction::Egress, -1), Qt::LeftButton);
        QCOMPARE(order(), (QStringList {u"deny"_s, u"dns"_s, u"rest"_s}));
        QCOMPARE(form->selectedRule(), std::make_pair(Direction::Egress, 0));
        QVERIFY(!form->moveButton(Direction::Egress, -1)->isEnabled()); // the first goes no higher
        QVERIFY(form->moveButton(Direction::Egress, 1)->isEnabled());
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), u"Move rule"_s);

        rules->setFocus();
        QTest::keyClick(rules, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(order(), (QStringList {u"dns"_s, u"deny"_s, u"rest"_s}));
        QTest::keyClick(rules, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(order(), (QStringList {u"dns"_s, u"rest"_s, u"deny"_s}));
        QCOMPARE(form->selectedRule(), std::make_pair(Direction::Egress, 2));
        QCOMPARE(rules->currentIndex().row(), 2);
        QVERIFY(!form->moveButton(Direction::Egress, 1)->isEnabled());
        QTest::keyClick(rules, Qt::Key_Down, Qt::AltModifier); // the last rule stays last
        QCOMPARE(order(), (QStringList {u"dns"_s, u"rest"_s, u"deny"_s}));
        QCOMPARE(document.undoStack()->count(), 3); // one step a move, none merged
        // Alt+Up in the ingress list does not move the egress rule chosen.
        form->ruleView(Direction::Ingress)->setFocus();
        QTest::keyClick(form->ruleView(Direction::Ingress), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(order(), (QStringList {u"dns"_s, u"rest"_s, u"deny"_s}));
        QCOMPARE(document.undoStack()->count(), 3);

        // Saved: the deny rule's own lines, its comment too, after the rest; nothing else.
        QVERIFY(document.save().ok());
        QCOMPARE(test::readFile(file), head + dns + rest + deny);
        const LoadResult reread = Loader().loadPaths({file});
        QVERIFY(!hasErrors(reread.diagnostics));
        QCOMPARE(reread.workspace->policies[0].egress, document.workspace()->policies[0].egress);

        // Undone, move by move: the policy as it was read, and saved, the file as it was.
        document.undoStack()->undo();
        QCOMPARE(order(), (QStringList {u"dns"_s, u"deny"_s, u"rest"_s}));
        document.undoStack()->undo();
        QCOMPARE(order(), (QStringList {u"deny"_s, u"dns"_s, u"rest"_s}));
        document.undoStack()->undo();
        QCOMPARE(order(), (QStringList {u"dns"_s, u"deny"_s, u"rest"_s}));
        QCOMPARE(document.workspace()->policies[0], original);
        QVERIFY(document.save().ok());
        QCOMPARE(test::readFile(file), yaml);
    }

    void revealField()
    {
        PolicyEditor editor(
            m_document.get(), idAt(indexOf(*m_document, QStringLiteral("allow-tcp-8080"))));
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
        KubernetesPolicyView view(&document, document.workspace()->kubernetesPolicies[0].source.id);
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

    // The form of a Kubernetes NetworkPolicy: what it shows is the policy; each change is an
    // undoable edit of the document; a wrong cell is said and changes nothing.
    void kubernetesPolicyForm()
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
        const ResourceId id = document.workspace()->kubernetesPolicies[0].source.id;
        KubernetesPolicyView view(&document, id);
        KubernetesPolicyForm *form = view.form();
        QCOMPARE(form->podSelectorEdit()->text(), QStringLiteral("app=web"));
        QCOMPARE(form->ruleList(0)->count(), 1);
        QCOMPARE(form->peerTable(0)->item(0, 0)->text(), QStringLiteral("app=client"));
        QCOMPARE(form->portTable(0)->item(0, 1)->text(), QStringLiteral("80"));
        // No policyTypes written: Ingress is implied, shown ticked, and stays unwritten.
        QVERIFY(form->ingressCheck()->isChecked());
        QVERIFY(!form->egressCheck()->isChecked());
        const auto policy = [&] { return document.workspace()->kubernetesPolicies[0]; };

        // The pod selector.
        form->podSelectorEdit()->setText(QStringLiteral("app in (web,api)"));
        Q_EMIT form->podSelectorEdit()->textEdited(form->podSelectorEdit()->text());
        QCOMPARE(policy().podSelector.matchExpressions.size(), 1);
        QVERIFY(policy().policyTypes.isEmpty());
        QCOMPARE(policy().podSelector.matchExpressions[0].values,
            (QStringList {QStringLiteral("web"), QStringLiteral("api")}));
        QVERIFY(document.isModified());
        // A wrong one: said, nothing changed.
        form->podSelectorEdit()->setText(QStringLiteral("app in web"));
        Q_EMIT form->podSelectorEdit()->textEdited(form->podSelectorEdit()->text());
        QVERIFY(!form->problemText().isEmpty());
        QCOMPARE(policy().podSelector.matchExpressions[0].values.size(), 2);
        form->podSelectorEdit()->setText(QStringLiteral("app=web"));
        Q_EMIT form->podSelectorEdit()->textEdited(form->podSelectorEdit()->text());
        QVERIFY(form->problemText().isEmpty());

        // A peer from every namespace labelled team=a, and a port range.
        form->addPeer(0);
        form->peerTable(0)->item(1, 1)->setText(QStringLiteral("team=a"));
        QCOMPARE(policy().ingress[0].peers.size(), 2);
        QVERIFY(!policy().ingress[0].peers[1].podSelector);
        QCOMPARE(policy().ingress[0].peers[1].namespaceSelector->matchLabels.value(
                     QStringLiteral("team")),
            QStringLiteral("a"));
        form->addPort(0);
        form->portTable(0)->item(1, 1)->setText(QStringLiteral("8000"));
        form->portTable(0)->setItem(1, 2, new QTableWidgetItem(QStringLiteral("8100")));
        QCOMPARE(policy().ingress[0].ports.size(), 2);
        QCOMPARE(policy().ingress[0].ports[1].number, std::optional<int>(8000));
        QCOMPARE(policy().ingress[0].ports[1].endPort, std::optional<int>(8100));
        // A port out of range: said, the policy keeps the last good one.
        form->portTable(0)->item(1, 1)->setText(QStringLiteral("70000"));
        QVERIFY(form->problemText().contains(QStringLiteral("65535")));
        QCOMPARE(policy().ingress[0].ports[1].number, std::optional<int>(8000));
        form->portTable(0)->item(1, 1)->setText(QStringLiteral("8000"));

        // An egress rule: Egress enforced too; the converted policy follows.
        form->addRule(1);
        QVERIFY(form->egressCheck()->isChecked());
        QVERIFY(policy().policyTypes.isEmpty()); // Ingress and Egress: what an egress rule implies
        // Unticking Ingress writes the types out.
        form->ingressCheck()->setChecked(false);
        QCOMPARE(policy().policyTypes, QStringList {QStringLiteral("Egress")});
        QCOMPARE(policy().egress.size(), 1);
        QVERIFY(view.convertedView()->text().contains(QStringLiteral("egress:")));

        // Undo takes the edits back one by one, the form follows.
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(policy().egress.size(), 0);
        QCOMPARE(policy().ingress[0].peers.size(), 1);
        QCOMPARE(form->ruleList(1)->count(), 0);
        QCOMPARE(form->peerTable(0)->rowCount(), 1);
        QCOMPARE(form->podSelectorEdit()->text(), QStringLiteral("app=web"));
    }

    // What the API server fills in is shown as implied, and written only when asked (undoably).
    void kubernetesPolicyFormImpliedValues()
    {
        const QByteArray yaml = R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-allow
  namespace: shop
spec:
  podSelector: {}
  ingress:
    - ports:
        - port: 80
        - port: 53
          protocol: UDP
)";
        Document document;
        document.setLoaded(Loader().loadText(yaml, QStringLiteral("knp.yaml")), {});
        const ResourceId id = document.workspace()->kubernetesPolicies[0].source.id;
        KubernetesPolicyView view(&document, id);
        KubernetesPolicyForm *form = view.form();
        const auto policy = [&] { return document.workspace()->kubernetesPolicies[0]; };
        // Listed as the core lists them: the types and the first port's protocol, not the
        // second's (written).
        QVERIFY(!form->impliedLabel()->isHidden());
        QVERIFY(!form->writeImpliedButton()->isHidden());
        const QString text = form->impliedLabel()->text();
        for (const ImpliedValue &v : impliedValues(policy()))
            QVERIFY2(text.contains(v.path) && text.contains(v.value), qPrintable(text));
        QCOMPARE(impliedValues(policy()).size(), 2);
        QVERIFY(text.contains(QStringLiteral("spec.ingress[0].ports[0].protocol")));
        QVERIFY(!text.contains(QStringLiteral("ports[1]")));
        // The protocol cell stays empty: TCP is drawn as a placeholder, not written.
        QCOMPARE(form->portTable(0)->item(0, 0)->text(), QString());
        QVERIFY(form->portTable(0)->itemDelegateForColumn(0) != nullptr);
        QVERIFY(!document.isModified());
        if (const QString dir = qEnvironmentVariable("POLICY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            view.resize(900, 560);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QVERIFY(view.grab().save(dir + u"/kubernetes-form-implied.png"_s));
        }

        form->writeImplied();
        QCOMPARE(policy().policyTypes, QStringList {QStringLiteral("Ingress")});
        QCOMPARE(policy().ingress[0].ports[0].protocol, QStringLiteral("TCP"));
        QCOMPARE(policy().ingress[0].ports[1].protocol, QStringLiteral("UDP"));
        QVERIFY(impliedValues(policy()).isEmpty());
        QVERIFY(form->impliedLabel()->isHidden());
        QVERIFY(form->writeImpliedButton()->isHidden());
        QCOMPARE(form->portTable(0)->item(0, 0)->text(), QStringLiteral("TCP"));
        QVERIFY(document.isModified());
        // One undo takes them back out.
        document.undoStack()->undo();
        QVERIFY(policy().policyTypes.isEmpty());
        QVERIFY(policy().ingress[0].ports[0].protocol.isEmpty());
        QVERIFY(!form->impliedLabel()->isHidden());
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

    void screenshotsOfTables_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void screenshotsOfTables()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(*qApp, language));
        const auto restore = qScopeGuard([] { installTranslations(*qApp, QStringLiteral("en")); });
        const qsizetype index = indexOf(*m_document, QStringLiteral("allow-tcp-8080"));
        m_document->replacePolicy(idAt(index), decorated(policy(index)));
        PolicyEditor editor(m_document.get(), idAt(index));
        editor.resize(1280, 860);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.selectRule(Direction::Ingress, 0);
        // one invalid label being fixed, as a user would see it
        KeyValueModel *labels = editor.form()->labelsTable()->model();
        labels->setData(labels->index(labels->entryCount(), KeyValueModel::KeyColumn),
            QStringLiteral("bad key"));
        QTest::qWait(50);
        const QString dir = QDir::tempPath();
        QVERIFY(
            editor.grab().save(dir + QStringLiteral("/policyeditor-tables-%1.png").arg(language)));
        editor.resize(760, 560);
        QTest::qWait(50);
        QVERIFY(editor.grab().save(
            dir + QStringLiteral("/policyeditor-tables-small-%1.png").arg(language)));
        editor.revealField(QStringLiteral("spec.ingress[0].http.paths"));
        QTest::qWait(50);
        QVERIFY(editor.grab().save(
            dir + QStringLiteral("/policyeditor-tables-http-%1.png").arg(language)));
    }

    void screenshots()
    {
        PolicyEditor editor(
            m_document.get(), idAt(indexOf(*m_document, QStringLiteral("allow-tcp-8080"))));
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
        PolicyEditor global(m_document.get(),
            idAt(indexOf(*m_document, QStringLiteral("restrict-development-access"))));
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
