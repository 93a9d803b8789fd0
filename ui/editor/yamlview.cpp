#include "ui/editor/yamlview.h"

#include <algorithm>

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

#include "core/io/loader.h"
#include "core/io/writer.h"
#include "core/model/kind.h"
#include "ui/editor/yamltextedit.h"
#include "ui/highlight/highlighterfactory.h"

namespace ps {

namespace {

struct Parsed {
    std::optional<CalicoPolicy> policy;
    Diagnostics errors;
};

Parsed parseText(const QString &text)
{
    Parsed parsed;
    const LoadResult result = Loader().loadText(text.toUtf8(), YamlView::fileName());
    for (const Diagnostic &d : result.diagnostics)
        if (d.severity == Severity::Error)
            parsed.errors.append(d);
    if (!parsed.errors.isEmpty())
        return parsed;
    const WorkspaceData &data = result.workspace.data();
    const qsizetype others = result.workspace.resourceCount() - data.policies.size();
    if (data.policies.size() != 1 || others != 0) {
        Diagnostic d;
        d.file = YamlView::fileName();
        d.line = 1;
        d.column = 1;
        d.message = data.policies.isEmpty() && others == 0
            ? YamlView::tr("the text holds no policy")
            : YamlView::tr("the text must hold exactly one GlobalNetworkPolicy or NetworkPolicy "
                           "(it holds %n resources)",
                nullptr, int(result.workspace.resourceCount()));
        parsed.errors.append(d);
        return parsed;
    }
    parsed.policy = data.policies.first();
    return parsed;
}

QString location(const Diagnostic &d)
{
    return YamlView::tr("line %1, column %2: %3").arg(d.line).arg(d.column).arg(d.message);
}

} // namespace

YamlView::YamlView(QWidget *parent)
    : QWidget(parent), m_messageBar(new QLabel(this)), m_edit(new YamlTextEdit(this)),
      m_highlighter(HighlighterFactory::yaml(m_edit->document(), m_edit->palette())),
      m_parseTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_messageBar->setWordWrap(true);
    m_messageBar->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageBar->setContentsMargins(8, 4, 8, 4);
    m_messageBar->setVisible(false);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_edit);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabChangesFocus(false);
    m_edit->setTabStopDistance(m_edit->fontMetrics().horizontalAdvance(u' ') * 2);
    m_parseTimer->setSingleShot(true);
    m_parseTimer->setInterval(300);
    connect(m_parseTimer, &QTimer::timeout, this, &YamlView::parse);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &YamlView::onTextChanged);
}

QString YamlView::text() const
{
    return m_edit->toPlainText();
}

QString YamlView::messageText() const
{
    return m_messageBar->isVisibleTo(this) ? m_messageBar->text() : QString();
}

void YamlView::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void YamlView::setPlainText(const QString &text)
{
    m_updating = true;
    m_edit->setPlainText(text);
    m_updating = false;
}

void YamlView::setPolicy(const CalicoPolicy &policy)
{
    m_lastGood = policy;
    const Parsed current = parseText(text());
    if (current.policy && *current.policy == policy && !m_parseTimer->isActive()) {
        m_fields = current.policy->source.fields;
        m_parseErrors.clear();
        updateMarks();
        return;
    }
    m_parseTimer->stop();
    const QString written = QString::fromUtf8(Writer().write(policy));
    const QTextCursor old = m_edit->textCursor();
    const int line = old.blockNumber();
    const int column = old.positionInBlock();
    m_updating = true;
    // keep the document's own undo history out of the way: Document is the undo stack
    m_edit->setUndoRedoEnabled(false);
    m_edit->setPlainText(written);
    m_edit->setUndoRedoEnabled(true);
    m_updating = false;
    const QTextBlock block = m_edit->document()->findBlockByNumber(
        std::min(line, m_edit->document()->blockCount() - 1));
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::min(column, std::max(0, block.length() - 1)));
    m_edit->setTextCursor(cursor);
    const Parsed parsed = parseText(written);
    m_fields = parsed.policy ? parsed.policy->source.fields : nullptr;
    m_parseErrors.clear();
    updateMarks();
}

void YamlView::setDiagnostics(const Diagnostics &diagnostics)
{
    m_validation = diagnostics;
    updateMarks();
}

void YamlView::onTextChanged()
{
    if (m_updating || m_edit->isReadOnly())
        return;
    m_parseTimer->start();
}

void YamlView::parseNow()
{
    if (m_parseTimer->isActive()) {
        m_parseTimer->stop();
        parse();
    }
}

void YamlView::parse()
{
    const Parsed parsed = parseText(text());
    m_parseErrors = parsed.errors;
    if (parsed.policy) {
        m_fields = parsed.policy->source.fields;
        if (!(*parsed.policy == m_lastGood)) {
            m_lastGood = *parsed.policy;
            Q_EMIT policyParsed(*parsed.policy);
        }
    }
    updateMarks();
}

