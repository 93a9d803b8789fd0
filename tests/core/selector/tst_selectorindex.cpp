// LabelIndex: exact answers (identical to evaluating every item) for every selector, with
// profile inheritance and incremental updates.

#include <functional>
#include <map>

#include <QRandomGenerator>
#include <QtTest>

#include "core/selector/inheritedlabels.h"
#include "core/selector/labelindex.h"
#include "core/selector/selector.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

using Labels = LabelIndex::Labels;
using IdList = QList<int>;

namespace {

Selector parsed(const QString &text)
{
    const Result<Selector> r = Selector::parse(text);
    return r.ok() ? r.value() : Selector::parse(u"has(__parse_error__)"_s).value();
}

// The reference the index must agree with: the plain per-item evaluation of docs/semantics.md:
// "Selectors".
struct Model {
    struct Item {
        Labels own;
        QStringList parents;
    };
    std::map<int, Item> items;
    QHash<QString, Labels> parents;

    IdList bruteForce(const Selector &selector) const
    {
        IdList ids;
        static const Labels empty;
        for (const auto &[id, item] : items) {
            InheritedLabels labels(item.own);
            for (const QString &p : item.parents) {
                const auto it = parents.constFind(p);
                labels.addParent(it == parents.constEnd() ? empty : *it);
            }
            if (selector.evaluate(labels))
                ids.append(id);
        }
        return ids;
    }
};

} // namespace

class TstSelectorIndex : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matching_data();
    void matching();
    void inheritance();
    void updates();
    void prefixRanges_data();
    void prefixRanges();
    void manyDistinctValues();
    void randomAgainstBruteForce();
};

void TstSelectorIndex::matching_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<IdList>("expected");

    QTest::newRow("all") << u"all()"_s << IdList {1, 2, 3, 4, 5};
    QTest::newRow("global") << u"global()"_s << IdList {1, 2, 3, 4, 5};
    QTest::newRow("eq") << u"app == 'web'"_s << IdList {1, 2};
    QTest::newRow("eq-none") << u"app == 'nope'"_s << IdList {};
    QTest::newRow("eq-unknown-key") << u"zzz == 'web'"_s << IdList {};
    QTest::newRow("ne") << u"app != 'web'"_s << IdList {3, 4, 5};
    QTest::newRow("has") << u"has(tier)"_s << IdList {1, 3, 5};
    QTest::newRow("not-has") << u"!has(tier)"_s << IdList {2, 4};
    QTest::newRow("in") << u"app in {'db', 'web'}"_s << IdList {1, 2, 3};
    QTest::newRow("in-empty") << u"app in {}"_s << IdList {};
    QTest::newRow("not-in") << u"app not in {'db', 'web'}"_s << IdList {4, 5};
    QTest::newRow("not-in-empty") << u"app not in {}"_s << IdList {1, 2, 3, 4, 5};
    QTest::newRow("contains") << u"app contains 'e'"_s << IdList {1, 2, 4};
    QTest::newRow("contains-empty") << u"tier contains ''"_s << IdList {1, 3, 5};
    QTest::newRow("starts") << u"app starts with 'w'"_s << IdList {1, 2, 4};
    QTest::newRow("ends") << u"app ends with 'b'"_s << IdList {1, 2, 3};
    QTest::newRow("empty-value") << u"tier == ''"_s << IdList {5};
    QTest::newRow("and") << u"app == 'web' && tier == 'front'"_s << IdList {1};
    QTest::newRow("and-empty-early") << u"app == 'nope' && has(tier)"_s << IdList {};
    QTest::newRow("or") << u"app == 'db' || tier == 'front'"_s << IdList {1, 3};
    QTest::newRow("not-and") << u"!(app == 'web' && tier == 'front')"_s << IdList {2, 3, 4, 5};
    QTest::newRow("not-eq-absent") << u"!tier == 'front'"_s << IdList {2, 3, 4, 5};
}

void TstSelectorIndex::matching()
{
    QFETCH(QString, selector);
    QFETCH(IdList, expected);

    LabelIndex index;
    index.setItem(1, {{u"app"_s, u"web"_s}, {u"tier"_s, u"front"_s}});
    index.setItem(2, {{u"app"_s, u"web"_s}});
    index.setItem(3, {{u"app"_s, u"db"_s}, {u"tier"_s, u"back"_s}});
    index.setItem(4, {{u"app"_s, u"worker"_s}});
    index.setItem(5, {{u"tier"_s, QString()}});

    const Selector sel = parsed(selector);
    QCOMPARE(index.matching(sel), expected);
    QCOMPARE(index.countMatching(sel), expected.size());
    for (int id = 1; id <= 5; ++id)
        QCOMPARE(index.matches(id, sel), expected.contains(id));
}

