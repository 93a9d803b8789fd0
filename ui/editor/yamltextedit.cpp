#include "ui/editor/yamltextedit.h"

#include <QPainter>
#include <QTextBlock>

namespace ps {

class LineNumberGutter : public QWidget {
public:
    explicit LineNumberGutter(YamlTextEdit *edit) : QWidget(edit), m_edit(edit) { }
    QSize sizeHint() const override { return {m_edit->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_edit->paintGutter(event); }

private:
    YamlTextEdit *m_edit;
};

YamlTextEdit::YamlTextEdit(QWidget *parent)
    : QPlainTextEdit(parent), m_gutter(new LineNumberGutter(this))
{
    connect(this, &QPlainTextEdit::blockCountChanged, this,
        [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &YamlTextEdit::updateGutter);
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

int YamlTextEdit::gutterWidth() const
{
    int digits = 2;
    for (int max = std::max(1, blockCount()); max >= 100; max /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void YamlTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void YamlTextEdit::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void YamlTextEdit::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::Window));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.setFont(font());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            painter.drawText(0, top, m_gutter->width() - 4, fontMetrics().height(), Qt::AlignRight,
                QString::number(block.blockNumber() + 1));
        }
        top += height;
        block = block.next();
    }
}

} // namespace ps
