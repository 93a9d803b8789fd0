// libFuzzer target for the selector parser. Arbitrary bytes go in as UTF-8; on success the
// canonical text must re-parse, keep its meaning, and (unless the tree has the "!(!x)" shape
// whose canonical "!!x" Calico itself re-parses as x) keep its canonical text and UniqueID.
// Links policycore and Qt6::Core.

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/selector/labelindex.h"
#include "core/selector/selector.h"
#include "core/selector/selectortokenizer_p.h"

using namespace ps;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool hasNestedNot(const SelectorNode &root)
{
    bool found = false;
    root.forEachNode([&found](const SelectorNode &n) {
        found
            = found || (n.op() == SelectorOp::Not && n.children().front().op() == SelectorOp::Not);
    });
    return found;
}

// Label maps that make the selector's own comparisons true and false.
QList<QMap<QString, QString>> labelMaps(const Selector &selector)
{
    QStringList values;
    selector.root().forEachNode([&values](const SelectorNode &n) {
        if (!n.value().isEmpty())
            values.append(n.value());
        values.append(n.values());
    });
    const QStringList keys = selector.labelKeys();
    QList<QMap<QString, QString>> maps(4);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        maps[1].insert(keys.at(i), QString());
        if (!values.isEmpty())
            maps[2].insert(keys.at(i), values.at(i % values.size()));
        if (i % 2 == 0)
            maps[3].insert(keys.at(i), values.isEmpty() ? QStringLiteral("x") : values.constLast());
    }
    return maps;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 16 * 1024)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Selector> parsed = Selector::parse(text);
    if (!parsed.ok()) {
        const Error &e = parsed.error();
        check(!e.message.isEmpty());
        check(e.offset >= 0 && e.offset <= text.size());
        check(e.byteOffset >= e.offset); // UTF-8 bytes >= UTF-16 code units
        check(Selector::normalise(text) == text || Selector::parse(text.trimmed()).ok());
        return 0;
    }

    const Selector &selector = *parsed;
    const QString canonical = selector.canonical();
    const Result<Selector> again = Selector::parse(canonical);
    check(again.ok());
    if (hasNestedNot(selector.root())) {
        const QString second = again->canonical();
        check(Selector::parse(second).ok() && Selector::parse(second)->canonical() == second);
    } else {
        check(again->canonical() == canonical);
        check(again->uniqueId() == selector.uniqueId());
        check(*again == selector);
    }
    check(selector.uniqueId().size() == 40);
    check(Selector::normalise(text) == canonical || text.trimmed() != text);

    // Evaluation must agree between the two parses, over QMap and QHash, and with the index.
    const QList<QMap<QString, QString>> maps = labelMaps(selector);
    LabelIndex index;
    QList<int> expected;
    for (qsizetype i = 0; i < maps.size(); ++i) {
        const QMap<QString, QString> &map = maps.at(i);
        QHash<QString, QString> hash;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            hash.insert(it.key(), it.value());
        const bool result = selector.evaluate(map);
        check(selector.evaluate(hash) == result);
        check(again->evaluate(map) == result);
        index.setItem(int(i), map);
        if (result)
            expected.append(int(i));
    }
    check(index.matching(selector) == expected);

    // Prefixing keeps labels valid (unless they grow past 512), so the prefixed canonical text
    // parses too.
    const QString prefixed = selector.prefixedCanonical(u"pcns.");
    bool prefixedLabelsFit = true;
    for (const QString &key : selector.labelKeys())
        prefixedLabelsFit
            = prefixedLabelsFit && key.size() + 5 <= SelectorTokenizer::MaxLabelLength;
    if (prefixedLabelsFit)
        check(Selector::parse(prefixed).ok());
    return 0;
}
