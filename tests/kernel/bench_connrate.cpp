// New TCP connections per second through a Calico-shaped node made of network namespaces
// (netnsnode.h), and their latency: what every new connection pays for rule traversal, which
// established-flow throughput hides. Pods of one node of the generated cluster (1,000
// namespaces, 50,000 pods, 10,000 policies) talk through the node namespace: the busiest pair
// (allowed on the port, with the most policies applying) and a typical one (the median number
// of policies among the node's allowed pairs); for each, the rules, jumps and IP set lookups its
// SYN meets in our rendering are counted with the simulator. The configurations:
//   none      no rules at all (no connection tracking either);
//   conntrack one rule: FORWARD accepts established and related packets (what any Kubernetes
//             node tracks anyway), so the baseline pays for connection tracking too;
//   ours      our rendering of that node (ipset restore + iptables-restore: every endpoint's
//             chains and sets, as Felix programs them);
//   ours-nft  our rendering of that node for Felix's nftables mode (one nft -f script);
//   naive     a flat rendering: after the established accept, one rule per policy (10,000) in
//             a single chain every new connection walks, then the accept of the pair.
// Each connection: connect, a 32-byte request, a 64-byte answer, close with a reset (no
// TIME_WAIT, so the ports never run out). The configurations are interleaved, each measured
// for a fixed time per round and pair, several rounds; the report gives per pair and
// configuration the median rate and latencies over the rounds, and the median ratio to each
// baseline with its spread.
//
// Not part of ctest: run build-ci/tests/kernel/bench_connrate as root
// (--rounds N, --seconds S, --pair busiest|typical|both; defaults 5, 2 and both). Only
// namespaces it makes are contacted; they are deleted at the end, also when it fails. The same
// binary serves and connects inside the pod namespaces (`serve` and `connect` modes, started
// through `ip netns exec`).

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/rulesetformat.h"
#include "core/dataplane/simulator.h"
#include "core/eval/policyengine.h"
#include "core/generate/generator.h"
#include "core/io/loader.h"
#include "tests/kernel/allowedpodpair.h"
#include "tests/kernel/netnsnode.h"

using namespace ps;
using namespace ps::kerneltest;
using namespace Qt::Literals::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kPort = 5201;
constexpr int kRequestBytes = 32;
constexpr int kAnswerBytes = 64;
constexpr int kMaxConnectionsPerRun = 500000;

bool readExactly(int fd, char *buf, int n)
{
    int got = 0;
    while (got < n) {
        const ssize_t r = ::read(fd, buf + got, size_t(n - got));
        if (r <= 0)
            return false;
        got += int(r);
    }
    return true;
}

sockaddr_in addressOf(const char *ip, int port)
{
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_port = htons(quint16(port));
    ::inet_pton(AF_INET, ip, &a.sin_addr);
    return a;
}

// Accepts, reads a request, answers, closes; until standard input closes (at most 15 minutes).
int serve(const char *ip, int port)
{
    const int ls = ::socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    ::setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    const sockaddr_in a = addressOf(ip, port);
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): the socket API
    if (::bind(ls, reinterpret_cast<const sockaddr *>(&a), sizeof a) != 0
        || ::listen(ls, 1024) != 0) {
        std::perror("serve");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    const auto end = Clock::now() + std::chrono::minutes(15);
    std::vector<pollfd> fds {{ls, POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}};
    char buf[kAnswerBytes] = {};
    while (Clock::now() < end) {
        if (::poll(fds.data(), fds.size(), 1000) <= 0)
            continue;
        if (fds[1].revents != 0) {
            char c = 0;
            if (::read(STDIN_FILENO, &c, 1) <= 0)
                break;
        }
        if ((fds[0].revents & POLLIN) == 0)
            continue;
        const int c = ::accept(ls, nullptr, nullptr);
        if (c < 0)
            continue;
        ::setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (readExactly(c, buf, kRequestBytes))
            (void)!::write(c, buf, kAnswerBytes);
        ::close(c);
    }
    ::close(ls);
    return 0;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(std::lround(p * double(v.size() - 1))))];
}