void TstSelectorIndex::inheritance()
{
    LabelIndex index;
    // Parent registered after the item that uses it.
    index.setItem(10, {{u"app"_s, u"web"_s}, {u"pcns.env"_s, u"own"_s}},
        {u"kns.prod"_s, u"ksa.prod.default"_s});
    index.setItem(11, {{u"app"_s, u"db"_s}}, {u"ksa.prod.default"_s, u"kns.prod"_s});
    QCOMPARE(index.matching(parsed(u"has(pcns.env)"_s)), IdList {10});

    index.setParent(
        u"kns.prod"_s, {{u"pcns.env"_s, u"prod"_s}, {u"pcns.projectcalico.org/name"_s, u"prod"_s}});
    index.setParent(u"ksa.prod.default"_s,
        {{u"pcsa.projectcalico.org/name"_s, u"default"_s}, {u"pcns.env"_s, u"sa"_s}});

    // Own labels win; then parents in list order.
    QCOMPARE(index.matching(parsed(u"pcns.env == 'own'"_s)), IdList {10});
    QCOMPARE(index.matching(parsed(u"pcns.env == 'prod'"_s)), IdList {});
    QCOMPARE(index.matching(parsed(u"pcns.env == 'sa'"_s)), IdList {11});
    QCOMPARE(index.matching(parsed(u"pcns.projectcalico.org/name == 'prod'"_s)), (IdList {10, 11}));
    QCOMPARE(index.effectiveLabels(11).value(u"pcsa.projectcalico.org/name"_s), u"default"_s);

    // Changing a parent re-indexes its users.
    index.setParent(u"kns.prod"_s, {{u"pcns.projectcalico.org/name"_s, u"renamed"_s}});
    QCOMPARE(index.matching(parsed(u"pcns.projectcalico.org/name == 'prod'"_s)), IdList {});
    QCOMPARE(
        index.matching(parsed(u"pcns.projectcalico.org/name == 'renamed'"_s)), (IdList {10, 11}));

    index.removeParent(u"ksa.prod.default"_s);
    QCOMPARE(index.matching(parsed(u"has(pcsa.projectcalico.org/name)"_s)), IdList {});
    QCOMPARE(index.matching(parsed(u"pcns.env == 'sa'"_s)), IdList {});

    // An item that drops a parent stops seeing its labels.
    index.setItem(11, {{u"app"_s, u"db"_s}});
    QCOMPARE(index.matching(parsed(u"has(pcns.projectcalico.org/name)"_s)), IdList {10});
}

void TstSelectorIndex::updates()
{
    LabelIndex index;
    index.setItem(1, {{u"a"_s, u"x"_s}});
    index.setItem(2, {{u"a"_s, u"y"_s}});
    index.setItem(3, {{u"b"_s, u"x"_s}});
    QCOMPARE(index.size(), 3);

    index.setItem(1, {{u"a"_s, u"y"_s}});
    QCOMPARE(index.matching(parsed(u"a == 'x'"_s)), IdList {});
    QCOMPARE(index.matching(parsed(u"a == 'y'"_s)), (IdList {1, 2}));

    index.removeItem(2);
    index.removeItem(42); // unknown ids are ignored
    QCOMPARE(index.size(), 2);
    QVERIFY(!index.contains(2));
    QCOMPARE(index.matching(parsed(u"all()"_s)), (IdList {1, 3}));
    QCOMPARE(index.matching(parsed(u"a != 'y'"_s)), IdList {3});
    QVERIFY(!index.matches(2, parsed(u"all()"_s)));

    // A new item reuses the freed slot; ids come back sorted regardless.
    index.setItem(-7, {{u"a"_s, u"z"_s}});
    QCOMPARE(index.matching(parsed(u"all()"_s)), (IdList {-7, 1, 3}));
    QCOMPARE(index.ids(), (IdList {-7, 1, 3}));
    QCOMPARE(index.matching(parsed(u"has(a)"_s)), (IdList {-7, 1}));

    index.clear();
    QCOMPARE(index.size(), 0);
    QCOMPARE(index.matching(parsed(u"all()"_s)), IdList {});
    QCOMPARE(index.matching(parsed(u"a not in {}"_s)), IdList {});
}

