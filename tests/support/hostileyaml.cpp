#include "tests/support/hostileyaml.h"

namespace ps::test {

namespace {

const QByteArray kHeader = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: merges}\ndata:\n";

} // namespace

QByteArray mergeChain(int maps)
{
    QByteArray out = kHeader;
    out += "  m0: &m0 {k0: v}\n";
    for (int i = 1; i < maps; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray previous = QByteArray::number(i - 1);
        out += "  m" + n + ": &m" + n + " {<<: *m" + previous + ", k" + n + ": v}\n";
    }
    return out;
}

QByteArray mergeFan(int layers, int width)
{
    QByteArray out = kHeader;
    for (int layer = 0; layer < layers; ++layer) {
        for (int j = 0; j < width; ++j) {
            const QByteArray name = 'l' + QByteArray::number(layer) + '_' + QByteArray::number(j);
            out += "  " + name + ": &" + name + " {";
            if (layer > 0) {
                out += "<<: [";
                for (int k = 0; k < width; ++k) {
                    out += (k ? ", *l" : "*l") + QByteArray::number(layer - 1) + '_'
                        + QByteArray::number(k);
                }
                out += "], ";
            }
            out += "k" + name + ": v}\n";
        }
    }
    return out;
}

} // namespace ps::test
