#pragma once
// YamlTextEdit: the YAML view's text editor — a QPlainTextEdit with a line-number gutter, so the
// "line L, column C" of a message can be found at a glance.

#include <QPlainTextEdit>

namespace ps {

class YamlTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit YamlTextEdit(QWidget *parent = nullptr);

    int gutterWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class LineNumberGutter;
    void paintGutter(QPaintEvent *event);
    void updateGutter(const QRect &rect, int dy);

    QWidget *m_gutter;
};

} // namespace ps
