#include <QtTest>
class TstWriter : public QObject {
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TstWriter)
#include "tst_writer.moc"