// One connection after another for `seconds`; prints one JSON object.
int connectLoop(const char *ip, int port, double seconds)
{
    const sockaddr_in a = addressOf(ip, port);
    std::vector<double> connectUs, requestUs;
    connectUs.reserve(200000);
    requestUs.reserve(200000);
    int failures = 0;
    char buf[kAnswerBytes] = {};
    const auto start = Clock::now();
    const auto end = start + std::chrono::duration<double>(seconds);
    const auto us
        = [](Clock::duration d) { return std::chrono::duration<double, std::micro>(d).count(); };
    while (Clock::now() < end && int(connectUs.size()) < kMaxConnectionsPerRun && failures < 20) {
        const int s = ::socket(AF_INET, SOCK_STREAM, 0);
        const int one = 1;
        ::setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        const timeval timeout {2, 0};
        ::setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        ::setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        const auto t0 = Clock::now();
        // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): the socket API
        const bool connected = ::connect(s, reinterpret_cast<const sockaddr *>(&a), sizeof a) == 0;
        const auto t1 = Clock::now();
        const bool answered = connected && ::write(s, buf, kRequestBytes) == kRequestBytes
            && readExactly(s, buf, kAnswerBytes);
        const auto t2 = Clock::now();
        const linger reset {1, 0};
        ::setsockopt(s, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        ::close(s);
        if (!answered) {
            ++failures;
            continue;
        }
        connectUs.push_back(us(t1 - t0));
        requestUs.push_back(us(t2 - t1));
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf("{\"connections\":%d,\"failures\":%d,\"perSecond\":%.1f,\"connectP50\":%.1f,"
                "\"connectP99\":%.1f,\"requestP50\":%.1f,\"requestP99\":%.1f}\n",
        int(connectUs.size()), failures, double(connectUs.size()) / elapsed,
        percentile(connectUs, 0.5), percentile(connectUs, 0.99), percentile(requestUs, 0.5),
        percentile(requestUs, 0.99));
    return failures < 20 ? 0 : 1;
}

struct Run {
    double perSecond = 0, connectP50 = 0, connectP99 = 0, requestP50 = 0, requestP99 = 0;
};

double median(std::vector<double> v)
{
    return percentile(std::move(v), 0.5);
}

// The rules a packet of the connection is tested against in the filter table of `rs`, as the
// simulator walks it: FORWARD from the client's interface to the server's; the first packet (the
// SYN) is conntrack state NEW, the later ones ESTABLISHED.
SimResult walk(const FelixRuleset &rs, const PolicyEngine &engine, int client, int server,
    const QString &state = u"NEW"_s)
{
    const Inventory &inv = engine.inventory();
    SimPacket p;
    p.source = inv.object(client).addresses.first();
    p.destination = inv.object(server).addresses.first();
    p.protocol = 6;
    p.sourcePort = 40000;
    p.destinationPort = kPort;
    p.inInterface = endpointInterfaceName(engine, client, {});
    p.outInterface = endpointInterfaceName(engine, server, {});
    p.conntrackState = state;
    return Simulator(rs).run(p);
}

// The same walk in Felix's nftables mode: the workload dispatch chains are one verdict-map rule
// each (`iifname vmap @…`) where iptables tests the dispatch tree's interface rules and takes a
// goto into a child chain for a shared prefix.
struct NftWalk {
    int rules = 0;
    int jumps = 0;
};

NftWalk nftWalk(const FelixRuleset &rs, const SimResult &syn)
{
    NftWalk w {syn.rulesTraversed, syn.jumps};
    for (const SimStep &step : syn.path) {
        if (!step.chain.startsWith(u"cali-from-wl-dispatch"_s)
            && !step.chain.startsWith(u"cali-to-wl-dispatch"_s))
            continue;
        w.rules -= step.rule + 1; // the rules tested up to the matching one
        const bool root
            = step.chain == u"cali-from-wl-dispatch" || step.chain == u"cali-to-wl-dispatch";
        if (root) {
            w.rules += 1; // the verdict-map rule
            const QString &target = rs.chain(step.chain)->rules[step.rule].action.target;
            if (target.startsWith(step.chain + u'-'))
                w.jumps -= 1; // a goto into a child chain: the map goes to the endpoint at once
        }
    }
    return w;
}

struct Pair {
    const char *name;
    AllowedPodPair pair;
    QString clientIp, serverIp;
    SimResult syn;
    int establishedRules = 0;
};

int orchestrate(int rounds, double seconds, const QString &which)
{
    const QString unavailable = namespacesUnavailable(
        {u"ip"_s, u"ipset"_s, u"iptables-restore"_s, u"nft"_s, u"python3"_s});
    if (!unavailable.isEmpty()) {
        std::fprintf(stderr, "bench_connrate: %s\n", qPrintable(unavailable));
        return 2;
    }
    std::printf("generating the cluster (1,000 namespaces, 50,000 pods, 10,000 policies)...\n");
    std::fflush(stdout);
    GeneratorOptions go;
    go.namespaces = 1000;
    go.pods = 50000;
    go.policies = 10000;
    const Result<QByteArray> yaml = Generator(go).generateYaml();
    if (!yaml.ok())
        return 2;
    const PolicyEngine engine(Loader().loadText(*yaml, u"generated.yaml"_s).workspace);
    const Inventory &inv = engine.inventory();
    const QList<AllowedPodPair> allowed = allowedPodPairs(engine, kPort);
    std::vector<Pair> pairs;
    if (which != u"typical")
        pairs.push_back({"busiest", busiestOf(allowed), {}, {}, {}, 0});
    if (which != u"busiest")
        pairs.push_back({"typical", typicalOf(allowed), {}, {}, {}, 0});
    if (allowed.isEmpty()) {
        std::fprintf(
            stderr, "bench_connrate: no pod pair of the first node is allowed on TCP %d\n", kPort);
        return 2;
    }
    const QString node = allowed.first().node;
    const FelixRuleset rendered = renderNode(engine, node);
    const QByteArray ours = iptablesRestoreText(rendered).toUtf8();
    const QByteArray sets = ipsetRestoreText(rendered).toUtf8();
    RenderOptions nftOptions;
    nftOptions.nftables = true;
    const QByteArray oursNft = nftablesScript(renderNode(engine, node, nftOptions)).toUtf8();
    std::vector<int> counts;
    counts.reserve(size_t(allowed.size()));
    for (const AllowedPodPair &a : allowed)
        counts.push_back(a.policies);
    std::sort(counts.begin(), counts.end());
    std::printf("node %s: %d allowed pod pairs on TCP %d, policies applying min %d, median %d, "
                "max %d; our rendering %d rules and %d IP sets; %d rounds of %.1f s per "
                "configuration and pair\n",
        qPrintable(node), int(allowed.size()), kPort, counts.front(),
        counts[(counts.size() - 1) / 2], counts.back(), int(rendered.ruleCount()),
        int(rendered.ipsets.size()), rounds, seconds);
    for (Pair &p : pairs) {
        p.clientIp = inv.object(p.pair.client).addresses.first().toString();
        p.serverIp = inv.object(p.pair.server).addresses.first().toString();
        p.syn = walk(rendered, engine, p.pair.client, p.pair.server);
        p.establishedRules
            = walk(rendered, engine, p.pair.client, p.pair.server, u"ESTABLISHED"_s).rulesTraversed;
        // Felix's nftables mode walks the same chains; its workload dispatch is one verdict-map
        // lookup where iptables tests the dispatch tree's interface rules.
        const NftWalk nft = nftWalk(rendered, p.syn);
        std::printf("  %-7s %s -> %s: %d policies apply; its SYN is tested against %d filter "
                    "rules, takes %d jumps/gotos and %d IP set lookups (%s); in nftables mode "
                    "%d rules and %d jumps; a later packet of the connection %d rules\n",
            p.name, qPrintable(inv.object(p.pair.client).ref()),
            qPrintable(inv.object(p.pair.server).ref()), p.pair.policies, p.syn.rulesTraversed,
            p.syn.jumps, p.syn.setLookups, p.syn.accepted ? "accepted" : "DROPPED", nft.rules,
            nft.jumps, p.establishedRules);
    }

    // Every table exists in every configuration (the same netfilter hooks are registered);
    // the configurations differ in their rules only.
    const QByteArray empty = "*raw\nCOMMIT\n*mangle\nCOMMIT\n*nat\nCOMMIT\n*filter\n:INPUT ACCEPT "
                             "[0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n";
    const QByteArray conntrack = "*filter\n-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED "
                                 "-j ACCEPT\nCOMMIT\n";
    QByteArray naive = "*filter\n:naive - -\n-A FORWARD -m conntrack --ctstate "
                       "RELATED,ESTABLISHED -j ACCEPT\n-A FORWARD -j naive\n";
    for (int i = 0; i < 10000; ++i)
        naive += u"-A naive -s 10.%1.%2.%3/32 -p tcp -m tcp --dport %4 -j ACCEPT\n"_s
                     .arg(200 + i / 65536)
                     .arg((i / 256) % 256)
                     .arg(i % 256)
                     .arg(1000 + i % 50)
                     .toUtf8();
    for (const Pair &p : pairs)
        naive += u"-A naive -s %1/32 -d %2/32 -p tcp -m tcp --dport %3 -j ACCEPT\n"_s
                     .arg(p.clientIp, p.serverIp)
                     .arg(kPort)
                     .toUtf8();
    naive += "-A naive -j DROP\nCOMMIT\n";

    NetnsNode netns(u"c"_s);
    bool built = netns.build({});
    QStringList servers;
    for (const Pair &p : pairs) {
        for (const auto &[object, ip] :
            {std::pair {p.pair.client, p.clientIp}, std::pair {p.pair.server, p.serverIp}}) {
            if (built && netns.podNamespace(ip).isEmpty())
                built = netns.addPod(endpointInterfaceName(engine, object, {}), ip);
        }
        if (!servers.contains(p.serverIp))
            servers.append(p.serverIp);
    }
    if (!built) {
        std::fprintf(stderr, "bench_connrate: %s\n", qPrintable(netns.error()));
        return 1;
    }
    const QString self = QCoreApplication::applicationFilePath();
    std::vector<std::unique_ptr<QProcess>> serverProcesses;
    const auto stopServers = [&] {
        for (const auto &srv : serverProcesses) {
            srv->closeWriteChannel();
            if (!srv->waitForFinished(5000)) {
                srv->kill();
                srv->waitForFinished(2000);
            }
        }
    };
    for (const QString &ip : std::as_const(servers)) {
        auto srv = std::make_unique<QProcess>();
        srv->start(u"ip"_s,
            {u"netns"_s, u"exec"_s, netns.podNamespace(ip), self, u"serve"_s, ip,
                QString::number(kPort)});
        const bool ready = srv->waitForReadyRead(10000) && srv->readLine().startsWith("ready");
        serverProcesses.push_back(std::move(srv));
        if (!ready) {
            std::fprintf(stderr, "bench_connrate: the server on %s did not start: %s\n",
                qPrintable(ip), serverProcesses.back()->readAllStandardError().constData());
            stopServers();
            return 1;
        }
    }
    // nft flush ruleset: the node namespace's own tables only (ours and iptables-nft's).
    const auto load = [&](const QByteArray &rules, bool withSets, bool nft) {
        bool ok = netns.sh(netns.node(), {u"nft"_s, u"flush"_s, u"ruleset"_s})
            && netns.sh(netns.node(), {u"iptables-restore"_s}, empty)
            && netns.sh(netns.node(), {u"ipset"_s, u"destroy"_s});
        if (ok && withSets)
            ok = netns.sh(netns.node(), {u"ipset"_s, u"restore"_s}, sets);
        if (ok && !rules.isEmpty()) {
            ok = nft ? netns.sh(netns.node(), {u"nft"_s, u"-f"_s, u"-"_s}, rules)
                     : netns.sh(netns.node(), {u"iptables-restore"_s, u"--noflush"_s}, rules);
        }
        return ok;
    };
    const auto measure = [&](const Pair &p, Run &out) {
        const Cmd c = run(u"ip"_s,
            {u"netns"_s, u"exec"_s, netns.podNamespace(p.clientIp), self, u"connect"_s, p.serverIp,
                QString::number(kPort), QString::number(seconds)},
            {}, int(seconds * 1000) + 30000);
        const QJsonObject o = QJsonDocument::fromJson(c.out.toUtf8()).object();
        out = {o[u"perSecond"_s].toDouble(), o[u"connectP50"_s].toDouble(),
            o[u"connectP99"_s].toDouble(), o[u"requestP50"_s].toDouble(),
            o[u"requestP99"_s].toDouble()};
        if (c.exitCode != 0 || out.perSecond <= 0) {
            std::fprintf(stderr, "bench_connrate: the connect loop failed: %s %s\n",
                qPrintable(c.out), qPrintable(c.err));
            return false;
        }
        return true;
    };

    struct Config {
        const char *name;
        QByteArray rules;
        bool sets;
        bool nft;
        std::vector<std::vector<Run>> runs; // per pair
    };
    std::vector<Config> configs {{"none", {}, false, false, {}},
        {"conntrack", conntrack, false, false, {}}, {"ours", ours, true, false, {}},
        {"ours-nft", oursNft, false, true, {}}, {"naive", naive, false, false, {}}};
    for (Config &c : configs)
        c.runs.resize(pairs.size());
    bool ok = true;
    for (int round = 0; round < rounds && ok; ++round) {
        // Interleaved, and each round in a different order, so a slow moment of a shared
        // machine does not fall on one configuration or one pair.
        for (size_t k = 0; k < configs.size() && ok; ++k) {
            Config &c = configs[(k + size_t(round)) % configs.size()];
            ok = load(c.rules, c.sets, c.nft);
            for (size_t j = 0; j < pairs.size() && ok; ++j) {
                const size_t pi = (j + size_t(round)) % pairs.size();
                Run r;
                ok = measure(pairs[pi], r);
                if (!ok)
                    break;
                c.runs[pi].push_back(r);
                std::printf("  round %d %-7s %-9s %8.0f conn/s  connect p50 %6.1f us p99 %7.1f "
                            "us  request p50 %6.1f us p99 %7.1f us\n",
                    round + 1, pairs[pi].name, c.name, r.perSecond, r.connectP50, r.connectP99,
                    r.requestP50, r.requestP99);
                std::fflush(stdout);
            }
            if (!ok && !netns.error().isEmpty())
                std::fprintf(stderr, "bench_connrate: %s\n", qPrintable(netns.error()));
        }
    }
    load({}, false, false);
    stopServers();
    if (!ok)
        return 1;

    const auto column = [](const std::vector<Run> &runs, double Run::*field) {
        std::vector<double> v;
        v.reserve(runs.size());
        for (const Run &r : runs)
            v.push_back(r.*field);
        return v;
    };
    const auto find = [&](const char *name) {
        return std::find_if(configs.begin(), configs.end(),
            [&](const Config &c) { return std::strcmp(c.name, name) == 0; });
    };
    for (size_t pi = 0; pi < pairs.size(); ++pi) {
        const Pair &p = pairs[pi];
        std::printf("\n%s pair (%d policies, SYN: %d rules, %d jumps, %d IP set lookups), median "
                    "over %d rounds:\n",
            p.name, p.pair.policies, p.syn.rulesTraversed, p.syn.jumps, p.syn.setLookups, rounds);
        for (const Config &c : configs) {
            const std::vector<Run> &runs = c.runs[pi];
            std::printf("  %-9s %8.0f conn/s  connect p50 %6.1f us p99 %7.1f us  request p50 "
                        "%6.1f us p99 %7.1f us\n",
                c.name, median(column(runs, &Run::perSecond)),
                median(column(runs, &Run::connectP50)), median(column(runs, &Run::connectP99)),
                median(column(runs, &Run::requestP50)), median(column(runs, &Run::requestP99)));
        }
        // Ratios round by round (the configurations of one round ran side by side).
        for (const char *of : {"ours", "ours-nft", "naive", "conntrack"}) {
            for (const char *to : {"none", "conntrack"}) {
                if (std::strcmp(of, to) == 0)
                    continue;
                const std::vector<Run> &a = find(of)->runs[pi];
                const std::vector<Run> &b = find(to)->runs[pi];
                std::vector<double> ratios;
                ratios.reserve(a.size());
                for (size_t i = 0; i < a.size(); ++i)
                    ratios.push_back(a[i].perSecond / b[i].perSecond);
                // The connect latency is far steadier than the rate on a shared machine: its
                // median says what a new connection pays in rule traversal.
                const double extraUs
                    = median(column(a, &Run::connectP50)) - median(column(b, &Run::connectP50));
                std::printf("  %s / %s: rate median %.2fx (spread %.2f-%.2f); connect p50 %+.1f "
                            "us\n",
                    of, to, median(ratios), *std::min_element(ratios.begin(), ratios.end()),
                    *std::max_element(ratios.begin(), ratios.end()), extraUs);
            }
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 4 && std::strcmp(argv[1], "serve") == 0)
        return serve(argv[2], std::atoi(argv[3]));
    if (argc >= 5 && std::strcmp(argv[1], "connect") == 0)
        return connectLoop(argv[2], std::atoi(argv[3]), std::atof(argv[4]));
    QCoreApplication app(argc, argv);
    int rounds = 5;
    double seconds = 2.0;
    QString pair = u"both"_s;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--rounds")
            rounds = std::clamp(args[i + 1].toInt(), 1, 50);
        else if (args[i] == u"--seconds")
            seconds = std::clamp(args[i + 1].toDouble(), 0.5, 30.0);
        else if (args[i] == u"--pair")
            pair = args[i + 1];
    }
    if (pair != u"both" && pair != u"busiest" && pair != u"typical") {
        std::fprintf(stderr, "bench_connrate: --pair takes busiest, typical or both\n");
        return 2;
    }
    return orchestrate(rounds, seconds, pair);
}