int YamlView::positionOf(int line, int column) const
{
    const QTextBlock block = m_edit->document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return m_edit->document()->characterCount() - 1;
    return block.position() + std::clamp(column - 1, 0, std::max(0, block.length() - 1));
}

void YamlView::updateMarks()
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto mark = [&](int line, int column, const QColor &color) {
        QTextEdit::ExtraSelection s;
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(color);
        s.cursor = QTextCursor(m_edit->document());
        const int start = positionOf(line, column);
        const QTextBlock block = m_edit->document()->findBlock(start);
        const int end = block.position() + block.length() - 1;
        int from = start;
        if (end - start < 2) { // at the end of a line: underline the line's content
            from = block.position();
            while (from < end && block.text().at(from - block.position()).isSpace())
                ++from;
        }
        if (end <= from) { // an empty line: mark where the line starts
            s.cursor.setPosition(block.position());
            s.cursor.setPosition(
                std::min(block.position() + 1, m_edit->document()->characterCount() - 1),
                QTextCursor::KeepAnchor);
        } else {
            s.cursor.setPosition(from);
            s.cursor.setPosition(end, QTextCursor::KeepAnchor);
        }
        selections.append(s);
    };
    for (const Diagnostic &d : m_parseErrors) {
        QTextEdit::ExtraSelection line; // the whole line tinted, so the error is easy to spot
        line.format.setBackground(QColor(0xfd, 0xec, 0xea));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(m_edit->document()->findBlock(positionOf(d.line, d.column)));
        selections.append(line);
        mark(d.line, d.column, QColor(0xd3, 0x2f, 0x2f));
    }
    if (m_parseErrors.isEmpty()) {
        for (const Diagnostic &d : m_validation)
            if (d.line > 0)
                mark(d.line, d.column,
                    d.severity == Severity::Error ? QColor(0xd3, 0x2f, 0x2f)
                                                  : QColor(0xef, 0x8f, 0x00));
    }
    m_edit->setExtraSelections(selections);
    updateMessageBar();
}

void YamlView::updateMessageBar()
{
    QStringList lines;
    QString style;
    if (!m_parseErrors.isEmpty()) {
        for (const Diagnostic &d : m_parseErrors)
            lines.append(location(d));
        lines.append(tr("The form keeps the last valid policy until the YAML is fixed."));
        style = QStringLiteral("QLabel { background: #fdecea; color: #8e1b1b; "
                               "border-bottom: 1px solid #e57373; }");
    } else if (!m_validation.isEmpty()) {
        bool error = false;
        for (const Diagnostic &d : m_validation) {
            lines.append((d.severity == Severity::Error ? tr("error: %1") : tr("warning: %1"))
                             .arg(location(d)));
            error = error || d.severity == Severity::Error;
        }
        style = error ? QStringLiteral("QLabel { background: #fdecea; color: #8e1b1b; "
                                       "border-bottom: 1px solid #e57373; }")
                      : QStringLiteral("QLabel { background: #fff4e0; color: #6d4c00; "
                                       "border-bottom: 1px solid #ffb74d; }");
    }
    m_messageBar->setText(lines.join(u'\n'));
    m_messageBar->setStyleSheet(style);
    m_messageBar->setVisible(!lines.isEmpty());
}

bool YamlView::revealPath(const QString &path)
{
    if (!m_fields || (!m_fields->contains(path) && m_fields->find(path).line == 0))
        return false;
    const SourcePos pos = m_fields->find(path);
    revealAt(pos.line, pos.column);
    return true;
}

void YamlView::revealAt(int line, int column)
{
    QTextCursor cursor(m_edit->document());
    cursor.setPosition(positionOf(line, column));
    m_edit->setTextCursor(cursor);
    m_edit->centerCursor();
}

void YamlView::revealWrittenField(const QString &path)
{
    // The text is not the resource's file: the field's place is looked up in the text itself.
    const LoadResult shown = Loader().loadText(text().toUtf8(), fileName());
    const Source *source = nullptr;
    qsizetype resources = 0;
    forEachResourceList([&](auto list) {
        const auto &resourcesOfKind = shown.workspace.data().*list;
        resources += resourcesOfKind.size();
        if (!resourcesOfKind.isEmpty())
            source = &resourcesOfKind.first().source;
    });
    SourcePos at {1, 1};
    if (resources == 1) {
        if (const SourcePos found = source->find(path); found.line > 0)
            at = found;
    }
    revealAt(at.line, at.column);
}

void revealInFormOrYaml(QTabWidget *tabs, QWidget *form,
    const std::function<bool(const QString &)> &revealInForm, YamlView *yaml, const QString &path)
{
    tabs->setCurrentWidget(form); // before focusing: a hidden tab's widget takes no focus
    if (revealInForm(path))
        return;
    tabs->setCurrentWidget(yaml);
    yaml->revealWrittenField(path);
    yaml->textEdit()->setFocus(Qt::OtherFocusReason);
}

} // namespace ps