void TstSelectorIndex::prefixRanges_data()
{
    QTest::addColumn<QString>("prefix");
    // "starts with" reads a range of the code-point-ordered values; check the range ends,
    // including astral characters (surrogates sort after U+FFFD in code-point order).
    for (const QString &p : {u""_s, u"a"_s, u"ab"_s, u"abc"_s, u"abcd"_s, u"b"_s, u"zz"_s,
             u"\uFFFD"_s, u"\U0001F600"_s, u"\U0001F600x"_s, QString(QChar(0xD83D))})
        QTest::newRow(qPrintable(p.isEmpty() ? u"(empty)"_s : p)) << p;
}

void TstSelectorIndex::prefixRanges()
{
    QFETCH(QString, prefix);
    const QStringList values {u""_s, u"a"_s, u"ab"_s, u"abc"_s, u"abd"_s, u"b"_s, u"\uFFFDx"_s,
        u"\uFFFD"_s, u"\U0001F600"_s, u"\U0001F600x"_s, u"\U0001F601"_s, u"\uE000"_s};
    LabelIndex index;
    Model model;
    for (int i = 0; i < values.size(); ++i) {
        index.setItem(i, {{u"k"_s, values.at(i)}});
        model.items[i] = {{{u"k"_s, values.at(i)}}, {}};
    }
    for (const QString &op : {u"starts with"_s, u"ends with"_s, u"contains"_s, u"=="_s}) {
        const Selector sel(SelectorNode::compare(op == u"=="_s ? SelectorOp::Equal
                : op == u"contains"_s                          ? SelectorOp::Contains
                : op == u"ends with"_s                         ? SelectorOp::EndsWith
                                                               : SelectorOp::StartsWith,
            u"k"_s, prefix));
        QCOMPARE(index.matching(sel), model.bruteForce(sel));
    }
}

void TstSelectorIndex::manyDistinctValues()
{
    // Unique values per item (pod names), rewritten several times: exercises value-id reuse and
    // the compaction of the packed value text.
    LabelIndex index;
    Model model;
    for (int generation = 0; generation < 4; ++generation) {
        for (int id = 0; id < 3000; ++id) {
            const Labels labels {{u"pod"_s, u"pod-%1-g%2-padding"_s.arg(id).arg(generation)},
                {u"gen"_s, QString::number(generation)}};
            index.setItem(id, labels);
            model.items[id] = {labels, {}};
        }
        for (int id = generation; id < 3000; id += 7) {
            index.removeItem(id);
            model.items.erase(id);
        }
        for (const QString &text :
            {u"pod starts with 'pod-12'"_s, u"pod ends with '%1-padding'"_s.arg(generation),
                u"pod contains '99-g'"_s, u"pod == 'pod-1234-g%1-padding'"_s.arg(generation),
                u"pod in {'pod-5-g%1-padding', 'pod-6-g0-padding'}"_s.arg(generation),
                u"pod not in {'pod-8-g%1-padding'}"_s.arg(generation), u"has(pod)"_s}) {
            const Selector sel = parsed(text);
            QCOMPARE(index.matching(sel), model.bruteForce(sel));
        }
    }
}

void TstSelectorIndex::randomAgainstBruteForce()
{
    QRandomGenerator rng(424242);
    const QStringList keys {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"pcns.x"_s};
    const QStringList values {u""_s, u"x"_s, u"y"_s, u"xy"_s, u"yx"_s, u"z"_s, u"é"_s};
    const QStringList parentIds {u"p0"_s, u"p1"_s, u"p2"_s, u"p3"_s, u"missing"_s};
    auto pick
        = [&](const QStringList &from) { return from.at(int(rng.bounded(int(from.size())))); };
    auto randomLabels = [&](int maxKeys) {
        Labels labels;
        const int n = int(rng.bounded(maxKeys + 1));
        for (int i = 0; i < n; ++i)
            labels.insert(pick(keys), pick(values));
        return labels;
    };
    auto randomParents = [&] {
        QStringList ps;
        const int n = int(rng.bounded(3));
        for (int i = 0; i < n; ++i)
            ps.append(pick(parentIds));
        return ps;
    };
    std::function<QString(int)> gen = [&](int depth) -> QString {
        const QString k = pick(keys);
        const QString v = u'\'' + pick(values) + u'\'';
        switch (int(rng.bounded(depth > 0 ? 14 : 10))) {
        case 0:
            return rng.bounded(2) ? u"all()"_s : u"global()"_s;
        case 1:
            return u"has("_s + k + u")"_s;
        case 2:
            return k + u" == "_s + v;
        case 3:
            return k + u" != "_s + v;
        case 4:
            return k + u" contains "_s + v;
        case 5:
            return k + u" starts with "_s + v;
        case 6:
            return k + u" ends with "_s + v;
        case 7:
        case 8: {
            QString s = k + u" in {"_s;
            for (int i = int(rng.bounded(4)); i > 0; --i)
                s += u'\'' + pick(values) + u"',"_s;
            return s + u"}"_s;
        }
        case 9: {
            QString s = k + u" not in {"_s;
            for (int i = int(rng.bounded(4)); i > 0; --i)
                s += u'\'' + pick(values) + u"',"_s;
            return s + u"}"_s;
        }
        case 10:
            return u"!("_s + gen(depth - 1) + u")"_s;
        case 11:
            return u"("_s + gen(depth - 1) + u") && ("_s + gen(depth - 1) + u")"_s;
        case 12:
            return u"("_s + gen(depth - 1) + u") || ("_s + gen(depth - 1) + u")"_s;
        default:
            return u"("_s + gen(depth - 1) + u") && ("_s + gen(depth - 1) + u") && ("_s
                + gen(depth - 1) + u")"_s;
        }
    };

    LabelIndex index;
    Model model;
    for (const QString &p : parentIds.mid(0, 4)) {
        const Labels labels = randomLabels(3);
        index.setParent(p, labels);
        model.parents.insert(p, labels);
    }
    for (int id = 0; id < 400; ++id) {
        const Labels labels = randomLabels(4);
        const QStringList ps = randomParents();
        index.setItem(id * 3, labels, ps);
        model.items[id * 3] = {labels, ps};
    }

    std::vector<Selector> selectors;
    for (int i = 0; i < 300; ++i) {
        const QString text = gen(3);
        const Result<Selector> r = Selector::parse(text);
        QVERIFY2(r.ok(), qPrintable(text));
        selectors.push_back(r.value());
    }

    int nonTrivial = 0;
    for (int round = 0; round < 12; ++round) {
        for (const Selector &sel : selectors) {
            const IdList expected = model.bruteForce(sel);
            const IdList actual = index.matching(sel);
            if (actual != expected)
                QFAIL(qPrintable(u"round %1: %2"_s.arg(round).arg(sel.canonical())));
            QCOMPARE(index.countMatching(sel), expected.size());
            if (!expected.isEmpty() && expected.size() != qsizetype(model.items.size()))
                ++nonTrivial;
        }
        // Spot-check single-item evaluation.
        for (int j = 0; j < 50; ++j) {
            const int id = int(rng.bounded(400)) * 3;
            const Selector &sel = selectors[rng.bounded(quint32(selectors.size()))];
            QCOMPARE(index.matches(id, sel), model.bruteForce(sel).contains(id));
        }

        // Mutate: relabel, remove, add, change and remove parents.
        for (int m = 0; m < 60; ++m) {
            const int id = int(rng.bounded(500)) * 3;
            switch (rng.bounded(5)) {
            case 0:
            case 1: {
                const Labels labels = randomLabels(4);
                const QStringList ps = randomParents();
                index.setItem(id, labels, ps);
                model.items[id] = {labels, ps};
                break;
            }
            case 2:
                index.removeItem(id);
                model.items.erase(id);
                break;
            case 3: {
                const QString p = pick(parentIds);
                const Labels labels = randomLabels(3);
                index.setParent(p, labels);
                model.parents.insert(p, labels);
                break;
            }
            default: {
                const QString p = pick(parentIds);
                index.removeParent(p);
                model.parents.remove(p);
                break;
            }
            }
        }
        QCOMPARE(index.size(), qsizetype(model.items.size()));
    }
    // The comparison is only meaningful if most selectors split the items.
    QVERIFY(nonTrivial > 12 * 300 / 3);
}

QTEST_GUILESS_MAIN(TstSelectorIndex)
#include "tst_selectorindex.moc"
